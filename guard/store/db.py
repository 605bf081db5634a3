"""Engines for the violation store and the programmatic Alembic setup.

SQLite (a file under the data directory) is the embedded default; PostgreSQL is used when a
URL is given. Both are reached through SQLAlchemy 2 with the same queries.
"""
from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import threading
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_FILE = "guard.db"
# Connections opened with this execution option start write transactions (see _sqlite_begin).
WRITE = {"guard_write": True}
# Alembic keeps its running context in module globals: one migration per process at a time.
# (Across processes, env.py serialises runs with a database lock.)
_MIGRATE_LOCK = threading.Lock()


def default_url(data_dir: str | Path) -> str:
    path = Path(data_dir).expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path / SQLITE_FILE}"


def normalize_url(url: str) -> str:
    """Map bare postgres URLs to the psycopg (v3) driver, the one the project installs."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def redact_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def create_engine(url: str, *, sqlite_busy_timeout_ms: int = 5000, pool_size: int = 10) -> Engine:
    url = normalize_url(url)
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(url, sqlite_busy_timeout_ms)
    return sa.create_engine(
        url,
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_pre_ping=True,
        # Keep statement parameters out of exception texts and SQL logs.
        hide_parameters=True,
    )


def _sqlite_engine(url: str, busy_timeout_ms: int) -> Engine:
    engine = sa.create_engine(
        url,
        # The threadpool serves requests from many threads; each checks a connection out.
        connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000},
        pool_size=10,
        max_overflow=10,
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Take transaction control away from the sqlite3 module so that we can say
        # BEGIN IMMEDIATE ourselves (see _sqlite_begin).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        # WAL: readers never block the (single) writer, several processes share the file.
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _sqlite_begin(conn):
        # A write transaction must hold SQLite's write lock from its first statement: a
        # deferred BEGIN that reads first and writes later fails with SQLITE_BUSY_SNAPSHOT
        # (the busy timeout does not apply) when another process wrote in between. It also
        # makes writers strictly serial, which is what keeps seq order equal to commit order.
        write = conn.get_execution_options().get("guard_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


class SqliteWriteLock:
    """Queues the write transactions of every process using one SQLite file.

    SQLite admits one writer at a time, and a writer that finds the file locked *polls*, with
    sleeps growing to 100 ms. Under load the polling is unfair: a process whose writers keep
    retaking the lock starves the other's for seconds (seen: p99 0.6 s, and 503s when the busy
    timeout ran out). Writers therefore wait here instead: first on a thread lock (one writer
    per process), then on an flock() of a file beside the database, a blocking wait the kernel
    ends as soon as the holder lets go. SQLite's own lock is then rarely contended.
    """

    def __init__(self, db_path: str | None):
        self._thread_lock = threading.Lock()
        self._path = f"{db_path}.writelock" if db_path and db_path != ":memory:" else None
        self._fd: int | None = None

    def __enter__(self):
        self._thread_lock.acquire()
        try:
            if self._path is not None:
                if self._fd is None:
                    self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
                fcntl.flock(self._fd, fcntl.LOCK_EX)  # releases the GIL while it waits
        except BaseException:
            self._thread_lock.release()
            raise
        return self

    def __exit__(self, *exc):
        try:
            if self._fd is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            self._thread_lock.release()


def write_lock(engine: Engine):
    """The lock to hold around write transactions (see SqliteWriteLock); none is needed on
    PostgreSQL, which queues waiting writers on row locks itself."""
    if engine.dialect.name == "sqlite":
        return SqliteWriteLock(engine.url.database)
    return contextlib.nullcontext()


def ping(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.execute(sa.text("SELECT 1"))


def alembic_config(engine: Engine):
    """An Alembic Config without alembic.ini: the scripts ship inside this package."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`. Safe when several processes call it at once:
    env.py serialises the runs (advisory lock on PostgreSQL, BEGIN IMMEDIATE on SQLite)."""
    from alembic import command

    with _MIGRATE_LOCK:
        command.upgrade(alembic_config(engine), revision)
    log.info("violation store schema at %s", revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Step the schema back (operators only; the service never downgrades)."""
    from alembic import command

    with _MIGRATE_LOCK:
        command.downgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
