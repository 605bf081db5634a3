"""Generator of pii_address_dev: Chinese support-chat messages with addresses (above all), phones,
bank cards and ID numbers written the way people really write them, plus hard negatives.

    python3 gen_pii_address_dev.py      # writes pii_address_dev.jsonl (self-checked) and prints counts

Standard library plus kit.py; the hand-written lists live in pad_whole_a.py, pad_whole_b.py
(whole addresses), pad_parts.py (place names for partly composed addresses) and pad_neg.py
(hard negatives). Fixed seed, so the output is reproducible.
"""
from __future__ import annotations

import collections
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # the shared kit: samples/kit.py

from kit import Corpus, card_number, chinese_digits, fullwidth, id_number, mobile, spaced  # noqa: E402
import pad_whole_a  # noqa: E402
import pad_whole_b  # noqa: E402
import pad_parts  # noqa: E402
import pad_neg  # noqa: E402

NAME = "pii_address_dev"
rng = random.Random(20240611)
corpus = Corpus(prefix="pad")

START = {"P": "province", "C": "city", "D": "district", "T": "town", "S": "street_office",
         "V": "village", "Z": "zone", "M": "market", "R": "road", "E": "estate"}
BELOW_COUNTY = {"town", "street_office", "village", "zone", "market", "road", "estate"}

# ---------------------------------------------------------------------------------------------
# names and plain phones used around addresses

SURN = "张王李刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
         "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "文", "华", "金凤", "晓东", "子涵", "雨桐", "浩然", "欣怡",
         "梓萱", "俊杰", "思远", "佳怡", "一鸣", "晨曦", "海燕", "玉兰", "国庆", "建国", "春梅", "德明", "小红",
         "丹丹", "亮", "鹏", "宇航", "诗琪", "嘉豪", "志强", "红梅", "淑珍", "凤英", "雪", "婷婷", "阳", "琳"]


def person() -> str:
    r = rng.random()
    s = rng.choice(SURN)
    if r < 0.12:
        return s + rng.choice(["先生", "女士", "小姐", "师傅", "老师"])
    if r < 0.18:
        return "小" + s
    return s + rng.choice(GIVEN)


def plain_phone() -> str:
    m = mobile(rng)
    r = rng.random()
    if r < 0.6:
        return m
    if r < 0.75:
        return spaced(m, (3, 4, 4))
    if r < 0.87:
        return spaced(m, (3, 4, 4), "-")
    if r < 0.94:
        return "+86 " + m
    return spaced(m, (3, 4, 4), " ")


# ---------------------------------------------------------------------------------------------
# addresses

def parse_whole():
    out = []
    for mod in (pad_whole_a, pad_whole_b):
        for prov, block in mod.W.items():
            for line in block.strip().split("\n"):
                line = line.strip()
                if not line:
                    continue
                code, rest = line.split(" ", 1)
                forms = []
                if " #" in rest:
                    rest, f = rest.split(" #", 1)
                    forms = [x.strip() for x in f.split(",") if x.strip()]
                out.append({"prov": prov, "start": START[code], "addr": rest.strip(), "forms": forms,
                            "source": "whole"})
    return out


CN_NUM = "一二三四五六七八九十"
TYPO = {"州": "洲", "阳": "杨", "江": "姜", "安": "按", "宁": "凝", "昌": "常", "沙": "纱", "山": "珊",
        "城": "成", "都": "督", "海": "嗨", "南": "难", "河": "和", "原": "源", "庆": "亲", "兴": "星"}


def cn(n: int) -> str:
    return CN_NUM[n - 1] if 1 <= n <= 10 else str(n)


def unit(r=None) -> str:
    tpl = rng.choice(pad_parts.UNITS)
    a, b = rng.randint(1, 36), rng.randint(1, 6)
    f = rng.randint(1, 33)
    room = f * 100 + rng.randint(1, 8) if rng.random() < 0.8 else f * 100 + rng.randint(1, 4) * 1
    return tpl.format(a=a, b=b, r=room, A=rng.choice("ABCDEF"), f=f, rr=f"{rng.randint(1, 20):02d}",
                      fcn=cn(rng.randint(1, 9)), acn=cn(rng.randint(1, 6)))


def group() -> str:
    tpl = rng.choice(pad_parts.GROUPS)
    return tpl.format(n=rng.randint(1, 12), cn=cn(rng.randint(1, 10)), h=rng.randint(1, 168),
                      surname=rng.choice(pad_parts.SURNAMES))


def housenum() -> str:
    n = rng.randint(1, 1688)
    r = rng.random()
    if r < 0.08:
        return f"甲{rng.randint(1, 99)}号"
    if r < 0.14:
        return f"{rng.randint(1, 999)}弄{rng.randint(1, 99)}号"
    if r < 0.2:
        return f"{n}号院"
    return f"{n}号"


def short(name: str) -> str:
    for suf in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市", "区", "县"):
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


def typo(name: str) -> str | None:
    idx = [i for i, ch in enumerate(name[:-1]) if ch in TYPO]
    if not idx:
        return None
    i = rng.choice(idx)
    return name[:i] + TYPO[name[i]] + name[i + 1:]


def compose_one(prov: str):
    full, sh = pad_parts.PROV[prov]
    areas = [ln.split("|") for ln in pad_parts.AREAS[prov].strip().split("\n")]
    city, dist, roads, estates, towns = rng.choice(areas)
    roads, estates = roads.split(","), estates.split(",")
    towns = {t.split(":")[0]: t.split(":")[1].split(",") for t in towns.split(";")}
    town = rng.choice(list(towns))
    village = rng.choice(towns[town])
    forms = ["composed"]
    start = rng.choices(["province", "city", "district", "town", "street_office", "village", "road",
                         "estate", "rural_full"], [14, 12, 14, 16, 5, 11, 12, 10, 6])[0]
    is_st = town.endswith("街道")
    if start == "street_office" and not is_st:
        start = "town"
    road_tail = [rng.choice(roads), housenum()]
    tail = rng.choice([[rng.choice(estates), unit()], [rng.choice(estates), unit()],
                       [rng.choice(pad_parts.SHOPS)], [unit()]])
    rural_tail = [village, group()]
    if start == "town" and rng.random() < 0.3 and not is_st:
        levels, start = [town] + road_tail + tail, "town"
    elif start in ("town", "street_office"):
        levels = [town] + (road_tail + tail if is_st and rng.random() < 0.6 else rural_tail)
    elif start == "village":
        levels = rural_tail
    elif start == "road":
        levels = road_tail + tail
    elif start == "estate":
        levels = [rng.choice(estates), unit()]
    else:
        lower = rng.choice([road_tail + tail, [town] + rural_tail]) if start != "rural_full" else [town] + rural_tail
        levels = ([dist] if dist else []) + lower
        if not dist and start == "district":
            start = "city"
        if city:
            if start in ("province", "city", "rural_full"):
                levels = [city] + levels
        elif start == "city":
            start = "province"
        if start in ("province", "rural_full"):
            levels = [full] + levels
            start = "province"
    if levels[0] == town and town.endswith("街道"):
        start = "street_office"
    # short forms (杭州 for 杭州市, 余杭 for 余杭区) and typos in place names
    if rng.random() < 0.16 and len(levels) > 2:
        k = rng.randrange(0, min(3, len(levels) - 1))
        s2 = short(levels[k])
        if s2 != levels[k]:
            levels[k] = s2
            forms.append("short_form")
    if rng.random() < 0.16:
        k = rng.randrange(0, min(3, len(levels) - 1)) if len(levels) > 1 else 0
        t = typo(levels[k])
        if t:
            levels[k] = t
            forms.append("typo")
    r = rng.random()
    if r < 0.28:
        sep = rng.choice([" ", " ", "-", ",", "，", "/", "_", " - ", "、"])
        addr = sep.join(levels)
    elif r < 0.5:
        addr = " ".join(["".join(levels[:-1]), levels[-1]]) if len(levels) > 1 else levels[0]
    else:
        addr = "".join(levels)
    return {"prov": prov, "start": start, "addr": addr, "forms": forms, "source": "composed"}


def detect_forms(a: str, forms: list[str], start: str) -> list[str]:
    f = set(forms)
    if re.search(r"\d+-\d+-\d+|\d+-\d+$|\b\d+-\d+室", a) or re.search(r"[A-Z]\d?-\d+-\d+", a):
        f.add("unit_dash")
    if re.search(r"[组队屯]|嘎查|[一二三四五六七八九十\d]社|第.村民小组|家湾\d|家台\d", a):
        f.add("rural")
    if re.search(r"公司|超市|(?<!里)店(?![镇村乡街])|营业厅|厂|医院|诊所|幼儿园|小学|中学|学院|大学|宾馆|酒店|客栈|民宿|百货|"
                 r"商场|代收点|驿站|维修|连锁|门卫室|管委会|卫生院|饭店|汽修|银行", a):
        f.add("business")
    if re.search(r"市场|商城|商贸城|服装城|批发|交易|箱包城|家具城|鞋都|布匹|小商品|大巴扎|力盟", a) and \
            re.search(r"\d+号|[A-Z]区|排|档|摊位|\d{3,}|[A-Z]-?\d+", a):
        f.add("stall")
    if re.search(r"[ _/,，、]|[^\dA-Za-z]-|-[^\dA-Za-z]", a):
        f.add("separator")
    if re.search(r"[一二三四五六七八九十]单元|[一二三四五六七八九十]楼", a):
        f.add("unit_cn")
    if start == "province" and re.search(r"\d", a) and not f & {"short_form", "typo"}:
        f.add("full")
    f.discard("composed")
    return sorted(f)


def build_addresses():
    whole = parse_whole()
    out, seen = [], set()
    for w in whole:
        a = w["addr"]
        a = re.sub(r"\s+", " ", a)
        if "separator" not in w["forms"] and " " in a and rng.random() < 0.5:
            a = re.sub(r"(?<![A-Za-z0-9]) | (?![A-Za-z0-9])", "", a)
        if a in seen:
            continue
        seen.add(a)
        out.append({**w, "addr": a})
    per = collections.Counter(w["prov"] for w in out)
    for prov in pad_parts.PROV:
        need, tries = 27, 0
        while need > 0 and tries < 500:
            tries += 1
            c = compose_one(prov)
            if c["addr"] in seen:
                continue
            seen.add(c["addr"])
            out.append(c)
            need -= 1
    for a in out:
        a["forms"] = detect_forms(a["addr"], a["forms"], a["start"])
    return out


# ---------------------------------------------------------------------------------------------
# address messages (templates written by hand: cue words, name and phone positions)

BUYER_T = [
    "{A}", "{A}", "地址：{A}", "收货地址：{A}", "寄到{A}就行", "送到{A}，谢谢", "麻烦发到{A}",
    "{N} {P} {A}", "{N}，{P}，{A}", "{A} {N} {P}", "{A}，{N}收，电话{P}", "收件人：{N}\n电话：{P}\n地址：{A}",
    "地址改成{A}", "不好意思，地址写错了，改成{A}", "我换地址了，新地址是{A}，之前那个不要了",
    "帮我改一下地址：{A}", "我家在{A}，快递员老说找不到", "你们发到{A}了吗？我怎么没收到",
    "能不能送到{A}，那边是我公司", "{A}（放门卫）", "{A}，放驿站就行", "是{A}吗？我记得填的就是这个",
    "发{A}", "地址 {A} 电话 {P}", "这个寄{A}，另一个寄我自己那", "{N}{P}{A}",
    "老板，上次那单地址是{A}，这次一样", "我填的{A}，但是快递显示送到别的地方了", "爸妈住{A}，寄给他们",
    "{A} 这个地址可以送吗？", "亲 我的地址是{A} 麻烦尽快发货", "快递员打电话说{A}这个地址不详，我写得很清楚啊",
    "请寄到：{A}。收件人：{N}", "寄{A} {N}收 {P}", "{A}\n{N} {P}", "收货人:{N} 手机:{P} 详细地址:{A}",
    "地址是{A}，到了打我电话{P}", "我在{A}上班，白天送这里", "改地址！{A}", "新地址 {A}",
    "寄给我妈：{A}，{N}，{P}", "{A}，周末家里有人", "就送{A}吧，别送老地址了", "嗯嗯 {A}",
    "{N}  {P}\n{A}", "发货地址填{A}，别发错了", "不是这个，是{A}", "收件地址 {A}，电话{P}，{N}收",
    "我朋友的地址{A}，礼物直接寄过去", "送货上门到{A}可以吗，家里老人不方便下楼",
    "我现在住{A}，之前那个地址搬走了", "补发的话寄{A}", "退款不要了，直接换货寄{A}",
    "{A} 快递放门口就行", "你们仓库能直接发{A}吗", "就是{A}这个，没错",
]
AGENT_T = [
    "跟您核对一下地址：{A}，收件人{N}，电话{P}，对吗？", "好的，已为您修改地址为{A}",
    "亲，确认一下收货地址是{A}吗？", "您的订单将发往{A}，请注意查收哦", "已备注：{A}，放门卫",
    "收货信息：{N} {P} {A}，没问题的话我这边就安排发货了", "亲，退货请寄到{A}，收件人{N}，电话{P}",
    "地址已更新：{A}", "亲，补发的包裹会寄到{A}，请留意物流", "核对一下哈：{A}，{N}，{P}",
    "这边查到订单地址是{A}，如需修改请在发货前告知", "亲亲，地址{A}已经改好了",
]
ASK_T = ["亲，请提供一下收货地址哦", "您好，麻烦发一下完整的收货地址和电话", "请问需要修改成什么地址呢？",
         "亲，收件信息发我一下，我帮您备注", "您好，请问有什么可以帮您？", "亲，地址需要改到哪里呢",
         "在的亲，请说", "亲，订单还没发货，可以改地址的", "收到，您把新地址发过来吧", "亲，补发需要您再确认一下地址",
         "请问寄到哪里呢？", "亲，换货的话新商品寄到哪个地址？", "好的亲，麻烦留一下收件人、电话和详细地址",
         "快递员反馈地址不详细，麻烦您补充一下", "亲，您是要寄到家里还是公司呢", "稍等，我帮您看一下订单",
         "亲，发货前需要跟您核对一下收货信息", "您好，欢迎光临，请问要寄到哪里"]


def parts_from(template: str, A: str, N: str, P: str):
    out = []
    for piece in re.split(r"(\{[ANP]\})", template):
        if piece == "{A}":
            out.append(("CN_ADDRESS", A))
        elif piece == "{P}":
            out.append(("CN_PHONE", P))
        elif piece == "{N}":
            out.append(N)
        elif piece:
            out.append(piece)
    return out


def address_messages(addrs):
    n = 0
    for a in addrs:
        tags = [f"address:{a['start']}", f"province:{a['prov']}", f"source:{a['source']}"] + \
               [f"form:{f}" for f in a["forms"]]
        conv = corpus.conversation()
        if rng.random() < 0.25:
            conv.agent(rng.choice(ASK_T), rules=[], tags=["context"])
        sender = "agent" if rng.random() < 0.18 else "buyer"
        t = rng.choice(AGENT_T if sender == "agent" else BUYER_T)
        parts = parts_from(t, a["addr"], person(), plain_phone())
        if sender == "agent":
            conv.agent(parts, rules=[], tags=tags)
        else:
            conv.buyer(parts, tags=tags)
            if rng.random() < 0.12:
                t2 = rng.choice(AGENT_T[:4] + AGENT_T[7:8])
                conv.agent(parts_from(t2, a["addr"], person(), plain_phone()), rules=[],
                           tags=tags + ["confirm"])
                n += 1
        n += 1
    return n


# ---------------------------------------------------------------------------------------------
# numbers written with tricks

KEYCAP = "\ufe0f\u20e3"
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069"]
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
EMO = ["🌸", "❤️", "⭐", "🍀", "😊", "★", "☆", "♥", "~", "*", "·", "🔥", "💰", "👉", "🐱", "✨", "〰", "♪", "|", "🌙"]
SCRIPTS = {
    "arabic_indic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹", "devanagari": "०१२३४५६७८९",
    "bengali": "০১২৩৪৫৬৭৮৯", "circled": "⓪①②③④⑤⑥⑦⑧⑨", "math_bold": "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗",
    "thai": "๐๑๒๓๔๕๖๗๘๙",
}
CAPS = "零壹贰叁肆伍陆柒捌玖"


def between(value: str, seps, every=True) -> str:
    out = value[0]
    for ch in value[1:]:
        if every or rng.random() < 0.5:
            out += rng.choice(seps) if isinstance(seps, list) else seps
        out += ch
    return out


def trick(value: str, kind: str):
    """Write value (a digit string) with a trick; returns (text, extra tag)."""
    if kind == "keycap":
        alt = rng.random() < 0.3
        return "".join(d + ("\u20e3" if alt else KEYCAP) if d.isdigit() else d for d in value), None
    if kind == "bidi":
        r = rng.random()
        if r < 0.4:
            return between(value, BIDI, every=False), None
        if r < 0.7:
            m = len(value) // 2
            return value[:1] + "\u202e" + value[1:m] + "\u202c" + value[m:], None
        return between(value, ["\u200f"], every=True), None
    if kind == "zero_width":
        return between(value, ZW, every=rng.random() < 0.6), None
    if kind == "emoji":
        r = rng.random()
        if r < 0.4:
            return between(value, [rng.choice(EMO)], every=True), None
        if r < 0.7:
            e = rng.choice(EMO)
            return spaced(value, (3, 4, 4) if len(value) == 11 else 4, e), None
        return between(value, EMO, every=False), None
    if kind == "spaced":
        sep = rng.choice([" ", " ", ".", ". ", "  ", "-", "、"])
        return sep.join(value), None
    if kind == "fullwidth":
        r = rng.random()
        v = value if r < 0.5 else spaced(value, (3, 4, 4) if len(value) == 11 else 4, rng.choice([" ", "-"]))
        return fullwidth(v).replace("\u3000", " ") if False else fullwidth(v), None
    if kind == "numerals":
        r = rng.random()
        if r < 0.45:
            return chinese_digits(value, "幺"), "numerals:yao"
        if r < 0.75:
            return chinese_digits(value), "numerals:yi"
        if r < 0.88:
            return "".join(CAPS[int(d)] if d.isdigit() else d for d in value), "numerals:capital"
        if len(value) != 11:
            return chinese_digits(value, "幺"), "numerals:yao"
        half = rng.randint(3, len(value) - 3)  # mixed: digits then read-out numerals
        return value[:half] + chinese_digits(value[half:], "幺"), "numerals:mixed"
    if kind == "other_script":
        name = rng.choice(list(SCRIPTS))
        table = SCRIPTS[name]
        text = "".join(table[int(d)] if d.isdigit() else d for d in value)
        if rng.random() < 0.25 and len(value) == 11:
            k = rng.randint(2, len(value) - 3)
            text = value[:k] + text[k:]
        return text, f"script:{name}"
    if kind == "newline":
        r = rng.random()
        cut = rng.choice([3, 7]) if len(value) == 11 else rng.choice([4, 6, 8, 12])
        if r < 0.5:
            return value[:cut] + "\n" + value[cut:], None
        if r < 0.75:
            return value[:cut] + "\t" + value[cut:], None
        return value[:cut] + " \n" + value[cut:], None
    if kind == "prefix86":
        p = rng.choice(["+86", "+86 ", "0086", "0086 ", "86", "86-", "(+86)", "(+86) ", "+86-", "＋86 ", "+８６ ", "（+86）"])
        body = rng.choice([value, spaced(value, (3, 4, 4)), spaced(value, (3, 4, 4), "-")])
        return p + body, None
    raise ValueError(kind)


TRICKS = ["keycap", "bidi", "zero_width", "emoji", "spaced", "fullwidth", "numerals", "other_script",
          "newline", "prefix86"]

PHONE_T = [
    "我电话{X}", "手机：{X}", "打这个{X}", "联系我{X}，白天都在", "换个号码吧 {X}", "收件电话改成{X}",
    "电话是{X}，麻烦让快递员提前打", "{X} 这个是我老公的号", "号码{X}", "你记一下，{X}", "收货人电话{X}",
    "快递联系不上我的话打{X}", "我的手机号：{X}", "{X}（本人）", "备用电话{X}", "有事打{X}",
    "手机号发你了 {X}", "电话 {X} 谢谢", "联系方式：{X}", "原来的号停机了，新号{X}",
]
AGENT_PHONE_T = ["跟您核对一下电话：{X}，对吗？", "已为您修改联系电话为{X}", "收件电话{X}已备注"]
CARD_T = ["退款退到这张卡：{X}", "卡号{X}", "银行卡号是{X}，户名{N}", "我的卡 {X}", "打款账户：{X}",
          "卡号发你：{X}，{B}", "{B}的卡 {X}", "换这张卡吧{X}"]
ID_T = ["身份证号{X}", "身份证：{X}", "清关要身份证吧，{X}", "实名认证用的{X}", "{N}，身份证{X}",
        "证件号码：{X}", "报关信息：{N} {X}", "身份证号码是{X}，名字{N}"]
BANKS = ["工商银行", "建设银行", "农业银行", "中国银行", "招商银行", "交通银行", "邮储银行", "浦发银行",
         "中信银行", "兴业银行", "民生银行", "平安银行"]
INTL_BINS = ["436742", "427010", "438088", "518710", "552599", "524047", "489592", "512315", "403391", "545619"]


def fill_num(t: str, X: str, kind: str):
    out = []
    for piece in re.split(r"(\{[XNB]\})", t):
        if piece == "{X}":
            out.append((kind, X))
        elif piece == "{N}":
            out.append(person())
        elif piece == "{B}":
            out.append(rng.choice(BANKS))
        elif piece:
            out.append(piece)
    return out


def id_with_x():
    while True:
        v = id_number(rng)
        if v.endswith("X"):
            return v


def number_messages():
    counts = collections.Counter()
    for kind in TRICKS:
        for i in range(34):
            r = rng.random()
            if r < 0.72 or kind in ("prefix86", "keycap"):
                etype, value = "CN_PHONE", mobile(rng)
                tpl = rng.choice(AGENT_PHONE_T if rng.random() < 0.1 else PHONE_T)
            elif r < 0.86:
                etype = "CN_BANK_CARD"
                value = card_number(rng, rng.choice(INTL_BINS), 16) if rng.random() < 0.3 else \
                    card_number(rng, None, rng.choice([16, 19, 19]))
                tpl = rng.choice(CARD_T)
            else:
                etype, value = "CN_ID_CARD", id_with_x() if rng.random() < 0.3 else id_number(rng)
                tpl = rng.choice(ID_T)
            if kind == "numerals" and etype != "CN_PHONE" and rng.random() < 0.5:
                etype, value, tpl = "CN_PHONE", mobile(rng), rng.choice(PHONE_T)
            text, extra = trick(value, kind)
            tags = [f"trick:{kind}", f"entity:{etype}"] + ([extra] if extra else [])
            conv = corpus.conversation()
            if tpl in AGENT_PHONE_T:
                conv.agent(fill_num(tpl, text, etype), rules=[], tags=tags)
            else:
                conv.buyer(fill_num(tpl, text, etype), tags=tags)
            counts[kind] += 1
    # landlines with area codes and extensions
    AREA = ["010", "021", "022", "023", "0571", "0755", "020", "025", "027", "028", "029", "0531", "0532",
            "0371", "0731", "0591", "0592", "0871", "0851", "0931", "0991", "0898", "0471", "024", "0431",
            "0451", "0311", "0351", "0551", "0791", "0771", "0891", "0971", "0951"]
    LAND_T = ["公司座机{X}", "打我办公室电话{X}", "座机：{X}", "白天打{X}，手机经常静音", "前台电话{X}",
              "固话{X}，找{N}", "联系电话 {X}", "收件电话填座机吧：{X}"]
    for i in range(45):
        ac = rng.choice(AREA)
        body = "".join(rng.choice("0123456789") for _ in range(8 if len(ac) == 3 else rng.choice([7, 8])))
        body = str(rng.randint(2, 8)) + body[1:]
        style = rng.random()
        if style < 0.3:
            x = f"{ac}-{body}"
        elif style < 0.45:
            x = f"({ac}){body}"
        elif style < 0.6:
            x = f"{ac} {body[:4]} {body[4:]}"
        elif style < 0.8:
            x = f"{ac}-{body}转{rng.randint(100, 8999)}"
        elif style < 0.9:
            x = f"{ac}-{body}-{rng.randint(10, 999)}"
        else:
            x = f"+86 {ac[1:]} {body}"
        conv = corpus.conversation()
        conv.buyer(fill_num(rng.choice(LAND_T), x, "CN_PHONE"), tags=["number:landline"])
        counts["landline"] += 1
    # plain cards and ids grouped the usual ways
    for i in range(40):
        if i % 2:
            v = card_number(rng, rng.choice(INTL_BINS), 16) if i % 5 == 0 else card_number(rng, None, rng.choice([16, 17, 18, 19]))
            x = rng.choice([spaced(v, 4), spaced(v, 4, "-"), v, spaced(v, (6, 13)) if len(v) == 19 else v])
            c = corpus.conversation()
            c.buyer(fill_num(rng.choice(CARD_T), x, "CN_BANK_CARD"), tags=["number:card"])
            counts["card_plain"] += 1
        else:
            v = id_with_x() if i % 4 == 0 else id_number(rng)
            if v.endswith("X") and rng.random() < 0.4:
                v = v[:-1] + "x"
            x = rng.choice([v, spaced(v, (6, 8, 4)), spaced(v, (6, 4, 4, 4)), v])
            c = corpus.conversation()
            c.buyer(fill_num(rng.choice(ID_T), x, "CN_ID_CARD"), tags=["number:id"])
            counts["id_plain"] += 1
    # misleading cue words right before a real phone / id / card
    CUE = [
        ("我的ID是{X}", "CN_ID_CARD", "ID"), ("证件编号{X}", "CN_ID_CARD", "编号"),
        ("编号：{X}（身份证）", "CN_ID_CARD", "编号"), ("我的ID：{X}，实名的", "CN_ID_CARD", "ID"),
        ("微信ID是{X}", "CN_PHONE", "ID"), ("订单号那栏我误填成手机号了{X}", "CN_PHONE", "订单号"),
        ("快递单号查不到，你直接打我电话{X}", "CN_PHONE", "快递单号"), ("工单里留的电话是{X}", "CN_PHONE", "工单"),
        ("发票上的联系电话写{X}", "CN_PHONE", "发票"), ("券没用上，客服回电{X}", "CN_PHONE", "券"),
        ("用户ID就是我手机号{X}", "CN_PHONE", "ID"), ("编号{X}是我的手机号不是订单号", "CN_PHONE", "编号"),
        ("发票备注里写了卡号{X}", "CN_BANK_CARD", "发票"), ("工单说要退到卡里，卡号{X}", "CN_BANK_CARD", "工单"),
        ("订单号不对，这个是我身份证{X}", "CN_ID_CARD", "订单号"), ("报关编号填身份证：{X}", "CN_ID_CARD", "编号"),
        ("会员ID：{X}（就是手机号）", "CN_PHONE", "ID"), ("券码我填了手机号{X}，是不是填错了", "CN_PHONE", "券"),
    ]
    for i in range(72):
        tpl, etype, cue = CUE[i % len(CUE)]
        if etype == "CN_PHONE":
            v = rng.choice([mobile(rng), spaced(mobile(rng), (3, 4, 4))])
        elif etype == "CN_ID_CARD":
            v = id_with_x() if rng.random() < 0.25 else id_number(rng)
        else:
            v = spaced(card_number(rng, None, 19), 4)
        c = corpus.conversation()
        c.buyer(fill_num(tpl, v, etype), tags=[f"cue:{cue}", f"entity:{etype}"])
        counts["cue"] += 1
    return counts


# ---------------------------------------------------------------------------------------------
# hard negatives

HUBS = ["杭州转运中心", "华东分拨中心", "广州集散中心", "义乌分拨中心", "北京顺义集散中心", "上海青浦转运中心",
        "武汉转运中心", "成都双流分拨中心", "郑州集散中心", "西安转运中心", "沈阳分拨中心", "长沙转运中心",
        "深圳华南转运中心", "南京转运中心", "济南转运中心", "石家庄转运中心", "重庆转运中心", "昆明分拨中心",
        "乌鲁木齐转运中心", "兰州分拨中心", "哈尔滨转运中心", "南昌转运中心", "合肥转运中心", "贵阳转运中心",
        "天津转运中心", "福州分拨中心", "厦门转运中心", "南宁转运中心", "海口转运中心", "太原转运中心",
        "呼和浩特转运中心", "银川转运中心", "西宁转运中心", "拉萨转运中心", "长春转运中心", "华北转运中心",
        "华南分拨中心", "西南分拨中心", "东莞中转场", "苏州中转场", "嘉兴转运中心", "金华分拨中心"]
CITIES = ["北京", "上海", "天津", "重庆", "杭州", "广州", "深圳", "成都", "武汉", "南京", "西安", "郑州", "长沙",
          "沈阳", "大连", "青岛", "济南", "哈尔滨", "长春", "石家庄", "太原", "呼和浩特", "包头", "合肥", "芜湖",
          "福州", "厦门", "泉州", "南昌", "赣州", "南宁", "桂林", "柳州", "海口", "三亚", "贵阳", "遵义", "昆明",
          "大理", "丽江", "拉萨", "兰州", "西宁", "银川", "乌鲁木齐", "喀什", "苏州", "无锡", "宁波", "温州",
          "义乌", "东莞", "佛山", "珠海", "汕头", "洛阳", "开封", "宜昌", "襄阳", "株洲", "岳阳", "绵阳", "宜宾",
          "烟台", "潍坊", "临沂", "唐山", "保定", "大同", "鄂尔多斯", "徐州", "常州", "扬州", "嘉兴", "绍兴",
          "台州", "金华", "湖州", "漳州", "九江", "湛江", "惠州", "中山", "江门", "北海", "曲靖", "天水", "酒泉",
          "克拉玛依", "伊宁", "格尔木", "日喀则", "石河子", "延吉", "齐齐哈尔", "牡丹江", "锦州", "鞍山"]
DISTS = ["朝阳区", "海淀区", "浦东新区", "余杭区", "天河区", "南山区", "武侯区", "江北区", "洪山区", "鼓楼区",
         "雁塔区", "金水区", "岳麓区", "和平区", "历下区", "黄浦区", "福田区", "宝安区", "滨江区", "萧山区",
         "昌平区", "通州区", "顺义区", "大兴区", "闵行区", "松江区", "番禺区", "白云区", "龙岗区", "渝北区",
         "江宁区", "思明区", "青羊区", "新城区", "城关区", "赛罕区", "五华区", "南明区", "兴庆区", "天山区"]
COMPANIES = ["杭州云帆电子商务有限公司", "北京星河文化传媒有限公司", "深圳市拓远科技有限公司", "成都蜀锦贸易有限公司",
             "武汉楚天建材有限公司", "上海青禾餐饮管理有限公司", "广州南粤服饰有限公司"]
MODELS = ["iPhone 15 Pro", "Mate 60", "RTX 4060", "XR-2000", "AX3000", "S23 Ultra", "K40", "GT-1090",
          "DS-2CD3T46", "WH-1000XM5", "AirPods Pro 2", "M2 Pro", "TH-55", "KFR-35GW", "BCD-520WKPZM",
          "EB-X06", "MI-13", "ZTE A31", "HW-9100", "X-T30", "SM-G9980", "JBL T110", "YQ-3088", "DJ12B-A",
          "小米14", "荣耀X50", "Redmi Note 13", "FX-3U-48MR", "LQ-630K", "CP1025"]


def neg_fill(t: str) -> str:
    d = rng.randint(1, 28)
    m = rng.randint(1, 12)
    c1, c2 = rng.sample(CITIES, 2)
    ml = rng.sample(MODELS, 2)
    rep = {
        "{hub}": rng.choice(HUBS), "{city}": c1, "{city2}": c2, "{dist}": rng.choice(DISTS),
        "{order}": rng.choice(["", "", "E"]) + str(rng.randint(1, 4)) + "".join(rng.choice("0123456789") for _ in range(rng.choice([15, 17, 18]))),
        "{track}": rng.choice([
            "SF" + "".join(rng.choice("0123456789") for _ in range(13)),
            "YT" + "".join(rng.choice("0123456789") for _ in range(13)),
            "JT" + "".join(rng.choice("0123456789") for _ in range(13)),
            "75" + "".join(rng.choice("0123456789") for _ in range(12)),
            "78" + "".join(rng.choice("0123456789") for _ in range(13)),
            "JD" + "".join(rng.choice("0123456789") for _ in range(13)),
            "4" + "".join(rng.choice("0123456789") for _ in range(11)),
            "DPK" + "".join(rng.choice("0123456789") for _ in range(12))]),
        "{coupon}": rng.choice(["".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(rng.choice([8, 10, 12]))),
                                "VIP" + str(rng.randint(100, 9999)), "MJ" + str(rng.randint(10, 300)) + "-" + str(rng.randint(5, 50)),
                                "￥" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjk23456789") for _ in range(11)) + "￥"]),
        "{price}": rng.choice([f"{rng.randint(9, 3999)}", f"{rng.randint(9, 999)}.{rng.randint(0, 99):02d}",
                               f"¥{rng.randint(9, 999)}", f"{rng.randint(1, 20)}.9", "1,299", "12,880"]),
        "{date}": rng.choice([f"{m}月{d}号", f"{m}月{d}日", f"2024-{m:02d}-{d:02d}", f"{m}.{d}", f"2024年{m}月{d}日", f"{m}/{d}"]),
        "{date2}": f"{m}月{min(d + 3, 28)}号",
        "{time}": rng.choice([f"{rng.randint(8, 21)}点", f"{rng.randint(8, 21)}:{rng.choice(['00', '30', '15', '45'])}",
                              "下午三点", "晚上七点半", "中午12点", "上午10点"]),
        "{model}": ml[0], "{model2}": ml[1], "{n}": str(rng.randint(1, 20)),
        "{n4}": f"{rng.randint(0, 9999):04d}", "{n6}": f"{rng.randint(0, 999999):06d}",
        "{line}": str(rng.randint(1, 18)),
        "{inv}": "".join(rng.choice("0123456789") for _ in range(rng.choice([8, 12, 20]))),
        "{taxid}": "91" + "".join(rng.choice("0123456789") for _ in range(6)) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10)),
        "{company}": rng.choice(COMPANIES),
        "{ticket}": rng.choice(["GD", "TS", "FW", ""]) + "2024" + "".join(rng.choice("0123456789") for _ in range(8)),
        "{sku}": rng.choice(["", "SKU", "HH-"]) + "".join(rng.choice("0123456789") for _ in range(rng.choice([6, 8, 10]))),
    }
    for k, v in rep.items():
        t = t.replace(k, v)
    return t


PRE = ["", "", "", "你好，", "请问", "亲，", "在吗？", "客服，", "哈喽，", "老板，", "那个，", "麻烦问下，"]
SUF = ["", "", "", "？", "~", "。", "呢", "哈", "，谢谢", "！"]
REPEAT = {"hub": 5, "city_mention": 9, "metro": 6, "order_number": 7, "tracking_number": 8, "coupon": 7,
          "amount": 6, "date_time": 6, "model_number": 6, "invoice": 7, "work_order": 6, "shop_name": 4,
          "partial_number": 6}


def negative_messages():
    counts = collections.Counter()
    seen = set()
    for kind, (buyer_lines, agent_lines) in pad_neg.NEG.items():
        for sender, block in (("buyer", buyer_lines), ("agent", agent_lines)):
            lines = [x.strip() for x in block.strip().split("\n") if x.strip()]
            for line in lines:
                reps = REPEAT.get(kind, 3) if "{" in line else 2
                if sender == "agent":
                    reps = max(1, reps // 2)
                for k in range(reps):
                    text = neg_fill(line)
                    if sender == "buyer" and (k > 0 or "{" not in line) and rng.random() < 0.75:
                        body = text.rstrip("？?。")
                        suf = rng.choice(SUF)
                        if body.endswith(("吗", "呢", "吧", "啊", "了", "哦")) and suf in ("呢", "哈"):
                            suf = "？" if body.endswith(("吗", "呢")) else ""
                        if suf in ("？", "呢") and not re.search(r"[吗呢么几多哪啥怎谁]|什么|是不是|能不能|可以吗|有没有", body):
                            suf = rng.choice(["", "~", "。"])
                        text = rng.choice(PRE) + body + suf
                    if text in seen:
                        continue
                    seen.add(text)
                    conv = corpus.conversation()
                    tags = ["hard_negative", f"neg:{kind}"]
                    if sender == "agent":
                        conv.agent(text, rules=[], tags=tags)
                    else:
                        conv.buyer(text, tags=tags)
                    counts[kind] += 1
    return counts


# ---------------------------------------------------------------------------------------------

def main():
    addrs = build_addresses()
    n_addr_msgs = address_messages(addrs)
    num_counts = number_messages()
    neg_counts = negative_messages()
    out = HERE / f"{NAME}.jsonl"
    corpus.write(out, shuffle_seed=7)
    stats = {
        "messages": len(corpus.records), "address_messages": n_addr_msgs,
        "distinct_addresses": len({a["addr"] for a in addrs}),
        "addresses_whole": sum(a["source"] == "whole" for a in addrs),
        "addresses_composed": sum(a["source"] == "composed" for a in addrs),
        "below_county_or_rural": sum(a["start"] in BELOW_COUNTY or "rural" in a["forms"] for a in addrs),
        "start": collections.Counter(a["start"] for a in addrs),
        "form": collections.Counter(f for a in addrs for f in a["forms"]),
        "province": collections.Counter(a["prov"] for a in addrs),
        "numbers": num_counts, "negatives": neg_counts, "negatives_total": sum(neg_counts.values()),
        "entities": collections.Counter(e["type"] for r in corpus.records for e in r["entities"]),
        "senders": collections.Counter(r["sender"] for r in corpus.records),
    }
    print(json.dumps(stats, ensure_ascii=False, indent=1, default=dict))


if __name__ == "__main__":
    main()
