"""CN_ADDRESS: a postal address from its first stated level (province, prefecture, county, or a
road / 小区 when no region precedes it) to its most detailed part (号, 栋/幢, 单元, 室, 楼).

A division name alone ("我在杭州", "送到朝阳区能到吗") is not an address: an address needs a
detailed part after it, or a road with a number / a 小区 with a building when no division precedes.
"""
from __future__ import annotations

import re
from typing import Iterable

from recognizers.base import Candidate, ChineseRecognizer
from recognizers.gazetteer import COUNTY, Match, gazetteer

_CH = r"[\u4e00-\u9fffA-Za-z0-9]"
_SP = r"[ ,，]?"
TOWN = rf"{_CH}{{1,8}}?(?:街道|镇|乡|经济技术开发区|开发区|高新区|工业园区|工业园)"
_ROAD_END = r"(?:大道|大街|路|街|巷|弄|胡同)(?:[东西南北中](?=\d)|[东西南北中]?(?:\d+|[一二三四五六七八九十]{1,3})?段)?"
ROAD = rf"{_CH}{{1,10}}?{_ROAD_END}"
NUMBER = r"\d{1,6}(?:[-之]\d+)?(?:号院|号|弄|巷)"
COMMUNITY = (
    rf"{_CH}{{2,12}}?(?:小区|花园|公寓|大厦|广场|家园|花苑|苑|园|新村|村|社区|公馆|山庄|府|城|庭|湾|"
    r"中心|大楼|宿舍|写字楼|商城|市场|校区|大学|学院|医院)"
)
ZONE = r"(?:[东西南北中]区|[A-Za-z]区|(?:\d+|[一二三四五六七八九十]{1,3})期)"  # 望京花园东区, 绿地城二期
BUILDING = r"(?:[A-Za-z]?\d+[A-Za-z]?|[A-Za-z]|[一二三四五六七八九十]{1,3})(?:栋|幢|座|号楼|号院|期)"
UNIT = r"(?:\d+|[一二三四五六七八九十]{1,3})单元"
FLOOR = r"(?:\d+|[一二三四五六七八九十]{1,3})(?:楼|层|F(?![A-Za-z]))"
ROOM = r"[A-Za-z]?\d{2,5}(?!\d)[A-Za-z]?(?:室|房|号房|号|户)?|\d{1,5}(?:室|房|号房|户)"

# The detailed part, each piece optional; captured groups tell which pieces matched.
_DETAIL = re.compile(
    rf"(?P<town>{_SP}{TOWN})?"
    rf"(?P<road>{_SP}{ROAD})?(?P<number>(?:{_SP}{NUMBER}){{1,2}})?"
    rf"(?P<community>{_SP}{COMMUNITY}(?:{ZONE})?)?"
    rf"(?P<building>{_SP}{BUILDING})?(?P<unit>{_SP}{UNIT})?(?P<floor>{_SP}{FLOOR})?"
    rf"(?P<room>{_SP}(?:{ROOM}))?"
)
_NUMBERED = ("number", "building", "unit", "floor", "room")
# An address without a division before it starts at a road with a number or a 小区 with a
# building; these anchors find them, the name is then extended to the left.
_ANCHOR = re.compile(
    rf"{_ROAD_END}{_SP}\d+(?:号|弄)|"
    rf"(?:小区|花园|公寓|大厦|家园|花苑|苑|园|府|庭|湾|新村|社区|公馆|山庄)(?:{ZONE})?\s?(?:\d+|[A-Za-z])(?:栋|幢|座|号楼|单元|室|号|期)"
)
# Parcel hubs are places, not someone's address: 合肥转运中心, 北京分拨中心.
_LOGISTICS = re.compile(r"(?:转运|分拨|集散|处理|配送|物流|快递|仓储|营业|中转)(?:中心|站|部|点|仓)$")
# Words that end the lead-in before a road name: 地址是/寄到/住在 … 文一西路.
_LEAD_IN = re.compile(
    r".*(?:地址|收货|寄到|送到|发到|住在|位于|改成|改为|换成|在|到|是|住|寄|送|发|改|的|我家|家|和|或|从|去|亲|哈|呢|吧|嗯)"
)
MAX_ROAD_NAME = 8
_NAME_CHAR = re.compile(_CH)


class AddressRecognizer(ChineseRecognizer):
    ENTITY = "CN_ADDRESS"
    CONTEXT = ("地址", "收货", "寄到", "送到", "发到", "住在", "住址", "配送", "派送", "改到", "家在", "收件")
    NEGATIVE_CONTEXT = ()
    WITH_DIVISION_SCORE = 0.85
    WITHOUT_DIVISION_SCORE = 0.6

    def candidates(self, text: str) -> Iterable[Candidate]:
        spans = list(self._division_led(text))
        for start, end in spans:
            yield Candidate(start, end, self.WITH_DIVISION_SCORE, "division, then road/building/room")
        for start, end in self._road_led(text):
            if all(end <= s or start >= e for s, e in spans):
                yield Candidate(start, end, self.WITHOUT_DIVISION_SCORE, "road or 小区 with a number")

    def _division_led(self, text: str) -> Iterable[tuple[int, int]]:
        gaz = gazetteer()
        pos = 0
        for first in gaz.find(text):
            if first.start < pos or (first.short and _only_counties(first)):
                continue
            detail = _DETAIL.match(text, division_chain(text, first.start)[-1].end)
            if detail and _is_detailed(detail):
                end = _trim(text, detail.end())
                yield first.start, end
                pos = end

    def _road_led(self, text: str) -> Iterable[tuple[int, int]]:
        pos = 0
        for anchor in _ANCHOR.finditer(text):
            if anchor.start() < pos:
                continue
            start = _name_start(text, anchor.start())
            if start is None:
                continue
            detail = _DETAIL.match(text, start)
            if detail and detail.end() > anchor.start() and _is_detailed(detail):
                end = _trim(text, detail.end())
                yield start, end
                pos = end


def _only_counties(match: Match) -> bool:
    return all(d.level == COUNTY for d in match.divisions)


def division_chain(text: str, pos: int = 0) -> list[Match]:
    """Division names from pos that nest inside each other (浙江省 杭州市 余杭区), or []."""
    gaz = gazetteer()
    first = gaz.match_at(text, pos)
    if first is None or (first.short and _only_counties(first)):
        return []
    chain = [first]
    while True:
        end = chain[-1].end
        nxt = gaz.match_at(text, end + 1 if text[end:end + 1] == " " else end)
        if nxt is None or not _nests(chain[-1], nxt):
            return chain
        chain.append(nxt)


def _nests(outer: Match, inner: Match) -> bool:
    pairs = [(o, i) for o in outer.divisions for i in inner.divisions if o.contains(i)]
    if not pairs:
        return False
    # A county's short form (余杭) only counts right after its prefecture (杭州).
    return not inner.short or any(i.level != COUNTY or o.code[:4] == i.code[:4] for o, i in pairs)


def _is_detailed(detail: re.Match) -> bool:
    groups = detail.groupdict()
    if any(groups[k] for k in _NUMBERED):
        return True
    community = groups["community"]
    if community and _LOGISTICS.search(community):
        return False
    return bool(groups["town"] or community) and not groups["road"]


def _name_start(text: str, suffix_at: int) -> int | None:
    """Where the road / 小区 name before `suffix_at` starts, after any lead-in words."""
    begin = suffix_at
    while begin > 0 and suffix_at - begin < MAX_ROAD_NAME + 4 and _NAME_CHAR.match(text[begin - 1]):
        begin -= 1
    window = text[begin:suffix_at]
    lead = _LEAD_IN.match(window)
    if lead:
        begin += lead.end()
    name_len = suffix_at - begin
    if name_len < 1:
        return None
    if name_len > MAX_ROAD_NAME:
        begin = suffix_at - MAX_ROAD_NAME
    return begin


def _trim(text: str, end: int) -> int:
    while end > 0 and text[end - 1] in " ,，":
        end -= 1
    return end
