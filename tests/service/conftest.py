"""Fixtures for the service tests: a real engine, a real database, a real HTTP server.

Every test that takes `server` talks HTTP to a uvicorn server on a loopback port, backed by
SQLite in a temp directory and, when GUARD_TEST_POSTGRES_URL is set, by a fresh PostgreSQL
database too (`bash .ci/postgres.sh` prints such a URL).
"""
from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa

from guard.service.app import create_app
from guard.service.settings import Settings
from guard.store import create_engine, normalize_url

from .support import KEYS, PG_URL, LiveServer, start_server


@pytest.fixture(scope="session")
def engine_guard():
    """The real engine, built once per test session (it takes seconds)."""
    from guard import Guard

    return Guard.from_policy()


@pytest.fixture(autouse=True)
def _single_process_metrics(monkeypatch):
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.skipif(
    not PG_URL, reason="GUARD_TEST_POSTGRES_URL not set (bash .ci/postgres.sh prints one)"))])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'guard.db'}"
        return
    # A fresh, empty database per test: migrations always start from nothing.
    admin_url = sa.engine.make_url(normalize_url(PG_URL))
    name = f"guard_t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def db_engine(database_url):
    engine = create_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def make_server(database_url, engine_guard, tmp_path):
    """Start a server; keyword arguments override Settings fields."""
    started: list[LiveServer] = []

    def make(**overrides) -> LiveServer:
        settings = Settings(api_keys=tuple(KEYS.values()), data_dir=tmp_path,
                            database_url=database_url, **overrides)
        live = start_server(create_app(settings, guard=engine_guard))
        started.append(live)
        return live

    yield make
    for live in started:
        live.stop()


@pytest.fixture
def server(make_server) -> LiveServer:
    return make_server()
