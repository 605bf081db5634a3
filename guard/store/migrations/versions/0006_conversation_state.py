"""Conversation state: the solicitation detector's state per conversation (pretexts told, asks
made; names only, no text) for callers that pass no earlier turns.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

from guard.store.models import UTCDateTime

revision: str = "0006"
down_revision: Union[str, Sequence[str], None] = "0005"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "conversation_states",
        sa.Column("conversation_id", sa.String(200), nullable=False),
        sa.Column("pretexts", sa.String(400), nullable=False, server_default=""),
        sa.Column("earlier_asks", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("asked", sa.String(400), nullable=False, server_default=""),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("conversation_id", name="pk_conversation_states"),
    )
    op.create_index("ix_conversation_states_updated_at", "conversation_states", ["updated_at"])


def downgrade() -> None:
    op.drop_index("ix_conversation_states_updated_at", table_name="conversation_states")
    op.drop_table("conversation_states")
