"""Tables of the violation store.

The schema itself is owned by the Alembic migrations in ``migrations/versions``; these
declarations mirror them so queries are written against typed columns. A test checks that the
two agree (``alembic check``-style comparison).
"""
from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime, timezone

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

REVIEW_STATUSES = ("confirmed", "dismissed", "disputed")
STATUSES = ("open",) + REVIEW_STATUSES

# SQLite only auto-assigns an INTEGER PRIMARY KEY, PostgreSQL wants a BIGINT.
BigInt = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


class UTCDateTime(sa.types.TypeDecorator):
    """Aware UTC datetimes in and out, whatever the backend keeps.

    SQLite has no time zone type and hands back naive values; storing naive UTC everywhere
    and re-attaching UTC on the way out keeps comparisons (since/until) identical on both.
    """

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=timezone.utc)


# PostgreSQL refuses NUL in text, and a lone surrogate cannot be encoded as UTF-8 (sqlite3 and
# psycopg both raise): either failed every write of such a message, every time. Python strings
# decoded from JSON hold surrogates only as lone halves (a valid pair becomes one character).
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def storable(text: str) -> str:
    """`text` with every character no database here can store replaced by U+FFFD."""
    return UNSTORABLE.sub(REPLACEMENT, text)


def message_key(agent_id: str | None, conversation_id: str | None,
                message_id: str | None) -> str | None:
    """The idempotency key of a message: only a retry of the same message id from the same
    agent in the same conversation gets it again (chat systems number messages per
    conversation, so a message id alone is not unique). A digest rather than a composite
    index because the ids are nullable and NULLs never collide in a unique index; the JSON
    form keeps a missing id apart from an empty one and escapes every character."""
    if message_id is None:
        return None
    ids = json.dumps([agent_id, conversation_id, message_id], ensure_ascii=True)
    return hashlib.sha256(ids.encode("ascii")).hexdigest()


class StoredString(sa.types.TypeDecorator):
    """A string column whose values are made storable (see `storable`) on the way in, the same
    on SQLite and PostgreSQL; a filter compares with the stored form, so it still matches."""

    impl = sa.String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else storable(value)


class StoredText(StoredString):
    impl = sa.Text


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class Violation(Base):
    __tablename__ = "violations"

    # Ordering key of the feed. Assigned by the store under the feed lock (see repository.py),
    # not by the database's autoincrement, so that seq order is commit order.
    seq: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(StoredString(36), nullable=False)
    agent_id: Mapped[str | None] = mapped_column(StoredString(200))
    conversation_id: Mapped[str | None] = mapped_column(StoredString(200))
    message_id: Mapped[str | None] = mapped_column(StoredString(200))
    # Which message this is, for idempotency: a digest of (agent_id, conversation_id,
    # message_id), NULL when the message has no id (see message_key()).
    message_key: Mapped[str | None] = mapped_column(StoredString(64))
    rule: Mapped[str] = mapped_column(StoredString(64), nullable=False)
    severity: Mapped[str] = mapped_column(StoredString(16), nullable=False)
    excerpt: Mapped[str] = mapped_column(StoredText, nullable=False)  # masked text only
    evidence_start: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    evidence_end: Mapped[int] = mapped_column(sa.Integer, nullable=False)
    fingerprint: Mapped[str | None] = mapped_column(StoredString(128))  # keyed HMAC, never a value
    policy_version: Mapped[str] = mapped_column(StoredString(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    status: Mapped[str] = mapped_column(StoredString(16), nullable=False, server_default="open")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    # Why it was logged (migration 0003): the detector's calibrated confidence, the basis of its
    # evidence (phrase, context, pair, model), the trace as JSON, and the masked turns before
    # the message as JSON ([{sender, text}]); no raw value in any of them.
    confidence: Mapped[float] = mapped_column(sa.Float, nullable=False, server_default="1")
    basis: Mapped[str] = mapped_column(StoredString(16), nullable=False, server_default="phrase")
    trace: Mapped[str] = mapped_column(StoredText, nullable=False, server_default="{}")
    context: Mapped[str] = mapped_column(StoredText, nullable=False, server_default="[]")
    # The review console's claim (migration 0005): the reviewer working the entry, until when.
    claimed_by: Mapped[str | None] = mapped_column(StoredString(200))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        sa.UniqueConstraint("id", name="uq_violations_id"),
        # Idempotent logging: one violation per (message, rule) when the message has an id.
        sa.Index(
            "uq_violations_message_key_rule",
            "message_key",
            "rule",
            unique=True,
            sqlite_where=sa.text("message_key IS NOT NULL"),
            postgresql_where=sa.text("message_key IS NOT NULL"),
        ),
        sa.Index("ix_violations_agent_seq", "agent_id", "seq"),
        sa.Index("ix_violations_created_at", "created_at"),
        sa.Index("ix_violations_status_created_at", "status", "created_at"),  # the console's queue
        sa.CheckConstraint(
            "status IN ('open', 'confirmed', 'dismissed', 'disputed')", name="ck_violations_status"
        ),
    )


class ViolationReview(Base):
    """One review action, kept forever: the audit trail of a violation."""

    __tablename__ = "violation_reviews"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=True)
    violation_id: Mapped[str] = mapped_column(
        StoredString(36), sa.ForeignKey("violations.id"), nullable=False
    )
    actor: Mapped[str] = mapped_column(StoredString(200), nullable=False)  # API key name
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    from_status: Mapped[str] = mapped_column(StoredString(16), nullable=False)
    to_status: Mapped[str] = mapped_column(StoredString(16), nullable=False)
    note: Mapped[str] = mapped_column(StoredText, nullable=False, server_default="")  # masked

    __table_args__ = (sa.Index("ix_violation_reviews_violation_id", "violation_id"),)


class FeedCounter(Base):
    """A single row whose lock orders violation inserts; holds the last seq handed out."""

    __tablename__ = "feed_counter"

    name: Mapped[str] = mapped_column(StoredString(32), primary_key=True)
    value: Mapped[int] = mapped_column(sa.BigInteger, nullable=False)


FEED_NAME = "violations"


class AgentConversationDay(Base):
    """A conversation an agent handled on a local day (the standing policy's time zone): the
    primary key makes the insert idempotent, so each counts once a day across workers."""

    __tablename__ = "agent_conversation_days"

    agent_id: Mapped[str] = mapped_column(StoredString(200), nullable=False)
    day: Mapped[date] = mapped_column(sa.Date, nullable=False)
    conversation_id: Mapped[str] = mapped_column(StoredString(200), nullable=False)

    __table_args__ = (sa.PrimaryKeyConstraint("agent_id", "day", "conversation_id",
                                              name="pk_agent_conversation_days"),)


class AgentDay(Base):
    """An agent's totals of one local day: conversations (the rows above, counted as they are
    first inserted) and agent messages (added to on each flush of a worker's counts)."""

    __tablename__ = "agent_days"

    agent_id: Mapped[str] = mapped_column(StoredString(200), nullable=False)
    day: Mapped[date] = mapped_column(sa.Date, nullable=False)
    conversations: Mapped[int] = mapped_column(sa.BigInteger, nullable=False, server_default="0")
    messages: Mapped[int] = mapped_column(sa.BigInteger, nullable=False, server_default="0")

    __table_args__ = (sa.PrimaryKeyConstraint("agent_id", "day", name="pk_agent_days"),
                      sa.Index("ix_agent_days_day", "day"))


class ConsoleSession(Base):
    """A reviewer signed in to the review console. The id is the SHA-256 of the cookie's value,
    so a copy of the table signs nobody in."""

    __tablename__ = "console_sessions"

    id: Mapped[str] = mapped_column(StoredString(64), nullable=False)
    reviewer: Mapped[str] = mapped_column(StoredString(200), nullable=False)  # API key name
    role: Mapped[str] = mapped_column(StoredString(16), nullable=False)
    csrf: Mapped[str] = mapped_column(StoredString(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)

    __table_args__ = (sa.PrimaryKeyConstraint("id", name="pk_console_sessions"),
                      sa.Index("ix_console_sessions_expires_at", "expires_at"))


class ConversationState(Base):
    """What the guard remembers of a conversation whose caller passes no earlier turns: the
    detector's state after its latest agent message (pretexts told, asks made), as names of
    pretext kinds and rules, never text. Keyed by the caller's conversation id."""

    __tablename__ = "conversation_states"

    conversation_id: Mapped[str] = mapped_column(StoredString(200), primary_key=True)
    pretexts: Mapped[str] = mapped_column(StoredString(400), nullable=False, server_default="")
    earlier_asks: Mapped[int] = mapped_column(sa.Integer, nullable=False, server_default="0")
    asked: Mapped[str] = mapped_column(StoredString(400), nullable=False, server_default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)

    __table_args__ = (sa.Index("ix_conversation_states_updated_at", "updated_at"),)
