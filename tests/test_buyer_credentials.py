"""The buyer side: a buyer's own credentials are masked before the agent sees them, and the
buyer is told; policy switches change what happens to messages and notices."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from guard import Guard, Message, Turn
from recognizers.bank_card import luhn_valid


def luhn_complete(partial: str) -> str:
    return next(partial + d for d in "0123456789" if luhn_valid(partial + d))


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_policy()


ASKED_CODE = (Turn("agent", "把手机收到的6位数验证码报一下"),)


@pytest.mark.parametrize("text,value", [
    ("验证码是 385920", "385920"),
    ("我收到的验证码：472913，你看看", "472913"),
    ("支付密码是135790", "135790"),
    ("卡背面的安全码是 735", "735"),
])
def test_a_credential_with_its_own_context_is_masked_with_a_notice(guard, text, value):
    verdict = guard.inspect(Message(text=text, sender="buyer"))
    assert value not in verdict.masked_text
    assert verdict.action == "deliver_masked"
    assert verdict.buyer_notice is not None and verdict.buyer_notice.level == "warning"
    assert "隐藏" in verdict.buyer_notice.title


@pytest.mark.parametrize("text", ["385920", "6 2 8 3 1 7", "三八五九二零", "３８５９２０"])
def test_a_bare_code_right_after_the_agent_asked_for_one_is_masked(guard, text):
    verdict = guard.inspect(Message(text=text, sender="buyer", context=ASKED_CODE))
    assert [f.entity_type for f in verdict.findings] == ["CN_VERIFICATION_CODE"]
    assert verdict.findings[0].start == 0 and verdict.findings[0].end == len(text)
    assert set(verdict.masked_text) <= {"*", " "}


@pytest.mark.parametrize("text", ["385920", "订单号 385920", "我要买2件，一共139元"])
def test_numbers_without_a_request_or_context_are_not_credentials(guard, text):
    verdict = guard.inspect(Message(text=text, sender="buyer"))
    assert verdict.findings == [] and verdict.masked_text == text and verdict.buyer_notice is None


def test_a_pickup_code_after_a_code_request_is_not_a_verification_code(guard):
    verdict = guard.inspect(Message(text="取件码 5-2-1036", sender="buyer", context=ASKED_CODE))
    assert all(f.entity_type != "CN_VERIFICATION_CODE" for f in verdict.findings)


def test_a_card_number_from_the_buyer_is_masked_and_explained(guard):
    card = luhn_complete("622202020001234567")
    verdict = guard.inspect(Message(text=f"退款退到这张卡 {card} 吧", sender="buyer"))
    assert card not in verdict.masked_text and card[-4:] in verdict.masked_text
    assert verdict.buyer_notice.title == "已为您隐藏银行卡号"


def _policy(tmp_path, extra: str) -> Guard:
    path = tmp_path / "policy.yaml"
    path.write_text(textwrap.dedent("""\
        version: test-1
        entities:
          CN_PHONE: {buyer: mask, agent: mask, keep_first: 3, keep_last: 4}
        """) + textwrap.dedent(extra), encoding="utf-8")
    return Guard.from_policy(path)


def test_policy_switches_change_action_notice_and_logging(tmp_path):
    guard = _policy(tmp_path, """\
        rules:
          ASK_VERIFICATION_CODE: {severity: medium, action: deliver, notify: false, log: false}
          ASK_CARD_NUMBER: {severity: low, action: deliver_masked}
        notice_language: en
        """)
    code = guard.inspect(Message(text="能把验证码报一下吗", sender="agent"))
    assert [s.rule for s in code.signals] == ["ASK_VERIFICATION_CODE"]
    assert code.signals[0].severity == "medium"
    assert code.action == "deliver" and code.buyer_notice is None and code.violations == []

    card_text = "麻烦提供一下您的银行卡号"
    card = guard.inspect(Message(text=card_text, sender="agent"))
    assert card.action == "deliver_masked" and card.masked_text != card_text
    assert card.buyer_notice.title == "You are being asked for your bank card number"
    assert [v.severity for v in card.violations] == ["low"]


def test_credential_entity_can_be_allowed_by_policy(tmp_path):
    path = tmp_path / "allow.yaml"
    path.write_text("version: t\nentities:\n  CN_VERIFICATION_CODE: {buyer: allow}\n", encoding="utf-8")
    allowing = Guard.from_policy(path)
    verdict = allowing.inspect(Message(text="验证码是 385920", sender="buyer"))
    assert [f.entity_type for f in verdict.findings] == ["CN_VERIFICATION_CODE"]  # still reported
    assert verdict.masked_text == "验证码是 385920" and verdict.action == "deliver"
    assert verdict.buyer_notice is None


def test_scan_builds_context_from_earlier_lines_of_the_conversation(tmp_path):
    lines = [
        {"id": "1", "conversation_id": "c1", "sender": "agent", "text": "把手机收到的6位数验证码报一下"},
        {"id": "2", "conversation_id": "c1", "sender": "buyer", "text": "385920"},
        {"id": "3", "conversation_id": "c2", "sender": "buyer", "text": "385920"},  # other conversation
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "guard.cli", "scan", str(src)], capture_output=True,
                         text=True, cwd=tmp_path, timeout=120)
    assert run.returncode == 0, run.stderr
    out = [json.loads(x) for x in run.stdout.splitlines()]
    assert [v["id"] for v in out] == ["1", "2", "3"]
    assert out[0]["signals"][0]["rule"] == "ASK_VERIFICATION_CODE" and out[0]["action"] == "hold"
    assert out[1]["masked_text"] == "******" and out[1]["findings"][0]["entity_type"] == "CN_VERIFICATION_CODE"
    assert out[2]["masked_text"] == "385920" and out[2]["findings"] == []
