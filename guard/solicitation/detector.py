"""The solicitation detector: stages put together, one detection per rule with a confidence and
its trace.

Stages: fold and clause geometry (text.py), the lexicon (lexicon.py), negation (negation.py),
the single message (message.py), the conversation (conversation.py), and the signal model
(model.py). The lexicon finds evidence; the model scores every rule from the message, that
evidence and the conversation's state. A rule with evidence gets the model's calibrated
probability as its confidence (an explicit phrase, or a request the earlier turns complete, never
less than `evidence_floor`: the model adds evidence, it cannot delete an explicit request; only a
phrase loses the floor, when the model is nearly sure the message asks for nothing, p below
`overrule_below`: a warning, an explanation or a topic word such as 征信 in a genuine answer); a
rule without evidence, and not negated or warned about in the message, fires on the model alone
when its probability reaches `model_only`, with the clause it relied on as evidence.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Mapping, Sequence

from guard.message import Turn
from guard.normalize import normalize
from guard.tokenizers import new_tokenizer

from .conversation import Conversation
from .features import State, extract
from .lexicon import Lexicon
from .message import Analysis, analyze
from .model import SignalModel
from .trace import BASES, CONTEXT, MODEL, PHRASE, Block, Evidence, Trace

CACHE_SIZE = 4096


@dataclass(frozen=True)
class Scoring:
    """How evidence becomes a confidence (the policy's `confidence` section)."""

    evidence_floor: float = 0.3  # a phrase or a completed request is at least this confident: always logged
    overrule_below: float = 0.15  # ... but a phrase the model gives less than this keeps its probability
    model_only: float = 0.4  # the model alone raises a rule at this probability
    unscored: Mapping[str, float] = field(default_factory=lambda: {"phrase": 0.9, "context": 0.75, "pair": 0.6})


@dataclass(frozen=True)
class Detection:
    """A rule an agent message breaks: the span of its first evidence (widened by overlapping
    evidence) in the normalised text, the strongest basis any of its evidence has, a confidence
    0-1 and the trace."""

    rule: str
    start: int
    end: int
    basis: str
    confidence: float = 1.0
    trace: Trace = field(compare=False, default_factory=Trace)


class SolicitationDetector:
    """The detector segments with a jieba tokenizer of its own (never jieba's global one, which
    other components add words to)."""

    def __init__(self, lexicon: Lexicon, model: SignalModel | None = None, scoring: Scoring | None = None):
        self.lexicon = lexicon
        self.model = model
        self.scoring = scoring or Scoring()
        self.tokenizer = new_tokenizer()
        self._analyze = lru_cache(maxsize=CACHE_SIZE)(lambda text: analyze(lexicon, self.tokenizer, text))
        # Earlier turns come back with every later message of the conversation: normalise once.
        self._normalized = lru_cache(maxsize=CACHE_SIZE)(lambda text: normalize(text).text)
        self.conversation = Conversation(lexicon, self.tokenizer, self._analyze, self._normalized)

    def analyze(self, normalized_text: str) -> Analysis:
        return self._analyze(normalized_text)

    def detect(self, normalized_text: str, context: Sequence[Turn] = (), prior: State | None = None) -> list[Detection]:
        """Rules an agent message breaks, with earlier turns (oldest first) completing it."""
        return self._scored(*self.evidence(normalized_text, context, prior))

    def evidence(self, normalized_text: str, context: Sequence[Turn] = (),
                 prior: State | None = None) -> tuple[Analysis, list[Evidence], State]:
        """The lexicon's evidence and the conversation's state, before any scoring (for training)."""
        now = self._analyze(normalized_text)
        found = list(now.found)
        recent = list(context)[-self.lexicon.tuning.context_turns:]
        if recent:
            found += self.conversation.complete(normalized_text, now, recent)
            if not found:
                found += self.conversation.affirmed(normalized_text, recent)
            if not found:
                found += self.conversation.insisting(normalized_text, now, recent)
            if not found:
                found += self.conversation.urging(normalized_text, now, recent)
            if not found:
                found += self.conversation.watching(normalized_text, now, recent)
        return now, found, self.state(context, prior)

    def explain(self, normalized_text: str, context: Sequence[Turn] = (), prior: State | None = None) -> dict:
        """Everything `detect` decided, for `guard explain`: per rule its detection (or none),
        the model's probability, the evidence, the blocks, and the conversation's state."""
        now, found, state = self.evidence(normalized_text, context, prior)
        detections = {d.rule: d for d in self._scored(now, found, state)}
        probability: dict[str, float] = {}
        if self.model is not None:
            probability = self.model.probabilities(extract(now, found, state, self.model.buckets))
        rules = {}
        for rule in self.lexicon.objects:
            d = detections.get(rule)
            blocks = [b for b in now.blocks if b.rule == rule]
            if d is None and not blocks and probability.get(rule, 0.0) < 0.05:
                continue
            why_not = None
            if d is None and probability.get(rule, 0.0) >= self.scoring.model_only:
                why_not = "the message negates, warns about or mentions it: the model alone does not overrule that"
            elif d is None and probability:
                why_not = f"the model alone raises a rule at p >= {self.scoring.model_only}"
            elif d is None:
                why_not = "no lexicon evidence"
            rules[rule] = {"fired": d is not None, "why_not": why_not, "confidence": d.confidence if d else None,
                           "basis": d.basis if d else None, "probability": probability.get(rule),
                           "evidence": [e.to_dict() for e in (d.trace.evidence if d else [])],
                           "blocks": [b.to_dict() for b in blocks],
                           "model": [n for n in (d.trace.notes if d else []) if n.startswith("model:")]}
        return {"conversation": state.notes(), "pretexts_here": sorted(now.pretexts), "rules": rules}

    def state(self, context: Sequence[Turn], prior: State | None = None) -> State:
        """The conversation's risk state: `prior` (what the store remembers of the conversation's
        earlier messages, when the caller passes no turns) with the earlier turns added: pretexts
        told by the agent, earlier asks, and what the buyer named since the agent's last turn."""
        state = prior or State()
        for turn in context:
            state = state.after(turn.sender, self._analyze(self._normalized(turn.text)))
        return state

    def _scored(self, now: Analysis, found: list[Evidence], state: State) -> list[Detection]:
        scoring = self.scoring
        notes = state.notes()
        probability: dict[str, float] = {}
        features = None
        if self.model is not None:
            features = extract(now, found, state, self.model.buckets)
            probability = self.model.probabilities(features)
        out = []
        for d in _per_rule(found, list(now.blocks), notes):
            p = probability.get(d.rule)
            confidence = p if p is not None else scoring.unscored.get(d.basis, 0.5)
            # A completed request always keeps the floor: the model never learns from the lines
            # that ask only with their earlier turns (training.py), so its p says little there.
            overruled = d.basis == PHRASE and p is not None and p < scoring.overrule_below
            if d.basis in (PHRASE, CONTEXT) and not overruled:
                confidence = max(confidence, scoring.evidence_floor)
            if p is not None:
                d.trace.notes.append(_why(self.model.rules[d.rule], features, d.rule, p))
            if overruled:
                d.trace.notes.append(f"model: p < {scoring.overrule_below}: nearly sure the message asks for "
                                     "nothing, so the phrase does not keep the floor")
            out.append(Detection(d.rule, d.start, d.end, d.basis, round(confidence, 4), d.trace))
        seen = {d.rule for d in out}
        # the model raises what the lexicon missed, not what it negated ("卡号不用发哦")
        decided = {b.rule for b in now.blocks} | (set(now.any_objects) if now.negating else set())
        for rule, p in sorted(probability.items()):
            if rule in seen or rule in decided or p < scoring.model_only:
                continue
            span = self.model.best_clause(now.folded, rule)
            if span is None:
                continue
            start, end = now.to_normalized(*span)
            evidence = Evidence(rule, start, end, MODEL, "the model alone", (now.folded[span[0]:span[1]],))
            trace = Trace([evidence], [b for b in now.blocks if b.rule == rule],
                          [*notes, _why(self.model.rules[rule], features, rule, p)])
            out.append(Detection(rule, start, end, MODEL, round(p, 4), trace))
        return sorted(out, key=lambda d: (d.start, d.rule))

    def asked(self, context: Sequence[Turn], floor: float = 0.0) -> set[str]:
        """Rules the agent's latest ask was about (for a buyer's reply such as a bare code): its
        latest turn, or the one before when the latest only reassured ("放心，这是银行的接口")."""
        turns = list(context)
        agent_turns = [i for i, t in enumerate(turns) if t.sender == "agent"][-self.lexicon.tuning.ask_turns:]
        for i in reversed(agent_turns):
            text = self._normalized(turns[i].text)
            # read with its own earlier turns ("是的亲…" confirming the password just asked for)
            rules = {d.rule for d in self.detect(text, turns[:i]) if d.confidence >= floor}
            rules |= set(self._analyze(text).open_objects)
            if rules:
                return rules
        return set()


def _why(model, features, rule: str, p: float) -> str:
    parts = model.contributions(features.dense[rule])[:3]
    listed = ", ".join(f"{name} {weight:+.2f}" for name, weight in parts)
    return f"model: p={p:.2f}" + (f" (largest named features: {listed})" if listed else "")


def _strongest(found: list[Evidence]) -> dict[str, str]:
    best: dict[str, str] = {}
    for e in found:
        best[e.rule] = min(best.get(e.rule, e.basis), e.basis, key=BASES.index)
    return best


def _per_rule(found: list[Evidence], blocks: list[Block], notes: list[str]) -> list[Detection]:
    """One detection per rule: its first evidence, widened by the evidence overlapping it, with
    the strongest basis any of its evidence has."""
    spans: dict[str, tuple[int, int]] = {}
    for e in sorted(found, key=lambda e: (e.start, -(e.end - e.start))):
        seen = spans.get(e.rule)
        if seen is None:
            spans[e.rule] = (e.start, e.end)
        elif e.start <= seen[1]:
            spans[e.rule] = (seen[0], max(seen[1], e.end))
    strongest = _strongest(found)
    return [Detection(rule, start, end, strongest[rule], 1.0,
                      Trace([e for e in found if e.rule == rule], [b for b in blocks if b.rule == rule], list(notes)))
            for rule, (start, end) in spans.items()]
