"""Solicitation rules through the library: asks fire with their evidence, warnings and negations
stay quiet, evasions are seen through, and earlier turns complete a request."""
from __future__ import annotations

import pytest

from guard import Guard, Message, Turn


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_policy()


def rules_of(guard: Guard, text: str, context: tuple[Turn, ...] = ()) -> set[str]:
    return {s.rule for s in guard.inspect(Message(text=text, sender="agent", context=context)).signals}


ASKS = [
    ("麻烦提供一下您的银行卡号，我这边给您登记赔付", "ASK_CARD_NUMBER"),
    ("您把银行卡正面拍一下发给我", "ASK_CARD_NUMBER"),
    ("卡片背面的三位安全码报一下", "ASK_CARD_SECURITY"),
    ("信用卡的有效期是多少？", "ASK_CARD_SECURITY"),
    ("请把支付密码告诉我，我帮您操作退款", "ASK_PASSWORD"),
    ("在页面上输入您的六位支付密码就可以领取赔付", "ASK_PASSWORD"),
    ("能把验证码报一下吗", "ASK_VERIFICATION_CODE"),
    ("您手机收到的6位数字验证码发我一下", "ASK_VERIFICATION_CODE"),
    ("您下载一下腾讯会议，我给您发会议号", "ASK_SCREEN_SHARE"),
    ("进去以后打开屏幕共享，我指导您操作", "ASK_SCREEN_SHARE"),
    ("需要先交500元保证金才能解冻", "ASK_TRANSFER"),
    ("您把余额转到我们的安全账户，核验后原路退回", "ASK_TRANSFER"),
    ("加我微信 kf_lipei888 给你处理理赔", "ASK_OFF_PLATFORM"),
    ("点击这个链接 http://tb-refund.cc/a 填写退款信息", "ASK_OFF_PLATFORM"),
    ("您的百万保障明天开始扣费，不关闭会影响征信", "ASK_LOAN_OR_CREDIT"),
    ("您打开借呗借一笔出来，验证一下还款能力", "ASK_LOAN_OR_CREDIT"),
]


@pytest.mark.parametrize("text,rule", ASKS)
def test_each_rule_fires_on_a_request(guard, text, rule):
    verdict = guard.inspect(Message(text=text, sender="agent"))
    fired = {s.rule: s for s in verdict.signals}
    assert rule in fired, f"{rule} not in {sorted(fired)}"
    signal = fired[rule]
    assert 0 <= signal.start < signal.end <= len(text)
    assert signal.severity == guard.policy.rules[rule].severity


WARNINGS = [
    "请勿向任何人透露验证码，包括自称客服的人",
    "我们不会索要您的密码",
    "亲，退款会原路返回到您的支付账户，不需要提供银行卡号哦",
    "平台没有安全账户这一说，退款不需要交任何保证金、手续费或者解冻费",
    "如果有人让您下载腾讯会议共享屏幕，请立即挂断",
    "官方客服不会让您加微信，请在平台内沟通",
    "您好，请问您的订单号是多少",
    "麻烦提供一下收货手机号，我帮您查一下物流",
    "亲，商品有问题的话可以在订单页面点申请退款，上传照片就行",
    "我们不支持微信支付哦，请选择支付宝",
]


@pytest.mark.parametrize("text", WARNINGS)
def test_warnings_and_genuine_service_talk_stay_quiet(guard, text):
    verdict = guard.inspect(Message(text=text, sender="agent"))
    assert verdict.signals == []
    assert verdict.action == "deliver"
    assert verdict.buyer_notice is None
    assert verdict.violations == []


EVASIONS = [
    ("为了方便处理，加我薇❤️信 kf_lipei888", "ASK_OFF_PLATFORM"),
    ("加V/X：abc12345，备注理赔", "ASK_OFF_PLATFORM"),
    ("加一下我扣扣 twelve888 详细说", "ASK_OFF_PLATFORM"),
    ("麻烦把收到的驗證碼报一下", "ASK_VERIFICATION_CODE"),
    ("您手机上的验\u200b证\u200b码麻烦报一下哦", "ASK_VERIFICATION_CODE"),
    ("ＣＶＶ三位数发我一下", "ASK_CARD_SECURITY"),
]


@pytest.mark.parametrize("text,rule", EVASIONS)
def test_evasions_are_seen_through(guard, text, rule):
    assert rule in rules_of(guard, text)


def test_off_platform_evidence_covers_the_handle_so_masking_hides_it(guard):
    text = "为了方便处理，加我薇❤️信 kf_lipei888"
    verdict = guard.inspect(Message(text=text, sender="agent"))
    assert verdict.action == "deliver_masked"  # the default policy masks off-platform evidence
    assert "kf_lipei888" not in verdict.masked_text
    assert verdict.masked_text.startswith("为了方便处理，")


def test_a_request_completed_by_an_earlier_turn(guard):
    earlier = (Turn("agent", "系统会给您的手机发一条验证短信"),)
    assert rules_of(guard, "看到了吗？看到发我一下", earlier) == {"ASK_VERIFICATION_CODE"}
    assert rules_of(guard, "看到了吗？看到发我一下") == set()


def test_a_request_split_over_two_agent_messages(guard):
    earlier = (Turn("agent", "麻烦您提供一下"),)
    assert {"ASK_CARD_NUMBER", "ASK_CARD_SECURITY"} <= rules_of(guard, "银行卡号和有效期", earlier)


def test_a_genuine_request_after_a_warning_does_not_inherit_it(guard):
    earlier = (Turn("agent", "请勿向任何人透露验证码"),)
    assert rules_of(guard, "麻烦把订单号发我一下", earlier) == set()


def test_agent_signal_gets_a_rule_specific_notice_and_a_violation(guard):
    text = "能把验证码报一下吗"
    verdict = guard.inspect(Message(text=text, sender="agent", id="m-9", agent_id="a-1"))
    assert verdict.action == "hold"  # the default policy holds code requests
    notice = verdict.buyer_notice
    assert notice is not None and notice.level == "danger" and "验证码" in notice.title
    assert "不会索要验证码" in notice.body
    [draft] = verdict.violations
    assert draft.rule == "ASK_VERIFICATION_CODE" and draft.severity == "critical"
    assert draft.policy_version == guard.policy.version
    assert text[draft.start:draft.end] in text and draft.excerpt == text


def test_violation_excerpt_is_masked_and_fingerprint_is_keyed():
    keyed = Guard.from_policy(fingerprint_key=b"secret-1")
    text = "卡号 6222 0202 0001 2345 670 对吗？麻烦把完整卡号再发我一遍"
    verdict = keyed.inspect(Message(text=text, sender="agent"))
    [draft] = [v for v in verdict.violations if v.rule == "ASK_CARD_NUMBER"]
    assert "6222 0202 0001 2345 670" not in draft.excerpt and "**** **** **** ***5 670" in draft.excerpt
    assert draft.fingerprint and len(draft.fingerprint) == 64
    again = keyed.inspect(Message(text=text, sender="agent")).violations
    assert again[0].fingerprint == draft.fingerprint  # deterministic for linking
    other = Guard.from_policy(fingerprint_key=b"secret-2").inspect(Message(text=text, sender="agent"))
    assert other.violations[0].fingerprint != draft.fingerprint


ASKED_PASSWORD = (Turn("agent", "还需要您提供一下这张卡的六位支付密码，我们系统加密传输的"),)


@pytest.mark.parametrize("buyer,agent,rules", [
    # the buyer hesitates, the agent presses again without naming it
    ("密码不能给吧……", "不给的话系统没法做身份核验，退款就没法原路退回", {"ASK_PASSWORD"}),
    ("为什么要密码？", "放心，我们有保密协议，不会泄露的", {"ASK_PASSWORD"}),
    # no hesitation: an ordinary next step is not an ask
    ("好的", "放心，稍后就给您处理", set()),
    # a warning is never pressure
    ("为什么要密码？", "不需要密码的，请不要告诉任何人", set()),
])
def test_pressing_an_earlier_ask_after_the_buyer_hesitated_repeats_it(guard, buyer, agent, rules):
    assert rules_of(guard, agent, (*ASKED_PASSWORD, Turn("buyer", buyer))) == rules


def test_pressure_after_a_buyers_question_in_a_genuine_conversation_asks_nothing(guard):
    earlier = (Turn("agent", "退款会原路退回您的银行卡"), Turn("buyer", "安全吗？"))
    assert rules_of(guard, "放心，退款是系统自动处理的", earlier) == set()
