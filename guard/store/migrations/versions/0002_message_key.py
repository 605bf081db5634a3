"""Idempotency per message of an agent in a conversation, not per message id alone.

0001 folded every violation with the same (message_id, rule) into one row, across all agents
and conversations: chat systems that number messages per conversation lost violations. Adds
`message_key` (see guard.store.models.message_key), fills it for the rows already stored, and
moves the unique index onto (message_key, rule). Existing rows are kept as they are; no two
of them can collide, since the new key is finer than the old one.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

# The key the running code computes: rows stored before must get the same one.
from guard.store.models import message_key

revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

BACKFILL_BATCH = 1000  # rows read and updated at a time

violations = sa.table(
    "violations",
    sa.column("seq", sa.BigInteger),
    sa.column("agent_id", sa.String),
    sa.column("conversation_id", sa.String),
    sa.column("message_id", sa.String),
    sa.column("message_key", sa.String),
)


def upgrade() -> None:
    op.add_column("violations", sa.Column("message_key", sa.String(64)))
    _backfill(op.get_bind())
    op.drop_index("uq_violations_message_rule", table_name="violations")
    op.create_index(
        "uq_violations_message_key_rule",
        "violations",
        ["message_key", "rule"],
        unique=True,
        sqlite_where=sa.text("message_key IS NOT NULL"),
        postgresql_where=sa.text("message_key IS NOT NULL"),
    )


def _backfill(conn) -> None:
    c = violations.c
    after = -1
    while True:
        rows = conn.execute(
            sa.select(c.seq, c.agent_id, c.conversation_id, c.message_id)
            .where(c.seq > after, c.message_id.is_not(None))
            .order_by(c.seq)
            .limit(BACKFILL_BATCH)
        ).all()
        if not rows:
            return
        conn.execute(
            violations.update().where(c.seq == sa.bindparam("s")).values(
                message_key=sa.bindparam("k")),
            [{"s": r.seq, "k": message_key(r.agent_id, r.conversation_id, r.message_id)}
             for r in rows],
        )
        after = rows[-1].seq


def downgrade() -> None:
    # The old index cannot hold two agents' violations of one message id: refuse rather than
    # drop rows.
    clash = op.get_bind().execute(sa.text(
        "SELECT 1 FROM violations WHERE message_id IS NOT NULL "
        "GROUP BY message_id, rule HAVING count(*) > 1 LIMIT 1")).first()
    if clash is not None:
        raise RuntimeError("cannot downgrade below 0002: several violations share a message id "
                           "and rule (from different agents or conversations)")
    op.drop_index("uq_violations_message_key_rule", table_name="violations")
    # Plain DROP COLUMN (SQLite 3.35+): Alembic's batch mode would copy the table and drop the
    # old one, which the reviews' foreign key forbids once any violation has been reviewed.
    op.execute("ALTER TABLE violations DROP COLUMN message_key")
    op.create_index(
        "uq_violations_message_rule",
        "violations",
        ["message_id", "rule"],
        unique=True,
        sqlite_where=sa.text("message_id IS NOT NULL"),
        postgresql_where=sa.text("message_id IS NOT NULL"),
    )
