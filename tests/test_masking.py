"""Masking: Chinese conventions (138****5678, cards keep their last four, IDs keep 6 + 4,
landlines their area code, addresses their districts), the writing style kept, and the policy's
keep values respected. A property test checks no masked-out digit survives in any script."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.masking import ADDRESS_MASK, Masker, digit_positions
from guard.normalize import CHINESE_DIGITS, ENCLOSED_DIGITS, normalize
from guard.policy import parse_policy
from guard.verdict import Finding
from recognizers.bank_card import luhn_valid
from recognizers.id_card import check_character
from recognizers.phone import MOBILE_PREFIXES


def masked(guard, text: str) -> str:
    return guard.inspect({"text": text}).masked_text


def masker(entities_yaml: str = "") -> Masker:
    return Masker(parse_policy(f"version: t\nentities:\n{entities_yaml or '  CN_PHONE: {}'}\n"))


# ------------------------------------------------------------------------------ phones
@pytest.mark.parametrize("text,expected", [
    ("我的手机是13812345678", "我的手机是138****5678"),
    ("手机 138 1234 5678 谢谢", "手机 138 **** 5678 谢谢"),
    ("138-1234-5678", "138-****-5678"),
    ("138.1234.5678", "138.****.5678"),
    ("１３８１２３４５６７８", "１３８****５６７８"),
    ("一三八一二三四五六七八", "一三八****五六七八"),
    ("①③⑧①②③④⑤⑥⑦⑧", "①③⑧****⑤⑥⑦⑧"),
    ("138\u200b1234\u200b5678", "138\u200b****\u200b5678"),
    ("+86 138-1234-5678", "+86 138-****-5678"),
    ("008613812345678", "0086138****5678"),
])
def test_mobiles_keep_first_three_and_last_four_in_their_own_writing(guard, text, expected):
    assert masked(guard, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("座机0571-88886666", "座机0571-****6666"),
    ("电话021-62345678", "电话021-****5678"),
    ("电话010-62345678", "电话010-****5678"),
    ("座机(0571)88886666", "座机(0571)****6666"),
    ("电话0571 8888 6666", "电话0571 **** 6666"),
    ("座机0571-8888 6666转8001", "座机0571-**** ****转8001"),
])
def test_landlines_keep_their_area_code(guard, text, expected):
    assert masked(guard, text) == expected


# ------------------------------------------------------------------------------ cards and IDs
@pytest.mark.parametrize("bin_", ["622202", "621700", "622848", "621661", "622588"])
@pytest.mark.parametrize("length", [16, 19])
def test_cards_keep_only_their_last_four(guard, values, bin_, length):
    card = values.card(bin_, length)
    assert masked(guard, f"卡号{card}") == "卡号" + "*" * (length - 4) + card[-4:]
    grouped = " ".join(card[i:i + 4] for i in range(0, length, 4))
    expected, to_hide = [], length - 4
    for c in grouped:  # the separators stay; the first length-4 digits become stars
        if c.isdigit() and to_hide:
            c, to_hide = "*", to_hide - 1
        expected.append(c)
    assert masked(guard, f"卡号 {grouped}") == "卡号 " + "".join(expected)
    assert masked(guard, f"卡号 {grouped}").endswith(grouped[-5:] if length == 19 else grouped[-4:])


def test_ids_keep_their_first_six_and_last_four(guard, values):
    number = values.id("330106", "19850612")
    assert masked(guard, f"身份证{number}") == f"身份证{number[:6]}{'*' * 8}{number[-4:]}"
    with_x = values.id_with_x()
    assert masked(guard, f"身份证 {with_x[:6]} {with_x[6:14]} {with_x[14:]}") == (
        f"身份证 {with_x[:6]} ******** {with_x[14:]}")
    assert masked(guard, "身份证110101900307123") == "身份证110101*****7123"


# ------------------------------------------------------------------------------ addresses
@pytest.mark.parametrize("text,expected", [
    ("浙江省杭州市余杭区五常街道文一西路969号3幢201室", "浙江省杭州市余杭区****"),
    ("改成浙江省杭州市余杭区文一西路969号，谢谢", "改成浙江省杭州市余杭区****，谢谢"),
    ("浙江杭州余杭区文一西路969号", "浙江杭州余杭区****"),
    ("浙江省 杭州市 余杭区 文一西路 969号", "浙江省 杭州市 余杭区****"),
    ("杭州市余杭区文一西路969号", "杭州市余杭区****"),
    ("北京市朝阳区建国路88号SOHO现代城5号楼1201", "北京市朝阳区****"),
    ("地址是文一西路969号", "地址是****"),
])
def test_addresses_keep_up_to_the_county(guard, text, expected):
    assert masked(guard, text) == expected


@pytest.mark.parametrize("keep,expected", [
    ("none", ADDRESS_MASK),
    ("province", "浙江省" + ADDRESS_MASK),
    ("prefecture", "浙江省杭州市" + ADDRESS_MASK),
    ("county", "浙江省杭州市余杭区" + ADDRESS_MASK),
])
def test_address_keep_levels_from_the_policy(keep, expected):
    text = "浙江省杭州市余杭区文一西路969号3幢201室"
    m = masker(f"  CN_ADDRESS: {{keep: {keep}}}")
    assert m.mask(text, [Finding("CN_ADDRESS", 0, len(text), 0.9)]) == expected


def test_an_address_that_starts_below_the_kept_level_keeps_nothing_above_it():
    text = "杭州市余杭区文一西路969号"
    m = masker("  CN_ADDRESS: {keep: province}")
    assert m.mask(text, [Finding("CN_ADDRESS", 0, len(text), 0.9)]) == ADDRESS_MASK


# ------------------------------------------------------------------------------ policy keep values
@pytest.mark.parametrize("spec,expected", [
    ("{keep_first: 6, keep_last: 4}", "622202*********0128"),
    ("{keep_first: 0, keep_last: 0}", "*******************"),
    ("{keep_last: 8}", "***********67890128"),
    ("{keep_first: 8, keep_last: 8}", "62220212***67890128"),
    ("{keep_first: 8, keep_last: 8, buyer: hold}", "62220212***67890128"),
])
def test_card_keep_values_from_the_policy(spec, expected):
    card = "6222021234567890128"
    assert luhn_valid(card)
    m = masker(f"  CN_BANK_CARD: {spec}")
    assert m.mask(f"卡{card}", [Finding("CN_BANK_CARD", 1, 20, 0.9)]) == "卡" + expected


def test_keeping_as_many_digits_as_the_value_has_masks_everything():
    m = masker("  CN_PHONE: {keep_first: 8, keep_last: 8}")
    assert m.mask("13812345678", [Finding("CN_PHONE", 0, 11, 0.9)]) == "*" * 11


def test_a_phone_policy_without_keep_first_does_not_keep_the_area_code():
    m = masker("  CN_PHONE: {keep_last: 4}")
    assert m.mask("0571-88886666", [Finding("CN_PHONE", 0, 13, 0.9)]) == "****-****6666"
    m = masker("  CN_PHONE: {keep_first: 1, keep_last: 0}")
    assert m.mask("021-62345678", [Finding("CN_PHONE", 0, 12, 0.9)]) == "021-********"


def test_policy_keep_values_reach_the_guard(guard_with_policy, values):
    g = guard_with_policy("""
        version: keep-test
        entities:
          CN_PHONE: {keep_first: 0, keep_last: 2}
          CN_ID_CARD: {keep_first: 0, keep_last: 0}
    """)
    number = values.id()
    assert g.inspect({"text": "手机13812345678"}).masked_text == "手机*********78"
    assert g.inspect({"text": f"身份证{number}"}).masked_text == "身份证" + "*" * 18


def test_digit_positions_reads_every_script():
    text = "a１b一c①d8eXf"
    assert [text[i] for i in digit_positions(text)] == ["１", "①", "8", "X"]
    assert digit_positions("一三八一") == [0, 1, 2, 3]
    assert digit_positions("三三两两") == []  # an idiom has no digits to mask


def test_a_signal_entity_without_a_policy_is_replaced_whole():
    m = masker()
    assert m.mask("加我微信abc123", [Finding("EVIDENCE", 2, 10, 1.0)]) == "加我****"


def test_two_values_side_by_side_are_masked_each_on_its_own(guard, values):
    assert masked(guard, "13812345678 13912345678") == "138****5678 139****5678"
    c1, c2 = values.card("622202", 19), values.card("621700", 16)
    assert masked(guard, f"卡号{c1} {c2}") == f"卡号{'*' * 15}{c1[-4:]} {'*' * 12}{c2[-4:]}"


def test_two_values_apart_are_masked_each_on_its_own(guard):
    assert masked(guard, "13812345678，13912345678") == "138****5678，139****5678"


# ------------------------------------------------------------------------------ property
FULLWIDTH = {str(d): chr(0xFF10 + d) for d in range(10)}
SCRIPTS = {
    "ascii": {str(d): [str(d)] for d in range(10)},
    "fullwidth": {d: [c] for d, c in FULLWIDTH.items()},
    "chinese": {
        "0": ["零", "〇"], "1": ["一", "幺"], "2": ["二", "两"], "3": ["三"], "4": ["四"], "5": ["五"],
        "6": ["六"], "7": ["七"], "8": ["八"], "9": ["九"],
    },
    "financial": {str(d): ["零壹贰叁肆伍陆柒捌玖"[d]] for d in range(10)},
    "circled": {"0": ["⓪"], **{str(d): [chr(0x2460 + d - 1), chr(0x2776 + d - 1)] for d in range(1, 10)}},
}
SEPARATORS = ["", " ", "-", ".", "_", "/", "·", "\u3000", "  ", " - "]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
AREAS = ["110101", "330106", "440304", "320102", "510104", "650102", "210102", "370102"]
BINS = ["622202", "621700", "622848", "621661", "622588"]
CONTEXT = {"CN_PHONE": "我的手机是", "CN_BANK_CARD": "退款到我的卡号", "CN_ID_CARD": "身份证号码"}
KEEP = {"CN_PHONE": (3, 4), "CN_BANK_CARD": (0, 4), "CN_ID_CARD": (6, 4)}


def read_digits(text: str) -> str:
    """Digits and stars of a masked value, whatever script each digit is written in."""
    out = []
    for ch in text:
        if ch == "*":
            out.append("*")
        elif ch in "Xx":
            out.append("X")
        elif ch in CHINESE_DIGITS:
            out.append(CHINESE_DIGITS[ch])
        elif ch in ENCLOSED_DIGITS:
            out.append(ENCLOSED_DIGITS[ch])
        elif normalize(ch).text.isdigit():
            out.append(normalize(ch).text)
    return "".join(out)


@st.composite
def pii_values(draw):
    kind = draw(st.sampled_from(sorted(CONTEXT)))
    digits = lambda n: "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=n, max_size=n)))  # noqa: E731
    if kind == "CN_PHONE":
        value = draw(st.sampled_from(sorted(MOBILE_PREFIXES))) + digits(8)
        groups = [value[:3], value[3:7], value[7:]]
    elif kind == "CN_BANK_CARD":
        length = draw(st.integers(16, 19))
        body = draw(st.sampled_from(BINS)) + digits(length - 7)
        value = next(body + d for d in "0123456789" if luhn_valid(body + d))
        groups = [value[i:i + 4] for i in range(0, length, 4)]
        if len(groups[-1]) < 3:  # a trailing group of <= 2 numerals is read as a word ("两个"), by design
            groups[-2:] = [groups[-2] + groups[-1]]
    else:
        born = draw(st.dates(dt.date(1900, 1, 1), dt.date.today() - dt.timedelta(days=1)))
        first17 = draw(st.sampled_from(AREAS)) + born.strftime("%Y%m%d") + digits(3)
        value = first17 + check_character(first17)
        groups = [value[:6], value[6:14], value[14:]]
    return kind, value, groups


@st.composite
def obfuscated(draw):
    kind, value, groups = draw(pii_values())
    style = draw(st.sampled_from(sorted(SCRIPTS) + ["mixed"]))

    def write(d: str) -> str:
        if d == "X":
            return "X"
        script = draw(st.sampled_from(sorted(SCRIPTS))) if style == "mixed" else style
        return draw(st.sampled_from(SCRIPTS[script][d]))

    sep = draw(st.sampled_from(SEPARATORS))
    written = sep.join("".join(write(d) for d in group) for group in groups)
    for _ in range(draw(st.integers(0, 3))):  # zero-width characters inside the value
        at = draw(st.integers(1, len(written) - 1))
        written = written[:at] + draw(st.sampled_from(ZERO_WIDTH)) + written[at:]
    if kind == "CN_PHONE":  # a country prefix is part of the value's span, and stays visible
        written = draw(st.sampled_from(["", "+86", "+86 ", "0086", "0086-"])) + written
    prefix = CONTEXT[kind]
    suffix = draw(st.sampled_from(["", "，谢谢", " 好的", "。麻烦尽快"]))
    return kind, value, written, prefix, suffix


@settings(max_examples=200, deadline=None)
@given(obfuscated())
def test_masked_text_never_reveals_the_hidden_digits(guard, case):
    kind, value, written, prefix, suffix = case
    text = prefix + written + suffix
    verdict = guard.inspect({"text": text})

    # The finding is exactly the obfuscated value in the original text.
    assert [(f.entity_type, f.start, f.end) for f in verdict.findings] == [
        (kind, len(prefix), len(prefix) + len(written))]
    out = verdict.masked_text
    assert out.startswith(prefix) and out.endswith(suffix)
    assert len(out) == len(text)  # one star per digit, everything else as written

    first, last = KEEP[kind]
    hidden = value[first:len(value) - last]
    shown = out[len(prefix):len(out) - len(suffix)]
    country = read_digits(shown)[:len(read_digits(shown)) - len(value)]
    assert country in ("", "86", "0086")
    assert read_digits(shown) == country + value[:first] + "*" * len(hidden) + value[len(value) - last:]

    # Normalised, the masked text has no run of the hidden digits (unless the visible parts
    # would spell it anyway).
    reference = normalize(prefix + country + value[:first] + "*" * len(hidden) + value[len(value) - last:] + suffix).text
    if hidden not in reference:
        assert hidden not in normalize(out).text
