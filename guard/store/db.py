"""Engines for the violation store and the programmatic Alembic setup.

SQLite (a file under the data directory) is the embedded default; PostgreSQL is used when a
URL is given. Both are reached through SQLAlchemy 2 with the same queries.
"""
from __future__ import annotations

import contextlib
import fcntl
import logging
import math
import os
import threading
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine, make_url

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_FILE = "guard.db"
# Connections opened with this execution option start write transactions (see _sqlite_begin).
WRITE = {"guard_write": True}
# The longest any database call may take by default: PostgreSQL's connect, statement and lock
# timeouts, the wait for a pooled connection and for the SQLite write lock (the service bounds
# its own wait with the same figure, see guard.service.dbcalls).
DEFAULT_TIMEOUT_MS = 5000
# SQLite result codes (the primary code, the low byte) after which a connection cannot write
# again: SQLite opens a file it cannot write read-only without saying so, and such a connection
# stays read-only; an I/O error leaves the connection's view of the file in doubt.
SQLITE_READONLY, SQLITE_IOERR, SQLITE_CANTOPEN = 8, 10, 14
SQLITE_BROKEN_CONNECTION = frozenset({SQLITE_READONLY, SQLITE_IOERR, SQLITE_CANTOPEN})
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


class StoreTimeout(sa.exc.SQLAlchemyError):
    """A database call did not finish within its time bound (it may still finish later)."""


def is_transient(err: BaseException) -> bool:
    """Could the same call succeed if repeated later? True for the database being unreachable,
    busy, read-only for a while, timed out or restarting; False for a statement the database
    will refuse every time (bad data, a constraint), which no retry can fix."""
    if isinstance(err, (StoreTimeout, sa.exc.TimeoutError, sa.exc.DisconnectionError,
                        sa.exc.OperationalError)):
        return True
    return isinstance(err, sa.exc.DBAPIError) and err.connection_invalidated


def create_engine(url: str, *, sqlite_busy_timeout_ms: int = 5000, pool_size: int = 10,
                  timeout_ms: int = DEFAULT_TIMEOUT_MS) -> Engine:
    url = normalize_url(url)
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        engine = _sqlite_engine(url, sqlite_busy_timeout_ms, timeout_ms)
    else:
        engine = sa.create_engine(
            url,
            pool_size=pool_size,
            max_overflow=pool_size,
            pool_timeout=timeout_ms / 1000,
            pool_pre_ping=True,  # a restarted server's dead connections are replaced
            # Keep statement parameters out of exception texts and SQL logs.
            hide_parameters=True,
            connect_args={
                # libpq counts whole seconds and treats 1 as 2.
                "connect_timeout": max(2, math.ceil(timeout_ms / 1000)),
                "options": f"-c statement_timeout={int(timeout_ms)} "
                           f"-c lock_timeout={int(timeout_ms)}",
            },
        )
    event.listen(engine, "handle_error", _discard_broken_connection)
    return engine


def _discard_broken_connection(ctx) -> None:
    """Treat a SQLite connection that can no longer write as disconnected: SQLAlchemy then
    drops it, and every pooled connection as old as it, instead of handing it out again.
    (Seen: after the file was unwritable for 10 s, the read-only connections opened meanwhile
    stayed in the pool and failed ~30 % of writes for good.) PostgreSQL's dialect already
    recognises a lost connection, and pre-ping catches the rest."""
    code = getattr(ctx.original_exception, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in SQLITE_BROKEN_CONNECTION:
        ctx.is_disconnect = True


def _sqlite_engine(url: str, busy_timeout_ms: int, timeout_ms: int) -> Engine:
    engine = sa.create_engine(
        url,
        # The threadpool serves requests from many threads; each checks a connection out.
        connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000},
        pool_size=10,
        max_overflow=10,
        pool_timeout=timeout_ms / 1000,
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

    def __init__(self, db_path: str | None, timeout_s: float):
        self._thread_lock = threading.Lock()
        self._path = f"{db_path}.writelock" if db_path and db_path != ":memory:" else None
        self._fd: int | None = None
        self._timeout_s = timeout_s

    def __enter__(self):
        # Bounded, so that writers stuck behind one that hangs (a frozen disk) give up and
        # free their threads. The flock below has no timeout; only one thread per process
        # can wait there, and the service bounds its own wait for it (guard.service.dbcalls).
        if not self._thread_lock.acquire(timeout=self._timeout_s):
            raise StoreTimeout("timed out waiting for the SQLite write lock")
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


def write_lock(engine: Engine, timeout_s: float = DEFAULT_TIMEOUT_MS / 1000):
    """The lock to hold around write transactions (see SqliteWriteLock); none is needed on
    PostgreSQL, which queues waiting writers on row locks itself (bounded by lock_timeout)."""
    if engine.dialect.name == "sqlite":
        return SqliteWriteLock(engine.url.database, timeout_s)
    return contextlib.nullcontext()


def check_sqlite_files_writable(engine: Engine) -> None:
    """Raise OSError unless the database file and its WAL can be opened for writing, which is
    what a new connection needs to be able to write (see SQLITE_BROKEN_CONNECTION)."""
    path = engine.url.database
    if not path or path == ":memory:":
        return
    for name in (path, f"{path}-wal"):
        try:
            fd = os.open(name, os.O_WRONLY)
        except FileNotFoundError:
            continue  # no WAL yet: SQLite creates it beside a writable database
        os.close(fd)


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


def dialect_insert(dialect: str, table):
    """An INSERT with the dialect's ON CONFLICT clauses (SQLite and PostgreSQL spell them alike)."""
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise RuntimeError(f"unsupported database: {dialect}")
