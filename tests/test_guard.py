"""Guard.inspect: the verdict format of DESIGN.md, offsets into the original text, the actions,
and clear errors for messages that cannot be inspected."""
from __future__ import annotations

import json

import pytest

from guard import Guard, Message, MessageError, Verdict
from guard.message import DEFAULT_MAX_CHARS

VERDICT_KEYS = {"id", "action", "masked_text", "findings", "signals", "buyer_notice", "violation_ids"}
FINDING_KEYS = {"entity_type": str, "start": int, "end": int, "score": float}
SIGNAL_KEYS = {"rule": str, "severity": str, "start": int, "end": int}


def check_format(wire: dict) -> None:
    assert set(wire) == VERDICT_KEYS
    assert wire["id"] is None or isinstance(wire["id"], str)
    assert wire["action"] in ("deliver", "deliver_masked", "hold")
    assert isinstance(wire["masked_text"], str)
    assert isinstance(wire["findings"], list) and isinstance(wire["signals"], list)
    for f in wire["findings"]:
        assert set(f) == set(FINDING_KEYS)
        assert all(type(f[k]) is t for k, t in FINDING_KEYS.items()), f
        assert 0 <= f["start"] < f["end"] and 0.0 < f["score"] <= 1.0
        assert round(f["score"], 2) == f["score"]
    for s in wire["signals"]:
        assert set(s) == set(SIGNAL_KEYS)
        assert all(type(s[k]) is t for k, t in SIGNAL_KEYS.items()), s
    notice = wire["buyer_notice"]
    assert notice is None or (set(notice) == {"level", "title", "body"} and notice["level"] in ("info", "warning", "danger"))
    assert isinstance(wire["violation_ids"], list)
    assert json.loads(json.dumps(wire, ensure_ascii=False)) == wire


def test_the_design_example(guard):
    verdict = guard.inspect({"id": "m-1", "text": "我的手机是13812345678"})
    wire = verdict.to_dict()
    check_format(wire)
    assert wire == {
        "id": "m-1",
        "action": "deliver_masked",
        "masked_text": "我的手机是138****5678",
        "findings": [{"entity_type": "CN_PHONE", "start": 5, "end": 16, "score": 0.95}],
        "signals": [],
        "buyer_notice": None,
        "violation_ids": [],
    }


def test_offsets_are_python_indices_into_the_original_with_emoji_and_full_width(guard, values):
    card = values.card("622848", 19)
    fw_card = " ".join(card[i:i + 4] for i in range(0, 19, 4)).translate(
        {ord(d): 0xFF10 + int(d) for d in "0123456789"})
    text = (f"😀👍🏻 亲，我的手机是１３８ １２３４ ５６７８🙏，退款到卡 {fw_card}，"
            "地址：浙江省杭州市余杭区文一西路969号\u200b🚚，谢谢！")
    verdict = guard.inspect({"id": 42, "text": text})
    wire = verdict.to_dict()
    check_format(wire)
    assert wire["id"] == "42"
    got = [(f["entity_type"], text[f["start"]:f["end"]]) for f in wire["findings"]]
    assert got == [
        ("CN_PHONE", "１３８ １２３４ ５６７８"),
        ("CN_BANK_CARD", fw_card),
        ("CN_ADDRESS", "浙江省杭州市余杭区文一西路969号"),
    ]
    starts = [f["start"] for f in wire["findings"]]
    assert starts == sorted(starts)
    assert wire["masked_text"].startswith("😀👍🏻 亲，我的手机是１３８ **** ５６７８🙏")
    assert "浙江省杭州市余杭区****\u200b🚚，谢谢！" in wire["masked_text"]


def test_raw_values_never_appear_in_a_masked_verdict(guard, values):
    phone, card, id_ = values.phone("186", 3), values.card("621700", 16), values.id("320102", "19780101")
    text = f"手机{phone} 卡号{card} 身份证{id_} 地址浙江省杭州市余杭区文一西路969号3幢201室"
    wire = json.dumps(guard.inspect({"text": text}).to_dict(), ensure_ascii=False)
    for secret in (phone, card, id_, phone[3:7], card[:12], id_[6:14], "文一西路969号", "201室"):
        assert secret not in wire


def test_a_clean_message_is_delivered_as_written(guard):
    text = "亲，这件衣服有M码吗？¥139.00 包邮吗 😀"
    verdict = guard.inspect(Message(text=text, id="c-1"))
    assert verdict.to_dict() == {
        "id": "c-1", "action": "deliver", "masked_text": text, "findings": [], "signals": [],
        "buyer_notice": None, "violation_ids": [],
    }


def test_deliver_masked_with_a_notice_for_a_card(guard, values):
    card = values.card("622202", 19)
    verdict = guard.inspect({"text": f"退款打到这张卡{card}"})
    assert isinstance(verdict, Verdict)
    assert verdict.action == "deliver_masked"
    assert verdict.buyer_notice is not None and verdict.buyer_notice.level in ("warning", "danger")
    assert verdict.buyer_notice.title and verdict.buyer_notice.body
    # a phone is masked without telling the buyer (notify is off for phones)
    phone = guard.inspect({"text": "手机13812345678"})
    assert phone.action == "deliver_masked" and phone.buyer_notice is None


def test_agent_messages_are_masked_too(guard):
    verdict = guard.inspect({"text": "亲，您留的电话是13812345678吗，我们安排快递员联系您", "sender": "agent"})
    assert verdict.action == "deliver_masked"
    assert "138****5678" in verdict.masked_text
    assert [f.entity_type for f in verdict.findings] == ["CN_PHONE"]


def test_findings_are_listed_even_when_the_policy_allows_them(guard_with_policy, values):
    g = guard_with_policy("""
        version: allow-all
        entities:
          CN_PHONE: {buyer: allow}
          CN_BANK_CARD: {buyer: allow}
          CN_ID_CARD: {buyer: allow}
          CN_ADDRESS: {buyer: allow}
    """)
    card, id_ = values.card("621661", 16), values.id()
    text = f"手机13812345678，卡号{card}，身份证{id_}，地址浙江省杭州市余杭区文一西路969号"
    verdict = g.inspect({"text": text})
    assert verdict.action == "deliver"
    assert verdict.masked_text == text
    assert verdict.buyer_notice is None
    assert [f.entity_type for f in verdict.findings] == ["CN_PHONE", "CN_BANK_CARD", "CN_ID_CARD", "CN_ADDRESS"]


def test_sender_defaults_to_buyer(guard):
    ask = "能把验证码报一下吗"
    assert guard.inspect({"text": ask}).signals == []
    assert guard.inspect({"text": ask, "sender": None}).signals == []
    assert [s.rule for s in guard.inspect({"text": ask, "sender": "agent"}).signals] == ["ASK_VERIFICATION_CODE"]


@pytest.mark.parametrize("message,field,problem", [
    ({}, "text", "is required"),
    ({"id": "x", "text": None}, "text", "is required"),
    ({"text": 13812345678}, "text", "must be a string, got int"),
    ({"text": ["a"]}, "text", "must be a string, got list"),
    ({"text": "hi", "sender": "bot"}, "sender", "must be one of buyer, agent"),
    ({"text": "hi", "sender": "Buyer"}, "sender", "must be one of buyer, agent"),
    ({"text": "hi", "id": {"a": 1}}, "id", "must be a string"),
    ({"text": "hi", "context": "earlier"}, "context", "must be a list"),
    ({"text": "hi", "context": [{"sender": "agent"}]}, "context[0].text", "must be a string"),
    ("13812345678", "message", "expected a JSON object, got str"),
    (["text"], "message", "expected a JSON object, got list"),
    ({"text": "1" * (DEFAULT_MAX_CHARS + 1)}, "text", "over the limit"),
])
def test_messages_that_cannot_be_inspected_raise_message_error(guard, message, field, problem):
    with pytest.raises(MessageError) as caught:
        guard.inspect(message)
    assert caught.value.field == field
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"{field}: ")


def test_a_message_error_is_a_value_error(guard):
    with pytest.raises(ValueError):
        guard.inspect({"text": 1})


def test_a_guard_with_a_smaller_limit(guard):
    small = Guard(guard.policy, max_chars=10)
    assert small.inspect({"text": "1234567890"}).action == "deliver"
    with pytest.raises(MessageError, match="11 characters, over the limit of 10"):
        small.inspect({"text": "12345678901"})


def test_an_oversized_text_or_context_turn_is_a_distinct_error_naming_the_field():
    from guard import Message, MessageTooLarge

    with pytest.raises(MessageTooLarge) as caught:
        Message.from_dict({"text": "ok", "context": [{"sender": "agent", "text": "长" * 11}]}, max_chars=10)
    assert caught.value.field == "context[0].text" and "over the limit of 10" in str(caught.value)
    with pytest.raises(MessageTooLarge) as caught:
        Message.from_dict({"text": "长" * 11}, max_chars=10)
    assert caught.value.field == "text"
