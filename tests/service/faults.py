"""Helpers of the fault tests: concurrent load that follows the documented retry rule, a
readiness poller, and a throwaway PostgreSQL server of the test's own."""
from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from glob import glob
from pathlib import Path

import httpx
import sqlalchemy as sa

from .support import AGENT_CODE, KEYS, agent_message

CLIENTS = 4
REQUEST_TIMEOUT_S = 10  # far above any bound of the service: a hang shows as a slow answer


@dataclass
class Answer:
    at: float  # seconds since the load started, when the answer came
    status: int
    seconds: float  # how long it took
    retryable: bool | None = None


@dataclass
class Load:
    """Agent messages that each log a violation, sent by CLIENTS threads; a 503 is retried
    with the same message (as docs/service.md says) until it is acknowledged with 200."""

    url: str
    acknowledged: dict[str, list[str]] = field(default_factory=dict)  # message id -> ids
    answers: list[Answer] = field(default_factory=list)
    readiness: list[Answer] = field(default_factory=list)

    def __post_init__(self):
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self.started = time.monotonic()

    def start(self) -> "Load":
        self._threads = [threading.Thread(target=self._client, args=(n,), daemon=True)
                         for n in range(CLIENTS)]
        self._threads.append(threading.Thread(target=self._poll_readiness, daemon=True))
        for t in self._threads:
            t.start()
        return self

    def now(self) -> float:
        return time.monotonic() - self.started

    def stop(self, timeout: float = 10) -> None:
        """Stop sending new messages; each client still finishes (retries) its current one."""
        self._stop.set()
        deadline = time.monotonic() + timeout
        for t in self._threads:
            t.join(max(0.0, deadline - time.monotonic()))
        assert not any(t.is_alive() for t in self._threads), "a client never got an answer"

    def _client(self, n: int) -> None:
        headers = {"Authorization": f"Bearer {KEYS['chat'].key}"}
        with httpx.Client(base_url=self.url, headers=headers, timeout=REQUEST_TIMEOUT_S) as c:
            k = 0
            while not self._stop.is_set():
                k += 1
                body = agent_message(AGENT_CODE, id=f"load-{n}-{k}", agent_id=f"agent-{n}")
                while True:  # until acknowledged, even after stop() was called
                    t0 = time.monotonic()
                    r = c.post("/v1/inspect", json=body)
                    answer = Answer(self.now(), r.status_code, time.monotonic() - t0)
                    if r.status_code == 503:
                        answer.retryable = r.json()["error"]["retryable"]
                    with self._lock:
                        self.answers.append(answer)
                    if r.status_code == 200:
                        with self._lock:
                            self.acknowledged[body["id"]] = r.json()["violation_ids"]
                        break
                    assert r.status_code == 503 and answer.retryable, r.text
                    time.sleep(0.05)

    def read_burst(self, threads: int, seconds: float) -> None:
        """Compliance reads from `threads` clients at once for `seconds`, in the background:
        more connections than the pool keeps, so the pool opens new ones meanwhile."""
        def read():
            headers = {"Authorization": f"Bearer {KEYS['compliance'].key}"}
            end = time.monotonic() + seconds
            with httpx.Client(base_url=self.url, headers=headers,
                              timeout=REQUEST_TIMEOUT_S) as c:
                while time.monotonic() < end:
                    c.get("/v1/violations", params={"limit": 1})

        burst = [threading.Thread(target=read, daemon=True) for _ in range(threads)]
        for t in burst:
            t.start()
        self._threads.extend(burst)

    def _poll_readiness(self) -> None:
        with httpx.Client(base_url=self.url, timeout=REQUEST_TIMEOUT_S) as c:
            while not self._stop.is_set():
                t0 = time.monotonic()
                r = c.get("/readyz")
                self.readiness.append(Answer(self.now(), r.status_code, time.monotonic() - t0))
                time.sleep(0.1)

    def between(self, answers: list[Answer], start: float, end: float) -> list[Answer]:
        return [a for a in answers if start <= a.at - a.seconds and a.at <= end]


# -- a throwaway PostgreSQL server ------------------------------------------------------------

def postgres_bin() -> Path | None:
    """The newest PostgreSQL server binaries, where .ci/postgres.sh finds them."""
    found = sorted(glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    return Path(found[-1]) if found and Path(found[-1], "pg_ctl").exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayPostgres:
    """initdb into a temp dir, a free loopback port, trust authentication; never the shared
    server. As root, runs as the postgres OS user (initdb refuses root)."""

    def __init__(self, bin_dir: Path):
        self.bin = bin_dir
        self.dir = Path(tempfile.mkdtemp(prefix="guard-fault-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self.user = None
        if os.geteuid() == 0:
            self.user = pwd.getpwnam("postgres")  # KeyError: no such user (the caller skips)
            os.chown(self.dir, self.user.pw_uid, self.user.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--no-sync")
        self.start()

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """The URL of a fresh, empty database on this server."""
        name = f"fault_{uuid.uuid4().hex[:12]}"
        admin = sa.create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        finally:
            admin.dispose()
        return self.url(name)

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bin / tool), *args]
        if self.user is not None:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=60)

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.dir / "log"), "-w", "-t", "30",
                  "start", "-o", f"-c listen_addresses=127.0.0.1 -p {self.port} "
                                 f"-k {self.dir} -c fsync=off")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "30", "stop")

    def pids(self) -> list[int]:
        """The postmaster and its children (the server processes this object started)."""
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        children = []
        for stat in glob("/proc/[0-9]*/stat"):
            try:
                fields = Path(stat).read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == postmaster:
                children.append(int(stat.split("/")[2]))
        return [postmaster, *children]

    def signal(self, pids: list[int], sig: int) -> None:
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass

    def destroy(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self.signal(self.pids(), signal.SIGCONT)
                self.stop()
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


# -- a filesystem that can be frozen ----------------------------------------------------------

class FreezableFilesystem:
    """A small ext4 image mounted over a loop device in a temp dir, which `fsfreeze` can
    freeze: writes (and page faults on mapped files) then block in the kernel until it thaws,
    as on a disk that stops answering. Needs root and loop devices."""

    SIZE = "32M"

    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="guard-fault-fs-"))
        self.image = self.dir / "fs.img"
        self.mount = self.dir / "mnt"
        self.mount.mkdir()
        self.frozen = False
        subprocess.run(["truncate", "-s", self.SIZE, str(self.image)], check=True, timeout=10)
        subprocess.run(["mkfs.ext4", "-q", "-F", str(self.image)], check=True, timeout=30,
                       capture_output=True)
        subprocess.run(["mount", "-o", "loop", str(self.image), str(self.mount)], check=True,
                       timeout=30, capture_output=True)

    def freeze(self) -> None:
        subprocess.run(["fsfreeze", "-f", str(self.mount)], check=True, timeout=10)
        self.frozen = True

    def thaw(self) -> None:
        if self.frozen:
            subprocess.run(["fsfreeze", "-u", str(self.mount)], check=True, timeout=10)
            self.frozen = False

    def destroy(self) -> None:
        try:
            self.thaw()
        finally:
            # Lazy: a store's write-lock file may still be open in this process.
            subprocess.run(["umount", "-l", str(self.mount)], timeout=30, capture_output=True)
            shutil.rmtree(self.dir, ignore_errors=True)
