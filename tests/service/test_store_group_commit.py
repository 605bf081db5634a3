"""Group commit (issue 12): concurrent requests' violations share one transaction, each request
gets its own ids only after the commit holding them, retries fold as before, and a request the
database refuses fails alone."""
from __future__ import annotations

import threading
import time

import pytest
import sqlalchemy as sa

from guard.store import NewViolation, ViolationStore, migrate
from guard.store.group_commit import GroupCommit


def _draft(message_id, agent="a", rule="ASK_VERIFICATION_CODE"):
    return NewViolation(message_id, "c", agent, rule, "high", 0, 3, "***", None, "test")


def _until(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.001)


def _count(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.text("SELECT count(*) FROM violations")).scalar_one()


class SlowStore(ViolationStore):
    """Holds the first write until told, so that the next requests queue behind it."""

    def __init__(self, engine):
        super().__init__(engine)
        self.gate, self.calls = threading.Event(), []

    def log(self, items, states=None):
        self.calls.append(len(items))
        if len(self.calls) == 1:
            self.gate.wait(10)
        return super().log(items)


def test_requests_waiting_together_share_one_transaction_and_get_their_own_ids(db_engine):
    migrate(db_engine)
    store = SlowStore(db_engine)
    writer = GroupCommit(store)
    results = {}

    def request(n):
        results[n] = writer.log([_draft(f"m{n}"), _draft(f"m{n}", rule="ASK_PASSWORD")])

    first = threading.Thread(target=request, args=(0,))
    first.start()
    _until(lambda: store.calls)  # the first write is in progress
    others = [threading.Thread(target=request, args=(n,)) for n in range(1, 9)]
    for t in others:
        t.start()
    _until(lambda: len(writer._queue) >= 8)
    store.gate.set()
    for t in [first, *others]:
        t.join(10)
    writer.close()
    assert store.calls == [2, 16]  # the eight waiting requests went in one transaction
    assert writer.commits == 2 and _count(db_engine) == 18
    ids = [i for n in range(9) for i in results[n].ids]
    assert len(set(ids)) == 18 and all(results[n].inserted == [True, True] for n in range(9))
    assert [store.get(results[n].ids[0])["message_id"] for n in range(9)] == [f"m{n}" for n in range(9)]


def test_a_retry_in_the_same_batch_folds_into_the_same_rows(db_engine):
    migrate(db_engine)
    store = SlowStore(db_engine)
    writer = GroupCommit(store)
    out = []
    threads = [threading.Thread(target=lambda: out.append(writer.log([_draft("dup")]))) for _ in range(4)]
    threads[0].start()
    _until(lambda: store.calls)  # the first write is in progress
    for t in threads[1:]:
        t.start()
    _until(lambda: len(writer._queue) >= 3)
    store.gate.set()
    for t in threads:
        t.join(10)
    writer.close()
    assert len({r.ids[0] for r in out}) == 1 and _count(db_engine) == 1
    assert sorted(r.inserted[0] for r in out) == [False, False, False, True]


def test_a_request_the_database_refuses_fails_alone(db_engine):
    migrate(db_engine)
    store = SlowStore(db_engine)
    writer = GroupCommit(store)
    outcome = {}

    def request(name, items):
        try:
            outcome[name] = writer.log(items)
        except Exception as err:  # noqa: BLE001
            outcome[name] = err

    first = threading.Thread(target=request, args=("first", [_draft("m0")]))
    first.start()
    _until(lambda: store.calls)  # the first write is in progress
    bad = NewViolation("m-bad", "c", "a", "R" * 100, "high", 0, 3, "***", None, "test")  # rule over 64
    threads = [threading.Thread(target=request, args=("good", [_draft("m1")])),
               threading.Thread(target=request, args=("bad", [bad]))]
    for t in threads:
        t.start()
    _until(lambda: len(writer._queue) >= 2)
    store.gate.set()
    for t in [first, *threads]:
        t.join(10)
    writer.close()
    if db_engine.dialect.name == "sqlite":  # SQLite does not enforce VARCHAR lengths
        assert not isinstance(outcome["bad"], Exception)
    else:
        assert isinstance(outcome["bad"], sa.exc.DataError)
    assert outcome["good"].inserted == [True] and outcome["first"].inserted == [True]


def test_closing_writes_what_is_queued_and_refuses_more(db_engine):
    migrate(db_engine)
    writer = GroupCommit(ViolationStore(db_engine))
    assert writer.log([_draft("m1")]).inserted == [True]
    writer.close()
    with pytest.raises(RuntimeError, match="closed"):
        writer.log([_draft("m2")])
    assert writer.log([]).ids == []


def test_a_request_whose_caller_gave_up_before_its_batch_is_not_written(db_engine):
    """The service answers 503 when the wait runs past its bound and cancels the request's
    future; if the writer had not taken it yet, nothing of it is stored (a retry stores it)."""
    migrate(db_engine)
    store = SlowStore(db_engine)
    writer = GroupCommit(store)
    first = writer.submit([_draft("m0")])
    _until(lambda: store.calls)  # the first write is in progress
    abandoned, kept = writer.submit([_draft("m1")]), writer.submit([_draft("m2")])
    assert abandoned.cancel()
    store.gate.set()
    assert first.result(10).inserted == [True] and kept.result(10).inserted == [True]
    writer.close()
    assert store.calls == [1, 1] and _count(db_engine) == 2


def test_a_request_taken_by_the_writer_can_no_longer_be_cancelled(db_engine):
    migrate(db_engine)
    store = SlowStore(db_engine)
    writer = GroupCommit(store)
    taken = writer.submit([_draft("m0")])
    _until(lambda: store.calls)
    assert not taken.cancel()
    store.gate.set()
    assert taken.result(10).inserted == [True]
    writer.close()
