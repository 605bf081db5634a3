"""China's administrative divisions (vendored, see data/README.md) as a fast matcher.

Names match in full (浙江省, 杭州市, 余杭区) and in the short forms people type (浙江, 杭州);
a county's short form (余杭) only right after its prefecture, where it cannot be a common word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PROVINCE, PREFECTURE, COUNTY = 1, 2, 3
_END = ""  # trie key marking the end of a name
_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
_PREFECTURE_SUFFIXES = ("自治州", "地区", "市", "盟")
_COUNTY_SUFFIXES = ("自治县", "自治旗", "区", "县", "市", "旗")
_ETHNIC = re.compile(r"(.{2,}?)(?:[^族]{1,4}族)+$")  # 延边朝鲜族 → 延边


@dataclass(frozen=True)
class Division:
    code: str  # 6-digit adcode
    name: str
    level: int

    @property
    def province(self) -> str:
        return self.code[:2]

    def contains(self, other: "Division") -> bool:
        if self.level == PROVINCE:
            return other.code[:2] == self.code[:2] and other.level > PROVINCE
        if self.level == PREFECTURE:
            return other.code[:4] == self.code[:4] and other.level > PREFECTURE
        return False


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    divisions: tuple[Division, ...]
    short: bool  # matched a short form


def _level(code: str) -> int:
    if code.endswith("0000"):
        return PROVINCE
    if code.endswith("00"):
        return PREFECTURE
    return COUNTY


def _short_form(name: str, level: int) -> str | None:
    suffixes = {PROVINCE: _PROVINCE_SUFFIXES, PREFECTURE: _PREFECTURE_SUFFIXES, COUNTY: _COUNTY_SUFFIXES}[level]
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            ethnic = _ETHNIC.match(stem)
            return ethnic.group(1) if ethnic else stem
    return None


class Gazetteer:
    def __init__(self, rows: list[tuple[str, str]]):
        self.full: dict[str, list[Division]] = {}
        self.short: dict[str, list[Division]] = {}
        for code, name in rows:
            div = Division(code, name, _level(code))
            self.full.setdefault(name, []).append(div)
            short = _short_form(name, div.level)
            if short and short not in self.full:
                self.short.setdefault(short, []).append(div)
                if name.endswith("自治州"):  # 红河州, 凉山州, 文山州: how people write them
                    self.short.setdefault(short + "州", []).append(div)
        for name in self.full:  # a full name wins over another division's short form
            self.short.pop(name, None)
        self._trie: dict = {}
        for name in list(self.full) + list(self.short):
            node = self._trie
            for ch in name:
                node = node.setdefault(ch, {})
            node[_END] = name

    def find(self, text: str, pos: int = 0) -> list[Match]:
        """All division names in text, leftmost-longest and non-overlapping."""
        found, i, n = [], pos, len(text)
        while i < n:
            m = self.match_at(text, i) if text[i] in self._trie else None
            if m:
                found.append(m)
                i = m.end
            else:
                i += 1
        return found

    def match_at(self, text: str, pos: int) -> Match | None:
        """The longest division name starting at pos (a dict-trie walk: no giant regex)."""
        node, name, i = self._trie, None, pos
        while i < len(text) and text[i] in node:
            node = node[text[i]]
            i += 1
            name = node.get(_END, name)
        if name is None:
            return None
        end = pos + len(name)
        if name in self.full:
            return Match(pos, end, tuple(self.full[name]), False)
        return Match(pos, end, tuple(self.short[name]), True)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    text = resources.files("recognizers").joinpath("data/divisions.tsv").read_text(encoding="utf-8")
    rows = [tuple(line.split("\t", 1)) for line in text.splitlines() if line and not line.startswith("#")]
    return Gazetteer(rows)  # type: ignore[arg-type]
