"""A first-character gate for the lexicon's regexes.

Each list of the lexicon compiles to one alternation of hundreds of phrases, and `re` tries every
branch at every position of the message: most of the lexicon's cost (about 22 scans per agent
message). Every match of a list starts with one of a known set of characters (the first
characters its branches can start with), so a look-ahead for that set in front of the pattern
lets `re` reject every other position at once. The matches are exactly the same: the gate is
added only when the set is known for certain and the pattern cannot match the empty string.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from re import _constants as sre  # the parser's opcodes (Python 3.11+)
from re import _parser

_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


class _Unknown(Exception):
    """Some branch may start with any character (., a negated class, a back-reference, a
    case-insensitive letter): no gate."""


def first_char_class(pattern: str) -> str | None:
    """A character class holding every character a non-empty match of `pattern` can start
    with, or None when that is not known for certain or the pattern can match nothing at all."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    try:
        ranges, nullable = _sequence(list(parsed))
    except _Unknown:
        return None
    if nullable or not ranges:
        return None
    return "[" + "".join(_escape(lo) if lo == hi else f"{_escape(lo)}-{_escape(hi)}" for lo, hi in _merged(ranges)) + "]"


def gated(pattern: str) -> str:
    """The pattern behind a look-ahead for its first characters, when they are known."""
    first = first_char_class(pattern)
    return pattern if first is None else f"(?={first})(?:{pattern})"


def _sequence(items: list) -> tuple[list[tuple[int, int]], bool]:
    """First characters of a sequence of items, and whether the whole sequence can be empty."""
    ranges: list[tuple[int, int]] = []
    for op, av in items:
        first, nullable = _item(op, av)
        ranges += first
        if not nullable:
            return ranges, False
    return ranges, True


def _item(op, av) -> tuple[list[tuple[int, int]], bool]:
    if op is sre.LITERAL:
        return [(av, av)], False
    if op is sre.IN:
        return _charset(av), False
    if op in _ZERO_WIDTH:  # anchors and look-arounds consume nothing: what follows decides
        return [], True
    if op is sre.BRANCH:
        ranges, nullable = [], False
        for branch in av[1]:
            first, empty = _sequence(list(branch))
            ranges += first
            nullable = nullable or empty
        return ranges, nullable
    if op is sre.SUBPATTERN:
        _, add_flags, _, sub = av
        if add_flags & re.IGNORECASE:
            raise _Unknown
        return _sequence(list(sub))
    if op in _REPEATS:
        low, _, sub = av
        first, empty = _sequence(list(sub))
        return first, empty or low == 0
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    raise _Unknown  # ., [^…], back-references, conditionals


def _charset(items) -> list[tuple[int, int]]:
    ranges = []
    for op, av in items:
        if op is sre.LITERAL:
            ranges.append((av, av))
        elif op is sre.RANGE:
            ranges.append(av)
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            ranges += _decimal_digits()
        else:  # NEGATE, other categories (\w, \s …)
            raise _Unknown
    return ranges


@lru_cache(maxsize=1)
def _decimal_digits() -> tuple[tuple[int, int], ...]:
    r"""What \d matches in a str pattern: every decimal digit of every script (str.isdecimal)."""
    return tuple(_merged([(c, c) for c in range(sys.maxunicode + 1) if chr(c).isdecimal()]))


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _escape(code: int) -> str:
    return f"\\U{code:08x}"
