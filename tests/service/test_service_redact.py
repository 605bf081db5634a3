"""The quick look of star_numbers (redact.may_hold_number) never skips a number.

star_numbers returns a text unchanged, without normalising it or running the recognizers, when
no stretch of it can make SHORTEST_NUMBER_DIGITS digits in a row. These tests pin that the look
is only ever a shortcut: the answer is the full pass's answer, for every written form.
"""
from __future__ import annotations

import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guard.service.redact import (NUMBER_RECOGNIZERS, SHORTEST_NUMBER_DIGITS, may_hold_number,
                                  star_candidates, star_numbers)
from samples import kit

WRITTEN = [  # (how a number is written, its digits)
    ("0102345678", "shortest: a landline with a 7-digit local number"),
    ("010-2345678", "landline, dashed"),
    ("13812345678", "mobile"),
    ("138 1234 5678", "mobile, spaced"),
    ("１３８１２３４５６７８", "full-width"),
    ("一三八一二三四五六七八", "Chinese numerals"),
    ("幺三八幺二三四五六七八", "幺 for one"),
    ("①③⑧①②③④⑤⑥⑦⑧", "circled"),
    ("\u200b".join("13812345678"), "zero-width joined"),
    ("138🙂1234🙂5678", "emoji between groups"),
    ("١٣٨١٢٣٤٥٦٧٨", "Arabic-Indic digits"),
    ("⒑⒒⒓⒔⒕⒖", "one character, two digits"),
    ("sku13812345678", "letters glued"),
    ("110105199003071239", "ID number"),
    ("6222 0212 3456 7890 128", "card, grouped"),
]


@pytest.mark.parametrize("written,why", WRITTEN, ids=[w for _, w in WRITTEN])
def test_every_written_form_of_a_number_gets_the_full_look(written, why):
    in_json = json.dumps({"words": [written]}, ensure_ascii=False)
    for text in (written, f"电话{written}好的", in_json):
        assert may_hold_number(text)
        assert star_numbers(text) == star_candidates(text)


def test_the_shortest_candidate_has_the_digits_the_quick_look_counts_on():
    shortest = min((c.end - c.start for r in NUMBER_RECOGNIZERS
                    for c in r.candidates("0102345678")), default=None)
    assert shortest is not None and shortest >= SHORTEST_NUMBER_DIGITS
    # One digit fewer in the local number: no recognizer takes it.
    assert all(not list(r.candidates("电话 010-234567 好")) for r in NUMBER_RECOGNIZERS)


def test_a_violation_trace_with_offsets_and_scores_is_passed_at_a_glance():
    trace = {"evidence": [{"rule": "ASK_CARD_NUMBER", "basis": "pair",
                           "how": "request and its object", "start": 4, "end": 9,
                           "words": ["报一下", "卡号"]}],
             "blocks": [],
             "notes": ["model: p=0.95 (largest named features: log_length -3.27)"]}
    text = json.dumps(trace, ensure_ascii=False)
    assert not may_hold_number(text)
    assert star_numbers(text) == text


# Pieces of text that normalisation treats in every different way: digits of several scripts and
# widths, numerals, separators, dropped characters, emoji, letters (glued and check X), CJK words
# and JSON punctuation.
PIECES = (list("0123456789") + ["１", "٣", "①", "⒑", "𝟙", "一", "三", "幺", "两", "洞", "〇", "零"]
          + list(" -._/·,，、*~|\t\n") + ["\u200b", "\u0301", "\x00", "🙂", "™"]
          + ["x", "X", "a", "sku", "号", "电话", "的", '"', ":", "{", "}", "[", "]"])


@st.composite
def number_like_texts(draw) -> str:
    rng = random.Random(draw(st.integers(0, 2**32)))
    parts = draw(st.lists(st.sampled_from(PIECES), max_size=40))
    if draw(st.booleans()):  # a real value somewhere, written some way
        value = draw(st.sampled_from((kit.mobile, kit.card_number, kit.id_number)))(rng)
        form = draw(st.sampled_from(
            (str, kit.fullwidth, kit.chinese_digits, lambda v: kit.spaced(v, 4))))
        parts.insert(draw(st.integers(0, len(parts))), form(value))
    return "".join(parts)


@settings(max_examples=400, deadline=None, database=None, derandomize=True)
@given(number_like_texts())
def test_the_quick_look_gives_the_full_passs_answer(text):
    assert star_numbers(text) == star_candidates(text)
