"""Normalisation: digits in every script become ASCII, separators inside one number go, and every
normalised character keeps a map back to the original text."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.normalize import CHINESE_DIGITS, ENCLOSED_DIGITS, ZERO_WIDTH, normalize


@pytest.mark.parametrize("text,expected", [
    ("１３８１２３４５６７８", "13812345678"),            # full-width digits
    ("一三八一二三四五六七八", "13812345678"),            # Chinese numerals
    ("幺三八幺二三四五六七八", "13812345678"),            # 幺 = 1
    ("一三八两三四五六七八九", "13823456789"),            # 两 = 2 inside a numeric run
    ("壹叁捌壹贰叁肆伍陆柒捌", "13812345678"),            # financial numerals
    ("一三八〇〇一三八〇〇〇", "13800138000"),            # 〇 = 0
    ("一三八零零一三八零零零", "13800138000"),            # 零 = 0
    ("①③⑧①②③④⑤⑥⑦⑧", "13812345678"),              # circled digits
    ("❶❸❽❶❷❸❹❺❻❼❽", "13812345678"),              # negative circled digits
    ("⑴⑶⑻⑴⑵⑶⑷⑸⑹⑺⑻", "13812345678"),              # parenthesised digits (NFKC would give "(1)")
    ("➀➁⓵⓶", "1212"),
    ("⓪1", "01"),
    ("1三8一2三4五6七8", "13812345678"),                # numerals mixed among ASCII digits
])
def test_digits_in_other_scripts_become_ascii(text, expected):
    norm = normalize(text)
    assert norm.text == expected
    assert norm.origin == tuple(range(len(text)))  # one character for one character


@pytest.mark.parametrize("zw", sorted(ZERO_WIDTH))
def test_zero_width_characters_are_dropped_and_skipped_by_the_map(zw):
    text = f"138{zw}1234{zw}5678"
    norm = normalize(text)
    assert norm.text == "13812345678"
    assert norm.origin == (0, 1, 2, 4, 5, 6, 7, 9, 10, 11, 12)


@pytest.mark.parametrize("sep", [" ", "-", ".", "_", "/", "·", "\u3000", "  ", " - "])
def test_separators_inside_one_number_are_removed(sep):
    text = f"手机{sep.join(['138', '1234', '5678'])}谢谢"
    norm = normalize(text)
    assert norm.text == "手机13812345678谢谢"
    # The digits still point at themselves in the original.
    assert all(text[o] == c for o, c in zip(norm.origin, norm.text) if c.isdigit())


def test_mixed_separators_and_card_groups_are_joined():
    assert normalize("138 1234-5678").text == "13812345678"
    card = "6222 0212 3456 7890 123"
    norm = normalize(card)
    assert norm.text == "6222021234567890123"
    assert norm.span_to_original(0, len(norm.text)) == (0, len(card))


@pytest.mark.parametrize("text", [
    "13812345678 13912345678",
    "13812345678-13912345678",
    "6222021234567890128 13912345678",
    "13812345678 3件",
])
def test_two_numbers_side_by_side_are_not_joined(text):
    assert normalize(text).text == text


@pytest.mark.parametrize("text", ["三三两两", "一下", "等一下再说", "七七八八", "两三个人", "我有两个", "十一点", "零零星星", "一一对应"])
def test_idioms_and_counting_words_are_left_as_written(text):
    norm = normalize(text)
    assert norm.text == text
    assert norm.origin == tuple(range(len(text)))


def test_text_without_digits_only_gets_nfkc():
    text = "ＡＢＣ，你好！"
    norm = normalize(text)
    assert norm.text == "ABC,你好!"
    assert norm.origin == tuple(range(len(text)))


def test_a_character_that_expands_maps_every_piece_to_its_source():
    norm = normalize("a½b")
    assert norm.text == "a1\u20442b"
    assert norm.origin == (0, 1, 1, 1, 2)
    assert norm.span_to_original(1, 4) == (1, 2)


def test_emoji_stay_as_written():
    text = "🈷13812345678😀"
    norm = normalize(text)
    assert norm.text == text
    assert norm.span_to_original(1, 12) == (1, 12)


def test_span_to_original_maps_a_normalised_number_back_to_the_obfuscated_one():
    text = "我的号是 一三八 1234\u200b-５６７８ 谢谢"
    norm = normalize(text)
    start = norm.text.index("13812345678")
    a, b = norm.span_to_original(start, start + 11)
    assert text[a:b] == "一三八 1234\u200b-５６７８"


def test_empty_span_maps_to_a_point():
    norm = normalize("ab")
    assert norm.span_to_original(1, 1) == (1, 1)
    assert norm.span_to_original(2, 2) == (2, 2)  # the end of the text


# ---------------------------------------------------------------- property-based
DIGIT_SCRIPTS = (
    list("0123456789")
    + [chr(0xFF10 + d) for d in range(10)]  # full-width
    + list(CHINESE_DIGITS)
    + list("①②③④⑤⑥⑦⑧⑨❶❷❸❹❺❻❼❽❾⑴⑵⑶⑷⑸⑹⑺⑻⑼➀➁⓵⓶⓪⓿🄁")
)
# Characters that hide a number: keycap marks, bidi controls, combining marks, NUL, tab,
# pictographs, other separators, and the decimal digits of other scripts.
HIDING = (
    ["\ufe0f\u20e3", "\u20e3", "\ufe0f", "\u0332", "\u0301", "\x00", "\t", "*", "~", "〰", "、", ",", "    "]
    + [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]
    + ["🙂", "🐱", "✨", "❤️", "👉", "⭐"]
)
OTHER_SCRIPT_DIGITS = [chr(base + d) for base in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1040, 0x1D7CE)
                       for d in range(10)]
PIECES = st.one_of(
    st.sampled_from(DIGIT_SCRIPTS + OTHER_SCRIPT_DIGITS),
    st.sampled_from(sorted(ZERO_WIDTH)),
    st.sampled_from(list(" -._/·—–\u3000")),
    st.sampled_from(HIDING),
    st.sampled_from(["我的", "手机", "是", "谢谢", "，", "。", "🙏", "😀", "Ａ", "X", "x", "号", "一下", "三三两两", "\n"]),
)
TEXTS = st.one_of(st.lists(PIECES, max_size=40).map("".join), st.text(max_size=30))


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_every_normalised_character_maps_inside_the_original_in_order(text):
    norm = normalize(text)
    assert norm.original == text
    assert len(norm.origin) == len(norm.text)
    assert all(0 <= o < len(text) for o in norm.origin)
    assert all(a <= b for a, b in zip(norm.origin, norm.origin[1:]))
    for ch, o in zip(norm.text, norm.origin):
        source = text[o]
        assert ch not in ZERO_WIDTH
        if source.isascii():  # ASCII is never rewritten, only dropped (separators)
            assert ch == source
        if "\uff10" <= source <= "\uff19":
            assert ch == chr(ord(source) - 0xFEE0)
        if ch.isascii() and ch.isdigit() and not source.isascii():
            # a digit that came from elsewhere came from something that reads as that digit
            assert (
                CHINESE_DIGITS.get(source) == ch
                or ENCLOSED_DIGITS.get(source) == ch
                or unicodedata.decimal(source, None) == int(ch)  # ٣, ३, ๓ …
                or ch in unicodedata.normalize("NFKC", source)  # ¼ → 1⁄4
            )


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.data())
def test_span_to_original_lies_inside_and_covers_the_source_characters(text, data):
    norm = normalize(text)
    n = len(norm.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    a, b = norm.span_to_original(start, end)
    assert 0 <= a <= b <= len(text)
    if start < end:
        sources = norm.origin[start:end]
        assert all(a <= o < b for o in sources)
        # Tight: starts on a source and ends on one, with only the marks attached to it after.
        assert a == sources[0]
        assert all(unicodedata.category(c) in ("Mn", "Me") or "\ufe00" <= c <= "\ufe0f"
                   for c in text[sources[-1] + 1:b])
    else:
        assert a == b


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_no_digit_is_ever_lost(text):
    """Normalisation only adds ASCII digits (from other scripts), never removes one."""
    norm = normalize(text)
    ascii_digits_in = sum(1 for c in text if c.isascii() and c.isdigit())
    fullwidth_in = sum(1 for c in text if "\uff10" <= c <= "\uff19")
    ascii_digits_out = sum(1 for c in norm.text if c.isascii() and c.isdigit())
    assert ascii_digits_out >= ascii_digits_in + fullwidth_in


# ---------------------------------------------------------------- numbers hidden by Unicode
HIDDEN_PHONES = [
    ("1️⃣3️⃣8️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣", "keycaps"),
    ("1⃣3⃣8⃣1⃣2⃣3⃣4⃣5⃣6⃣7⃣8⃣", "bare keycap marks"),
    ("\u202e13812345678\u202c", "bidi override around"),
    ("138\u20661234\u20695678", "bidi isolates inside"),
    ("1\u03323\u03328\u0332 1234 5678", "combining underline"),
    ("138🙂1234🙂5678", "emoji between groups"),
    ("138\x001234\x005678", "NUL"),
    ("138\t1234\t5678", "tab"),
    ("138\n1234\n5678", "newline"),
    ("138,1234,5678", "comma"),
    ("138    1234    5678", "four spaces"),
    ("1、3、8、1、2、3、4、5、6、7、8", "a mark after every digit"),
    ("138*1234*5678", "asterisks"),
    ("١٣٨١٢٣٤٥٦٧٨", "Arabic-Indic"),
    ("۱۳۸۱۲۳۴۵۶۷۸", "Extended Arabic-Indic"),
    ("१३८१२३४५६७८", "Devanagari"),
    ("๑๓๘๑๒๓๔๕๖๗๘", "Thai"),
    ("𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖", "mathematical bold"),
]


@pytest.mark.parametrize("written,form", HIDDEN_PHONES, ids=[f for _, f in HIDDEN_PHONES])
def test_numbers_hidden_by_unicode_are_found_with_their_original_span_and_masked(guard, written, form):
    text = f"电话{written}谢谢"
    assert "13812345678" in normalize(text).text
    verdict = guard.inspect({"text": text})
    assert [(f.entity_type, text[f.start:f.end].strip("\u202a\u202b\u202c\u202d\u202e")) for f in verdict.findings] \
        == [("CN_PHONE", written.strip("\u202a\u202b\u202c\u202d\u202e"))]
    assert "1234" not in normalize(verdict.masked_text).text


HIDERS = st.sampled_from(["", " ", "\u202c", "\u2066", "\x00", "\t", "🙂", "~", "*", "\ufe0f\u20e3"])


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_phone_hidden_by_any_mix_of_unicode_is_found_and_masked(guard, data):
    digits = "13912345678"
    scripts = [list("0123456789"), [chr(0x0660 + d) for d in range(10)], [chr(0x0966 + d) for d in range(10)],
               [chr(0xFF10 + d) for d in range(10)]]
    script = data.draw(st.sampled_from(scripts))
    gap = data.draw(HIDERS)  # one hiding style per number, as people write them
    groups = [digits[:3], digits[3:7], digits[7:]]
    mark = data.draw(st.sampled_from(["", "\u0332", "\ufe0f\u20e3"]))
    written = gap.join("".join(script[int(d)] + mark for d in g) for g in groups)
    text = f"我的手机 {written} 谢谢"
    verdict = guard.inspect({"text": text})
    assert [f.entity_type for f in verdict.findings] == ["CN_PHONE"]
    [finding] = verdict.findings
    assert normalize(text[finding.start:finding.end]).text.strip() == digits
    assert "1234" not in normalize(verdict.masked_text).text


@pytest.mark.parametrize("text, numbers", [
    ("6226 0972 7918 5604 427 4301-0419-7304-1524-7X", ["6226097279185604427", "43010419730415247X"]),
    ("138 1234 5678 139 8765 4321", ["13812345678", "13987654321"]),
    ("4301-0419-7304-1524-7X 138-1234-5678", ["43010419730415247X", "13812345678"]),
])
def test_valid_numbers_written_back_to_back_in_groups_are_each_joined(text, numbers):
    """A run too long to be one number is cut into consecutive valid numbers (a leak the
    privacy property found: a card then an ID, each in groups, one space apart)."""
    assert normalize(text).text.split() == numbers
