"""Group commit: the violation writes of concurrent requests share one transaction and one
durable commit, and each request is answered only after the commit that holds its rows.

Each logged violation cost a transaction of its own under the feed lock that every worker
shares (about 0.8 ms of CPU plus a durable commit): under scam-heavy load the workers sat a
quarter idle, queued on that lock. Here a writer thread per store takes every request waiting
when it is free, writes them in one `ViolationStore.log` call (one reservation of feed numbers,
one insert, one commit), and hands each request its own ids. "Acknowledged means stored" holds:
a request waits for its batch's commit. The feed keeps its guarantee (a batch is one
transaction). A batch that fails for a reason that is not transient is retried request by
request, so one unstorable request never fails the others.

`submit` hands back a future that the writer completes: an async caller awaits it directly
(`asyncio.wrap_future`) instead of parking a thread on the wait. A request cancelled before the
writer takes it (its caller gave up waiting) is not written.
"""
from __future__ import annotations

import logging
import threading
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass, field

from .db import is_transient
from .repository import LogResult, NewViolation, ViolationStore

log = logging.getLogger(__name__)

MAX_BATCH = 512  # violations per transaction; more wait for the next one


@dataclass
class _Request:
    items: list[NewViolation]
    states: dict = field(default_factory=dict)  # conversation states changed by the same messages
    future: Future = field(default_factory=Future)  # its LogResult, or what its commit raised


class GroupCommit:
    """`log(items)` from any thread: returns the same LogResult `ViolationStore.log` would, after
    the commit that holds the items, or raises what that commit raised."""

    def __init__(self, store: ViolationStore, max_batch: int = MAX_BATCH):
        self.store, self.max_batch = store, max_batch
        self._queue: deque[_Request] = deque()
        self._ready = threading.Condition()
        self._closed = False
        self.commits = 0  # transactions written (for tests and metrics)
        self._thread = threading.Thread(target=self._run, name="guard-group-commit", daemon=True)
        self._thread.start()

    def log(self, items: list[NewViolation], states: dict | None = None) -> LogResult:
        """`states`: conversation states to write in the same commit (see ViolationStore.log)."""
        return self.submit(items, states).result()

    def submit(self, items: list[NewViolation], states: dict | None = None) -> Future:
        """What `log` returns, as a future, without waiting for it."""
        if not items and not states:
            done: Future = Future()
            done.set_result(LogResult([], []))
            return done
        request = _Request(list(items), dict(states or {}))
        with self._ready:
            if self._closed:
                raise RuntimeError("the violation writer is closed")
            self._queue.append(request)
            self._ready.notify()
        return request.future

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued, then stop."""
        with self._ready:
            self._closed = True
            self._ready.notify()
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._ready:
                while not self._queue and not self._closed:
                    self._ready.wait()
                if not self._queue:
                    return
                batch, size = [], 0
                while self._queue and (not batch or size + len(self._queue[0].items) <= self.max_batch):
                    request = self._queue.popleft()
                    if request.future.set_running_or_notify_cancel():  # else its caller gave up
                        batch.append(request)
                        size += len(request.items)
            if batch:
                self._write(batch)

    def _write(self, batch: list[_Request]) -> None:
        try:
            states: dict = {}
            for r in batch:  # in arrival order: a later message's state of a conversation wins
                states.update(r.states)
            result = self.store.log([item for r in batch for item in r.items], states=states)
            self.commits += 1
        except Exception as err:  # noqa: BLE001 - handed to the waiting requests
            if len(batch) > 1 and not is_transient(err):
                log.warning("a batch of %d violation writes failed (%s); writing them one by one",
                            len(batch), type(err).__name__)
                for request in batch:
                    self._write([request])
                return
            for request in batch:
                request.future.set_exception(err)
            return
        start = 0
        for request in batch:
            n = len(request.items)
            request.future.set_result(LogResult(result.ids[start:start + n], result.inserted[start:start + n]))
            start += n
