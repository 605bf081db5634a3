"""What the review console reads and writes: reviewer sessions, claims on violations, the queue.

Sessions live in the store, not in a worker's memory: `guard serve --workers N` and several
hosts behind a load balancer must all know a reviewer who signed in on one of them. A claim is
one conditional UPDATE (taken where nobody holds it, the claimant already does, or the last
claim expired), so of two reviewers opening an entry at once exactly one gets it, on SQLite
and PostgreSQL alike, without a read-then-write.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import sqlalchemy as sa

from .models import ConsoleSession, Violation
from .repository import Filters, ViolationStore, violation_dict

violations = Violation.__table__
sessions = ConsoleSession.__table__

# The queue's order: oldest first, then feed order (seeded histories share timestamps).
QUEUE_ORDER = (violations.c.created_at, violations.c.seq)


@dataclass(frozen=True)
class Session:
    reviewer: str
    role: str
    csrf: str
    expires_at: datetime


@dataclass(frozen=True)
class QueuePage:
    rows: list[dict]
    total: int  # entries matching the filters
    waiting: int  # open entries matching the filters but the status


def session_id(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


class ConsoleStore:
    def __init__(self, store: ViolationStore):
        self.store = store
        self.engine = store.engine

    # -- sessions ----------------------------------------------------------------------------

    def open_session(self, reviewer: str, role: str, now: datetime, ttl: timedelta) -> tuple[str, Session]:
        """A new session; returns the cookie's value (kept nowhere but in the cookie)."""
        token = secrets.token_urlsafe(32)
        session = Session(reviewer, role, secrets.token_urlsafe(32), now + ttl)
        with self.store.writing() as conn:
            conn.execute(sessions.delete().where(sessions.c.expires_at < now))  # the stale ones
            conn.execute(sessions.insert().values(
                id=session_id(token), reviewer=reviewer, role=role, csrf=session.csrf,
                created_at=now, expires_at=session.expires_at))
        return token, session

    def find_session(self, token: str, now: datetime) -> Session | None:
        stmt = sa.select(sessions.c.reviewer, sessions.c.role, sessions.c.csrf, sessions.c.expires_at).where(
            sessions.c.id == session_id(token), sessions.c.expires_at > now)
        with self.engine.connect() as conn:
            row = conn.execute(stmt).one_or_none()
        return Session(*row) if row else None

    def close_session(self, token: str) -> None:
        with self.store.writing() as conn:
            conn.execute(sessions.delete().where(sessions.c.id == session_id(token)))

    # -- claims ------------------------------------------------------------------------------

    def claim(self, violation_id: str, reviewer: str, now: datetime, ttl: timedelta) -> bool:
        """Claim (or renew the claim on) a violation; False if another reviewer holds it."""
        c = violations.c
        stmt = (violations.update()
                .where(c.id == violation_id,
                       sa.or_(c.claimed_by.is_(None), c.claimed_by == reviewer, c.claimed_until < now))
                .values(claimed_by=reviewer, claimed_until=now + ttl))
        with self.store.writing() as conn:
            return conn.execute(stmt).rowcount == 1

    def release(self, violation_id: str, reviewer: str) -> None:
        c = violations.c
        with self.store.writing() as conn:
            conn.execute(violations.update().where(c.id == violation_id, c.claimed_by == reviewer)
                         .values(claimed_by=None, claimed_until=None))

    # -- reading -----------------------------------------------------------------------------

    def queue(self, filters: Filters, offset: int, limit: int) -> QueuePage:
        """One page of the queue in its order, and the counts shown above it (three queries)."""
        clauses = filters.clauses()
        waiting = replace(filters, status="open").clauses()
        stmt = sa.select(violations).where(*clauses).order_by(*QUEUE_ORDER).offset(offset).limit(limit)
        with self.engine.connect() as conn:
            rows = [queue_dict(r) for r in conn.execute(stmt).mappings()]
            total = conn.execute(sa.select(sa.func.count()).select_from(violations).where(*clauses)).scalar_one()
            open_ = conn.execute(sa.select(sa.func.count()).select_from(violations).where(*waiting)).scalar_one()
        return QueuePage(rows, total, open_)

    def neighbour(self, filters: Filters, row: dict, forward: bool, reviewer: str | None = None,
                  now: datetime | None = None) -> str | None:
        """The id of the entry after (or before) `row` in the queue's order; with `reviewer`,
        skipping entries another reviewer holds."""
        c = violations.c
        at, seq = datetime.fromisoformat(row["created_at"]), row["seq"]
        if forward:
            position = sa.or_(c.created_at > at, sa.and_(c.created_at == at, c.seq > seq))
            order = QUEUE_ORDER
        else:
            position = sa.or_(c.created_at < at, sa.and_(c.created_at == at, c.seq < seq))
            order = tuple(col.desc() for col in QUEUE_ORDER)
        clauses = [position, *filters.clauses()]
        if reviewer is not None:
            clauses.append(sa.or_(c.claimed_by.is_(None), c.claimed_by == reviewer, c.claimed_until < now))
        stmt = sa.select(c.id).where(*clauses).order_by(*order).limit(1)
        with self.engine.connect() as conn:
            return conn.execute(stmt).scalar_one_or_none()

    def agent_violations(self, agent_id: str, limit: int) -> list[dict]:
        """The agent's latest violations, newest first."""
        stmt = (sa.select(violations).where(violations.c.agent_id == agent_id)
                .order_by(violations.c.seq.desc()).limit(limit))
        with self.engine.connect() as conn:
            return [queue_dict(r) for r in conn.execute(stmt).mappings()]

    def claim_of(self, violation_id: str) -> tuple[str | None, datetime | None]:
        c = violations.c
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(c.claimed_by, c.claimed_until).where(c.id == violation_id)).one_or_none()
        return (row[0], row[1]) if row else (None, None)


def queue_dict(row) -> dict:
    out = violation_dict(row)
    out["claimed_by"], out["claimed_until"] = row["claimed_by"], row["claimed_until"]
    return out
