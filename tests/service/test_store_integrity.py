"""What the store keeps: one violation per message of an agent in a conversation (and the
migration that scoped it so), text every database accepts, and which failures are retryable."""
from __future__ import annotations

import time

import pytest
import sqlalchemy as sa
from sqlalchemy import exc

from guard.store import (Filters, NewViolation, StoreTimeout, ViolationStore, create_engine,
                         is_transient, migrate)
from guard.store.db import current_revision, downgrade
from guard.store.models import message_key

from .support import AGENT_CODE, AGENT_WECHAT, agent_message, dump_database


def _draft(message_id, agent_id="a", conversation_id="c", rule="ASK_VERIFICATION_CODE",
           excerpt="***"):
    return NewViolation(message_id, conversation_id, agent_id, rule, "high", 0, 3, excerpt,
                        None, "test")


def _rows(engine) -> list[dict]:
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.text(
            "SELECT seq, id, agent_id, conversation_id, message_id, message_key, rule, excerpt "
            "FROM violations ORDER BY seq")).mappings()]


# (first message, second message, folded into one row?)
IDEMPOTENCY_CASES = [
    (("1", "a", "c"), ("1", "a", "c"), True),    # a true retry
    (("1", "a", "c"), ("1", "b", "c"), False),   # another agent, same numbering
    (("1", "a", "c"), ("1", "a", "d"), False),   # the same agent in another conversation
    (("1", None, None), ("1", None, None), True),  # no agent or conversation given, twice
    (("1", None, "c"), ("1", "", "c"), False),   # a missing id is not an empty one
    (("1", "a", "c"), ("2", "a", "c"), False),
]


@pytest.mark.parametrize("first,second,folded", IDEMPOTENCY_CASES)
def test_only_a_retry_of_the_same_message_of_the_same_agent_is_folded(db_engine, first, second,
                                                                      folded):
    migrate(db_engine)
    store = ViolationStore(db_engine)
    a = store.log([_draft(*first)])
    b = store.log([_draft(*second)])
    assert (a.ids == b.ids) is folded
    assert b.inserted == [not folded]
    assert len(_rows(db_engine)) == (1 if folded else 2)


def test_three_agents_sending_message_id_1_each_get_their_own_violations(server, database_url):
    """The audit's case: 5 rule hits from three agents who all number their messages from 1."""
    sent = [agent_message(AGENT_CODE, id=1, agent_id="agent-a", conversation_id="c-a"),
            agent_message(f"{AGENT_CODE}，{AGENT_WECHAT}", id=1, agent_id="agent-b",
                          conversation_id="c-b"),
            agent_message(f"{AGENT_CODE}，{AGENT_WECHAT}", id=1, agent_id="agent-c",
                          conversation_id="c-c")]
    with server.client("chat") as c:
        ids = [c.post("/v1/inspect", json=m).json()["violation_ids"] for m in sent]
        again = [c.post("/v1/inspect", json=m).json()["violation_ids"] for m in sent]
    assert [len(i) for i in ids] == [1, 2, 2]
    assert again == ids  # each agent's retry still folds into its own rows
    everything = [v for i in ids for v in i]
    assert len(set(everything)) == 5
    with server.client("compliance") as c:
        rows = c.get("/v1/violations", params={"limit": 100}).json()["violations"]
    assert len(rows) == 5
    assert {r["id"]: r["agent_id"] for r in rows} == {
        v: m["agent_id"] for m, vs in zip(sent, ids) for v in vs}


OLD_ROWS = [  # (seq, message_id, agent_id, conversation_id, rule)
    (1, "1", "agent-a", "c-a", "ASK_VERIFICATION_CODE"),
    (2, "1", "agent-a", "c-a", "ASK_OFF_PLATFORM"),
    (3, "2", None, None, "ASK_VERIFICATION_CODE"),
    (4, None, "agent-b", "c-b", "ASK_VERIFICATION_CODE"),
]


def test_upgrade_from_0001_keeps_the_rows_and_keys_them_by_agent_and_conversation(db_engine):
    migrate(db_engine, "0001")
    with db_engine.begin() as conn:
        for seq, mid, agent, conv, rule in OLD_ROWS:
            conn.execute(sa.text(
                "INSERT INTO violations (seq, id, agent_id, conversation_id, message_id, rule, "
                "severity, excerpt, evidence_start, evidence_end, policy_version, created_at, "
                "status, updated_at) VALUES (:seq, :id, :agent, :conv, :mid, :rule, 'high', "
                "'***', 0, 3, 'old', :now, 'open', :now)"),
                {"seq": seq, "id": f"old-{seq}", "agent": agent, "conv": conv, "mid": mid,
                 "rule": rule, "now": "2026-11-30 12:00:00"})
        conn.execute(sa.text("UPDATE feed_counter SET value = 4"))
    migrate(db_engine)
    rows = _rows(db_engine)
    assert [(r["seq"], r["id"], r["message_id"]) for r in rows] == [
        (seq, f"old-{seq}", mid) for seq, mid, *_ in OLD_ROWS]
    assert [r["message_key"] for r in rows] == [
        message_key(agent, conv, mid) for _, mid, agent, conv, _ in OLD_ROWS]
    store = ViolationStore(db_engine)
    # A retry of an old message folds into the old row; another agent's message 1 is new.
    retry = store.log([_draft("1", "agent-a", "c-a", "ASK_OFF_PLATFORM")])
    other = store.log([_draft("1", "agent-z", "c-z", "ASK_OFF_PLATFORM")])
    assert retry.ids == ["old-2"] and retry.inserted == [False]
    assert other.inserted == [True] and len(_rows(db_engine)) == 5


# Characters PostgreSQL refuses in text (NUL) or that no UTF-8 encoder takes (lone surrogates).
UNSTORABLE = [("nul", "\x00"), ("high surrogate", "\ud800"), ("low surrogate", "\udfff")]


@pytest.mark.parametrize("name,char", UNSTORABLE, ids=[n for n, _ in UNSTORABLE])
def test_text_no_database_accepts_is_stored_with_a_replacement_character(db_engine, name, char):
    migrate(db_engine)
    store = ViolationStore(db_engine)
    item = _draft(f"m{char}1", f"a{char}", f"c{char}", excerpt=f"验证码{char}报一下")
    first = store.log([item])
    assert store.log([item]).ids == first.ids  # the retry still folds
    row = store.get(first.ids[0])
    assert (row["message_id"], row["agent_id"], row["conversation_id"], row["excerpt"]) == (
        "m\ufffd1", "a\ufffd", "c\ufffd", "验证码\ufffd报一下")
    # A filter with the id as sent matches the stored form.
    assert [r["id"] for r in store.page(Filters(agent_id=f"a{char}"), 0, 10)[0]] == first.ids
    reviewed = store.review(first.ids[0], "confirmed", f"note{char}", actor=f"r{char}")
    assert reviewed["reviews"][0]["note"] == "note\ufffd"
    assert reviewed["reviews"][0]["actor"] == "r\ufffd"


def test_an_agent_message_with_nul_in_its_text_is_logged_not_retried_for_ever(server, database_url):
    """A NUL in the text is stored as U+FFFD (PostgreSQL refused it: a retryable 503 for ever);
    a NUL in an id is a clear 422 at the edge (an identifier with one is malformed), not a 503."""
    body = agent_message("\x00" + AGENT_CODE.replace("验证码", "验证\x00码"), id="m-nul", agent_id="agent-x")
    with server.client("chat") as c:
        r = c.post("/v1/inspect", json=body)
        assert r.status_code == 200, r.text
        ids = r.json()["violation_ids"]
        assert ids and c.post("/v1/inspect", json=body).json()["violation_ids"] == ids
        refused = c.post("/v1/inspect", json={**body, "id": "m\x001"})
        assert refused.status_code == 422 and refused.json()["error"]["retryable"] is False
    with server.client("compliance") as c:
        row = c.get(f"/v1/violations/{ids[0]}").json()
    assert "\ufffd" in row["excerpt"] and "\x00" not in row["excerpt"]
    assert "\x00" not in dump_database(database_url)


def _dbapi(cls, orig=None):
    return cls("INSERT …", {}, orig or Exception("x"))


# (error, may a retry succeed?)
TRANSIENT_CASES = [
    (_dbapi(exc.OperationalError), True),  # unreachable, locked, read-only file, timed out
    (StoreTimeout("bound"), True),
    (exc.TimeoutError("pool"), True),
    (exc.DisconnectionError("gone"), True),
    (_dbapi(exc.DataError), False),  # e.g. a value the column refuses: the same every time
    (_dbapi(exc.IntegrityError), False),
    (_dbapi(exc.ProgrammingError), False),
]


@pytest.mark.parametrize("error,transient", TRANSIENT_CASES,
                         ids=[type(e).__name__ for e, _ in TRANSIENT_CASES])
def test_only_failures_a_retry_can_fix_are_transient(error, transient):
    assert is_transient(error) is transient


def test_a_write_the_database_refuses_for_good_is_a_500_not_a_retryable_503(server, monkeypatch):
    def refused(items, states=None):
        raise _dbapi(exc.DataError)

    monkeypatch.setattr(server.app.state.store, "log", refused)
    with server.client("chat") as c:
        r = c.post("/v1/inspect", json=agent_message(AGENT_CODE))
    assert r.status_code == 500
    assert r.json()["error"]["code"] == "violation_log_failed"
    assert r.json()["error"]["retryable"] is False
    assert "retry-after" not in r.headers


TIMEOUT_MS = 300


def test_postgres_sessions_carry_statement_and_lock_timeouts(database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL settings")
    engine = create_engine(database_url, timeout_ms=TIMEOUT_MS)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW statement_timeout").scalar() == f"{TIMEOUT_MS}ms"
            assert conn.exec_driver_sql("SHOW lock_timeout").scalar() == f"{TIMEOUT_MS}ms"
    finally:
        engine.dispose()


def test_a_write_blocked_by_another_transaction_gives_up_in_time_and_may_be_retried(
        database_url):
    """Another client (not this store, so not its write lock) holds the database's write lock
    (SQLite) or the feed row (PostgreSQL): the write waits its timeout, not for ever."""
    engine = create_engine(database_url, sqlite_busy_timeout_ms=TIMEOUT_MS, timeout_ms=TIMEOUT_MS)
    migrate(engine)
    store = ViolationStore(engine, timeout_ms=TIMEOUT_MS)
    other = create_engine(database_url)
    blocker = other.connect().execution_options(guard_write=True)
    tx = blocker.begin()
    blocker.execute(sa.text("UPDATE feed_counter SET value = value"))
    try:
        t0 = time.monotonic()
        with pytest.raises(exc.SQLAlchemyError) as err:
            store.log([_draft("blocked")])
        assert time.monotonic() - t0 < 3
        assert is_transient(err.value)
    finally:
        tx.rollback()
        blocker.close()
        other.dispose()
    assert store.log([_draft("blocked")]).inserted == [True]  # and then it can
    engine.dispose()


def test_downgrade_below_0002_keeps_rows_and_refuses_when_agents_share_a_message_id(db_engine):
    migrate(db_engine)
    store = ViolationStore(db_engine)
    first = store.log([_draft("1", "agent-a")]).ids[0]
    store.review(first, "confirmed", "", actor="alice")  # a review references the row
    downgrade(db_engine, "0001")
    assert [r["id"] for r in _rows_0001(db_engine)] == [first]
    migrate(db_engine)
    store.log([_draft("1", "agent-b")])  # the same message id from another agent
    head = current_revision(db_engine)
    with pytest.raises(RuntimeError, match="cannot downgrade"):
        downgrade(db_engine, "0001")
    assert current_revision(db_engine) == head and len(_rows(db_engine)) == 2  # all or nothing


def _rows_0001(engine) -> list[dict]:
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.text("SELECT id FROM violations")).mappings()]
