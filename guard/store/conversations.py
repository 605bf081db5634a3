"""Conversation state in the store: read before a message whose caller passes no earlier turns,
written when a message changes it. Rows hold names only (pretext kinds, rule names) and a count,
never text, so nothing in them can carry a phone, card or ID."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .db import dialect_insert
from .models import ConversationState

states = ConversationState.__table__


@dataclass(frozen=True)
class SavedState:
    pretexts: frozenset[str] = frozenset()
    earlier_asks: int = 0
    asked: frozenset[str] = frozenset()


def _names(text: str) -> frozenset[str]:
    return frozenset(n for n in text.split(",") if n)


def _text(names: frozenset[str]) -> str:
    return ",".join(sorted(names))


# Built once: building a statement per call cost about as much as the read itself.
READ = sa.select(states.c.conversation_id, states.c.pretexts, states.c.earlier_asks, states.c.asked).where(
    states.c.conversation_id.in_(sa.bindparam("ids", expanding=True)))


def read_states(conn: Connection, conversation_ids: set[str]) -> dict[str, SavedState]:
    if not conversation_ids:
        return {}
    rows = conn.execute(READ, {"ids": sorted(conversation_ids)})
    return {r.conversation_id: SavedState(_names(r.pretexts), r.earlier_asks, _names(r.asked)) for r in rows}


def write_states(conn: Connection, changed: dict[str, SavedState], at: datetime) -> None:
    """Upsert inside the caller's transaction, in key order (no deadlock between two writers)."""
    if not changed:
        return
    rows = [{"conversation_id": cid, "pretexts": _text(s.pretexts), "earlier_asks": s.earlier_asks,
             "asked": _text(s.asked), "updated_at": at}
            for cid, s in sorted(changed.items())]
    stmt = dialect_insert(conn.dialect.name, states)
    stmt = stmt.on_conflict_do_update(
        index_elements=[states.c.conversation_id],
        set_={c: stmt.excluded[c] for c in ("pretexts", "earlier_asks", "asked", "updated_at")})
    conn.execute(stmt, rows)


def forget_states(conn: Connection, before: datetime) -> int:
    """Drop the states of conversations quiet since `before`; returns how many."""
    return conn.execute(sa.delete(states).where(states.c.updated_at < before)).rowcount
