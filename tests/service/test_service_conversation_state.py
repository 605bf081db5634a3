"""Conversation state from the store: a message with a conversation id and no earlier turns is
read with what the store remembers of its conversation's earlier agent messages."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import OperationalError

from guard.names import RULES
from guard.solicitation.lexicon import PRETEXTS
from guard.store import ViolationStore, create_engine

from .support import agent_message

ASK_CODE = "验证码报一下"
BARE_CODE = "385920"
PRETEXT = "您好，您的快递在运输中丢失了，我们为您办理理赔"
STEP = "下载一个软件我指导您"  # ASK_OFF_PLATFORM; the model is surer after a pretext


@pytest.fixture
def server(make_server):
    """A server that keeps conversation state (off by default), for 30 days."""
    return make_server(conversation_state_days=30)


def _conversation() -> str:
    return f"c-{uuid.uuid4().hex[:10]}"


def _buyer(text: str, conversation: str) -> dict:
    return {"id": f"b-{uuid.uuid4().hex[:8]}", "conversation_id": conversation, "sender": "buyer",
            "text": text}


def _inspect(server, body: dict) -> dict:
    with server.client("chat") as c:
        r = c.post("/v1/inspect", json=body)
    assert r.status_code == 200, r.text
    return r.json()


def test_a_buyers_bare_code_after_an_ask_in_an_earlier_request_is_masked(server):
    asked, fresh = _conversation(), _conversation()
    _inspect(server, agent_message(ASK_CODE, conversation_id=asked))
    assert BARE_CODE not in _inspect(server, _buyer(BARE_CODE, asked))["masked_text"]
    # the same reply in a conversation where nobody asked is an ordinary number
    assert _inspect(server, _buyer(BARE_CODE, fresh))["masked_text"] == BARE_CODE


def test_a_pretext_told_in_an_earlier_request_counts_as_if_its_turn_were_passed(server):
    stored, passed, fresh = _conversation(), _conversation(), _conversation()
    _inspect(server, agent_message(PRETEXT, conversation_id=stored))
    from_store = _inspect(server, agent_message(STEP, conversation_id=stored))["signals"]
    with_turns = _inspect(server, agent_message(STEP, conversation_id=passed,
                                                context=[{"sender": "agent", "text": PRETEXT}]))["signals"]
    without = _inspect(server, agent_message(STEP, conversation_id=fresh))["signals"]
    assert from_store == with_turns
    assert [s["confidence"] for s in from_store] != [s["confidence"] for s in without]


def test_messages_of_one_conversation_in_a_batch_each_read_the_state_the_last_left(server):
    conversation = _conversation()
    with server.client("chat") as c:
        r = c.post("/v1/inspect/batch", json={"messages": [
            agent_message(ASK_CODE, conversation_id=conversation), _buyer(BARE_CODE, conversation)]})
    assert r.status_code == 200, r.text
    assert BARE_CODE not in r.json()["verdicts"][1]["masked_text"]


def test_the_stored_state_holds_names_only(server, database_url):
    conversation = _conversation()
    _inspect(server, agent_message(PRETEXT, conversation_id=conversation))
    _inspect(server, agent_message(ASK_CODE, conversation_id=conversation))
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(sa.text("SELECT pretexts, earlier_asks, asked FROM conversation_states "
                                       "WHERE conversation_id = :c"), {"c": conversation}).one()
    finally:
        engine.dispose()
    assert set(row.pretexts.split(",")) <= set(PRETEXTS) and "parcel_lost" in row.pretexts
    assert row.earlier_asks == 1 and set(row.asked.split(",")) <= set(RULES)


def test_a_caller_that_passes_turns_neither_reads_nor_writes_the_state(server, database_url):
    conversation = _conversation()
    _inspect(server, agent_message(ASK_CODE, conversation_id=conversation,
                                   context=[{"sender": "buyer", "text": "你好"}]))
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM conversation_states")).scalar_one() == 0
    finally:
        engine.dispose()


def test_no_stored_state_by_default(make_server):
    server = make_server()
    conversation = _conversation()
    _inspect(server, agent_message(ASK_CODE, conversation_id=conversation))
    assert _inspect(server, _buyer(BARE_CODE, conversation))["masked_text"] == BARE_CODE


def test_a_failing_state_read_costs_the_state_not_the_message(server, monkeypatch):
    def fail(self, *args, **kwargs):
        raise OperationalError("SELECT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(ViolationStore, "conversation_states", fail)
    verdict = _inspect(server, agent_message(ASK_CODE, conversation_id=_conversation()))
    assert "ASK_VERIFICATION_CODE" in {s["rule"] for s in verdict["signals"]}
    assert verdict["violation_ids"]  # logged all the same
    with server.client("admin") as c:
        assert 'guard_conversation_state_failures_total{operation="read"} 1.0' in c.get("/metrics").text


def test_a_failing_state_write_of_a_message_that_logs_nothing_costs_the_state_not_the_message(server, monkeypatch):
    def fail(self, *args, **kwargs):
        raise OperationalError("INSERT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(ViolationStore, "save_conversation_states", fail)
    verdict = _inspect(server, agent_message(PRETEXT, conversation_id=_conversation()))
    assert verdict["signals"] == [] and verdict["violation_ids"] == []
    with server.client("admin") as c:
        assert 'guard_conversation_state_failures_total{operation="write"} 1.0' in c.get("/metrics").text


def test_a_messages_state_is_written_in_the_commit_of_its_violations(server, database_url, monkeypatch):
    """One transaction for both: the state-only path is never taken for a message that logs."""
    def unused(self, *args, **kwargs):
        raise AssertionError("a state written apart from its violations")

    monkeypatch.setattr(ViolationStore, "save_conversation_states", unused)
    conversation = _conversation()
    verdict = _inspect(server, agent_message(ASK_CODE, conversation_id=conversation))
    assert verdict["violation_ids"]
    assert BARE_CODE not in _inspect(server, _buyer(BARE_CODE, conversation))["masked_text"]


@pytest.mark.parametrize("body,reads", [
    ({"sender": "buyer", "text": "好的谢谢，我的手机号是13812345678"}, False),  # no bare code: nothing to read
    ({"sender": "buyer", "text": "385920"}, True),
    ({"sender": "buyer", "text": "验证码是385920"}, False),  # a finding explains the digits already
    ({"sender": "agent", "agent_id": "a-1", "text": "好的亲，马上为您查询物流"}, False),
    ({"sender": "agent", "agent_id": "a-1", "text": PRETEXT}, True),
    ({"sender": "agent", "agent_id": "a-1", "text": ASK_CODE}, True),
])
def test_the_store_is_read_only_for_messages_a_state_could_change(server, monkeypatch, body, reads):
    calls = []
    original = ViolationStore.conversation_states

    def counted(self, ids):
        calls.append(ids)
        return original(self, ids)

    monkeypatch.setattr(ViolationStore, "conversation_states", counted)
    _inspect(server, {"id": f"m-{uuid.uuid4().hex[:8]}", "conversation_id": _conversation(), **body})
    assert bool(calls) is reads


def test_quiet_conversations_are_forgotten_after_a_write_that_shares_the_violations_commit(server, database_url):
    """The hourly clean-up runs whichever path wrote the state (here: with a violation)."""
    engine = create_engine(database_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO conversation_states (conversation_id, pretexts, earlier_asks, asked, "
                                 "updated_at) VALUES ('quiet', '', 1, '', :at)"),
                         {"at": datetime(2020, 1, 1, tzinfo=timezone.utc)})
        verdict = _inspect(server, agent_message(ASK_CODE, conversation_id=_conversation()))
        assert verdict["violation_ids"]
        with engine.connect() as conn:
            ids = set(conn.execute(sa.text("SELECT conversation_id FROM conversation_states")).scalars())
    finally:
        engine.dispose()
    assert "quiet" not in ids and len(ids) == 1
