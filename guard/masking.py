"""Masking with Presidio's operators (and its AnonymizerEngine) for the Chinese conventions.

Presidio's own `mask` operator masks from one end only; here digits are masked in the middle
(138****5678, 110101********123X), separators and the writing style are kept (138 **** 5678),
and an address keeps its administrative levels (浙江省杭州市余杭区****). Operators work on the
original text, so they find the digits again with the same normaliser detection used.
"""
from __future__ import annotations

from typing import Iterable

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult
from presidio_anonymizer.operators import Operator, OperatorType

from guard.normalize import Normalized, normalize
from guard.policy import EntityPolicy, Policy
from guard.verdict import Finding
from recognizers.address import division_chain
from recognizers.gazetteer import COUNTY, PREFECTURE, PROVINCE

MASK = "*"
ADDRESS_MASK = MASK * 4
COUNTRY_PREFIXES = ("0086", "86")
_KEEP_LEVEL = {"none": 0, "province": PROVINCE, "prefecture": PREFECTURE, "county": COUNTY}


def digit_positions(text: str) -> list[int]:
    """Indices in `text` of the characters that read as digits (１, 一, ①, 8, and an ID's X)."""
    return _digit_positions(normalize(text))


def _digit_positions(norm: Normalized) -> list[int]:
    return sorted({norm.origin[k] for k, ch in enumerate(norm.text) if ch.isdigit() or ch in "Xx"})


def _mask_positions(text: str, hide: Iterable[int]) -> str:
    chars = list(text)
    for i in hide:
        chars[i] = MASK
    return "".join(chars)


class MaskDigits(Operator):
    """Mask every digit but the first `keep_first` and the last `keep_last`."""

    def operate(self, text: str, params: dict | None = None) -> str:
        params = params or {}
        norm = normalize(text)
        digits = _digit_positions(norm)
        first = self.keep_first("".join(c for c in norm.text if c.isdigit()), params)
        last = params.get("keep_last", 0)
        if first + last >= len(digits):  # too short to keep anything safely
            first, last = 0, 0
        return _mask_positions(text, digits[first:len(digits) - last])

    def keep_first(self, value: str, params: dict) -> int:
        """How many leading digits stay visible; `value` is the value's digits."""
        return params.get("keep_first", 0)

    def validate(self, params: dict | None = None) -> None:
        for key in ("keep_first", "keep_last"):
            value = (params or {}).get(key, 0)
            if not isinstance(value, int) or value < 0:
                raise ValueError(f"{key} must be a non-negative integer")

    def operator_name(self) -> str:
        return "cn_mask_digits"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


class MaskPhone(MaskDigits):
    """A mobile keeps its first three digits after any +86 / 0086 prefix (kept too, it is no
    secret); a landline keeps its area code instead."""

    def keep_first(self, value: str, params: dict) -> int:
        keep = params.get("keep_first", 0)
        if not keep:
            return 0
        prefix = next((len(p) for p in COUNTRY_PREFIXES if value.startswith(p) and len(value) == len(p) + 11), 0)
        if prefix:
            return prefix + keep
        if value.startswith("0"):
            return 3 if value[:2] in ("01", "02") else 4
        if value.startswith("86") and value[2] != "1":  # +86 791 6912446: the area code, no 0
            return 4 if value[2] == "2" or value[2:4] == "10" else 5
        return keep

    def operator_name(self) -> str:
        return "cn_mask_phone"


class MaskAddress(Operator):
    """Keep the administrative levels up to `keep` (province / prefecture / county), mask the rest."""

    def operate(self, text: str, params: dict | None = None) -> str:
        level = _KEEP_LEVEL[(params or {}).get("keep", "county")]
        kept = _division_prefix(text, level)
        return text[:kept] + ADDRESS_MASK

    def validate(self, params: dict | None = None) -> None:
        if (params or {}).get("keep", "county") not in _KEEP_LEVEL:
            raise ValueError(f"keep must be one of {', '.join(_KEEP_LEVEL)}")

    def operator_name(self) -> str:
        return "cn_mask_address"

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


def _division_prefix(text: str, max_level: int) -> int:
    """Length of the leading division names (浙江省杭州市余杭区) at or above `max_level`."""
    kept = 0
    for match in division_chain(text):
        if min(d.level for d in match.divisions) > max_level:
            break
        kept = match.end
    return kept


class Masker:
    """Applies the policy's masking to the original text with Presidio's operators.

    Findings that neither overlap nor are empty (what the guard passes: it resolves overlaps
    first) are masked by calling each operator on its span directly: Presidio's
    AnonymizerEngine gives the same text for them (its conflict resolution has nothing to do)
    but cost a twelfth of an inspection in copies, sorting and per-entity validation. Anything
    else goes through the engine, which resolves the conflicts.
    """

    OPERATORS = {"CN_PHONE": MaskPhone, "CN_ADDRESS": MaskAddress}

    def __init__(self, policy: Policy):
        self.engine = AnonymizerEngine()
        for operator in (MaskDigits, MaskPhone, MaskAddress):
            self.engine.add_anonymizer(operator)
        self.operators = {name: self._config(name, spec) for name, spec in policy.entities.items()}
        self._whole = OperatorConfig("replace", {"new_value": ADDRESS_MASK})
        self._direct = {name: self._operator(config) for name, config in self.operators.items()}
        self._direct_whole = self._operator(self._whole)

    def _config(self, entity: str, spec: EntityPolicy) -> OperatorConfig:
        operator = self.OPERATORS.get(entity, MaskDigits)
        if operator is MaskAddress:
            return OperatorConfig("cn_mask_address", {"keep": spec.keep})
        return OperatorConfig(operator().operator_name(), {"keep_first": spec.keep_first, "keep_last": spec.keep_last})

    def _operator(self, config: OperatorConfig) -> tuple[Operator, dict]:
        """The engine's operator for a config, validated once (the engine validates per value)."""
        operator = self.engine.operators_factory.create_operator_class(config.operator_name, OperatorType.Anonymize)
        operator.validate(params=config.params)
        return operator, config.params

    def mask(self, text: str, findings: Iterable[Finding]) -> str:
        """Mask the findings' spans; an entity without a policy (a signal's evidence) is replaced whole."""
        spans = sorted(findings, key=lambda f: (f.start, f.end))
        if not spans:
            return text
        if any(f.start >= f.end for f in spans) or any(a.end > b.start for a, b in zip(spans, spans[1:])):
            return self._engine_mask(text, spans)
        out, pos = [], 0
        for f in spans:
            operator, params = self._direct.get(f.entity_type, self._direct_whole)
            out.append(text[pos:f.start])
            out.append(operator.operate(text[f.start:f.end], {**params, "entity_type": f.entity_type}))
            pos = f.end
        out.append(text[pos:])
        return "".join(out)

    def _engine_mask(self, text: str, findings: list[Finding]) -> str:
        results = [RecognizerResult(f.entity_type, f.start, f.end, f.score) for f in findings]
        operators = {r.entity_type: self.operators.get(r.entity_type, self._whole) for r in results}
        # Two values side by side ("13812345678 13912345678") are two values: no merging.
        return self.engine.anonymize(
            text=text, analyzer_results=results, operators=operators, merge_entities_with_spaces=False
        ).text
