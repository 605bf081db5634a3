"""The solicitation detector: stages put together, one detection per rule with its trace.

Stages: fold and clause geometry (text.py), the lexicon (lexicon.py), negation (negation.py),
the single message (message.py), the conversation (conversation.py), and the signal model
(guard/signal_model.py) as a second opinion on the weakest evidence.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

import jieba

from guard.message import Turn
from guard.normalize import normalize
from guard.signal_model import SignalModel

from .conversation import Conversation
from .lexicon import Lexicon
from .message import Analysis, analyze
from .trace import BASES, PAIR, Block, Evidence, Trace

CACHE_SIZE = 4096


@dataclass(frozen=True)
class Detection:
    """A rule an agent message breaks: the span of its first evidence (widened by overlapping
    evidence) in the normalised text, the strongest basis any of its evidence has, and the trace."""

    rule: str
    start: int
    end: int
    basis: str
    trace: Trace = field(compare=False, default_factory=Trace)


class SolicitationDetector:
    """`model` (a SignalModel) and `confidence`: a rule found only by pairing an object with a
    request is kept when the model gives it at least `confidence` (guard/signal_model.py).

    The detector segments with a jieba tokenizer of its own (never jieba's global one, which
    other components add words to)."""

    def __init__(self, lexicon: Lexicon, model: SignalModel | None = None, confidence: float = 0.0):
        self.lexicon = lexicon
        self.model = model
        self.confidence = confidence
        self.tokenizer = jieba.Tokenizer()
        self._analyze = lru_cache(maxsize=CACHE_SIZE)(lambda text: analyze(lexicon, self.tokenizer, text))
        # Earlier turns come back with every later message of the conversation: normalise once.
        self._normalized = lru_cache(maxsize=CACHE_SIZE)(lambda text: normalize(text).text)
        self.conversation = Conversation(lexicon, self.tokenizer, self._analyze, self._normalized)

    def analyze(self, normalized_text: str) -> Analysis:
        return self._analyze(normalized_text)

    def detect(self, normalized_text: str, context: Sequence[Turn] = ()) -> list[Detection]:
        """Rules an agent message breaks, with earlier turns (oldest first) completing it."""
        now = self._analyze(normalized_text)
        found = list(now.found)
        recent = list(context)[-self.lexicon.tuning.context_turns:]
        if recent:
            found += self.conversation.complete(normalized_text, now, recent)
            if not found:
                found += self.conversation.affirmed(normalized_text, recent)
        blocks = list(now.blocks)
        found = self._confirmed(now.folded, found, blocks)
        return _per_rule(found, blocks)

    def _confirmed(self, folded: str, found: list[Evidence], blocks: list[Block]) -> list[Evidence]:
        """Keep a rule found only by pairing when the model gives it `confidence`."""
        strongest = _strongest(found)
        weak = sorted(rule for rule, basis in strongest.items() if basis == PAIR)
        if self.model is None or not weak:
            return found
        p = self.model.probabilities(folded, weak)
        dropped = {rule for rule in weak if p[rule] is not None and p[rule] < self.confidence}
        blocks += [Block(e.rule, e.start, e.end, "pair", "model", e.words) for e in found if e.rule in dropped]
        return [e for e in found if e.rule not in dropped]

    def asked(self, context: Sequence[Turn]) -> set[str]:
        """Rules the agent's latest ask was about (for a buyer's reply such as a bare code): its
        latest turn, or the one before when the latest only reassured ("放心，这是银行的接口")."""
        turns = list(context)
        agent_turns = [i for i, t in enumerate(turns) if t.sender == "agent"][-self.lexicon.tuning.ask_turns:]
        for i in reversed(agent_turns):
            text = self._normalized(turns[i].text)
            # read with its own earlier turns ("是的亲…" confirming the password just asked for)
            rules = {d.rule for d in self.detect(text, turns[:i])} | set(self._analyze(text).open_objects)
            if rules:
                return rules
        return set()


def _strongest(found: list[Evidence]) -> dict[str, str]:
    best: dict[str, str] = {}
    for e in found:
        best[e.rule] = min(best.get(e.rule, e.basis), e.basis, key=BASES.index)
    return best


def _per_rule(found: list[Evidence], blocks: list[Block]) -> list[Detection]:
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
    out = [Detection(rule, start, end, strongest[rule],
                     Trace([e for e in found if e.rule == rule], [b for b in blocks if b.rule == rule]))
           for rule, (start, end) in spans.items()]
    return sorted(out, key=lambda d: (d.start, d.rule))
