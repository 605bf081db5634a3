"""Negative cue words ("订单号", "券", "id") drop a number only when they name that very number:
matched as words, with only filler between cue and number, never over a checksum-valid ID or a
Luhn- and BIN-valid card; nothing a recognizer accepts stays visible because of a nearby word."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.normalize import normalize
from recognizers.base import NOT_PERSONAL

KEEP_NOTHING = """
    version: keep-nothing
    entities:
      CN_PHONE: {buyer: mask, agent: mask}
      CN_BANK_CARD: {buyer: mask, agent: mask}
      CN_ID_CARD: {buyer: mask, agent: mask}
      CN_ADDRESS: {buyer: mask, agent: mask, keep: none}
"""
PHONE, ID = "13812345678", "110105199003071239"


def visible_digits(text: str) -> str:
    return "".join(c for c in normalize(text).text if c.isdigit())


@pytest.mark.parametrize("text,entity,value", [
    ("微信ID是13812345678", "CN_PHONE", PHONE),
    ("优惠券用不了，13812345678打给我", "CN_PHONE", PHONE),
    ("我的ID是110105199003071239", "CN_ID_CARD", ID),
    ("android 13812345678", "CN_PHONE", PHONE),
    ("发票抬头写我名字 13812345678", "CN_PHONE", PHONE),
    ("工单#20231108 客户110105199003071239", "CN_ID_CARD", ID),
    ("工单：110105199003071239", "CN_ID_CARD", ID),
    ("证件编号110105199003071239", "CN_ID_CARD", ID),
    ("证件编号：13812345678", "CN_PHONE", PHONE),
    ("买的债券13812345678联系我", "CN_PHONE", PHONE),
    ("订单号 电话13812345678", "CN_PHONE", PHONE),   # a positive cue between cue and number wins
])
def test_a_cue_word_near_a_personal_number_does_not_hide_it(guard_with_policy, found, text, entity, value):
    g = guard_with_policy(KEEP_NOTHING)
    assert found(g, text) == [(entity, value)]
    verdict = g.inspect({"text": text})
    [finding] = verdict.findings
    masked = verdict.masked_text[finding.start:finding.end]
    assert visible_digits(masked) == ""


@pytest.mark.parametrize("template,entity", [
    ("订单号：{card}", "CN_BANK_CARD"),
    ("您的订单号是{id}，请核对", "CN_ID_CARD"),
    ("中通快递单号 {card16}", "CN_BANK_CARD"),
    ("韵达快递单号 {id}", "CN_ID_CARD"),
    ("货号 {card}", "CN_BANK_CARD"),
    ("优惠券 {card_spaced}", "CN_BANK_CARD"),
    ("发票税号 {id}", "CN_ID_CARD"),
    ("商品id {card}", "CN_BANK_CARD"),
])
def test_checksum_valid_ids_and_cards_are_reported_whatever_precedes_them(guard, values, template, entity):
    card = values.card("622202", 19)
    text = template.format(card=card, card16=values.card("621700", 16), id=values.id(),
                           card_spaced=" ".join(card[i:i + 4] for i in range(0, 19, 4)))
    verdict = guard.inspect({"text": text})
    assert [f.entity_type for f in verdict.findings] == [entity]


@pytest.mark.parametrize("text", [
    "订单号13812345678", "订单号：13812345678", "单号是 13812345678", "商品id 13812345678", "SKU:13812345678",
    "运单号 SF1234567890123", "取件码 8-3-1234", "优惠码 8888 6666",
])
def test_a_cue_right_before_a_number_without_a_checksum_still_drops_it(guard, text):
    assert guard.inspect({"text": text}).findings == []


# ---------------------------------------------------------------- property: nothing stays visible
PURE_FILLERS = ["", " ", "：", "是", "号", "的"]
FILLERS = PURE_FILLERS + ["，", "写错了 ", "用不了，", "\n"]
AFTER = ["", "打给我", "，谢谢", " 加我微信聊", "。"]


@st.composite
def cued_values(draw, values):
    kind = draw(st.sampled_from(["phone", "card", "id"]))
    seed = draw(st.integers(0, 50))
    if kind == "phone":
        value = values.phone(draw(st.sampled_from(["138", "159", "186", "199"])), seed)
    elif kind == "card":
        value = values.card(draw(st.sampled_from(values.BINS)), draw(st.integers(16, 19)), seed)
    else:
        value = values.id("330106", "19850612", f"{seed:03d}")
    cue = draw(st.sampled_from(NOT_PERSONAL + ("微信ID", "证件编号", "债券", "android", "ID")))
    # Letters glued to digits make one token (SF1234…, android138…): a Latin cue gets a filler.
    filler = draw(st.sampled_from(FILLERS[1:] if cue.isascii() else FILLERS))
    return kind, value, cue, filler, draw(st.sampled_from(AFTER))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_number_the_recognizers_accept_stays_visible_because_of_a_nearby_word(guard, values, data):
    kind, value, cue, filler, after = data.draw(cued_values(values))
    # The recognizers on the bare value, in a neutral frame: what they accept there must not be
    # left visible anywhere with a cue word in front, in the masked text or a violation excerpt.
    if not guard.inspect({"text": f"请联系 {value} 谢谢"}).findings:
        return
    text = f"{cue}{filler}{value}{after}"
    proven = kind in ("card", "id")
    for sender in ("buyer", "agent"):
        verdict = guard.inspect({"text": text, "sender": sender, "agent_id": "a-1"})
        if proven or verdict.findings:
            assert value not in normalize(verdict.masked_text).text
            for violation in verdict.violations:
                assert value not in normalize(violation.excerpt).text
        else:  # a phone dropped only when the cue names it, with nothing but filler between
            assert cue.lower() in NOT_PERSONAL and filler in PURE_FILLERS
