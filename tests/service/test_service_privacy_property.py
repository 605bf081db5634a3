"""No raw phone, card or ID number anywhere the service writes, for generated values.

Drives the whole API (buyer and agent messages with every id field, agent messages that log
violations, review notes, every review status, the list, one violation, the export) with
phone, card and ID values in varied written forms and positions, then reads every response,
every log line and every column of every table of the store and looks for the values.
"""
from __future__ import annotations

import logging
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.service.redact import star_numbers
from guard.service.routes.violations import mask_note
from guard.store import REVIEW_STATUSES, STATUSES
from samples import kit

from .support import AGENT_CODE, AGENT_WECHAT, dump_database

EXAMPLES = 12  # per database; each example is about ten HTTP requests

VALUES = {
    "phone": kit.mobile,
    "card": kit.card_number,
    "id": kit.id_number,
}
FORMS = {
    "plain": lambda v: v,
    "spaced": lambda v: kit.spaced(v, 4),
    "dashed": lambda v: kit.spaced(v, 4, "-"),
    "full-width": kit.fullwidth,
    "chinese numerals": kit.chinese_digits,
    "zero-width joined": lambda v: "\u200b".join(v),
}
# Words before a value in a message: with a cue, without one, punctuation only.
LEADS = ("", "我的手机号是", "卡号：", "身份证号", "电话", "号码是", "联系", "好的，", "请核对 ")
# A note may also put a value after a word that says "not personal" (the audit's "… id 1101…").
NOTE_LEADS = LEADS + ("id ", "订单号", "单号：", "sku")
AGENT_ASKS = (AGENT_CODE, AGENT_WECHAT)


@st.composite
def values(draw) -> tuple[str, str]:
    """(the value's digits, the value as written)."""
    rng = random.Random(draw(st.integers(0, 2**32)))
    raw = VALUES[draw(st.sampled_from(sorted(VALUES)))](rng)
    return raw, FORMS[draw(st.sampled_from(sorted(FORMS)))](raw)


ids = st.one_of(st.integers(1, 10**6), st.text("abcdefxyz-_", min_size=1, max_size=12))


@st.composite
def scenarios(draw) -> dict:
    placed = draw(st.lists(values(), min_size=3, max_size=3))
    (raw1, w1), (raw2, w2), (raw3, w3) = placed
    ask = draw(st.sampled_from(AGENT_ASKS))
    lead = lambda pool: draw(st.sampled_from(pool))  # noqa: E731
    agent_texts = [f"{ask}，{lead(LEADS)}{w1}", f"{lead(LEADS)}{w1}，{ask}",
                   f"{ask}{lead(LEADS)}{w2}吗"]
    return {
        "raw": {raw1, raw2, raw3},
        "written": {w1, w2, w3},
        "ids": [draw(ids) for _ in range(4)],
        "buyer_text": f"{lead(LEADS)}{w2}，{lead(LEADS)}{w3}",
        "agent_text": draw(st.sampled_from(agent_texts)),
        "note": f"{lead(NOTE_LEADS)}{w3} {lead(NOTE_LEADS)}{w1}",
        "status": draw(st.sampled_from(REVIEW_STATUSES)),
    }


def _drive(server, s: dict, outputs: list[str]) -> None:
    message_id, conversation_id, agent_id, buyer_id = s["ids"]
    common = {"conversation_id": conversation_id, "agent_id": agent_id, "buyer_id": buyer_id}
    with server.client("chat") as c:
        for body in ({"id": message_id, "sender": "buyer", "text": s["buyer_text"], **common},
                     {"id": f"{message_id}-a", "sender": "agent", "text": s["agent_text"],
                      "context": [{"sender": "buyer", "text": s["buyer_text"]}], **common}):
            r = c.post("/v1/inspect", json=body)
            assert r.status_code == 200, r.text
            outputs.append(r.text)
        violation_ids = r.json()["violation_ids"]
        assert violation_ids, "the agent message should have logged a violation"
    with server.client("compliance") as c:
        for vid in violation_ids:
            r = c.post(f"/v1/violations/{vid}/review", json={"status": s["status"],
                                                              "note": s["note"]})
            assert r.status_code == 200, r.text
            outputs += [r.text, c.get(f"/v1/violations/{vid}").text]
        for status in STATUSES:
            outputs.append(c.get("/v1/violations", params={"status": status}).text)
        outputs.append(c.get("/v1/violations/export.csv").text)


def test_no_generated_value_reaches_a_response_a_log_line_or_the_store(
        make_server, database_url, caplog):
    caplog.set_level(logging.DEBUG)  # everything, SQLAlchemy's statement log included
    server = make_server()  # one server and store per database for all examples

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(scenarios())
    def check(s):
        outputs: list[str] = []
        _drive(server, s, outputs)
        store = dump_database(database_url)
        logs = caplog.text
        for value in s["raw"] | s["written"]:
            assert value not in store, f"raw value in the store: {value!r}"
            assert value not in logs, f"raw value in the logs: {value!r}"
            for body in outputs:
                assert value not in body, f"raw value {value!r} in a response: {body[:300]}"

    check()


NOTE_CASES = [  # (note, the raw value that must not survive)
    ("买家身份证 id 110105199003071239 已核实", "110105199003071239"),
    ("订单号13812345678不是电话", "13812345678"),
    ("sku 6222 0212 3456 7890 128", "6222021234567890128"),
    ("编号 一三八一二三四五六七八", "一三八一二三四五六七八"),
    ("sku13812345678 退货", "13812345678"),  # letters glued to the number
    ("证件ID110105199003071239x", "110105199003071239"),
]


@pytest.mark.parametrize("note,raw", NOTE_CASES)
def test_a_note_is_masked_even_where_a_cue_word_says_the_number_is_not_personal(
        engine_guard, note, raw):
    masked = mask_note(engine_guard, note)
    assert raw not in masked and len(masked) == len(note)
    assert masked.count("*") >= len(raw) - 10  # at most what the policy shows of a message (6 + 4)
    assert star_numbers(note).count("*") >= 11  # starring alone, without the engine


def test_starring_leaves_text_without_a_candidate_number_alone():
    for text in ("退款已处理，订单 2026-12-07 完成", "138****5678", "验证码 123456", ""):
        assert star_numbers(text) == text
