"""Why a rule fired or did not: evidence and blocks, recorded by each stage as it decides.

A trace holds lexicon words (folded, as matched) and offsets, never a detected value: a run of
four or more digits in a word is starred out before it is kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

PHRASE, CONTEXT, PAIR, MODEL = "phrase", "context", "pair", "model"
BASES = (PHRASE, CONTEXT, PAIR, MODEL)  # strongest first
_DIGITS = re.compile(r"\d{4,}")


def safe(word: str) -> str:
    return _DIGITS.sub(lambda m: "*" * len(m.group()), word)


@dataclass(frozen=True)
class Evidence:
    """One reason a rule fired, with its span in the normalised text. `how` names the mechanism
    (a phrase, a request and its object, an earlier turn completing a request …); `words` are
    the lexicon words involved."""

    rule: str
    start: int
    end: int
    basis: str
    how: str
    words: tuple[str, ...] = ()

    def shifted(self, start: int, end: int) -> "Evidence":
        return Evidence(self.rule, start, end, self.basis, self.how, self.words)

    def to_dict(self) -> dict:
        return {"rule": self.rule, "basis": self.basis, "how": self.how, "start": self.start, "end": self.end,
                "words": [safe(w) for w in self.words]}


@dataclass(frozen=True)
class Block:
    """A hit that would have counted for a rule, and what stopped it (a negation cue, a warning
    frame, a warning sentence, a mention, an exception of the rule, the model)."""

    rule: str | None
    start: int
    end: int
    what: str  # phrase | object | request
    by: str  # cue | frame | warning | mention | except | model
    words: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"rule": self.rule, "what": self.what, "by": self.by, "start": self.start, "end": self.end,
                "words": [safe(w) for w in self.words]}


@dataclass
class Trace:
    """Everything a detection recorded about one message, for `guard explain`, the violation
    store and the review console."""

    evidence: list[Evidence] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # conversation-level facts ("turn -1: buyer asked about 验证码")

    def in_original(self, to_original) -> "Trace":
        """The same trace with offsets mapped to the original text (`to_original(start, end)`)."""
        return Trace([Evidence(e.rule, *to_original(e.start, e.end), e.basis, e.how, e.words) for e in self.evidence],
                     [Block(b.rule, *to_original(b.start, b.end), b.what, b.by, b.words) for b in self.blocks],
                     list(self.notes))

    def for_rule(self, rule: str) -> dict:
        return {"evidence": [e.to_dict() for e in self.evidence if e.rule == rule],
                "blocks": [b.to_dict() for b in self.blocks if b.rule in (rule, None)],
                "notes": list(self.notes)}
