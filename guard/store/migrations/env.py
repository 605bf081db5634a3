"""Alembic environment, driven programmatically by guard.store.db.migrate (no alembic.ini).

The engine comes in through ``config.attributes["engine"]``. Runs are serialised so that
several workers or hosts starting at once do not race: each waits for the previous run to
commit and then finds the schema already at head.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from guard.store.db import WRITE
from guard.store.models import Base

# Any constant; identifies "the guard schema migration" among PostgreSQL advisory locks.
MIGRATION_LOCK_KEY = 0x6775617264  # "guard"


def run_migrations_online() -> None:
    engine = context.config.attributes.get("engine")
    if engine is None:
        url = context.config.get_main_option("sqlalchemy.url")
        if not url:
            raise RuntimeError("no engine given to the guard migrations")
        engine = sa.create_engine(url)

    # WRITE makes SQLite open the transaction with BEGIN IMMEDIATE: the whole migration,
    # including the read of alembic_version, runs under the write lock.
    with engine.connect().execution_options(**WRITE) as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            transactional_ddl=True,
        )
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # The engine's statement and lock timeouts bound requests; a migration may
                # build an index over a large table, and waits here for another migrator.
                connection.execute(sa.text("SET LOCAL statement_timeout = 0"))
                connection.execute(sa.text("SET LOCAL lock_timeout = 0"))
                # Held until this transaction commits; PostgreSQL DDL is transactional, so a
                # second migrator reads alembic_version only after the first committed.
                connection.execute(sa.select(sa.func.pg_advisory_xact_lock(MIGRATION_LOCK_KEY)))
            context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
