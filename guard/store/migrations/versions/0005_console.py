"""The review console: sessions of signed-in reviewers (in the store, so every worker and host
sees them), claims on violations (who works an entry, until when) and an index for the queue
(waiting entries, oldest first).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: Union[str, Sequence[str], None] = "0004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

CLAIM_COLUMNS = (
    sa.Column("claimed_by", sa.String(200), nullable=True),
    sa.Column("claimed_until", sa.DateTime(), nullable=True),
)


def upgrade() -> None:
    for column in CLAIM_COLUMNS:  # plain ADD COLUMN: no table copy, existing rows unclaimed
        op.add_column("violations", column)
    op.create_index("ix_violations_status_created_at", "violations", ["status", "created_at"])
    op.create_table(
        "console_sessions",
        sa.Column("id", sa.String(64), nullable=False),  # SHA-256 of the cookie, never the cookie
        sa.Column("reviewer", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_console_sessions"),
    )
    op.create_index("ix_console_sessions_expires_at", "console_sessions", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_console_sessions_expires_at", table_name="console_sessions")
    op.drop_table("console_sessions")
    op.drop_index("ix_violations_status_created_at", table_name="violations")
    # Plain DROP COLUMN (SQLite 3.35+): a batch copy would trip over the reviews' foreign key.
    for column in reversed(CLAIM_COLUMNS):
        op.execute(f"ALTER TABLE violations DROP COLUMN {column.name}")
