"""Negation: is a hit asked for, or negated, warned about or only mentioned?

A hit is negated by a negation token before it in its clause (up to a scope break such as "的话":
"不处理的话会上征信" is a threat), a warning frame before it in its sentence ("如果有人让您…"), a
warning anywhere in its sentence ("…都是诈骗"), or a mention around it (a title 《…》, screen
text quoted from the page); unless a threat built on the negation ("不提供就无法退款") covers it.
Negation tokens are whole jieba tokens (别 in 别人, 不 in 不好意思 do not count).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterable

import jieba

from .lexicon import Lexicon
from .spans import Hit, Index, find
from .text import Geometry

QUOTES = frozenset("“\"「《")


class Negation:
    """Every question is a binary search over spans found once (linear analysis)."""

    def __init__(self, lex: Lexicon, text: str, geometry: Geometry, tokenizer: jieba.Tokenizer):
        self.geometry = geometry
        cues = []
        if lex.negation_any.search(text) is not None:
            exceptions = Index(find(lex.negation_exceptions, text))
            for pos, token in _tokens_with_cues(lex, text, tokenizer):
                hit = Hit(pos, pos + len(token))
                if token in lex.negation_tokens and not exceptions.overlapping(hit):
                    cues.append(hit)
        self.breaks = [b.start for b in find(lex.scope_breaks, text)] if cues else []
        if cues:  # "不取消…的话": the negation belongs to a condition
            conditions = [c.start for c in find(lex.conditions, text)]
            cues = [c for c in cues if not self._condition_after(c, conditions)]
        self.cues = Index(cues)
        self.frames = Index(find(lex.warning_frames, text))
        self.warnings = find(lex.warnings, text)
        self.threats = Index(find(lex.threats, text))
        sentence_of = geometry.sentence_of
        # sentences that hold a whole warning ("…都是诈骗")
        self.warned = {sentence_of[w.start] for w in self.warnings if sentence_of[w.start] == sentence_of[w.end - 1]}
        self.mentions = Index(Hit(_quote_start(text, m), m.end) for m in find(lex.mentions, text))

    def _condition_after(self, cue: Hit, conditions: list[int]) -> bool:
        """Is there a condition after the cue in its clause? (clauses only move forward, so the
        first condition after the cue decides)"""
        k = bisect_left(conditions, cue.end)
        clause_of = self.geometry.clause_of
        return k < len(conditions) and clause_of[conditions[k]] == clause_of[cue.start]

    def __call__(self, hit: Hit) -> bool:
        return self.why(hit) is not None

    def why(self, hit: Hit) -> tuple[str, Hit] | None:
        """What negates the hit (cue, frame, warning or mention, with its span), or None."""
        cue = self._cue(hit)
        if cue is not None:
            return "cue", cue
        sentence = self.geometry.sentence_of[hit.start]
        frames = self.frames.starting(sentence, hit.start - 1)
        if frames:
            return "frame", frames[0]
        if sentence in self.warned and self.geometry.sentence_of[hit.end - 1] == sentence:
            return "warning", Hit(sentence, sentence)
        mentions = [m for m in self.mentions.starting(hit.end - self.mentions.longest, hit.start) if m.end >= hit.end]
        if mentions:
            return "mention", mentions[0]
        return None

    def _cue(self, hit: Hit) -> Hit | None:
        # jieba tokens do not overlap: the last cue starting at or before the hit decides (an
        # earlier one has every break after the last one between it and the hit too)
        c = self.cues.last_at_or_before(hit.start)
        if c is None:
            return None
        if not c.start <= hit.start < c.end:
            if c.start < self.geometry.clause_of[hit.start]:
                return None
            b = bisect_left(self.breaks, c.end)
            if b < len(self.breaks) and self.breaks[b] < hit.start:
                return None
        covered = self.threats.containing(hit.start) or any(
            t.start <= hit.end <= t.end for t in self.threats.starting(hit.end - self.threats.longest, hit.end))
        return None if covered else c


def _tokens_with_cues(lex: Lexicon, text: str, tokenizer: jieba.Tokenizer) -> Iterable[tuple[int, str]]:
    """jieba's tokens (and where they start) of the pieces of the text that hold a negation
    token at all. jieba cuts each run of the characters it segments (`re_han_default`) on its
    own, so a piece without one cannot hold a cue, and is never cut: a long message pays only
    for the pieces around its negations."""
    pos = 0
    for piece in jieba.re_han_default.split(text):
        if piece and lex.negation_any.search(piece) is not None:
            at = pos
            for token in tokenizer.cut(piece, HMM=False):
                yield at, token
                at += len(token)
        pos += len(piece)


def _quote_start(text: str, mention: Hit) -> int:
    """A mention covers the quoted words only: in 提示输入"卡片验证值" the 输入 is still asked."""
    for i in range(mention.start, mention.end):
        if text[i] in QUOTES:
            return i
    return mention.start
