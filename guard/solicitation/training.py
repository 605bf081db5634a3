"""Training the signal model (`guard train-signals`): scikit-learn's logistic regression per
rule on labelled corpora and reviewed violations, then Platt calibration on a validation split.

Training needs scikit-learn (`pip install guard[train]`); serving does not: the model is written
as data (model.py) and scored with numpy.

Every agent line is read as the detector reads it in production: its conversation is replayed
turn by turn, so the lexicon's evidence and the conversation's state are features exactly as
they will be at run time. A reviewed violation (confirmed: the rule was asked for; dismissed: it
was not) is a labelled sample for its own rule only.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from guard.message import Message
from guard.names import RULES
from guard.normalize import normalize

from .detector import SolicitationDetector
from .features import DENSE, Features, extract
from .model import BUCKETS, RuleModel, SignalModel, sigmoid

BANDS = (0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0)
REVIEWED = {"confirmed": True, "dismissed": False}


@dataclass(frozen=True)
class Sample:
    features: Features
    rules: frozenset[str]  # the rules the line asks for
    only: str | None = None  # a reviewed violation labels its own rule only


def corpus_samples(detector: SolicitationDetector, records: Iterable[dict], buckets: int = BUCKETS) -> list[Sample]:
    """Agent lines with `rules`, each read with its conversation's earlier turns. Lines that ask
    only when read with earlier turns (tag `contextual`) are left out: from them the n-grams
    would learn that "发我一下" asks whatever came before; completing a request from the
    conversation is the lexicon's job, and its evidence a feature."""
    from guard.scan import ConversationContext

    context = ConversationContext()
    out = []
    for item in records:
        message = context.attach(Message.from_dict(item))
        if message.sender != "agent" or "rules" not in item or "contextual" in (item.get("tags") or ()):
            continue
        now, found, state = detector.evidence(normalize(message.text).text, message.context)
        out.append(Sample(extract(now, found, state, buckets), frozenset(item["rules"])))
    return out


def review_samples(detector: SolicitationDetector, path: str | Path, buckets: int = BUCKETS) -> list[Sample]:
    """Reviewed violations exported from the store (`GET /v1/violations/export.csv`, or JSONL of
    the same fields): the masked excerpt, the rule and the review status."""
    out = []
    for row in _rows(path):
        label = REVIEWED.get(row.get("status", ""))
        rule = row.get("rule")
        if label is None or rule not in RULES or not row.get("excerpt"):
            continue
        now, found, state = detector.evidence(normalize(row["excerpt"]).text)
        out.append(Sample(extract(now, found, state, buckets), frozenset({rule}) if label else frozenset(), only=rule))
    return out


def _rows(path: str | Path) -> Iterable[dict]:
    text = Path(path).read_text(encoding="utf-8-sig")
    if str(path).endswith(".csv"):
        yield from csv.DictReader(text.splitlines())
    else:
        yield from (json.loads(line) for line in text.splitlines() if line.strip())


def _matrix(samples: Sequence[Sample], rule: str, buckets: int):
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for n, s in enumerate(samples):
        grams = s.features.ngrams
        rows += [n] * len(grams)
        cols += grams.tolist()
        vals += [1.0 / np.sqrt(max(len(grams), 1))] * len(grams)
        dense = s.features.dense[rule]
        nz = np.nonzero(dense)[0]
        rows += [n] * len(nz)
        cols += (nz + buckets).tolist()
        vals += dense[nz].tolist()
    return csr_matrix((vals, (rows, cols)), shape=(len(samples), buckets + len(DENSE)))


def train(train_set: Sequence[Sample], calibration_set: Sequence[Sample], *, buckets: int = BUCKETS,
          c: float = 16.0, trained_on: Sequence[str] = (), calibrated_on: Sequence[str] = ()) -> SignalModel:
    """Fit a logistic regression per rule on `train_set`, then Platt-scale it on
    `calibration_set`. Deterministic: the same samples give the same model."""
    from sklearn.linear_model import LogisticRegression

    rules = {}
    predictions: list[tuple[float, bool]] = []
    for rule in RULES:
        fit = [s for s in train_set if s.only in (None, rule)]
        y = np.array([rule in s.rules for s in fit])
        if y.all() or not y.any():
            continue
        lr = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=0)
        lr.fit(_matrix(fit, rule, buckets), y)
        w = lr.coef_[0]
        model = RuleModel(float(lr.intercept_[0]), w[:buckets].astype(np.float32), w[buckets:].astype(np.float32))
        cal = [s for s in calibration_set if s.only in (None, rule)]
        logits = np.array([model.logit(s.features, s.features.dense[rule]) for s in cal])
        labels = np.array([rule in s.rules for s in cal])
        a, b = _platt(logits, labels)
        # reliability from two-fold cross-calibration: each half scored by a fit on the other
        half = np.arange(len(cal)) % 2 == 0
        for part in (half, ~half):
            pa, pb = _platt(logits[~part], labels[~part])
            predictions += [(sigmoid(pa * z + pb), bool(t)) for z, t in zip(logits[part], labels[part])]
        rules[rule] = RuleModel(model.bias, model.ngrams, model.dense, (a, b))
    return SignalModel(rules=rules, buckets=buckets, trained_on=tuple(trained_on), calibrated_on=tuple(calibrated_on),
                       reliability=reliability(predictions))


def _platt(logits: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    if labels.all() or not labels.any():
        return 1.0, 0.0
    lr = LogisticRegression(C=1e6, solver="lbfgs")
    lr.fit(logits.reshape(-1, 1), labels)
    return float(lr.coef_[0][0]), float(lr.intercept_[0])


def reliability(predictions: Sequence[tuple[float, bool]]) -> dict:
    """Per confidence band: how many predictions, their mean, and how often they were right."""
    out = {}
    for lo, hi in zip(BANDS, BANDS[1:]):
        inside = [(p, t) for p, t in predictions if lo <= p < hi or (hi == 1.0 and p == 1.0)]
        if inside:
            out[f"{lo:.1f}-{hi:.1f}"] = {"n": len(inside), "predicted": round(float(np.mean([p for p, _ in inside])), 3),
                                         "observed": round(float(np.mean([t for _, t in inside])), 3)}
    return out
