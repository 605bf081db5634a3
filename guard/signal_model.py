"""A second opinion on weak solicitation evidence: per rule, a logistic regression over the
character 1-3-grams of the folded message, trained on the labelled corpora in samples/.

The lexicon finds a request in two ways. A phrase ("加我微信", "屏幕共享", "安全账户") is explicit
and stands on its own. An object next to a request verb ("…银行卡…提供…") is weaker: the same
words occur in genuine explanations ("银行卡信息在支付页面里自己填就行"). A signal found only that way
is kept when this model gives its rule a probability of at least the policy's
`signal_confidence`; the model reads the whole message, so the cues around the pair (这款…支持,
在App里, 都是骗子) count.

The model is data (policies/signal_model.json), written by `guard train-signals`. N-grams are
hashed (CRC-32) into a fixed number of buckets and the weights stored as int8 with a scale per
rule, so the file stays small; training is deterministic.
"""
from __future__ import annotations

import base64
import json
import math
import random
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

FORMAT = "guard-signal-model/1"
NGRAMS = (1, 2, 3)
BUCKETS = 1 << 15


class SignalModelError(ValueError):
    pass


def features(folded: str, buckets: int = BUCKETS) -> np.ndarray:
    """The hashed character 1-3-grams of a folded message (^ and $ mark its ends), each once."""
    text = f"^{folded}$"
    grams = {text[i:i + n] for n in NGRAMS for i in range(len(text) - n + 1)}
    return np.unique(np.fromiter((zlib.crc32(g.encode("utf-8")) % buckets for g in grams), dtype=np.int64))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class RuleWeights:
    bias: float
    weights: np.ndarray  # float32, one per bucket

    def probability(self, feats: np.ndarray) -> float:
        # sums are scaled by 1/sqrt(n) so that long messages do not dominate
        return _sigmoid(self.bias + float(self.weights[feats].sum()) / math.sqrt(max(len(feats), 1)))


@dataclass(frozen=True)
class SignalModel:
    rules: Mapping[str, RuleWeights]
    buckets: int = BUCKETS
    trained_on: Sequence[str] = ()

    def probability(self, rule: str, folded: str) -> float | None:
        """P(the message asks for `rule`), or None when the model has no weights for the rule."""
        return self.probabilities(folded, [rule])[rule]

    def probabilities(self, folded: str, rules: Sequence[str]) -> dict[str, float | None]:
        """`probability` for several rules, with the message's features computed once."""
        feats = features(folded, self.buckets)
        return {rule: (w.probability(feats) if (w := self.rules.get(rule)) is not None else None) for rule in rules}

    def to_dict(self) -> dict:
        rules = {}
        for rule, w in sorted(self.rules.items()):
            scale = float(np.abs(w.weights).max()) / 127 or 1.0
            packed = np.round(w.weights / scale).astype(np.int8).tobytes()
            rules[rule] = {"bias": round(w.bias, 5), "scale": scale, "int8": base64.b64encode(packed).decode("ascii")}
        return {"format": FORMAT, "features": "character 1-3-grams of the folded message, CRC-32 hashed",
                "buckets": self.buckets, "trained_on": list(self.trained_on), "rules": rules}

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), indent=1) + "\n", encoding="utf-8")

    @classmethod
    def from_dict(cls, data: Mapping, source: str = "signal model") -> "SignalModel":
        if not isinstance(data, Mapping) or data.get("format") != FORMAT:
            found = data.get("format") if isinstance(data, Mapping) else type(data).__name__
            raise SignalModelError(f"{source}: format is {found!r}, expected {FORMAT!r}")
        try:
            buckets = int(data["buckets"])
            rules = {}
            for rule, spec in data["rules"].items():
                packed = np.frombuffer(base64.b64decode(spec["int8"], validate=True), dtype=np.int8)
                if len(packed) != buckets:
                    raise SignalModelError(f"{source}: rules.{rule}: {len(packed)} weights, expected {buckets}")
                rules[rule] = RuleWeights(float(spec["bias"]), packed.astype(np.float32) * float(spec["scale"]))
        except SignalModelError:
            raise
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise SignalModelError(f"{source}: malformed model: {exc!r}") from None
        return cls(rules=rules, buckets=buckets, trained_on=tuple(data.get("trained_on") or ()))

    @classmethod
    def load(cls, path: str | Path) -> "SignalModel":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise SignalModelError(f"{path}: cannot read: {exc.strerror or exc}") from None
        except json.JSONDecodeError as exc:
            raise SignalModelError(f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
        return cls.from_dict(data, source=str(path))


def train(samples: Sequence[tuple[str, frozenset[str]]], rules: Sequence[str], *, epochs: int = 15,
          rate: float = 0.5, l2: float = 1e-4, seed: int = 1, buckets: int = BUCKETS,
          trained_on: Sequence[str] = ()) -> SignalModel:
    """Fit one logistic regression per rule by stochastic gradient descent on (folded text, rules
    the message asks for). Same samples and seed, same model."""
    data = [(features(text, buckets), labels) for text, labels in samples]
    out = {}
    for rule in rules:
        weights = np.zeros(buckets, dtype=np.float64)
        bias = 0.0
        order = list(range(len(data)))
        rnd = random.Random(seed)
        for _ in range(epochs):
            rnd.shuffle(order)
            weights *= (1.0 - rate * l2) ** len(order)  # the L2 decay of one epoch, applied at once
            for k in order:
                feats, labels = data[k]
                scale = 1.0 / math.sqrt(max(len(feats), 1))
                grad = _sigmoid(bias + scale * weights[feats].sum()) - (1.0 if rule in labels else 0.0)
                bias -= 0.1 * rate * grad
                weights[feats] -= rate * grad * scale
        out[rule] = RuleWeights(bias, weights.astype(np.float32))
    return SignalModel(rules=out, buckets=buckets, trained_on=tuple(trained_on))
