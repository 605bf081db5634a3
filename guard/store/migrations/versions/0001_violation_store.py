"""Violation store: violations, their review audit trail, and the feed counter.

Revision ID: 0001
Revises:
Create Date: 2026-11-22

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

from guard.store.models import UTCDateTime

revision: str = "0001"
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

BigInt = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "violations",
        sa.Column("seq", BigInt, primary_key=True, autoincrement=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("agent_id", sa.String(200)),
        sa.Column("conversation_id", sa.String(200)),
        sa.Column("message_id", sa.String(200)),
        sa.Column("rule", sa.String(64), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("excerpt", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(128)),
        sa.Column("policy_version", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="open"),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("id", name="uq_violations_id"),
        sa.CheckConstraint(
            "status IN ('open', 'confirmed', 'dismissed', 'disputed')", name="ck_violations_status"
        ),
    )
    op.create_index(
        "uq_violations_message_rule",
        "violations",
        ["message_id", "rule"],
        unique=True,
        sqlite_where=sa.text("message_id IS NOT NULL"),
        postgresql_where=sa.text("message_id IS NOT NULL"),
    )
    op.create_index("ix_violations_agent_seq", "violations", ["agent_id", "seq"])
    op.create_index("ix_violations_created_at", "violations", ["created_at"])

    op.create_table(
        "violation_reviews",
        sa.Column("id", BigInt, primary_key=True, autoincrement=True),
        sa.Column("violation_id", sa.String(36), sa.ForeignKey("violations.id"), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("from_status", sa.String(16), nullable=False),
        sa.Column("to_status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_violation_reviews_violation_id", "violation_reviews", ["violation_id"])

    feed = op.create_table(
        "feed_counter",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
    )
    op.bulk_insert(feed, [{"name": "violations", "value": 0}])


def downgrade() -> None:
    op.drop_table("feed_counter")
    op.drop_index("ix_violation_reviews_violation_id", table_name="violation_reviews")
    op.drop_table("violation_reviews")
    op.drop_index("ix_violations_created_at", table_name="violations")
    op.drop_index("ix_violations_agent_seq", table_name="violations")
    op.drop_index("uq_violations_message_rule", table_name="violations")
    op.drop_table("violations")
