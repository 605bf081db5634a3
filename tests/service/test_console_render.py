"""The console's rendering: the evidence highlight (its span is in the original message, the excerpt is masked) and the catalogue."""
from __future__ import annotations

import pytest

from guard.service.console.render import highlighted
from guard.service.console.routes import evidence_words

ORIGINAL = "我寄到浙江省杭州市西湖区文三路100号了，麻烦把验证码报一下"
EXCERPT = "寄到<地址>了，麻烦把验证码报一下"  # the masked excerpt: shorter before the evidence
START = ORIGINAL.index("验证码")
END = START + len("验证码报一下")


def test_the_evidence_words_find_the_evidence_where_masking_shortened_the_text_before_it():
    before, evidence, after = highlighted(EXCERPT, START, END, ["验证码", "报一下"])
    assert evidence == "验证码报一下"
    assert before + evidence + after == EXCERPT


def test_without_words_the_split_is_approximate_but_drops_nothing():
    before, evidence, after = highlighted(EXCERPT, START, END)
    assert evidence != "验证码报一下"
    assert before + evidence + after == EXCERPT


@pytest.mark.parametrize("words", [["验证码", "不在这里"], ["没有"], []])
def test_words_that_are_not_all_there_in_order_fall_back_to_the_span(words):
    assert highlighted(EXCERPT, START, END, words) == highlighted(EXCERPT, START, END)


@pytest.mark.parametrize("row,words", [
    ({"trace": {"evidence": [{"words": ["验证码", "报一下"]}, {"words": ["x"]}]}}, ["验证码", "报一下"]),
    ({"trace": {}}, []),
    ({"trace": {"evidence": "oops"}}, []),
    ({"trace": None}, []),
    ({}, []),
])
def test_the_words_come_from_the_first_evidence_of_the_trace(row, words):
    assert evidence_words(row) == words


def test_the_catalogue_names_every_status_a_page_can_show():
    """Review statuses and the scorer's own (a lapsed dispute in an agent's costs)."""
    from guard.service.console.i18n import CATALOGUE
    from guard.standing.timeline import STATUS_NAMES
    from guard.store import REVIEW_STATUSES, STATUSES

    shown = (set(STATUSES) | set(REVIEW_STATUSES) | set(STATUS_NAMES)) - {"absent"}
    assert {s for s in shown if f"status.{s}" not in CATALOGUE} == set()
