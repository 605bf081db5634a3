"""What the signal model reads of one agent message: the character n-grams of its folded text,
the lexicon's evidence for each rule (and what blocked it), and the conversation's state.

Named dense features keep the model explainable: `guard explain` lists the ones that moved a
rule's probability most.
"""
from __future__ import annotations

import math
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

    def after(self, sender: str, past: Analysis) -> "State":
        """The state once a turn (its sender and the analysis of its text) has been added: the
        one fold both earlier turns and the store's saved state go through."""
        if sender != "agent":
            return State(self.pretexts, self.earlier_asks, self.asked, self.buyer_named | past.any_objects)
        asks = past.found
        return State(self.pretexts | past.pretexts, self.earlier_asks + bool(asks),
                     frozenset(e.rule for e in asks) if asks else self.asked, frozenset())

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


# Polynomial hashes of the n-grams' code points, vectorised: a CRC-32 per n-gram in Python was
# most of the cost of scoring a message. Deterministic across processes (unlike str hashes).
# The hash of an n-gram c1..cn, ((seed*M + c1)*M + c2)*M … + cn modulo 2^64, is summed as
# seed*M^n + c1*M^(n-1) + … + cn from the code points times each power of M, computed once for
# all orders: a few numpy calls per message instead of a dozen, the same values.
_MULTIPLIER = np.uint64(1_000_003)
_SEEDS = {n: np.uint64(0x9E3779B97F4A7C15 * n % (1 << 64)) for n in NGRAMS}
_SEED_TERMS = {n: np.uint64(int(_SEEDS[n]) * int(_MULTIPLIER) ** n % (1 << 64)) for n in NGRAMS}
_SHIFT = np.uint64(29)


def ngram_buckets(folded: str, buckets: int) -> np.ndarray:
    """The hashed character 1-3-grams of a folded message (^ and $ mark its ends), each once,
    in ascending order."""
    codes = np.frombuffer(f"^{folded}$".encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    powers = [codes]  # powers[p]: the code points times M^p (integer arrays wrap around silently)
    for _ in range(max(NGRAMS) - 1):
        powers.append(powers[-1] * _MULTIPLIER)
    parts = []
    for n in NGRAMS:
        count = len(codes) - n + 1
        if count < 1:
            continue
        h = powers[n - 1][:count] + _SEED_TERMS[n]
        for k in range(1, n):
            h += powers[n - 1 - k][k:k + count]
        parts.append(h)
    hashes = np.concatenate(parts)
    hashes ^= hashes >> _SHIFT
    hashes %= np.uint64(buckets)
    hashes.sort()
    first = np.empty(len(hashes), dtype=bool)  # np.unique without its generic machinery
    first[0] = True
    np.not_equal(hashes[1:], hashes[:-1], out=first[1:])
    return hashes[first].astype(np.int64)


_INDEX = {name: i for i, name in enumerate(DENSE)}


def extract(analysis: Analysis, found: list[Evidence], state: State, buckets: int) -> Features:
    shared = np.zeros(len(DENSE), dtype=np.float32)
    shared[_INDEX["open_request"]] = bool(analysis.open_requests)
    shared[_INDEX["question"]] = analysis.folded.rstrip().endswith(("?", "？", "吗", "呢"))
    shared[_INDEX["log_length"]] = math.log1p(len(analysis.folded)) / 5
    shared[_INDEX["pretext_any"]] = bool(state.pretexts)
    for kind in state.pretexts:
        shared[_INDEX[f"pretext_{kind}"]] = 1
    shared[_INDEX["pretext_here"]] = bool(analysis.pretexts)
    shared[_INDEX["earlier_asks"]] = min(state.earlier_asks, 3) / 3
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
    fired = {rule for rule, kinds in by_rule.items() if kinds & _FIRING}
    dense = {}
    for rule in RULES:
        values = shared.copy()
        for name in by_rule[rule]:
            values[_INDEX[name]] = 1
        values[_INDEX["object_mentioned"]] = rule in analysis.any_objects
        values[_INDEX["buyer_named_object"]] = rule in state.buyer_named
        values[_INDEX["asked_before"]] = rule in state.asked
        values[_INDEX["other_rules"]] = min(len(fired - {rule}), 3) / 3
        dense[rule] = values
    return Features(ngram_buckets(analysis.folded, buckets), dense)


_FIRING = frozenset({"phrase", "context", *PAIR_KINDS.values()})
