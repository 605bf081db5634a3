"""Why a violation was logged: the detector's confidence, the basis of its evidence, its trace,
and the masked conversation turns before the message (for reviewers).

Rows logged before have no trace: they get confidence 1, basis "phrase" (the detector of the time
logged every signal it reported), an empty trace and no context.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


COLUMNS = (
    sa.Column("confidence", sa.Float(), nullable=False, server_default="1"),
    sa.Column("basis", sa.String(16), nullable=False, server_default="phrase"),
    sa.Column("trace", sa.Text(), nullable=False, server_default="{}"),  # JSON
    sa.Column("context", sa.Text(), nullable=False, server_default="[]"),  # JSON: masked turns
)


def upgrade() -> None:
    for column in COLUMNS:  # plain ADD COLUMN: no table copy, existing rows get the defaults
        op.add_column("violations", column)


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): a batch copy would trip over the reviews' foreign key.
    for column in reversed(COLUMNS):
        op.execute(f"ALTER TABLE violations DROP COLUMN {column.name}")
