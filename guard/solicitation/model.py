"""The signal model: per rule, a logistic regression over the message's character n-grams, the
lexicon's evidence and the conversation's state (features.py), calibrated on a validation split
(Platt scaling), stored as data (policies/signal_model.json, written by `guard train-signals`).

It gives every rule a probability; the detector combines it with the lexicon's evidence (it
adds evidence, it does not veto): see detector.py. N-gram weights are stored as int8 with a
scale per rule so the file stays small.
"""
from __future__ import annotations

import base64
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

from .features import DENSE, Features, ngram_buckets
from .text import CLAUSE_END

FORMAT = "guard-signal-model/2"
BUCKETS = 1 << 16


class SignalModelError(ValueError):
    pass


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class RuleModel:
    bias: float
    ngrams: np.ndarray  # float32, one weight per bucket
    dense: np.ndarray  # float32, one weight per feature of DENSE
    calibration: tuple[float, float] = (1.0, 0.0)  # Platt: p = sigmoid(a * logit + b)

    def logit(self, features: Features, dense: np.ndarray, ngram_sum: float | None = None) -> float:
        """`ngram_sum`: the sum of this rule's weights of the message's n-grams, when the caller
        gathered them for every rule at once (SignalModel.probabilities)."""
        n = max(len(features.ngrams), 1)
        if ngram_sum is None:
            ngram_sum = float(self.ngrams[features.ngrams].sum())
        return self.bias + ngram_sum / math.sqrt(n) + float(self.dense @ dense)

    def probability(self, features: Features, rule: str, ngram_sum: float | None = None) -> float:
        a, b = self.calibration
        return sigmoid(a * self.logit(features, features.dense[rule], ngram_sum) + b)

    def contributions(self, dense: np.ndarray) -> list[tuple[str, float]]:
        """The dense features' contributions to the logit, largest first (for explanations)."""
        parts = [(name, float(w * v)) for name, w, v in zip(DENSE, self.dense, dense) if v]
        return sorted(parts, key=lambda p: -abs(p[1]))


@dataclass(frozen=True)
class SignalModel:
    rules: Mapping[str, RuleModel]
    buckets: int = BUCKETS
    trained_on: Sequence[str] = ()
    calibrated_on: Sequence[str] = ()
    reliability: Mapping = field(default_factory=dict)  # per band: predicted vs observed, on the calibration split

    def __post_init__(self):
        # Every rule's n-gram weights as the rows of one matrix: one gather per message instead
        # of one per rule. A row of the gathered matrix is contiguous and sums exactly as the
        # rule's own gathered weights do (tests/test_fast_paths.py).
        object.__setattr__(self, "_weights", np.stack([m.ngrams for m in self.rules.values()]) if self.rules else None)

    def probabilities(self, features: Features) -> dict[str, float]:
        if self._weights is None:
            return {}
        gathered = self._weights[:, features.ngrams]
        return {rule: m.probability(features, rule, float(row.sum()))
                for (rule, m), row in zip(self.rules.items(), gathered)}

    def best_clause(self, folded: str, rule: str) -> tuple[int, int] | None:
        """The clause of the folded text whose n-grams speak most for the rule: the evidence span
        of a signal the model raised on its own. None when no clause speaks for it."""
        model = self.rules[rule]
        best, span, start = 0.0, None, 0
        for end in [i for i, ch in enumerate(folded) if ch in CLAUSE_END] + [len(folded)]:
            if end > start:
                score = float(model.ngrams[ngram_buckets(folded[start:end], self.buckets)].sum())
                if score > best:
                    best, span = score, (start, end)
            start = end + 1
        return span

    def to_dict(self) -> dict:
        rules = {}
        for rule, m in sorted(self.rules.items()):
            scale = float(np.abs(m.ngrams).max()) / 127 or 1.0
            packed = np.round(m.ngrams / scale).astype(np.int8).tobytes()
            rules[rule] = {"bias": round(m.bias, 6), "scale": scale, "int8": base64.b64encode(packed).decode("ascii"),
                           "dense": [round(float(w), 6) for w in m.dense],
                           "calibration": [round(m.calibration[0], 6), round(m.calibration[1], 6)]}
        return {"format": FORMAT, "features": "character 1-3-grams of the folded message (CRC-32 hashed), "
                "the lexicon's evidence and the conversation's state", "buckets": self.buckets, "dense": list(DENSE),
                "trained_on": list(self.trained_on), "calibrated_on": list(self.calibrated_on),
                "reliability": self.reliability, "rules": rules}

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def from_dict(cls, data: Mapping, source: str = "signal model") -> "SignalModel":
        if not isinstance(data, Mapping) or data.get("format") != FORMAT:
            found = data.get("format") if isinstance(data, Mapping) else type(data).__name__
            raise SignalModelError(f"{source}: format is {found!r}, expected {FORMAT!r} (retrain with guard train-signals)")
        try:
            buckets = int(data["buckets"])
            if list(data["dense"]) != list(DENSE):
                raise SignalModelError(f"{source}: its features are not this version's; retrain with guard train-signals")
            rules = {}
            for rule, spec in data["rules"].items():
                packed = np.frombuffer(base64.b64decode(spec["int8"], validate=True), dtype=np.int8)
                if len(packed) != buckets:
                    raise SignalModelError(f"{source}: rules.{rule}: {len(packed)} weights, expected {buckets}")
                dense = np.asarray(spec["dense"], dtype=np.float32)
                if len(dense) != len(DENSE):
                    raise SignalModelError(f"{source}: rules.{rule}: {len(dense)} dense weights, expected {len(DENSE)}")
                a, b = spec["calibration"]
                rules[rule] = RuleModel(float(spec["bias"]), packed.astype(np.float32) * float(spec["scale"]), dense,
                                        (float(a), float(b)))
        except SignalModelError:
            raise
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise SignalModelError(f"{source}: malformed model: {exc!r}") from None
        return cls(rules=rules, buckets=buckets, trained_on=tuple(data.get("trained_on") or ()),
                   calibrated_on=tuple(data.get("calibrated_on") or ()), reliability=data.get("reliability") or {})

    @classmethod
    def load(cls, path: str | Path) -> "SignalModel":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise SignalModelError(f"{path}: cannot read: {exc.strerror or exc}") from None
        except json.JSONDecodeError as exc:
            raise SignalModelError(f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
        return cls.from_dict(data, source=str(path))
