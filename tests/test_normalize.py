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
PIECES = st.one_of(
    st.sampled_from(DIGIT_SCRIPTS),
    st.sampled_from(sorted(ZERO_WIDTH)),
    st.sampled_from(list(" -._/·—–\u3000")),
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
        assert a == sources[0] and b == sources[-1] + 1  # tight: starts and ends on a source
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
