"""Agent activity, the denominator of every standing rate: per agent and local day, the
conversations handled (one row per agent, day and conversation, so a conversation counts once a
day whichever worker or machine saw it) and the totals (conversations and messages).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "agent_conversation_days",
        sa.Column("agent_id", sa.String(200), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("conversation_id", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("agent_id", "day", "conversation_id",
                                name="pk_agent_conversation_days"),
    )
    op.create_table(
        "agent_days",
        sa.Column("agent_id", sa.String(200), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("conversations", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("messages", sa.BigInteger(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("agent_id", "day", name="pk_agent_days"),
    )
    op.create_index("ix_agent_days_day", "agent_days", ["day"])


def downgrade() -> None:
    op.drop_index("ix_agent_days_day", table_name="agent_days")
    op.drop_table("agent_days")
    op.drop_table("agent_conversation_days")
