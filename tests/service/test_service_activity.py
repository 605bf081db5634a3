"""Agent activity: counted in memory per worker, flushed in batches; a conversation counts once
a day across workers; messages add up; China-time days; nothing lost at a clean shutdown."""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa

from guard.service.activity import ActivityRecorder
from guard.service.metrics import Metrics
from guard.store import ViolationStore, create_engine, migrate

from .support import AGENT_CODE, BUYER_PHONE, agent_message

CHINA = timezone(timedelta(hours=8))
NOON = datetime(2026, 12, 7, 4, 0, tzinfo=timezone.utc)


def _days(url: str) -> dict:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text(
                "SELECT agent_id, day, conversations, messages FROM agent_days")).all()
    finally:
        engine.dispose()
    return {(a, str(d)): (c, m) for a, d, c, m in rows}


def _recorder(engine, **kw) -> ActivityRecorder:
    return ActivityRecorder(ViolationStore(engine), CHINA, Metrics(), **kw)


def test_a_conversation_counts_once_a_day_across_workers_and_messages_add_up(db_engine):
    migrate(db_engine)
    other_engine = create_engine(db_engine.url.render_as_string(hide_password=False))
    first, second = _recorder(db_engine), _recorder(other_engine)
    for conversation in ("c-1", "c-2", "c-1"):
        first.record("a-1", conversation, NOON)
    for conversation in ("c-2", "c-3"):
        second.record("a-1", conversation, NOON)
    second.record("a-2", "c-1", NOON)
    assert first.flush() and second.flush()
    first.record("a-1", "c-1", NOON)  # a later flush of a conversation already counted
    assert first.flush()
    other_engine.dispose()
    assert _days(db_engine.url.render_as_string(hide_password=False)) == {
        ("a-1", "2026-12-07"): (3, 6), ("a-2", "2026-12-07"): (1, 1)}


def test_days_are_china_days_and_messages_without_ids_count_as_they_should(db_engine):
    migrate(db_engine)
    recorder = _recorder(db_engine)
    recorder.record("a-1", "c-1", datetime(2026, 12, 6, 15, 59, tzinfo=timezone.utc))  # 23:59 China
    recorder.record("a-1", "c-1", datetime(2026, 12, 6, 16, 0, tzinfo=timezone.utc))   # 00:00 next day
    recorder.record("a-1", None, datetime(2026, 12, 6, 16, 0, tzinfo=timezone.utc))    # a message only
    recorder.record(None, "c-9", NOON)                                                  # nobody's
    recorder.flush()
    assert _days(db_engine.url.render_as_string(hide_password=False)) == {
        ("a-1", "2026-12-06"): (1, 1), ("a-1", "2026-12-07"): (1, 2)}


class _FailingOnce:
    def __init__(self, store):
        self.store, self.failed = store, False

    def add_activity(self, counts):
        if not self.failed:
            self.failed = True
            raise sa.exc.OperationalError("INSERT", {}, Exception("database is locked"))
        return self.store.add_activity(counts)


def test_a_failed_flush_keeps_its_counts_for_the_next(db_engine):
    migrate(db_engine)
    recorder = ActivityRecorder(_FailingOnce(ViolationStore(db_engine)), CHINA, Metrics())
    recorder.record("a-1", "c-1", NOON)
    assert recorder.flush() is False
    recorder.record("a-1", "c-2", NOON)
    assert recorder.flush() is True
    assert _days(db_engine.url.render_as_string(hide_password=False)) == {("a-1", "2026-12-07"): (2, 2)}


class _Recording:
    def __init__(self, store):
        self.store, self.sent = store, []

    def add_activity(self, counts):
        self.sent.append({(c.agent_id, c.conversations, c.messages) for c in counts})
        return self.store.add_activity(counts)


def test_a_conversation_this_worker_wrote_is_not_sent_again_and_the_counts_stay_exact(db_engine):
    migrate(db_engine)
    store = _Recording(ViolationStore(db_engine))
    recorder = ActivityRecorder(store, CHINA, Metrics())
    recorder.record("a-1", "c-1", NOON)
    assert recorder.flush()
    recorder.record("a-1", "c-1", NOON)  # the same conversation, a later flush
    recorder.record("a-1", "c-2", NOON)
    assert recorder.flush()
    recorder.record("a-1", "c-1", NOON + timedelta(days=1))  # a new day counts it again
    assert recorder.flush()
    assert store.sent == [{("a-1", frozenset({"c-1"}), 1)}, {("a-1", frozenset({"c-2"}), 2)},
                          {("a-1", frozenset({"c-1"}), 1)}]
    assert _days(db_engine.url.render_as_string(hide_password=False)) == {
        ("a-1", "2026-12-07"): (2, 3), ("a-1", "2026-12-08"): (1, 1)}


def test_a_failed_flush_sends_its_conversations_again(db_engine):
    migrate(db_engine)
    store = _Recording(_FailingOnce(ViolationStore(db_engine)))
    recorder = ActivityRecorder(store, CHINA, Metrics())
    recorder.record("a-1", "c-1", NOON)
    assert recorder.flush() is False
    assert recorder.flush() is True
    assert store.sent[-1] == {("a-1", frozenset({"c-1"}), 1)}
    url = db_engine.url.render_as_string(hide_password=False)
    assert _days(url) == {("a-1", "2026-12-07"): (1, 1)}


def _wait_for(url, expected, seconds=10.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if _days(url) == expected:
            return True
        time.sleep(0.1)
    return False


def test_the_service_counts_agent_messages_and_flushes_at_shutdown(make_server, database_url):
    server = make_server(activity_flush_seconds=3600, activity_flush_messages=10_000)
    with server.client("chat") as c:
        for n, conv in enumerate(("c-1", "c-1", "c-2")):
            assert c.post("/v1/inspect", json=agent_message("您好，请问还有什么可以帮您", id=f"m-{n}",
                                                            conversation_id=conv, agent_id="a-5")).status_code == 200
        assert c.post("/v1/inspect", json={"text": BUYER_PHONE, "sender": "buyer", "agent_id": "a-5",
                                           "conversation_id": "c-3"}).status_code == 200
        batch = [agent_message(AGENT_CODE, agent_id="a-6", conversation_id="c-9")]
        assert c.post("/v1/inspect/batch", json={"messages": batch}).status_code == 200
    assert _days(database_url) == {}  # nothing written per message
    server.stop()
    today = str(datetime.now(CHINA).date())
    assert _days(database_url) == {("a-5", today): (2, 3), ("a-6", today): (1, 1)}


def test_the_service_flushes_when_enough_messages_wait(make_server, database_url):
    server = make_server(activity_flush_seconds=3600, activity_flush_messages=3)
    with server.client("chat") as c:
        for n in range(3):
            c.post("/v1/inspect", json=agent_message("好的", id=f"m-{n}", agent_id="a-7"))
    today = str(datetime.now(CHINA).date())
    assert _wait_for(database_url, {("a-7", today): (1, 3)})


def test_the_service_flushes_every_interval(make_server, database_url):
    server = make_server(activity_flush_seconds=1, activity_flush_messages=10_000)
    with server.client("chat") as c:
        c.post("/v1/inspect", json=agent_message("好的", agent_id="a-8"))
    today = str(datetime.now(CHINA).date())
    assert _wait_for(database_url, {("a-8", today): (1, 1)}, seconds=5)


def test_workers_flushing_the_same_conversations_at_once_count_each_once(db_engine):
    """Four workers (threads with engines of their own) flush overlapping agent-days at the same
    time, in different orders: no deadlock, each conversation once, every message."""
    import threading

    migrate(db_engine)
    url = db_engine.url.render_as_string(hide_password=False)
    engines = [create_engine(url) for _ in range(4)]
    recorders = [_recorder(e) for e in engines]
    for n, recorder in enumerate(recorders):
        agents = [f"a-{k}" for k in range(5)]
        for agent in agents[n % 2::] + agents[:n % 2]:  # a different order per worker
            for c in range(30):
                recorder.record(agent, f"c-{c}", NOON)
    start = threading.Barrier(len(recorders))
    results = []

    def flush(recorder):
        start.wait()
        results.append(recorder.flush())

    threads = [threading.Thread(target=flush, args=(r,)) for r in recorders]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for e in engines:
        e.dispose()
    assert results == [True] * 4
    assert _days(url) == {(f"a-{k}", "2026-12-07"): (30, 120) for k in range(5)}
