"""Folding (what the lexicon matches) and clause geometry (where sentences and clauses start).

A message is folded: lower-cased, variant characters mapped (驗 → 验), and spaces, emoji and
symbols inside words dropped so that split words join up again (微❤️信 → 微信, V / X → vx). A
space between two Chinese words is a pause in a call transcript and becomes a clause end; one
between two Latin words stays a space, so that English reads as words ("send the otp").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

SENTENCE_END = frozenset("。！？!?；;\n")
CLAUSE_END = SENTENCE_END | frozenset("，,")  # not 、: "不需要交保证金、手续费" is one clause
KEEP_PUNCT = frozenset("，。！？；：、“”‘’（）《》【】…—")
SEPARATORS = frozenset("-_.*~|/\\=·")


@dataclass(frozen=True)
class Folded:
    text: str
    origin: tuple[int, ...]  # index in the normalised text of each folded character

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.origin[end - 1] + 1


# What folding keeps as it is (but for case): Chinese, printable ASCII but the space, the kept
# punctuation and line breaks. Only spaces and separators need their neighbours weighed; the
# stretches between them fold with a translate and a lower (most messages are one stretch).
_KEPT = re.compile("[\u4e00-\u9fff!-~\n" + re.escape("".join(sorted(KEEP_PUNCT))) + "]*")
_WEIGHED = re.compile("[ " + re.escape("".join(sorted(SEPARATORS))) + "]")


def fold(text: str, variants: Mapping[str, str], separator_run: int) -> Folded:
    """`separator_run`: a longer run of spaces and separators between two Chinese characters is
    a divider, not a word split (and bounds the look-around, keeping folding linear)."""
    mapped = text.translate(_table(variants))
    if _WEIGHED.search(text) is None and _KEPT.fullmatch(mapped):
        return Folded(mapped.lower(), tuple(range(len(text))))
    chars: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _WEIGHED.finditer(text):
        i = m.start()
        _fold_stretch(mapped, pos, i, chars, origin)
        pos = i + 1
        weighed = _weighed(text, i, separator_run)
        if weighed is None:
            _fold_stretch(mapped, i, i + 1, chars, origin)
        elif weighed:
            chars.append(weighed)
            origin.append(i)
    _fold_stretch(mapped, pos, len(text), chars, origin)
    return Folded("".join(chars), tuple(origin))


def _fold_stretch(mapped: str, start: int, end: int, chars: list[str], origin: list[int]) -> None:
    """Fold mapped[start:end], which holds no space or separator to weigh: keep what is kept."""
    stretch = mapped[start:end]
    if _KEPT.fullmatch(stretch):
        chars.append(stretch.lower())
        origin.extend(range(start, end))
        return
    for i in range(start, end):
        ch = mapped[i]
        if _kept(ch):
            chars.append(ch.lower())
            origin.append(i)


def _kept(ch: str) -> bool:
    return is_cjk(ch) or (ch.isascii() and ch.isprintable() and ch != " ") or ch in KEEP_PUNCT or ch == "\n"


def fold_each(text: str, variants: Mapping[str, str], separator_run: int) -> Folded:
    """`fold` character by character: the rule as first written, which `fold` must always agree
    with (tests/test_fast_paths.py)."""
    chars, origin = [], []
    for i, ch in enumerate(text):
        weighed = _weighed(text, i, separator_run)
        if weighed is not None:
            if weighed:
                chars.append(weighed)
                origin.append(i)
            continue
        ch = variants.get(ch, ch)  # before the test below: an emoji stand-in (🐴 → 码) is kept
        if _kept(ch):
            chars.append(ch.lower())
            origin.append(i)
    return Folded("".join(chars), tuple(origin))


def _weighed(text: str, i: int, separator_run: int) -> str | None:
    """What a space or separator at i folds to by its neighbours: "" (dropped, a word split up:
    微-信), "，" (a pause between Chinese words in a transcript: "您直接报卡号 有效期"), " " (a
    space between Latin words: "send the otp"), or None when its neighbours say nothing (it
    folds as any other character)."""
    ch = text[i]
    if ch in SEPARATORS and _between_cjk(text, i, separator_run):
        return ""
    if ch == " " and _between_words(text, i):
        return "，"
    if ch == " " and _between_latin_words(text, i):
        return " "
    return None


# The variants as a str.translate table, built once per lexicon (building one costs more than
# folding a message); the mapping itself is kept to tell a new one with a reused id apart.
_TABLES: dict[int, tuple[Mapping[str, str], dict[int, str]]] = {}


def _table(variants: Mapping[str, str]) -> dict[int, str]:
    table = _TABLES.get(id(variants))
    if table is None or table[0] is not variants:
        table = _TABLES[id(variants)] = (variants, {ord(k): v for k, v in variants.items()})
    return table[1]


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _between_words(text: str, i: int) -> bool:
    """Is the space at i a pause between two Chinese words (two or more characters each, one of
    them three or more), not a gap inside a word spelled out (加 微 信, 用 飞书 视频)?"""
    if i > 0 and text[i - 1] == " ":  # several spaces: always a pause; only the first one counts
        return False
    j, k = i, i + 1
    while k < len(text) and text[k] == " ":
        k += 1
    if k - j > 1:
        return j > 0 and k < len(text) and is_cjk(text[j - 1]) and is_cjk(text[k])
    # words of two characters and more on both sides, one of three and more (counted no further)
    left = 0
    while left < 3 and j - left - 1 >= 0 and is_cjk(text[j - left - 1]):
        left += 1
    right = 0
    while right < 3 and k + right < len(text) and is_cjk(text[k + right]):
        right += 1
    return min(left, right) >= 2 and max(left, right) >= 3


def _between_latin_words(text: str, i: int) -> bool:
    """Is the space at i (the first of its run) between two Latin words of two letters or more?
    Single letters spelled apart still join up (V X → vx, q q → qq)."""
    if i < 2 or text[i - 1] == " " or not (_latin(text[i - 1]) and _latin(text[i - 2])):
        return False
    k = i + 1
    while k < len(text) and text[k] == " ":
        k += 1
    return k + 1 < len(text) and _latin(text[k]) and _latin(text[k + 1])


def _latin(ch: str) -> bool:
    return "a" <= ch <= "z" or "A" <= ch <= "Z"


def _between_cjk(text: str, i: int, run: int) -> bool:
    """Is text[i] a separator between two CJK characters (spaces and other separators skipped,
    up to `run` of them)?"""
    j = i - 1
    while j >= 0 and i - j <= run and (text[j] == " " or text[j] in SEPARATORS):
        j -= 1
    k = i + 1
    while k < len(text) and k - i <= run and (text[k] == " " or text[k] in SEPARATORS):
        k += 1
    return j >= 0 and k < len(text) and is_cjk(text[j]) and is_cjk(text[k])


class Geometry:
    """Where each position's sentence and clause start, computed once (linear in the text), so
    that "same sentence", "same clause" and "ends in a question" are lookups."""

    def __init__(self, text: str):
        self.text = text
        self.sentence_of = _starts(text, SENTENCE_END)
        self.clause_of = _starts(text, CLAUSE_END)
        self._question: list[bool] | None = None

    def same_sentence(self, a, b) -> bool:
        # no end mark in between: the unit start does not change from the first to the last
        return self.sentence_of[min(a.start, b.start)] == self.sentence_of[max(a.end, b.end)]

    def same_clause(self, a, b) -> bool:
        return self.clause_of[min(a.start, b.start)] == self.clause_of[max(a.end, b.end)]

    def ends_clause(self, pos: int, within: int = 3) -> bool:
        """Does a clause end within a few characters of `pos` ("…，请您提供。", "…发一下吧")?"""
        i = pos
        while i < len(self.text) and i - pos <= within and self.text[i] not in CLAUSE_END:
            i += 1
        return i == len(self.text) or self.text[i] in CLAUSE_END

    def ends_in_question(self, pos: int) -> bool:
        """Does the sentence around `pos` end with a question mark?"""
        if self._question is None:  # for every position, the end mark of its sentence
            marks, mark = [], ""
            for ch in reversed(self.text):
                if ch in SENTENCE_END:
                    mark = ch
                marks.append(mark)
            self._question = [m != "" and m in "?？" for m in reversed(marks)]
        return pos < len(self.text) and self._question[pos]


def _starts(text: str, ends: frozenset[str]) -> list[int]:
    """For each position, where its unit starts; an end mark belongs to the unit it closes.
    (Unit by unit from the end marks' positions, not character by character.)"""
    out: list[int] = []
    start = 0
    for m in _end_marks(ends).finditer(text):
        out.extend([start] * (m.end() - start))
        start = m.end()
    out.extend([start] * (len(text) + 1 - start))
    return out


@lru_cache(maxsize=None)
def _end_marks(ends: frozenset[str]) -> re.Pattern:
    return re.compile("[" + re.escape("".join(sorted(ends))) + "]")
