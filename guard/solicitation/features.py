"""What the signal model reads of one agent message: the character n-grams of its folded text,
the lexicon's evidence for each rule (and what blocked it), and the conversation's state.

Named dense features keep the model explainable: `guard explain` lists the ones that moved a
rule's probability most.
"""
from __future__ import annotations

import math
import zlib
from dataclasses import dataclass

import numpy as np

from guard.names import RULES

from .message import Analysis
from .trace import CONTEXT, PHRASE, Evidence
from .lexicon import PRETEXTS

NGRAMS = (1, 2, 3)

# How a pairing fired (Evidence.how) -> feature name.
PAIR_KINDS = {
    "request and its object": "pair_request",
    "polite request and the object after it": "pair_polite",
    "request reaching back to an earlier object": "pair_back",
    "a message of objects only": "pair_bare",
}
BLOCK_KINDS = ("cue", "frame", "warning", "mention", "except")
RULE_FEATURES = (
    "phrase", *PAIR_KINDS.values(), "context", "object_mentioned",
    *(f"blocked_{kind}" for kind in BLOCK_KINDS),
    "buyer_named_object", "asked_before",
)
SHARED_FEATURES = (
    "other_rules", "open_request", "question", "log_length",
    "pretext_any", *(f"pretext_{kind}" for kind in PRETEXTS), "pretext_here", "earlier_asks",
)
DENSE = RULE_FEATURES + SHARED_FEATURES


@dataclass(frozen=True)
class State:
    """The conversation so far, as the detector sees it in the earlier turns it is given."""

    pretexts: frozenset[str] = frozenset()  # told in earlier agent turns
    earlier_asks: int = 0  # earlier agent turns in which some rule fired
    asked: frozenset[str] = frozenset()  # rules of the agent's latest ask
    buyer_named: frozenset[str] = frozenset()  # rules whose objects the buyer named since then

    def notes(self) -> list[str]:
        out = []
        if self.pretexts:
            out.append(f"conversation: pretext {', '.join(sorted(self.pretexts))} told in earlier agent turns")
        if self.earlier_asks:
            out.append(f"conversation: {self.earlier_asks} earlier agent turn(s) asked for something")
        if self.buyer_named:
            out.append(f"conversation: the buyer named {', '.join(sorted(self.buyer_named))} since the agent's last turn")
        return out


@dataclass(frozen=True)
class Features:
    ngrams: np.ndarray  # hashed n-gram buckets, each once
    dense: dict[str, np.ndarray]  # per rule, values in DENSE order


def ngram_buckets(folded: str, buckets: int) -> np.ndarray:
    """The hashed character 1-3-grams of a folded message (^ and $ mark its ends), each once."""
    text = f"^{folded}$"
    grams = {text[i:i + n] for n in NGRAMS for i in range(len(text) - n + 1)}
    return np.unique(np.fromiter((zlib.crc32(g.encode("utf-8")) % buckets for g in grams), dtype=np.int64))


def extract(analysis: Analysis, found: list[Evidence], state: State, buckets: int) -> Features:
    shared = {
        "other_rules": 0.0,
        "open_request": float(bool(analysis.open_requests)),
        "question": float(analysis.folded.rstrip().endswith(("?", "？", "吗", "呢"))),
        "log_length": math.log1p(len(analysis.folded)) / 5,
        "pretext_any": float(bool(state.pretexts)),
        **{f"pretext_{kind}": float(kind in state.pretexts) for kind in PRETEXTS},
        "pretext_here": float(bool(analysis.pretexts)),
        "earlier_asks": min(state.earlier_asks, 3) / 3,
    }
    by_rule: dict[str, set[str]] = {rule: set() for rule in RULES}
    for e in found:
        if e.basis == PHRASE:
            by_rule[e.rule].add("phrase")
        elif e.basis == CONTEXT:
            by_rule[e.rule].add("context")
        else:
            by_rule[e.rule].add(PAIR_KINDS.get(e.how, "pair_request"))
    for b in analysis.blocks:
        if b.rule in by_rule:
            by_rule[b.rule].add(f"blocked_{b.by}")
    fired = {rule for rule, kinds in by_rule.items() if kinds & {"phrase", "context", *PAIR_KINDS.values()}}
    dense = {}
    for rule in RULES:
        values = dict.fromkeys(DENSE, 0.0)
        values.update(shared)
        values.update({name: 1.0 for name in by_rule[rule]})
        values["object_mentioned"] = float(rule in analysis.any_objects)
        values["buyer_named_object"] = float(rule in state.buyer_named)
        values["asked_before"] = float(rule in state.asked)
        values["other_rules"] = min(len(fired - {rule}), 3) / 3
        dense[rule] = np.fromiter((values[name] for name in DENSE), dtype=np.float32, count=len(DENSE))
    return Features(ngram_buckets(analysis.folded, buckets), dense)
