"""Faults of the database under load, with real parts: the SQLite file made unwritable and
writable again, its disk frozen (fsfreeze), a writer stuck holding the write lock, a
PostgreSQL server (one of the test's own, never the shared one) stopped and started, and
frozen. Each test takes about 11 s.

What must hold: every acknowledged violation is in the store exactly once, a client that
follows the docs (retry a 503) gets every message logged, no request and no /readyz waits
past its bound, /readyz tells the truth, and the service recovers by itself.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from guard.service.app import create_app
from guard.service.dbcalls import READY_TIMEOUT_S
from guard.service.settings import Settings
from guard.store import create_engine

from .faults import Answer, FreezableFilesystem, Load, ThrowawayPostgres, postgres_bin
from .support import AGENT_CODE, KEYS, agent_message, start_server

DB_TIMEOUT_MS = 1000
# An answer may take the service's bound plus this much (scheduling on a busy 2-core box).
SLACK_S = 1.5
WARM_S = 1.5  # load before the fault
FAULT_S = 5.0  # longer than a hung readiness probe (2 s) twice over
RECOVER_S = 1.0  # after the fault ends, time to discard broken connections / reconnect
AFTER_S = 3.0  # load after recovery, which must all succeed
READ_BURST_CLIENTS = 16  # more than the SQLite pool keeps (10)


@pytest.fixture
def start(engine_guard):
    started = []

    def make(url: str):
        settings = Settings(api_keys=tuple(KEYS.values()), database_url=url,
                            db_timeout_ms=DB_TIMEOUT_MS, sqlite_busy_timeout_ms=500)
        live = start_server(create_app(settings, guard=engine_guard))
        started.append(live)
        return live

    yield make
    for live in started:
        live.stop()


def _stored(url: str) -> list[tuple[str, str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(sa.text(
                "SELECT id, message_id FROM violations WHERE message_id LIKE 'load-%'"))]
    finally:
        engine.dispose()


def _check_nothing_lost_or_duplicated(load: Load, url: str) -> None:
    stored = _stored(url)
    acknowledged = {vid: mid for mid, ids in load.acknowledged.items() for vid in ids}
    assert len(stored) == len({vid for vid, _ in stored}), "a violation stored twice"
    assert dict(stored) == acknowledged  # every acknowledged one, and nothing else
    assert len({mid for _, mid in stored}) == len(stored)  # one rule hit per message here


def _check_bounded(answers: list[Answer], bound_s: float) -> None:
    slowest = max(a.seconds for a in answers)
    assert slowest <= bound_s + SLACK_S, f"an answer took {slowest:.1f} s"


def _run_fault(load: Load, begin, end) -> tuple[float, float, float, float]:
    """Load, then the fault for FAULT_S, then load again. Returns when the fault began to be
    made, when it was in place, when it began to be undone and when it was undone."""
    time.sleep(WARM_S)
    beginning = load.now()
    begin()
    on = load.now()
    try:
        time.sleep(FAULT_S)
    finally:
        ending = load.now()
        end()
    off = load.now()
    time.sleep(RECOVER_S + AFTER_S)
    load.stop()
    return beginning, on, ending, off


def _check_truthful_and_recovered(load: Load, beginning: float, on: float, ending: float,
                                  off: float) -> None:
    during = load.between(load.answers, on, ending)
    assert any(a.status == 503 for a in during), "the fault did not show: not a real fault"
    after = load.between(load.answers, off + RECOVER_S, load.now())
    assert len(after) >= 20 and all(a.status == 200 for a in after), \
        f"{sum(a.status != 200 for a in after)} of {len(after)} failed after recovery"
    ready_before = load.between(load.readiness, 0.5, beginning)
    ready_during = load.between(load.readiness, on, ending)
    ready_after = load.between(load.readiness, off + RECOVER_S, load.now())
    assert ready_before and all(a.status == 200 for a in ready_before)
    assert ready_during and all(a.status == 503 for a in ready_during), \
        "/readyz said ready while violations could not be written"
    assert ready_after and all(a.status == 200 for a in ready_after)
    _check_bounded(load.readiness, READY_TIMEOUT_S)


# -- SQLite -----------------------------------------------------------------------------------

def _immutable(paths: list[Path], on: bool) -> None:
    subprocess.run(["chattr", "+i" if on else "-i", *map(str, paths)], check=True,
                   capture_output=True, timeout=10)


def _chattr_works(tmp_path: Path) -> bool:
    probe = tmp_path / "chattr-probe"
    probe.write_text("x")
    try:
        _immutable([probe], True)
    except (OSError, subprocess.CalledProcessError):
        return False
    _immutable([probe], False)
    return True


def test_sqlite_made_unwritable_and_writable_again_under_load(start, tmp_path):
    """As root, chmod does not stop writes; the immutable flag does (chattr +i, which needs
    CAP_LINUX_IMMUTABLE and a filesystem that supports it). SQLite then opens the file
    read-only without saying so, and such a connection stays read-only."""
    if not _chattr_works(tmp_path):
        pytest.skip("chattr +i does not work here (no CAP_LINUX_IMMUTABLE, or tmpfs)")
    db = tmp_path / "guard.db"
    url = f"sqlite:///{db}"
    server = start(url)
    load = Load(server.url).start()
    # The database and its WAL, not the -shm index: SQLite maps that one, and a write to a
    # mapped immutable file kills the process (SIGBUS).
    files = [db, Path(f"{db}-wal")]


    def begin():
        _immutable(files, True)
        # The audit's cause: connections the pool opens while the file is unwritable are
        # read-only for good. Reads still work then, so a burst of them grows the pool.
        load.read_burst(READ_BURST_CLIENTS, FAULT_S / 2)

    try:
        times = _run_fault(load, begin, lambda: _immutable(files, False))
    finally:
        _immutable(files, False)
    _check_truthful_and_recovered(load, *times)
    _check_bounded(load.answers, DB_TIMEOUT_MS / 1000)
    _check_nothing_lost_or_duplicated(load, url)


def test_a_writer_stuck_with_the_sqlite_write_lock_costs_a_bounded_503_not_a_hang(start,
                                                                                 tmp_path):
    """A writer that hangs holding the write lock (its disk frozen) is what another process
    holding the flock looks like; the service must answer within its bound meanwhile."""
    db = tmp_path / "guard.db"
    server = start(f"sqlite:///{db}")
    with server.client("chat") as c:
        assert c.post("/v1/inspect", json=agent_message(AGENT_CODE)).status_code == 200
        fd = os.open(f"{db}.writelock", os.O_RDWR)
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            answers = []
            for _ in range(3):
                t0 = time.monotonic()
                r = c.post("/v1/inspect", json=agent_message(AGENT_CODE))
                answers.append((r, time.monotonic() - t0))
            t0 = time.monotonic()
            ready = c.get("/readyz")
            ready_s = time.monotonic() - t0
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
        for r, seconds in answers:
            assert r.status_code == 503 and r.json()["error"]["retryable"] is True
            assert r.headers["retry-after"] == "1"
            assert seconds <= DB_TIMEOUT_MS / 1000 + SLACK_S
        assert ready.status_code == 503 and ready.json()["database"] == "unwritable"
        assert ready_s <= READY_TIMEOUT_S + SLACK_S
        time.sleep(RECOVER_S)
        assert c.post("/v1/inspect", json=agent_message(AGENT_CODE)).status_code == 200
        assert c.get("/readyz").status_code == 200


@pytest.fixture
def freezable_fs():
    if os.geteuid() != 0 or not shutil.which("fsfreeze"):
        pytest.skip("freezing a filesystem needs root and fsfreeze")
    try:
        fs = FreezableFilesystem()
    except (OSError, subprocess.SubprocessError):
        pytest.skip("cannot mount a loop filesystem here (no loop devices in this container?)")
    yield fs
    fs.destroy()


def test_sqlite_on_a_frozen_disk_costs_bounded_503s_and_a_prompt_readyz(freezable_fs, start):
    """The audit's case: the disk froze, violating requests and /readyz hung as long. The
    busy timeout cannot help (nobody holds a lock; a write waits in the kernel); the
    service's bound must."""
    url = f"sqlite:///{freezable_fs.mount / 'guard.db'}"
    server = start(url)
    load = Load(server.url).start()
    times = _run_fault(load, freezable_fs.freeze, freezable_fs.thaw)
    _check_truthful_and_recovered(load, *times)
    _check_bounded(load.answers, DB_TIMEOUT_MS / 1000)
    _check_nothing_lost_or_duplicated(load, url)


# -- PostgreSQL -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def own_postgres():
    bin_dir = postgres_bin()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin; "
                    ".ci/postgres.sh installs them)")
    try:
        pg = ThrowawayPostgres(bin_dir)
    except KeyError:
        pytest.skip("running as root without a postgres OS user to run the server as")
    yield pg
    pg.destroy()


def test_postgres_stopped_and_started_under_load(start, own_postgres):
    url = own_postgres.new_database()
    server = start(url)
    load = Load(server.url).start()
    times = _run_fault(load, own_postgres.stop, own_postgres.start)
    _check_truthful_and_recovered(load, *times)
    _check_bounded(load.answers, DB_TIMEOUT_MS / 1000)
    _check_nothing_lost_or_duplicated(load, url)


def test_postgres_frozen_costs_bounded_503s_and_a_prompt_readyz(start, own_postgres):
    """SIGSTOP: the server accepts connections and answers nothing, like a frozen disk or a
    hung host; PostgreSQL's own timeouts cannot fire, only the service's bound can."""
    url = own_postgres.new_database()
    server = start(url)
    load = Load(server.url).start()
    frozen: list[int] = []

    def freeze():
        frozen.extend(own_postgres.pids())
        own_postgres.signal(frozen, signal.SIGSTOP)

    times = _run_fault(load, freeze, lambda: own_postgres.signal(frozen, signal.SIGCONT))
    _check_truthful_and_recovered(load, *times)
    _check_bounded(load.answers, DB_TIMEOUT_MS / 1000)
    _check_nothing_lost_or_duplicated(load, url)
