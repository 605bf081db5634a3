"""The elements an address is written with, in order (levels), and the words that name them.

Each element is a name followed by its kind word (文一西路, 五常街道, 李庄村, 翡翠湾小区) or a
number with its unit (969号, 3幢, 2单元, 六队, 501, 5-2-801). Names are Chinese or Latin letters,
may hold single spaces (枣园 路, 扬州 大学), and never hold a chat function word (的, 是, 在 …),
a lead-in word (改成, 地址) or a unit word (号, 栋), so an element cannot swallow the words around it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from recognizers.gazetteer import gazetteer

# Characters that never stand inside a place name: function words of chat, pronouns, unit words.
STOP = "的是在到住把给呢吧啊哈哦亲嗯吗了我你您请帮跟或从这哪他她它们址话号栋幢室收为填写寄已说就让叫想要"
# Words that never stand inside a name either (都改成 | 成都路, 取件码 3-5-2763 is no estate).
STOP_WORDS = (
    "改为", "改成", "换成", "变成", "地质", "地止", "收货", "发到", "送到", "寄到", "那个", "那边", "那里", "家里", "这里",
    "周末", "东西", "发往", "直接", "能不能", "能送", "能改", "能到", "可以", "取件码", "提货码", "券码", "验证码", "条码", "编码", "优惠码", "兑换码", "快递柜", "驿站",
)
# Verbs and measure words that stand inside names (解放路, 向往街, 软件园) but never start an
# address (放塘厦镇…, 那件发黄河路…).
LEAD_VERBS = frozenset("放寄送往改发件个码那")
_STOP_WORDS = re.compile("|".join(STOP_WORDS))
STOP_MARK = "的"  # what a stop word is read as (mask_stop_words): a character no name holds


def _name_class() -> str:
    """The CJK block and Latin letters without the STOP characters, as one character class (a
    class is much faster than a look-ahead at every character)."""
    ranges, begin = [], 0x4E00
    for code in sorted(ord(c) for c in set(STOP)):
        if begin < code:
            ranges.append((begin, code - 1))
        begin = code + 1
    ranges.append((begin, 0x9FFF))
    body = "".join(f"\\u{a:04x}-\\u{b:04x}" if a < b else f"\\u{a:04x}" for a, b in ranges)
    return f"[{body}A-Za-z·]"


_CHAR = _name_class()


def mask_stop_words(text: str) -> str:
    """The text with every STOP_WORDS word overwritten by STOP_MARK (same length and offsets), so
    that names, which never hold STOP_MARK, cannot run through them."""
    return _STOP_WORDS.sub(lambda m: STOP_MARK * len(m.group(0)), text)
_CN_NUM = "一二三四五六七八九十百零〇两"
NUM = rf"(?:\d{{1,5}}|[{_CN_NUM}]{{1,4}})"
_GAP = r" ?"  # "5 号", "3 栋"


def _name(low: int, high: int) -> str:
    """low..high name characters; a space may stand before the last one or right after the name,
    before its kind word (凤城 八路, 枣园 路, 扬州 大学), never further in (备注一下 送人民中路)."""
    return rf"{_CHAR}{{{low},{high}}}(?: {_CHAR}?)?"


def _words(*groups: str) -> str:
    """The words as one regex shaped like a trie (小(?:区|镇)), longest first: re tries the
    branches of an alternation one by one, and names are matched at every length."""
    trie: dict = {}
    for word in {w for g in groups for w in g.split()}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


TOWN_WORDS = "街道办事处 街道办 街道 街办 镇 乡 苏木"
ZONE_WORDS = (
    "经济技术开发区 经济开发区 高新技术产业开发区 高新技术开发区 高新技术产业园区 开发区 高新区 新区 工业园区 工业园 "
    "工业区 产业园区 产业园 科技园 科技城 物流园区 物流园 物流城 创业园 软件园 电子城 保税区 综合保税区 自贸区 "
    "示范区 农场 林场 园区 微电园 总部基地 基地"
)
VILLAGE_WORDS = "村委会 村民委员会 居委会 居民委员会 社区 自然村 行政村 村 嘎查"
GROUP_WORDS = "村民小组 村民组 生产队 小组 组 队 社"
HAMLET_WORDS = (
    "湾 屯 庄 坝 沟 岗 寨 坪 铺 营 堡 洼 坡 岭 塘 冲 垸 院子 店 桥 场 坊 头 口 园 集 台 家台 窝 湾子 屋 畈 岙 墩 港 "
    "埠 嘴 组 社 自然村 片 坳 坎 圩 厝"
)
ROAD_WORDS = "大道 大街 路 街 巷 巷子 弄 胡同 道 里弄 环路 公路 国道 省道 县道 条 段"
COMMUNITY_WORDS = (
    "小区 花园 公寓 大厦 广场 家园 花苑 苑 园 新村 公馆 山庄 府 城 庭 湾 中心 大楼 宿舍 宿舍楼 宿舍区 写字楼 商城 "
    "市场 批发市场 商贸城 商场 商厦 校区 大学 学院 医院 名邸 名苑 新城 佳苑 雅苑 华庭 家属院 家属楼 家属区 大院 院 "
    "坊 居 阁 轩 邸 国际 天地 公园 别墅 庄园 花城 华府 豪庭 尚都 首府 嘉园 雅居 新都 半岛 新苑 公寓楼 商住楼 "
    "服装城 家纺城 鞋都 招商城 物流园 综合楼 办公楼 教学楼 实验楼 住宅楼 生活区 小镇 里 湾区 世家 名门 人家 壹号 一号"
)
BUSINESS_WORDS = (
    "有限责任公司 股份有限公司 有限公司 分公司 公司 集团 旗舰店 专卖店 便利店 超市 商店 商行 门市部 门市 店 餐厅 "
    "饭店 酒店 宾馆 大酒店 客栈 民宿 医院 诊所 口腔诊所 卫生院 卫生室 药店 药房 门诊部 门诊 住院部 学校 小学 中学 "
    "幼儿园 大学 学院 研究生院 银行 营业厅 厂 工厂 工作室 办公室 服务站 服务部 经营部 批发部 派出所 委员会 "
    "研究所 研究院 馆 中心 网吧 驾校 车行 维修部 维修 代收点 网点 事务所 美容院 宿舍 本部 写字楼 大楼 中学家属院 "
    "附属医院 分院 院区 百货 百货大楼 连锁 专卖 茶庄 万家 通道 员工通道 冻库 会堂 管委会 民宿 书店 花店 酒吧 茶楼"
)
# A business is where the address ends: "…管委会旁" keeps the 旁 (next to it).
_BESIDE = r"(?:旁边|旁)?"
_CAMPUS = r"(?:[东西南北中新老主]?校区|[东西南北]门)"
SECTION = (
    rf"(?:{_name(1, 4)}区|[东西南北中]?{NUM}区|[东西南北中]区|[A-Za-z]区|{NUM}期|[A-Za-z\d]{{1,2}}期|{NUM}号交易区|"
    rf"{_CAMPUS})"
)
BUILDING = (
    rf"(?:[A-Za-z]?\d{{1,4}}[A-Za-z]?|[A-Za-z]|[{_CN_NUM}]{{1,3}}){_GAP}"
    rf"(?:栋|幢|座|号楼|号馆|号院|号厂房|号库|楼(?={_GAP}\d)|#|舍|排|号(?=\d{{2}}))|[东西南北中主副][楼座]|\d{{1,3}}号 ?厂房"
)
DASH_UNIT = r"(?:\d{1,3}-\d{1,4}-\d{2,4}|\d{1,3}-\d{3,4})(?!\d)(?:室|号|户)?"
# Parcel hubs and courier points are places, not someone's address: 合肥转运中心, 北京分拨中心.
_LOGISTICS = re.compile(r"(?:转运|分拨|分拣|集散|处理|集运|中转|仓储|快递|物流|营业)(?:中心|站|部|点|仓|场)")
# A bare number after a unit is a room only when it is not a quantity, a date or a price.
_NOT_A_QUANTITY = (
    r"(?![\d\-/.:：]|\s?(?:件|个|元|块|天|次|人|岁|斤|克|米|分|秒|点|月|日|年|折|%|包|箱|台|份|张|条|位|期|号楼|栋|幢))"
)
ROOM = (
    rf"(?:[A-Za-z]区 ?)?(?:[A-Za-z]-?\d{{2,4}}|[A-Za-z]?\d{{1,5}}[A-Za-z]?){_NOT_A_QUANTITY}"
    rf"(?:室|房|号房|号|户|铺|档|摊位|库)?"
)

NUMBERED = frozenset({"group", "number", "building", "unit", "floor", "room", "dash_unit"})


# Kinds whose name may hold another kind's word (五常街道 | 文一西路: a town or a road) and so
# are read both ways; the others only at their longest (each reading doubles the search).
_TWO_READINGS = frozenset({"town", "road", "community", "village"})


@dataclass(frozen=True)
class Element:
    kind: str
    level: int
    pattern: re.Pattern | None
    repeats: bool = False
    after_separator: bool = True
    after: frozenset[str] | None = None  # kinds it may follow (None: any)
    check: Callable[[str, re.Match], bool] | None = None
    shortest: re.Pattern | None = None  # the same with lazy names: the other reading of a name
    first: str = "nl"  # what it can start with: n a Chinese character, l a Latin letter, d a digit

    def __post_init__(self):
        if self.pattern is not None and self.shortest is None and self.kind in _TWO_READINGS \
                and _CHAR in self.pattern.pattern:
            lazy = re.sub(r"(\{\d+,\d+\})(?!\?)", r"\1?", self.pattern.pattern)
            object.__setattr__(self, "shortest", re.compile(lazy))


def _bare_room_ok(text: str, m: re.Match) -> bool:
    """A room number without 室 is 2-5 digits ("501", "1201"), or has a letter ("B12")."""
    value = m.group(0)
    return not value.isdigit() or 2 <= len(value) <= 5


def _el(kind: str, level: int, pattern: str | None, **kw) -> Element:
    return Element(kind, level, re.compile(pattern) if pattern else None, **kw)


_RURAL = frozenset({"village", "group", "town", "hamlet", "community"})
_HOUSE = rf"(?=[ \-_/、,，]{{0,3}}(?:{NUM}{_GAP}号|{NUM}{_GAP}{_words(GROUP_WORDS)}))"
# An estate known by its name alone (枫丹白露3幢, 云栖5-2-801, 水木天成 7-1-1202).
_BARE_FOLLOWED = rf"(?=[ \-_/、,，]{{0,3}}(?:{BUILDING}|{DASH_UNIT}|{NUM}{_GAP}单元|{SECTION}[ ]?(?:{BUILDING})))"
# A house number: 969号, 甲9号, 特8号, 73号院, 12-3号, 961弄99号, 4185弄 66号.
_NUMBER = (
    rf"[甲乙丙丁特]?\d{{1,5}}(?:[-之]\d{{1,4}})?{_GAP}(?:号院|号(?!楼|馆|房|库)|(?:弄|巷)(?:[ ]?\d{{1,4}}{_GAP}号(?!楼|馆|房|库))?)"
)
_BUSINESS_NAME = rf"{_CHAR}{{0,12}}(?: {_CHAR}{{1,5}})?"
_ROAD = rf"(?:\d{{1,3}}号|{_name(1, 8)}){_words(ROAD_WORDS)}(?:[东西南北中](?=\d)|[东西南北中]?{NUM}?段)?"

ELEMENTS = (
    _el("division", 0, None, repeats=True, first="n"),
    _el("town", 1, rf"{_name(1, 6)}{_words(TOWN_WORDS)}", repeats=True),
    _el("zone", 1, rf"{_name(1, 10)}{_words(ZONE_WORDS)}", repeats=True),
    _el("village", 3, rf"{_name(1, 6)}{_words(VILLAGE_WORDS)}", repeats=True),
    _el("group", 4, rf"第?{NUM}{_GAP}{_words(GROUP_WORDS)}", after=_RURAL, first="nd"),
    _el("hamlet", 5, rf"{_name(1, 4)}{_words(HAMLET_WORDS)}{_HOUSE}", after=_RURAL, repeats=True),
    _el("road", 6, rf"{_ROAD}(?:[与和]{_ROAD})?(?: ?(?:交叉口|交口|路口))?", repeats=True, first="nld"),
    _el("number", 7, _NUMBER, first="nd"),
    _el("community", 8, rf"{_name(1, 12)}{_words(COMMUNITY_WORDS, ZONE_WORDS)}", repeats=True),
    _el("community", 8, rf"{_name(2, 8)}{_BARE_FOLLOWED}", repeats=True),
    _el("business", 8, rf"{_BUSINESS_NAME}{_words(BUSINESS_WORDS)}{_CAMPUS}?{_BESIDE}", repeats=True,
        after=frozenset({"number", "building", "room", "floor", "dash_unit", "road", "community", "business",
                         "town", "village", "section"})),
    # Rural parts after a road or an estate (…路 莲花五村 龙山社 27号, 蓝水园-3组60号).
    _el("village", 8, rf"{_name(1, 6)}{_words(VILLAGE_WORDS)}", repeats=True),
    _el("group", 8, rf"第?{NUM}{_GAP}{_words(GROUP_WORDS)}", after=_RURAL, repeats=True, first="nd"),
    _el("hamlet", 8, rf"{_name(1, 4)}{_words(HAMLET_WORDS)}{_HOUSE}", after=_RURAL, repeats=True),
    _el("number", 8, rf"\d{{1,5}}{_GAP}号(?!楼|馆|房|库)", after=frozenset({"group", "hamlet", "village"}),
        repeats=True, first="d"),
    _el("section", 9, SECTION, repeats=True, first="nld"),
    _el("building", 10, BUILDING, repeats=True, first="nld"),
    _el("unit", 11, rf"(?:{NUM}{_GAP}单元|(?:\d{{1,2}}|[{_CN_NUM}]{{1,2}})门(?!口))", first="nd"),
    _el("floor", 12, rf"(?:{NUM}|[A-Za-z]){_GAP}(?:楼|层|F(?![A-Za-z]))(?!下|梯|道|顶|上(?!班))", first="ndl"),
    _el("dash_unit", 13, DASH_UNIT, first="d"),
    _el("room", 13, ROOM, check=_bare_room_ok, first="ld"),
    # A business named after the floor or room it is on (…B座5层北京青禾文化传播有限公司).
    _el("business", 14, rf"{_BUSINESS_NAME}{_words(BUSINESS_WORDS)}{_BESIDE}",
        after=frozenset({"floor", "room", "building", "unit", "dash_unit"})),
)


# The elements that can start on each kind of character (n, l, d), in ELEMENTS order.
ELEMENTS_BY_FIRST = {c: tuple((i, e) for i, e in enumerate(ELEMENTS) if c in e.first) for c in "nld"}


def first_kind(char: str) -> str:
    """n for a Chinese character, l for a Latin letter, d for a digit, "" for anything else."""
    if "0" <= char <= "9":
        return "d"
    if "\u4e00" <= char <= "\u9fff":
        return "n"
    return "l" if char.isascii() and char.isalpha() else ""


def is_logistics(value: str) -> bool:
    return _LOGISTICS.search(value) is not None


_DIVISION_SUFFIXES = ("省", "市", "区", "县", "州")
MAX_TYPO_NAME = 5


@lru_cache(maxsize=1)
def _near_names() -> dict[str, str]:
    """Each full division name with one character blanked out → the name (a typo index)."""
    index: dict[str, str] = {}
    for name in gazetteer().full:
        if len(name) >= 3 and name.endswith(_DIVISION_SUFFIXES):
            for i in range(len(name) - 1):  # the suffix itself is what tells a division
                index.setdefault(name[:i] + "?" + name[i + 1:], name)
    return index


@lru_cache(maxsize=1)
def _not_in_names() -> frozenset[str]:
    """STOP characters that no division name holds (哈 is in 哈尔滨市, 的 in none)."""
    in_names = set("".join(gazetteer().full))
    return frozenset(c for c in STOP if c not in in_names)


def typo_division(text: str, pos: int) -> int | None:
    """End of a division name at pos written with one wrong character (杭洲市, 城都市), or None."""
    index, refused = _near_names(), _not_in_names()
    for length in range(MAX_TYPO_NAME + 1, 2, -1):
        word = text[pos:pos + length]
        if len(word) < length or not word.endswith(_DIVISION_SUFFIXES) or any(c in refused for c in word):
            continue
        for i in range(length - 1):
            if word[:i] + "?" + word[i + 1:] in index:
                return pos + length
    return None
