"""Following the violation feed with a cursor while new violations keep arriving.

The consumer must see every row exactly once, in seq order, however the writers' commits
interleave with its reads. No timing is asserted: only what was seen.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor, wait

import sqlalchemy as sa

from guard.store import Filters, NewViolation, ViolationStore, create_engine, migrate
from guard.store.db import WRITE
from guard.store.repository import RESERVE_SEQ

from .support import AGENT_CODE, agent_message

WRITERS, PER_WRITER = 4, 15


def _follow(page, stop: threading.Event) -> list[dict]:
    """Page through the feed until the writers are done and a final read finds nothing new."""
    seen: list[dict] = []
    cursor = None
    while True:
        finished = stop.is_set()  # read *before* paging: a page after this sees every write
        rows, cursor, more = page(cursor)
        seen += rows
        if finished and not rows and not more:
            return seen


def _check(seen: list[dict], written: set[str]) -> None:
    ids = [v["id"] for v in seen]
    assert len(ids) == len(set(ids)), "a row was served twice"
    assert set(ids) == written, f"{len(written - set(ids))} rows were never served"
    seqs = [v["seq"] for v in seen]
    assert seqs == sorted(seqs)


def test_http_consumer_sees_every_row_once_under_concurrent_inserts(server):
    written: set[str] = set()
    lock = threading.Lock()
    done = threading.Event()

    def writer(w: int) -> None:
        with server.client("chat") as c:
            for n in range(PER_WRITER):
                r = c.post("/v1/inspect", json=agent_message(AGENT_CODE, id=f"w{w}-{n}",
                                                             agent_id=f"agent-{w}"))
                assert r.status_code == 200, r.text
                with lock:
                    written.update(r.json()["violation_ids"])

    with server.client("compliance") as consumer:
        def page(cursor):
            params = {"limit": 4} | ({"cursor": cursor} if cursor else {})
            body = consumer.get("/v1/violations", params=params).json()
            return body["violations"], body["next_cursor"], body["has_more"]

        with ThreadPoolExecutor(WRITERS) as pool:
            futures = [pool.submit(writer, w) for w in range(WRITERS)]
            follower = ThreadPoolExecutor(1).submit(_follow, page, done)
            for f in futures:
                f.result()
            done.set()
            seen = follower.result()
    assert len(written) >= WRITERS * PER_WRITER  # at least one violation per message
    _check(seen, written)


def _draft(n: int, message_id: str | None = None) -> NewViolation:
    return NewViolation(message_id=message_id or f"s-{n}", conversation_id="c", agent_id="a",
                        rule="ASK_VERIFICATION_CODE", severity="high", start=0, end=3,
                        excerpt="***", fingerprint=None, policy_version="test")


def test_store_consumer_sees_every_row_once_under_concurrent_batches(database_url):
    engine = create_engine(database_url)
    migrate(engine)
    store = ViolationStore(engine)
    written: set[str] = set()
    lock = threading.Lock()
    done = threading.Event()

    def writer(w: int) -> None:
        for n in range(20):
            ids = store.log([_draft(0, f"{w}-{n}-{k}") for k in range(3)]).ids
            with lock:
                written.update(ids)

    def page(cursor):
        rows, more = store.page(Filters(), int(cursor or 0), 5)
        return rows, (str(rows[-1]["seq"]) if rows else cursor), more

    try:
        with ThreadPoolExecutor(6) as pool:
            futures = [pool.submit(writer, w) for w in range(5)]
            follower = pool.submit(_follow, page, done)
            for f in futures:
                f.result()
            done.set()
            seen = follower.result()
        assert len(written) == 5 * 20 * 3
        _check(seen, written)
    finally:
        engine.dispose()


def test_a_late_commit_is_never_skipped(database_url):
    """Transaction A reserves its seq and stays open; B logs meanwhile. B must not become
    visible before A, or a consumer reading B would move its cursor past A for good."""
    engine = create_engine(database_url, sqlite_busy_timeout_ms=60_000)
    migrate(engine)
    store = ViolationStore(engine)
    store.log([_draft(0, "before")])
    cursor = store.page(Filters(), 0, 10)[0][-1]["seq"]

    # A: the first half of store.log, by hand, holding the transaction open.
    conn = engine.connect().execution_options(**WRITE)
    tx = conn.begin()
    first = conn.execute(RESERVE_SEQ, {"n": 1}).scalar_one()
    conn.execute(sa.text(
        "INSERT INTO violations (seq, id, message_id, rule, severity, excerpt, evidence_start, "
        "evidence_end, policy_version, created_at, status, updated_at) VALUES (:seq, 'late-a', "
        "'late-a', 'R', 'high', '***', 0, 1, 'test', :now, 'open', :now)"),
        {"seq": first, "now": "2026-01-01 00:00:00"})
    b = ThreadPoolExecutor(1).submit(lambda: store.log([_draft(0, "late-b")]).ids[0])
    # Give B a chance to get as far as it can (with the feed lock: blocked behind A). However
    # far it got, a consumer must not see anything behind which A could still appear.
    wait([b], timeout=0.5)
    rows, _ = store.page(Filters(), cursor, 10)
    assert rows == [], "B became visible while A (lower seq) was still in flight"
    tx.commit()
    conn.close()
    b_id = b.result()
    rows, _ = store.page(Filters(), cursor, 10)
    assert [r["id"] for r in rows] == ["late-a", b_id]
    engine.dispose()
