"""Spans of the folded text and the index every stage looks them up in."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    rule: str | None = None


def find(pattern: re.Pattern | None, text: str, rule: str | None = None) -> list[Hit]:
    """Every non-empty match of a lexicon list in the text."""
    if pattern is None:
        return []
    return [Hit(m.start(), m.end(), rule) for m in pattern.finditer(text) if m.end() > m.start()]


class Index:
    """Hits sorted by start, for the window lookups every stage makes: each lookup is a
    binary search, so no stage pairs every hit with every other (linear analysis)."""

    def __init__(self, hits: Iterable[Hit]):
        self.hits = sorted(hits, key=lambda h: (h.start, h.end))
        self.starts = [h.start for h in self.hits]
        self.longest = max((h.end - h.start for h in self.hits), default=0)

    def __bool__(self) -> bool:
        return bool(self.hits)

    def starting(self, lo: int, hi: int) -> list[Hit]:
        """The hits that start in [lo, hi]."""
        return self.hits[bisect_left(self.starts, lo):bisect_right(self.starts, hi)]

    def around(self, hit: Hit, gap: int) -> list[Hit]:
        """The hits that could lie within `gap` characters of `hit`."""
        return self.starting(hit.start - gap - self.longest, hit.end + gap)

    def containing(self, pos: int) -> list[Hit]:
        return [h for h in self.starting(pos - self.longest, pos) if h.start <= pos < h.end]

    def last_at_or_before(self, pos: int) -> Hit | None:
        k = bisect_right(self.starts, pos) - 1
        return self.hits[k] if k >= 0 else None

    def overlapping(self, hit: Hit) -> bool:
        return any(s.end > hit.start for s in self.starting(hit.start - self.longest, hit.end - 1))


def gap(a: Hit, b: Hit) -> int:
    return max(b.start - a.end, a.start - b.end, 0)
