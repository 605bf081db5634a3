"""Counting agent activity (the denominator of every standing rate) without a database write
per message.

Each worker counts in memory, per agent and local day (the standing policy's time zone), the
agent messages it saw and the conversations they belong to, and flushes the counts in one
transaction every `flush_seconds`, sooner when `flush_messages` messages are waiting, and at
shutdown. The store inserts each (agent, day, conversation) idempotently, so a conversation
counts once a day exactly, whichever workers and machines saw it (store/activity.py).

A conversation this worker has already written for that agent and day is not sent again (its
row exists; the store would only find it there): a conversation spans many flushes, and
re-sending the known ones made a flush of 2,000 messages cost 85 ms of CPU instead of 1-15 ms
(SQLite), which showed as 5 % more CPU per agent message on the inspect path.

What a crash can lose: the counts of at most one flush interval of that worker (a clean
shutdown flushes). A failed flush keeps its counts for the next one; should the database stay
away so long that more than MAX_PENDING conversations wait, the oldest batch is dropped and
logged, so a long outage cannot exhaust memory.
"""
from __future__ import annotations

import logging
import threading
from datetime import datetime, tzinfo

from ..store import DayCount, ViolationStore
from .metrics import Metrics

log = logging.getLogger(__name__)

MAX_PENDING = 500_000  # agent-day-conversations held while the database cannot be written
# Conversations remembered as written (per agent and day); past this many the memory starts
# afresh, which costs a re-send of some known conversations, never a count.
MAX_WRITTEN = 200_000


class ActivityRecorder:
    def __init__(self, store: ViolationStore, zone: tzinfo, metrics: Metrics,
                 flush_seconds: float = 5.0, flush_messages: int = 2000):
        self.store, self.zone, self.metrics = store, zone, metrics
        self.flush_seconds, self.flush_messages = flush_seconds, flush_messages
        self._lock = threading.Lock()        # guards the pending counts
        self._flushing = threading.Lock()    # one flush at a time
        self._pending: dict[tuple[str, object], tuple[int, set[str]]] = {}
        # Written by this worker's flushes (only the flusher touches it, under _flushing).
        self._written: dict[tuple[str, object], set[str]] = {}
        self._written_size = 0
        self._messages = 0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def record(self, agent_id: str | None, conversation_id: str | None, at: datetime | None = None) -> None:
        """Count one agent message. Messages without an agent id are nobody's activity; one
        without a conversation id counts as a message only."""
        if agent_id is None:
            return
        day = (at or datetime.now(self.zone)).astimezone(self.zone).date()
        with self._lock:
            messages, conversations = self._pending.get((agent_id, day), (0, set()))
            if conversation_id is not None:
                conversations.add(conversation_id)
            self._pending[(agent_id, day)] = (messages + 1, conversations)
            self._messages += 1
            due = self._messages >= self.flush_messages
        if due:
            self._wake.set()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="guard-activity", daemon=True)
            self._thread.start()

    def close(self) -> None:
        """Stop the flusher and flush what is left (at shutdown)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(30)
        self.flush()

    def flush(self) -> bool:
        """Write the pending counts; False if the database refused them (they are kept)."""
        with self._flushing:
            with self._lock:
                taken, self._pending, self._messages = self._pending, {}, 0
            if not taken:
                return True
            counts = [DayCount(a, d, m, frozenset(cs - self._written.get((a, d), set())))
                      for (a, d), (m, cs) in taken.items()]
            try:
                self.store.add_activity(counts)
            except Exception as err:  # the database: keep the counts for the next flush
                self.metrics.activity_flush_failures.inc()
                log.warning("activity flush failed (%s): %d agent-days kept for the next one",
                            type(err).__name__, len(counts))
                self._put_back(taken)
                return False
            self.metrics.activity_flushes.inc()
            self._remember(counts)
            return True

    def _remember(self, counts: list[DayCount]) -> None:
        if self._written_size + sum(len(c.conversations) for c in counts) > MAX_WRITTEN:
            self._written, self._written_size = {}, 0
        for c in counts:
            if c.conversations:
                self._written.setdefault((c.agent_id, c.day), set()).update(c.conversations)
                self._written_size += len(c.conversations)

    def _put_back(self, taken: dict) -> None:
        with self._lock:
            held = sum(len(cs) for _, cs in self._pending.values())
            if held + sum(len(cs) for _, cs in taken.values()) > MAX_PENDING:
                log.error("activity: database unavailable too long, %d agent-days of counts dropped",
                          len(taken))
                return
            for key, (messages, conversations) in taken.items():
                m, cs = self._pending.get(key, (0, set()))
                self._pending[key] = (m + messages, cs | conversations)
                self._messages += messages

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self.flush_seconds)
            self._wake.clear()
            if self._stop.is_set():
                return  # close() flushes once more
            self.flush()
