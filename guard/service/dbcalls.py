"""Database calls with a bound on the wait, and the readiness probe.

The database's own timeouts (SQLite's busy timeout, PostgreSQL's connect, statement and lock
timeouts) do not cover everything: a write stuck in fsync on a frozen disk, or a server that
stops answering mid-statement, waits in the kernel for as long as that lasts (seen: 17 s, for
every violating request and for /readyz). So store calls run on threads of their own and the
request waits for at most a bound; then it gets a retryable 503. The thread may finish the
call later; that is safe, because a retry of the same message is idempotent.

Not FastAPI's threadpool: a call there cannot be abandoned (anyio defers cancellation until
the thread returns), and hung calls would use up the threads every other route needs.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, TypeVar

from ..store import StoreTimeout, ViolationStore, is_transient
from .errors import ApiError

log = logging.getLogger(__name__)

T = TypeVar("T")

DB_THREADS = 16  # per worker; more than the pool's connections would only queue there
READY_TIMEOUT_S = 2.0  # /readyz answers within this, whatever the database does
RETRY_AFTER = {"Retry-After": "1"}


class BoundedCalls:
    def __init__(self, timeout_s: float, threads: int = DB_THREADS):
        self.timeout_s = timeout_s
        self.executor = ThreadPoolExecutor(threads, thread_name_prefix="guard-db")

    async def run(self, fn: Callable[..., T], *args) -> T:
        """fn(*args) on a database thread; StoreTimeout if it takes longer than the bound."""
        deadline = time.monotonic() + self.timeout_s
        future = asyncio.get_running_loop().run_in_executor(
            self.executor, _before_deadline, deadline, fn, args)
        try:
            return await asyncio.wait_for(future, self.timeout_s)
        except asyncio.TimeoutError:
            raise StoreTimeout(f"database call took longer than {self.timeout_s:g} s") from None

    async def wait(self, future: concurrent.futures.Future[T]) -> T:
        """The result of a call another thread makes (the group commit's writer), awaited
        without a thread of ours; StoreTimeout after the same bound, and the call is cancelled
        if it has not started."""
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout_s)
        except asyncio.TimeoutError:
            raise StoreTimeout(f"database call took longer than {self.timeout_s:g} s") from None

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


def _before_deadline(deadline: float, fn, args):
    # A call that waited in the queue past its bound has been answered with a 503 already.
    if time.monotonic() > deadline:
        raise StoreTimeout("database call queued past its time bound")
    return fn(*args)


def store_unavailable(err: BaseException) -> ApiError:
    """The error answered when the store failed: a retryable 503 when a later try may succeed,
    else a 500 that tells the client not to retry the same request."""
    if is_transient(err):
        return ApiError(503, "violation_log_unavailable",
                        "the violation log is unavailable; retry the request (a retry "
                        "with the same message id is idempotent)",
                        retryable=True, headers=RETRY_AFTER)
    return ApiError(500, "violation_log_failed",
                    "the violation log refused the write; retrying will not help",
                    retryable=False)


class WriteReadiness:
    """Whether violations can be written now (ViolationStore.probe_write), answered within
    READY_TIMEOUT_S. One probe at a time: a caller arriving while one hangs waits on it too
    rather than piling another thread onto a stuck database."""

    def __init__(self, store: ViolationStore, timeout_s: float = READY_TIMEOUT_S):
        self.store, self.timeout_s = store, timeout_s
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="guard-ready")
        self._probe: asyncio.Future | None = None

    async def writable(self) -> bool:
        if self._probe is None or self._probe.done():
            self._probe = asyncio.get_running_loop().run_in_executor(
                self.executor, self.store.probe_write)
            self._probe.add_done_callback(_consume)
        try:
            await asyncio.wait_for(asyncio.shield(self._probe), self.timeout_s)
            return True
        except asyncio.TimeoutError:
            log.warning("readiness: the write probe took longer than %.1f s", self.timeout_s)
        except Exception as err:  # any driver error means "not ready"; no URL in the body
            log.warning("readiness: violations cannot be written (%s)", type(err).__name__)
        return False

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


def _consume(future: asyncio.Future) -> None:
    # A probe that fails after its caller gave up would otherwise be logged by asyncio as
    # "exception never retrieved", with the driver's message.
    if not future.cancelled():
        future.exception()
