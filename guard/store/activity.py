"""Agent activity in the store: written in batches (one flush of a worker's counts), read per
agent and day for the standing's rates.

A flush is one transaction: the conversations are inserted idempotently (the primary key is
agent, day and conversation: a conversation another worker or an earlier flush recorded that day
is skipped), and each agent-day's totals grow by the conversations that were new and by the
messages counted. Rows are written in key order, so two workers flushing overlapping agent-days
on PostgreSQL take the row locks in the same order and cannot deadlock.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy.engine import Connection

from .db import dialect_insert
from .models import AgentConversationDay, AgentDay

conversation_days = AgentConversationDay.__table__
agent_days = AgentDay.__table__


@dataclass(frozen=True)
class DayCount:
    """What one worker saw of an agent on a local day since its last flush."""

    agent_id: str
    day: date
    messages: int
    conversations: frozenset[str] = frozenset()


def merge_counts(counts) -> list[DayCount]:
    """One DayCount per agent and day, in key order (an upsert may touch a row once)."""
    merged: dict[tuple[str, date], tuple[int, set[str]]] = {}
    for c in counts:
        messages, conversations = merged.setdefault((c.agent_id, c.day), (0, set()))
        conversations.update(c.conversations)
        merged[(c.agent_id, c.day)] = (messages + c.messages, conversations)
    return [DayCount(a, d, m, frozenset(cs)) for (a, d), (m, cs) in sorted(merged.items())]


def write_counts(conn: Connection, counts: list[DayCount]) -> int:
    """Add `counts` inside the caller's transaction; returns the conversations that were new."""
    dialect = conn.dialect.name
    counts = merge_counts(counts)
    rows = sorted({(c.agent_id, c.day, conv) for c in counts for conv in c.conversations})
    new: Counter = Counter()
    if rows:
        stmt = (dialect_insert(dialect, conversation_days).on_conflict_do_nothing()
                .returning(conversation_days.c.agent_id, conversation_days.c.day))
        # One statement per chunk: a day of a busy worker may hold many thousand rows.
        for start in range(0, len(rows), 1000):
            chunk = [{"agent_id": a, "day": d, "conversation_id": c} for a, d, c in rows[start:start + 1000]]
            # executemany with RETURNING: SQLAlchemy 2 batches it on both backends.
            for agent_id, day in conn.execute(stmt, chunk).all():
                new[(agent_id, day)] += 1
    upsert = dialect_insert(dialect, agent_days)
    upsert = upsert.on_conflict_do_update(
        index_elements=["agent_id", "day"],
        set_={"conversations": agent_days.c.conversations + upsert.excluded.conversations,
              "messages": agent_days.c.messages + upsert.excluded.messages})
    values = [{"agent_id": c.agent_id, "day": c.day, "messages": c.messages,
               "conversations": new[(c.agent_id, c.day)]} for c in counts]
    for start in range(0, len(values), 1000):
        conn.execute(upsert, values[start:start + 1000])
    return sum(new.values())

