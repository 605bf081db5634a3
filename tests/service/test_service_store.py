"""The store's schema: migrations from an empty database, concurrent starts, model parity."""
from __future__ import annotations

import multiprocessing
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from guard.store import Filters, NewViolation, SavedState, ViolationStore, create_engine, migrate
from guard.store.console import ConsoleStore
from guard.store.db import MIGRATIONS_DIR, alembic_config, current_revision, downgrade
from guard.store.models import Base

TABLES = {"violations", "violation_reviews", "feed_counter", "agent_conversation_days", "agent_days",
          "console_sessions", "conversation_states", "alembic_version"}


def _head(engine) -> str:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def test_migrations_ship_inside_the_package():
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert (MIGRATIONS_DIR / "script.py.mako").is_file()
    assert list((MIGRATIONS_DIR / "versions").glob("0001_*.py"))


def test_migrate_up_on_an_empty_database_and_down_again(db_engine):
    assert set(sa.inspect(db_engine).get_table_names()) == set()
    migrate(db_engine)
    assert set(sa.inspect(db_engine).get_table_names()) == TABLES
    assert current_revision(db_engine) == _head(db_engine)
    migrate(db_engine)  # idempotent
    downgrade(db_engine, "base")
    assert set(sa.inspect(db_engine).get_table_names()) <= {"alembic_version"}
    migrate(db_engine)
    assert current_revision(db_engine) == _head(db_engine)


def test_models_match_the_migrations(db_engine):
    migrate(db_engine)
    with db_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def _migrate_in_process(url: str) -> None:
    engine = create_engine(url)
    migrate(engine)
    engine.dispose()


def test_workers_starting_at_once_migrate_safely(database_url):
    ctx = multiprocessing.get_context("spawn")  # like uvicorn's workers: fresh interpreters
    procs = [ctx.Process(target=_migrate_in_process, args=(database_url,)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    engine = create_engine(database_url)
    try:
        assert current_revision(engine) == _head(engine)
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM feed_counter")).scalar_one() == 1
    finally:
        engine.dispose()


def test_sqlite_runs_in_wal_mode(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'g.db'}", sqlite_busy_timeout_ms=1234)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 1234
    engine.dispose()


def test_store_log_is_idempotent_per_message_and_rule(db_engine):
    migrate(db_engine)
    store = ViolationStore(db_engine)

    def draft(message_id, rule):
        return NewViolation(message_id, "c", "a", rule, "high", 0, 2, "**", "hmac:ab", "v")

    first = store.log([draft("m", "R1"), draft("m", "R2"), draft("m", "R1")])
    assert first.ids[0] == first.ids[2] != first.ids[1]
    assert first.inserted == [True, True, False]
    again = store.log([draft("m", "R2"), draft("m", "R1"), draft("n", "R1")])
    assert again.ids[:2] == [first.ids[1], first.ids[0]]
    assert again.inserted == [False, False, True]
    rows, more = store.page(Filters(), 0, 100)
    assert len(rows) == 3 and not more
    assert rows[0]["fingerprint"] == "hmac:ab"


def test_the_console_migration_goes_down_and_up_again_keeping_violations(db_engine):
    migrate(db_engine)
    store = ViolationStore(db_engine)
    [vid] = store.log([NewViolation("m-1", "c-1", "a-1", "ASK_PASSWORD", "critical", 0, 4, "请说密码",
                                    None, "p1")]).ids
    assert ConsoleStore(store).claim(vid, "alice", datetime.now(timezone.utc), timedelta(minutes=5))
    downgrade(db_engine, "0004")
    columns = {c["name"] for c in sa.inspect(db_engine).get_columns("violations")}
    assert "claimed_by" not in columns and "console_sessions" not in sa.inspect(db_engine).get_table_names()
    migrate(db_engine)
    assert store.get(vid)["rule"] == "ASK_PASSWORD"
    with db_engine.connect() as conn:
        assert conn.execute(sa.text("SELECT claimed_by FROM violations")).scalar_one() is None


def test_the_conversation_state_migration_goes_down_and_up_again(db_engine):
    migrate(db_engine)
    store = ViolationStore(db_engine)
    store.save_conversation_states({"c-1": SavedState(frozenset({"parcel_lost"}), 1, frozenset({"ASK_PASSWORD"}))})
    downgrade(db_engine, "0005")
    assert "conversation_states" not in sa.inspect(db_engine).get_table_names()
    migrate(db_engine)
    assert store.conversation_states({"c-1"}) == {}  # a state is advice: dropping it loses no record
    store.save_conversation_states({"c-1": SavedState(frozenset({"parcel_lost"}), 1, frozenset())})
    assert store.conversation_states({"c-1", "c-2"}) == {"c-1": SavedState(frozenset({"parcel_lost"}), 1, frozenset())}
