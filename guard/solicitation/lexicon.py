"""The lexicon (policies/solicitation.yaml): a strict schema, then one compiled regex per list.

Unknown keys and misspelt sections are refused, naming the file, the key and the problem, and so
is a pattern that does not compile or refers to an unknown term group. Every tuning constant of
the detector lives in the data (`tuning`), not in code.
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any, Mapping, Sequence

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from guard.names import RULES

from .gate import gated
from .text import Folded, fold

_TERM = re.compile(r"\{([A-Z_]+)\}")


class LexiconError(ValueError):
    pass


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Patterns = list[str]


class Tuning(_Strict):
    strong_gap: int = Field(ge=0, description="characters between a request and its object in a sentence")
    weak_gap: int = Field(ge=0, description="between 请/麻烦/需要 and the object right after it")
    carry_gap: int = Field(ge=0, description="an open request reaches back this far to an unpaired object")
    modifier_gap: int = Field(ge=0, description="between a modifier and its object (白条绑定的银行卡号)")
    context_turns: int = Field(ge=0, description="earlier turns that can complete a request")
    ask_turns: int = Field(ge=0, description="agent turns a buyer's bare reply can answer")
    argument_window: int = Field(ge=1, description="characters either side of an open request searched for its own argument")
    separator_run: int = Field(ge=1, description="a longer run of separators between two words is a divider")
    bare_length: int = Field(ge=0, description="a message this short that is only objects asks for them")


class Requests(_Strict):
    strong: Patterns
    weak: Patterns
    pair_only: Patterns = []


class Negations(_Strict):
    tokens: list[str]
    exceptions: Patterns = []
    threats: Patterns = []
    conditions: Patterns = []
    scope_breaks: Patterns = []
    mentions: Patterns = []
    warnings: Patterns = []
    self_actions: Patterns = []
    warning_frames: Patterns = []


class Structure(_Strict):
    list_link: Patterns
    modifier_link: Patterns = []
    pointing: Patterns
    affirmation: Patterns
    buyer_question: Patterns
    buyer_pushback: Patterns = []
    insistence: Patterns = []
    urging: Patterns = []
    watching: Patterns = []
    bare_filler: Patterns = []
    pointer_nouns: Patterns = []


class RuleWords(_Strict):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    objects: Patterns = []
    phrases: Patterns = []
    except_: Patterns = Field([], alias="except")
    hints: Patterns = []


PRETEXTS = ("refund_claim", "parcel_lost", "account_anomaly", "membership_cancel", "deposit_fee",
            "credit_repair", "task_rebate", "prize_subsidy", "authority")


class LexiconData(_Strict):
    variants: dict[str, str] = {}
    terms: dict[str, list[str]] = {}
    requests: Requests
    negations: Negations
    benign_objects: Patterns = []
    structure: Structure
    rules: dict[str, RuleWords]
    pretexts: dict[str, Patterns] = {}
    tuning: Tuning

    @field_validator("variants")
    @classmethod
    def _one_character_each(cls, value: dict[str, str]) -> dict[str, str]:
        for k, v in value.items():
            if len(k) != 1 or len(v) != 1:  # evidence offsets stay exact only one-for-one
                raise ValueError(f"{k!r}: {v!r}: a variant maps one character to one character")
        return value

    @field_validator("terms")
    @classmethod
    def _term_names(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for name in value:
            if not re.fullmatch(r"[A-Z_]+", name):
                raise ValueError(f"{name!r}: term names are upper case letters and _")
        return value

    @field_validator("pretexts")
    @classmethod
    def _known_pretexts(cls, value: dict[str, Patterns]) -> dict[str, Patterns]:
        for name in value:
            if name not in PRETEXTS:
                raise ValueError(f"{name}: unknown pretext; known: {', '.join(PRETEXTS)}")
        return value

    @field_validator("rules")
    @classmethod
    def _known_rules(cls, value: dict[str, RuleWords]) -> dict[str, RuleWords]:
        for name in value:
            if name not in RULES:
                raise ValueError(f"{name}: unknown rule; known: {', '.join(RULES)}")
        return value


class Lexicon:
    """The compiled lexicon: one regex per list, `{NAME}` term groups expanded."""

    def __init__(self, data: Mapping[str, Any], source: str = "lexicon"):
        self.source = source
        try:
            spec = LexiconData.model_validate(data)
        except ValidationError as err:
            # a misspelt key is reported as itself, not as the section it leaves missing
            first = min(err.errors(), key=lambda e: e["type"] != "extra_forbidden")
            where = ".".join(str(p) for p in first["loc"]) or "(top level)"
            raise LexiconError(f"{source}: {where}: {_problem(first)}") from None
        self.spec = spec
        self.tuning = spec.tuning
        self._terms = {name: _alternation(words) for name, words in spec.terms.items()}
        compile_ = self._compile
        self.strong = compile_("requests.strong", spec.requests.strong)
        self.weak = compile_("requests.weak", spec.requests.weak)
        self.pair_only = compile_("requests.pair_only", spec.requests.pair_only)
        n = spec.negations
        self.negation_tokens = frozenset(n.tokens)
        # any token as a substring: jieba (the costly step) runs only when one could be there
        self.negation_any = re.compile(_alternation([re.escape(t) for t in n.tokens]))
        self.negation_exceptions = compile_("negations.exceptions", n.exceptions)
        self.threats = compile_("negations.threats", n.threats)
        self.warning_frames = compile_("negations.warning_frames", n.warning_frames)
        self.warnings = compile_("negations.warnings", n.warnings)
        self.self_actions = compile_("negations.self_actions", n.self_actions)
        self.scope_breaks = compile_("negations.scope_breaks", n.scope_breaks)
        self.conditions = compile_("negations.conditions", n.conditions)
        self.mentions = compile_("negations.mentions", n.mentions)
        self.variants = {**traditional_to_simplified(), **spec.variants}
        self.benign = compile_("benign_objects", spec.benign_objects)
        s = spec.structure  # the small words that tie a request together
        self.list_link = compile_("structure.list_link", s.list_link)
        self.modifier_link = compile_("structure.modifier_link", s.modifier_link)
        self.pointing = compile_("structure.pointing", s.pointing)
        self.affirmation = compile_("structure.affirmation", s.affirmation)
        self.buyer_question = compile_("structure.buyer_question", s.buyer_question)
        self.buyer_pushback = compile_("structure.buyer_pushback", s.buyer_pushback)
        self.insistence = compile_("structure.insistence", s.insistence)
        self.urging = compile_("structure.urging", s.urging)
        self.watching = compile_("structure.watching", s.watching)
        self.pointer_nouns = compile_("structure.pointer_nouns", s.pointer_nouns)
        self.bare_filler = compile_("structure.bare_filler", s.bare_filler)
        self.objects: dict[str, re.Pattern | None] = {}
        self.phrases: dict[str, re.Pattern | None] = {}
        self.excepts: dict[str, re.Pattern | None] = {}
        self.hints: dict[str, re.Pattern | None] = {}
        for rule, words in spec.rules.items():
            self.objects[rule] = compile_(f"rules.{rule}.objects", words.objects)
            self.phrases[rule] = compile_(f"rules.{rule}.phrases", words.phrases)
            self.excepts[rule] = compile_(f"rules.{rule}.except", words.except_)
            self.hints[rule] = compile_(f"rules.{rule}.hints", words.hints)

        self.pretexts = {kind: compile_(f"pretexts.{kind}", words) for kind, words in spec.pretexts.items()}

    def _compile(self, key: str, patterns: Sequence[str]) -> re.Pattern | None:
        if not patterns:
            return None
        expanded = []
        for n, pattern in enumerate(patterns):
            where = f"{self.source}: {key}[{n}]"
            unknown = [name for name in _TERM.findall(pattern) if name not in self._terms]
            if unknown:
                raise LexiconError(f"{where}: unknown term group {{{unknown[0]}}}")
            body = _TERM.sub(lambda m: f"(?:{self._terms[m.group(1)]})", pattern)
            try:
                re.compile(body)
            except re.error as exc:
                raise LexiconError(f"{where}: bad pattern: {exc}") from None
            expanded.append(f"(?:{body})")
        return re.compile(gated("|".join(expanded)))

    def fold(self, normalized_text: str) -> Folded:
        return fold(normalized_text, self.variants, self.tuning.separator_run)

    def points_back(self, word: str) -> bool:
        """Is a noun a word that points at a credential (数字, 短信, 那个码) rather than naming
        something else?"""
        word = word.lower()
        patterns = [self.pointer_nouns, *self.hints.values(), *self.objects.values()]
        return any(p is not None and p.search(word) for p in patterns)


@cache
def traditional_to_simplified() -> dict[str, str]:
    """Traditional characters folded to simplified ones (data/traditional.tsv, from OpenCC)."""
    text = resources.files(__package__).joinpath("data/traditional.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


def _alternation(words: Sequence[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _problem(error: Mapping[str, Any]) -> str:
    if error["type"] == "extra_forbidden":
        return "unknown key"
    if error["type"] == "missing":
        return "is required"
    return error["msg"].removeprefix("Value error, ")
