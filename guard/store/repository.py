"""The violation log: idempotent writes, a gap-free feed, reviews with an audit trail.

Feed ordering — why seq is assigned under a lock
-------------------------------------------------
Consumers follow the log with "give me rows with seq > my cursor". With a plain autoincrement
this can skip rows: transaction A takes seq 10, transaction B takes seq 11 and commits first, a
consumer reads 11 and moves its cursor past 10, then A commits and row 10 is never served.

We therefore make seq order equal commit order: every logging transaction first increments the
single row of ``feed_counter`` and takes its seq numbers from it. That UPDATE holds the row lock
until the transaction ends, so a later transaction can only reserve numbers after the earlier
one has committed (PostgreSQL makes a commit visible before it releases its locks). Any snapshot
that sees seq N therefore also sees every committed seq < N, and ``seq > cursor`` never skips.
On SQLite, writers are serial anyway (BEGIN IMMEDIATE and a write lock, see db.py) and the
same code applies.

The cost is that violation *inserts* are serialised across workers. They are short (an
UPDATE … RETURNING and an INSERT … RETURNING) and only agent messages that break a rule produce
them, a small share of traffic; inspection itself takes no lock. A visibility delay would not
need the lock but would only be probably correct, and the horizon of in-flight inserts is not
portable.
"""
from __future__ import annotations

import json
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterator

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from .activity import DayCount, write_counts
from .conversations import SavedState, forget_states, read_states, write_states
from .db import DEFAULT_TIMEOUT_MS, WRITE, check_sqlite_files_writable, dialect_insert, write_lock
from .models import FEED_NAME, FeedCounter, Violation, ViolationReview, message_key, utcnow

violations = Violation.__table__
reviews = ViolationReview.__table__
feed = FeedCounter.__table__


@dataclass(frozen=True)
class NewViolation:
    """One violation to log: the engine's draft plus the ids of the message it came from."""

    message_id: str | None
    conversation_id: str | None
    agent_id: str | None
    rule: str
    severity: str
    start: int
    end: int
    excerpt: str
    fingerprint: str | None
    policy_version: str
    confidence: float = 1.0
    basis: str = "phrase"
    trace: dict = field(default_factory=dict)
    context: tuple[dict, ...] = ()  # masked earlier turns, oldest first: {sender, text}


@dataclass(frozen=True)
class LogResult:
    ids: list[str]  # one per logged item, in order
    inserted: list[bool]  # False where the row existed already (a retry or a duplicate)


@dataclass(frozen=True)
class Filters:
    agent_id: str | None = None
    rule: str | None = None
    severity: str | None = None
    status: str | None = None
    since: datetime | None = None  # created_at >= since
    until: datetime | None = None  # created_at < until
    min_confidence: float | None = None  # confidence >= min_confidence (the review console)
    max_confidence: float | None = None  # confidence <= max_confidence

    def clauses(self) -> list[Any]:
        c = violations.c
        out = []
        for name in ("agent_id", "rule", "severity", "status"):
            value = getattr(self, name)
            if value is not None:
                out.append(c[name] == value)
        if self.since is not None:
            out.append(c.created_at >= self.since)
        if self.until is not None:
            out.append(c.created_at < self.until)
        if self.min_confidence is not None:
            out.append(c.confidence >= self.min_confidence)
        if self.max_confidence is not None:
            out.append(c.confidence <= self.max_confidence)
        return out


class ViolationStore:
    def __init__(self, engine: Engine, timeout_ms: int = DEFAULT_TIMEOUT_MS):
        self.engine = engine
        # SQLite: queue writers fairly (see db.py), waiting at most the call's time bound.
        self._write_lock = write_lock(engine, timeout_ms / 1000)
        # Statements built once: building and coercing SQLAlchemy constructs per call cost
        # more CPU than the database work (measured ~2.6 ms per logged violation before).
        self._insert = dialect_insert(engine.dialect.name, violations).on_conflict_do_nothing().returning(
            violations.c.id, violations.c.message_key, violations.c.rule)

    # -- writing -----------------------------------------------------------------------------

    def log(self, items: list[NewViolation], *, at: datetime | None = None,
            ids: list[str] | None = None, states: dict[str, SavedState] | None = None) -> LogResult:
        """Store the violations and return their ids, one per item, in order.

        Idempotent per message and rule, where a message is its id from one agent in one
        conversation (see models.message_key): a retried message gets the ids stored the first
        time. Races between two writers of the same message are settled by the unique index
        (INSERT … ON CONFLICT DO NOTHING RETURNING, and a read-back of the rows that were
        there already), never by read-then-write.

        `at` (the time logged) and `ids` (one per item) are for importing a history (`guard demo
        --seed`); the service leaves both to the store. `states`: conversation states changed by
        the same messages, written in the same transaction (one commit for both).
        """
        if not items:
            if states:
                self.save_conversation_states(states, at)
            return LogResult([], [])
        new_ids = list(ids) if ids is not None else [str(uuid.uuid4()) for _ in items]
        keys = [message_key(i.agent_id, i.conversation_id, i.message_id) for i in items]
        now = at or utcnow()
        rows = [
            {
                "id": new_ids[n],
                "agent_id": i.agent_id,
                "conversation_id": i.conversation_id,
                "message_id": i.message_id,
                "message_key": keys[n],
                "rule": i.rule,
                "severity": i.severity,
                "excerpt": i.excerpt,
                "evidence_start": i.start,
                "evidence_end": i.end,
                "fingerprint": i.fingerprint,
                "policy_version": i.policy_version,
                "confidence": i.confidence,
                "basis": i.basis,
                "trace": json.dumps(i.trace, ensure_ascii=False),
                "context": json.dumps(list(i.context), ensure_ascii=False),
                "created_at": now,
                "status": "open",
                "updated_at": now,
            }
            for n, i in enumerate(items)
        ]
        # Only database work inside the lock: it serialises all writers of the feed.
        with self._write_lock, self.engine.connect().execution_options(**WRITE) as conn, \
                conn.begin():
            first_seq = conn.execute(RESERVE_SEQ, {"n": len(items)}).scalar_one() - len(items) + 1
            for n, row in enumerate(rows):
                row["seq"] = first_seq + n
            returned = conn.execute(self._insert, rows).all()
            if states:
                write_states(conn, states, now)
            known = {(k, r): vid for vid, k, r in returned if k is not None}
            missing = {k for k, i in zip(keys, items) if k is not None and (k, i.rule) not in known}
            if missing:  # a retry, or a duplicate: read back what was stored before
                known.update(self._stored_ids(conn, missing))
        ids = [
            known[(k, i.rule)] if k is not None else new_ids[n]
            for n, (k, i) in enumerate(zip(keys, items))
        ]
        # Our freshly generated id came back exactly where our row was the one inserted.
        return LogResult(ids, [a == b for a, b in zip(ids, new_ids, strict=True)])

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction, queued like every other writer of the store (see db.py)."""
        with self._write_lock, self.engine.connect().execution_options(**WRITE) as conn, \
                conn.begin():
            yield conn

    def add_activity(self, counts: list[DayCount]) -> int:
        """Add a worker's activity counts (see activity.py); returns the conversations that were
        new. Not under the feed lock: activity has no feed."""
        if not counts:
            return 0
        with self._write_lock, self.engine.connect().execution_options(**WRITE) as conn, \
                conn.begin():
            return write_counts(conn, counts)

    def conversation_states(self, conversation_ids: set[str]) -> dict[str, SavedState]:
        """The saved states of these conversations (those the store knows)."""
        with self.engine.connect() as conn:
            return read_states(conn, conversation_ids)

    def save_conversation_states(self, changed: dict[str, SavedState], at: datetime | None = None) -> None:
        if not changed:
            return
        with self._write_lock, self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            write_states(conn, changed, at or utcnow())

    def forget_conversation_states(self, before: datetime) -> int:
        """Forget conversations quiet since `before` (the service does this as it runs)."""
        with self._write_lock, self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            return forget_states(conn, before)

    def review(self, violation_id: str, status: str, note: str, actor: str,
               at: datetime | None = None) -> dict | None:
        """Set the review status and append an audit record, atomically. None if unknown.
        `at` is for importing a history; the service leaves it to the store."""
        with self._write_lock, self.engine.connect().execution_options(**WRITE) as conn, \
                conn.begin():
            current = conn.execute(
                sa.select(violations.c.status)
                .where(violations.c.id == violation_id)
                .with_for_update()  # serialise concurrent reviews: from_status must be true
            ).scalar_one_or_none()
            if current is None:
                return None
            now = at or utcnow()
            conn.execute(
                violations.update()
                .where(violations.c.id == violation_id)
                .values(status=status, updated_at=now)
            )
            conn.execute(
                reviews.insert().values(
                    violation_id=violation_id,
                    actor=actor,
                    created_at=now,
                    from_status=current,
                    to_status=status,
                    note=note,
                )
            )
        return self.get(violation_id)

    # -- reading -----------------------------------------------------------------------------

    def page(self, filters: Filters, after_seq: int, limit: int) -> tuple[list[dict], bool]:
        """Rows with seq > after_seq in seq order, at most `limit`; and whether more follow."""
        stmt = (
            sa.select(violations)
            .where(violations.c.seq > after_seq, *filters.clauses())
            .order_by(violations.c.seq)
            .limit(limit + 1)
        )
        with self.engine.connect() as conn:
            rows = [violation_dict(r) for r in conn.execute(stmt).mappings()]
        return rows[:limit], len(rows) > limit

    def iter_all(self, filters: Filters, batch: int = 500) -> Iterator[dict]:
        """Every matching row as of the call, in seq order, read in short keyset batches so
        that a long export holds no transaction or connection open between batches."""
        with self.engine.connect() as conn:
            upto = conn.execute(sa.select(sa.func.max(violations.c.seq))).scalar() or 0
        after = 0
        while True:
            stmt = (
                sa.select(violations)
                .where(violations.c.seq > after, violations.c.seq <= upto, *filters.clauses())
                .order_by(violations.c.seq)
                .limit(batch)
            )
            with self.engine.connect() as conn:
                rows = [violation_dict(r) for r in conn.execute(stmt).mappings()]
            yield from rows
            if len(rows) < batch:
                return
            after = rows[-1]["seq"]

    def get(self, violation_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(violations).where(violations.c.id == violation_id)
            ).mappings().one_or_none()
            if row is None:
                return None
            trail = conn.execute(
                sa.select(reviews)
                .where(reviews.c.violation_id == violation_id)
                .order_by(reviews.c.id)
            ).mappings()
            out = violation_dict(row)
            out["reviews"] = [review_dict(r) for r in trail]
        return out

    def probe_write(self) -> None:
        """Raise unless a violation could be written now. Takes the write lock and the feed
        lock as a real write does, changes the feed counter to itself and rolls back: nothing
        is committed. On SQLite it also checks that the files can be opened for writing, as a
        connection already open may write to the page cache and fail only at commit."""
        if self.engine.dialect.name == "sqlite":
            check_sqlite_files_writable(self.engine)
        with self._write_lock, self.engine.connect().execution_options(**WRITE) as conn:
            with conn.begin() as tx:
                conn.execute(PROBE_WRITE)
                tx.rollback()

    # -- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _stored_ids(conn: Connection, keys: set[str]) -> dict[tuple[str, str], str]:
        rows = conn.execute(STORED_IDS, {"keys": sorted(keys)})
        return {(k, r): vid for k, r, vid in rows}


# Reserves seq numbers under the feed lock (the row lock lasts until commit; see the top of
# this module) and returns the last one reserved.
RESERVE_SEQ = (
    feed.update()
    .where(feed.c.name == FEED_NAME)
    .values(value=feed.c.value + sa.bindparam("n"))
    .returning(feed.c.value)
)
PROBE_WRITE = (
    feed.update().where(feed.c.name == FEED_NAME).values(value=feed.c.value)
)
STORED_IDS = sa.select(violations.c.message_key, violations.c.rule, violations.c.id).where(
    violations.c.message_key.in_(sa.bindparam("keys", expanding=True))
)


def violation_dict(row) -> dict:
    return {
        "id": row["id"],
        "seq": row["seq"],
        "agent_id": row["agent_id"],
        "conversation_id": row["conversation_id"],
        "message_id": row["message_id"],
        "rule": row["rule"],
        "severity": row["severity"],
        "status": row["status"],
        "excerpt": row["excerpt"],
        "start": row["evidence_start"],
        "end": row["evidence_end"],
        "fingerprint": row["fingerprint"],
        "policy_version": row["policy_version"],
        "confidence": row["confidence"],
        "basis": row["basis"],
        "trace": json.loads(row["trace"]),
        "context": json.loads(row["context"]),
        "created_at": row["created_at"].isoformat(),
        "updated_at": row["updated_at"].isoformat(),
    }


def review_dict(row) -> dict:
    return {
        "at": row["created_at"].isoformat(),
        "actor": row["actor"],
        "from_status": row["from_status"],
        "to_status": row["to_status"],
        "note": row["note"],
    }
