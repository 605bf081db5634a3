"""CN_ADDRESS: a postal address, from its first stated element (a province, prefecture or county;
a town, street office, industrial zone or market; a village; a road; an estate) to its last unit
(号, 栋/幢/座, 单元, 室, a bare room number, 组/队/社, a stall number) or a business named right
after the house number.

The text is read as a chain of elements, each a name and a kind word (文一西路, 五常街道, 李庄村)
or a number and its unit (969号, 3幢, 2单元, 501), in the order addresses are written; a chain
is an address when it has a numbered unit (or, after a division, a named place), so a division
name alone ("我在杭州", "送到朝阳区能到吗") or a landmark is not one.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Iterable, NamedTuple

from recognizers.address_parts import (
    ELEMENTS_BY_FIRST, LEAD_VERBS, NUMBERED, STOP, STOP_WORDS, Element, first_kind, is_logistics, mask_stop_words,
    typo_division,
)
from recognizers.base import Candidate, ChineseRecognizer
from recognizers.gazetteer import COUNTY, Match, gazetteer

# An address may start after a character that is no name character (punctuation, spaces,
# digits), a function word (STOP), a lead-in verb (放, 寄, 改 …) or a lead-in word (改成).
_BOUNDARY = re.compile(rf"[^\u4e00-\u9fffA-Za-z0-9]+|[0-9]+|[{STOP}]|{'|'.join(STOP_WORDS)}|地址")
# Cheap gate: an address has a numbered unit (969号, 3栋, 六队, 21#, B座, 5-2-801, A-36), or a
# division name and a street-level word (杭州市余杭区五常街道, …区新兴二路梧州学院).
_NUMBERED_HINT = re.compile(
    r"[0-9一二三四五六七八九十两]\s?(?:号|栋|幢|座|楼|单元|室|层|组|队|社|户|排|门|期|#|村民|小组|生产队)|\d-\d|[A-Za-z]\s?座|[A-Za-z]-\d"
)
_STREET_HINT = re.compile(r"[路街道镇乡村区园]")
_SEPARATOR = " ,，-_/、|"
MAX_SEPARATOR = 3  # "浙江省 - 杭州市", "广东路/101号"
MIN_NAMED_ELEMENTS_WITHOUT_DIVISION = 1
# Without a number, a division-led address needs one of these (a street-level place).
_STREET_LEVEL = frozenset({"town", "zone", "village", "road"})
# An address starts with a place or a building, never with a bare room, floor or unit number.
_FIRST = frozenset({"division", "town", "zone", "village", "hamlet", "road", "community", "building", "section"})


class Piece(NamedTuple):  # a tuple: built tens of times per message, cheaper than a dataclass
    kind: str
    level: int
    start: int
    end: int


class AddressRecognizer(ChineseRecognizer):
    ENTITY = "CN_ADDRESS"
    CONTEXT = ("地址", "收货", "寄到", "送到", "发到", "住在", "住址", "配送", "派送", "改到", "家在", "收件")
    NEGATIVE_CONTEXT = ()
    WITH_DIVISION_SCORE = 0.85
    WITHOUT_DIVISION_SCORE = 0.6

    def load(self) -> None:  # build the typo index now, not on the first message
        typo_division("", 0)

    def candidates(self, text: str) -> Iterable[Candidate]:
        anchors = [m.start() for m in _NUMBERED_HINT.finditer(text)]
        divisions = gazetteer().find(text) if anchors or _STREET_HINT.search(text) else []
        anchors += [m.start for m in divisions]
        if not anchors:
            return
        pos, memo, work = 0, {}, mask_stop_words(text)
        for start in _starts(text, work, sorted(anchors), divisions):
            if start < pos:
                continue
            pieces = parse(text, start, memo, work)
            if pieces and pieces[0].kind != "division":
                # A division inside the first name (说乐清市柳市镇…) is where the address starts.
                inner = [m.start for m in gazetteer().find(text[:pieces[0].end], start + 1) if not m.short]
                if inner:
                    tighter = parse(text, inner[0], memo, work)
                    if tighter and tighter[-1].end >= pieces[-1].end:
                        pieces = tighter
            if pieces and _is_address(text, pieces):
                end = pieces[-1].end
                led = pieces[0].kind == "division"
                score = self.WITH_DIVISION_SCORE if led else self.WITHOUT_DIVISION_SCORE
                yield Candidate(pieces[0].start, end, score, "address elements: " + " ".join(p.kind for p in pieces))
                pos = end


MAX_LEAD = 48  # characters an address may run before its first numbered unit or division


# Characters no address holds: chat function words (and masked stop words) and sentence ends.
_BREAKS = frozenset(set(STOP) - set("号栋幢室") | set("。！？!?；;\n"))


def _starts(text: str, work: str, anchors: list[int], divisions: list[Match]) -> list[int]:
    """Where an address may start: the text's start, after a boundary, and every division name;
    only up to MAX_LEAD characters before an anchor (a numbered unit or a division)."""
    starts = {0}
    starts.update(m.end() for m in _BOUNDARY.finditer(text))
    starts.update(i + 1 for i, ch in enumerate(text) if ch in LEAD_VERBS and text[i:i + 2] not in STOP_WORDS)
    starts.update(m.start for m in divisions if not (m.short and _only_counties(m)))
    breaks = [i for i, ch in enumerate(work) if ch in _BREAKS]
    return [
        s for s in sorted(starts)
        if s < len(text) and first_kind(text[s]) and text[s] not in LEAD_VERBS and not _inside_token(text, s)
        and _reaches_anchor(s, anchors, breaks)
    ]


def _reaches_anchor(pos: int, anchors: list[int], breaks: list[int]) -> bool:
    """Is there an anchor at most MAX_LEAD characters on, with nothing between that no address
    holds? (A chain without an anchor is no address, and a chain cannot cross a break.)"""
    i = bisect.bisect_left(anchors, pos)
    if i == len(anchors) or anchors[i] - pos > MAX_LEAD:
        return False
    j = bisect.bisect_left(breaks, pos)
    return j == len(breaks) or breaks[j] >= anchors[i]


def _inside_token(text: str, pos: int) -> bool:
    """Is pos inside a run of ASCII letters and digits (a code such as 91330106MAQQNH4W6F)?"""
    return pos > 0 and text[pos - 1].isascii() and text[pos - 1].isalnum() and text[pos].isascii() \
        and text[pos].isalnum()


def parse(text: str, start: int, memo: dict | None = None, work: str | None = None) -> list[Piece]:
    """The chain of address elements from `start` that reaches furthest, each element at a level
    no lower than the one before (repeatable kinds may follow themselves). Every element may end
    at its shortest or its longest reading (五常街道 | 文一西路, not 五常街 | 道文一西路), so
    the chain is searched, not built greedily; `memo` is shared by the starts of one text."""
    texts = (text, work if work is not None else mask_stop_words(text))
    return list(_best(texts, start, -1, None, memo if memo is not None else {})[1])


def _best(texts: tuple[str, str], pos: int, level: int, previous: Piece | None, memo: dict) -> tuple[tuple, tuple[Piece, ...]]:
    key = (pos, level, previous and previous.kind, previous.start if previous and previous.kind == "division" else None)
    if key in memo:
        return memo[key]
    best: tuple[tuple, tuple[Piece, ...]] = ((pos, 0, 0), ())
    text, work = texts
    at = pos
    if previous is not None:  # a separator between two elements: a space, a comma, a dash, _
        while at < len(text) and at - pos < MAX_SEPARATOR and text[at] in _SEPARATOR:
            at += 1
    kind = previous.kind if previous is not None else None
    for where in ((pos, at) if at != pos else (pos,)):
        if where >= len(text):
            break
        for element in _allowed(first_kind(work[where]), level, kind, where != pos):
            for end in _ends(element, texts, where, previous):
                piece = Piece(element.kind, element.level, where, end)
                rank, rest = _best(texts, end, element.level, piece, memo)
                # Furthest, then the most gazetteer divisions, then the fewest pieces; on a tie
                # the earlier kind in ELEMENTS (街道 a town before a road).
                candidate = ((rank[0], rank[1] + (element.kind == "division"), rank[2] - 1), (piece,) + rest)
                if candidate[0] > best[0]:
                    best = candidate
    memo[key] = best
    return best


@lru_cache(maxsize=None)
def _allowed(first: str, level: int, previous: str | None, after_separator: bool) -> tuple[Element, ...]:
    """The elements that may come next: by the character they start on, the level reached, the
    kind before them (or none: the first element) and whether a separator came first."""
    return tuple(
        e for _, e in ELEMENTS_BY_FIRST.get(first, ())
        if (e.level > level or (e.level == level and e.repeats))
        and (not after_separator or e.after_separator)
        and (e.after is None or previous in e.after)
        and (previous is not None or e.kind in _FIRST)
    )


def _ends(element: Element, texts: tuple[str, str], pos: int, previous: Piece | None) -> tuple[int, ...]:
    """Where the element can end when it starts at pos: gazetteer names on the text, the element's
    longest and shortest readings on the text with its stop words masked."""
    text, work = texts
    if element.pattern is None:  # a division: from the gazetteer, or a one-character typo of one
        after_division = previous is not None and previous.kind == "division"
        m = gazetteer().match_at(text, pos)
        if m is not None and (not (m.short and _only_counties(m)) or (after_division and _nests_after(text, previous, m))):
            return (m.end,)
        typo = typo_division(text, pos)
        return (typo,) if typo is not None and (previous is None or after_division) else ()
    m = element.pattern.match(work, pos)
    if m is None or (element.check is not None and not element.check(work, m)):
        return ()
    if element.shortest is not None:
        lazy = element.shortest.match(work, pos)
        if lazy is not None and lazy.end() != m.end() and (element.check is None or element.check(work, lazy)):
            return (m.end(), lazy.end())
    return (m.end(),)


def _nests_after(text: str, previous: Piece, match: Match) -> bool:
    """Does a county's short form (余杭) follow its own prefecture (杭州)?"""
    outer = gazetteer().match_at(text, previous.start)
    return outer is not None and _nests(outer, match)


def _only_counties(match: Match) -> bool:
    return all(d.level == COUNTY for d in match.divisions)


def _is_address(text: str, pieces: list[Piece]) -> bool:
    kinds = [p.kind for p in pieces]
    if kinds[0] not in _FIRST:
        return False
    if any(is_logistics(text[p.start:p.end]) for p in pieces):
        return False
    numbered = sum(k in NUMBERED for k in kinds)
    named = sum(k not in NUMBERED and k not in ("division", "section") for k in kinds)
    divisions = kinds.count("division")
    if kinds[0] == "division":
        # Without a number: a street-level place (a town, zone, village or road) and two named
        # places (…区 汇通路 晋中学院) or two divisions (杭州市余杭区五常街道); 北京稻香村 is a
        # shop, 南京鼓楼医院 a landmark.
        street = any(k in _STREET_LEVEL for k in kinds)
        return numbered > 0 or (street and (named >= 2 or divisions >= 2))
    if named >= MIN_NAMED_ELEMENTS_WITHOUT_DIVISION and numbered:
        return True
    return numbered >= 3  # 3栋2单元501 with nothing before it


def division_chain(text: str, pos: int = 0) -> list[Match]:
    """Division names from pos that nest inside each other (浙江省 杭州市 余杭区), or []."""
    gaz = gazetteer()
    first = gaz.match_at(text, pos)
    if first is None or (first.short and _only_counties(first)):
        return []
    chain = [first]
    while True:
        end = chain[-1].end
        while end < len(text) and text[end] in " ,，-_":
            end += 1
        nxt = gaz.match_at(text, end)
        if nxt is None or not _nests(chain[-1], nxt):
            return chain
        chain.append(nxt)


def _nests(outer: Match, inner: Match) -> bool:
    pairs = [(o, i) for o in outer.divisions for i in inner.divisions if o.contains(i)]
    if not pairs:
        return False
    # A county's short form (余杭) only counts right after its prefecture (杭州).
    return not inner.short or any(i.level != COUNTY or o.code[:4] == i.code[:4] for o, i in pairs)
