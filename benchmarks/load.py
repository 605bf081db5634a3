"""Load test of the HTTP service: POST /v1/inspect from N concurrent keep-alive clients.

    python benchmarks/load.py --corpus samples/pii_dev.jsonl            # starts `guard serve`
    python benchmarks/load.py --url http://127.0.0.1:8000 --key KEY     # an already running one
    python benchmarks/load.py --batch 20                                # POST /v1/inspect/batch
    python benchmarks/load.py --corpus samples/fraud_dev.jsonl --compare-activity   # see below

Without --url it starts `guard serve --workers 2` on a free loopback port with a temporary
SQLite store and a throwaway admin key, waits until every worker has loaded the engine, runs
the load, prints requests per second and latency percentiles, and stops the server.

Loopback only, and bounded: at most --requests requests and --duration seconds.

--compare-activity measures what counting agent activity costs the inspect path, in one run
against one server: rounds alternate between the corpus's agent messages with an agent id
(counted, as the standing needs) and the same messages without one (nobody's activity, so
ActivityRecorder.record returns at once and nothing is flushed); everything else, violation
writes included, is the same. It prints each round and the medians.

Every request's text is one the server has not analysed yet in the run (warm-up included): the
corpus's distinct texts as they are on the first pass, then each pass with a marker of its own
appended (one or two sentence-final particles, 呀啦哦呢…, which change 1 % of the scam-heavy
corpus's verdicts and 0.01 % of the PII corpus's). Replaying the same texts instead measured the
solicitation detector's 4,096-entry analysis cache as much as the detector: `--replay` still does
that (the corpus as it is, duplicates included, pass after pass), for comparison with figures
taken that way.

The client is a minimal HTTP/1.1 keep-alive client on asyncio streams, run in --procs
processes: on a 2-core machine shared with the server, a general-purpose client (httpx) would
spend more CPU per request than the server and measure itself.
"""
from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import multiprocessing as mp
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(REPO / "samples" / "pii_dev.jsonl"),
                    help="JSONL with id, text, sender per line")
    ap.add_argument("--url", help="a running service (loopback only); default: start one")
    ap.add_argument("--key", default=os.environ.get("GUARD_BENCH_KEY"),
                    help="API key with the chat role, for --url (env GUARD_BENCH_KEY)")
    ap.add_argument("--workers", type=int, default=2, help="server workers when starting one")
    ap.add_argument("--database-url", help="store of the started server (default: temp SQLite)")
    ap.add_argument("--clients", type=int, default=16, help="concurrent connections")
    ap.add_argument("--procs", type=int, default=1, help="load-generator processes")
    ap.add_argument("--requests", type=int, default=20_000, help="stop after this many")
    ap.add_argument("--duration", type=float, default=60.0, help="stop after this many seconds")
    ap.add_argument("--warmup", type=int, default=500, help="requests sent before measuring")
    ap.add_argument("--batch", type=int, default=0,
                    help="messages per request to /v1/inspect/batch (default: /v1/inspect)")
    ap.add_argument("--compare-activity", action="store_true",
                    help="alternate rounds with and without agent ids (activity counted or not)")
    ap.add_argument("--rounds", type=int, default=3,
                    help="rounds of each kind for --compare-activity")
    ap.add_argument("--replay", action="store_true",
                    help="send the corpus's texts unchanged on every pass (analysis-cache hits after "
                         "the first); default: every text new to the server")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args(argv)

    messages = load_corpus(Path(args.corpus), distinct=not args.replay)
    server = None
    try:
        if args.url:
            if not args.key:
                ap.error("--url needs --key (or GUARD_BENCH_KEY)")
            url, key = args.url.rstrip("/"), args.key
            check_loopback(url)
        else:
            server = Server(args.workers, args.database_url)
            url, key = server.start()
        host, port = urlsplit(url).hostname, urlsplit(url).port or 80
        load = Load(host, port, key, args, server)
        if args.warmup:
            load.warm(messages, args.warmup)
        if args.compare_activity:
            results = compare_activity(load, messages, args.rounds)
        else:
            results = [load.run(messages)]
    finally:
        if server:
            server.stop()
    for result in results:
        result.update(clients=args.clients, procs=args.procs, batch=args.batch,
                      workers=None if args.url else args.workers, corpus=Path(args.corpus).name,
                      cpus=os.cpu_count())
        print(json.dumps(result) if args.json else report(result))
    if args.compare_activity and not args.json:
        print(activity_summary(results))
    return 0 if all(r["errors"] == 0 for r in results) else 1


class Load:
    """Runs measured loads against one server; CPU per request when it started the server."""

    def __init__(self, host, port, key, args, server):
        self.host, self.port, self.key, self.args, self.server = host, port, key, args, server
        self.laps = Laps(marked=not args.replay)

    def warm(self, messages: list[dict], requests: int) -> None:
        a = self.args
        run_load(self.host, self.port, self.key, messages, min(a.clients, 8), 1, requests, 60.0,
                 a.batch, self.laps)

    def run(self, messages: list[dict]) -> dict:
        a = self.args
        cpu_before = self.server.cpu_seconds() if self.server else None
        client_before = client_cpu_seconds()
        result = run_load(self.host, self.port, self.key, messages, a.clients, a.procs,
                          a.requests, a.duration, a.batch, self.laps)
        result["texts"] = "replayed" if a.replay else "distinct"
        # CPU per request is robust to other load on the machine, unlike requests per second.
        if self.server and result["requests"]:
            result["server_cpu_ms_per_request"] = round(
                (self.server.cpu_seconds() - cpu_before) * 1000 / result["requests"], 3)
        if result["requests"]:
            result["client_cpu_ms_per_request"] = round(
                (client_cpu_seconds() - client_before) * 1000 / result["requests"], 3)
        result["load_average"] = os.getloadavg()[0]
        return result


ACTIVITY_KINDS = ("counted", "not counted")


def compare_activity(load: Load, messages: list[dict], rounds: int) -> list[dict]:
    agents = [m for m in messages if m["sender"] == "agent"]
    if not agents:
        raise SystemExit("--compare-activity needs a corpus with agent messages")
    variants = {"counted": agents,
                "not counted": [{**m, "agent_id": None} for m in agents]}
    # With --replay, every text once before measuring, so that neither kind meets the engine's
    # analysis cache cold; and the order alternates (ABBA), so that neither always runs first.
    load.warm(agents, len(agents))
    results = []
    for n in range(rounds):
        for kind in ACTIVITY_KINDS if n % 2 == 0 else ACTIVITY_KINDS[::-1]:
            result = load.run(variants[kind])
            result.update(activity=kind, round=n + 1)
            results.append(result)
    return results


def activity_summary(results: list[dict]) -> str:
    import statistics

    lines = ["activity counting, medians over the rounds:"]
    medians = {}
    for kind in ACTIVITY_KINDS:
        mine = [r for r in results if r["activity"] == kind]
        medians[kind] = {k: round(statistics.median(r[k] for r in mine), 3)
                         for k in ("rps", "p99_ms", "server_cpu_ms_per_request")
                         if all(r.get(k) is not None for r in mine)}
        lines.append(f"  {kind:12} " + "  ".join(f"{k} {v:g}" for k, v in medians[kind].items()))
    base, counted = medians["not counted"], medians["counted"]
    lines.append(f"  counted / not counted: req/s {counted['rps'] / base['rps']:.3f}")
    return "\n".join(lines)


def load_corpus(path: Path, distinct: bool = True) -> list[dict]:
    """The corpus's messages (with `distinct`, the first of each text only)."""
    out, seen = [], set()
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                if distinct and d["text"] in seen:
                    continue
                seen.add(d["text"])
                out.append({"id": str(d.get("id", len(out))), "text": d["text"],
                            "sender": d.get("sender") or "buyer",
                            "agent_id": d.get("agent_id") or "bench-agent",
                            "conversation_id": d.get("conversation_id") or "bench"})
    if not out:
        raise SystemExit(f"{path}: no messages")
    return out


def check_loopback(url: str) -> None:
    host = urlsplit(url).hostname or ""
    try:
        ok = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        ok = False
    if not ok:
        raise SystemExit(f"refusing to load {host!r}: loopback addresses only")


# -- the server under test ---------------------------------------------------------------------

class Server:
    def __init__(self, workers: int, database_url: str | None):
        self.workers, self.database_url = workers, database_url
        self.tmp = tempfile.TemporaryDirectory(prefix="guard-bench-")
        self.proc: subprocess.Popen | None = None

    def start(self) -> tuple[str, str]:
        port = free_port()
        key = "bench-" + secrets.token_urlsafe(24)
        env = {k: v for k, v in os.environ.items() if not k.startswith("GUARD_")}
        env.update(GUARD_API_KEYS=f"bench:admin:{key}",
                   PYTHONPATH=os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]))
        cmd = [sys.executable, "-m", "guard.service.serve", "--host", "127.0.0.1",
               "--port", str(port), "--workers", str(self.workers),
               "--data-dir", self.tmp.name, "--log-level", "warning"]
        if self.database_url:
            cmd += ["--database-url", self.database_url]
        self.log = open(Path(self.tmp.name) / "serve.log", "w")
        self.proc = subprocess.Popen(cmd, env=env, stdout=self.log, stderr=self.log)
        url = f"http://127.0.0.1:{port}"
        self.wait_ready(port)
        return url, key

    def wait_ready(self, port: int, timeout: float = 300.0) -> None:
        """Every worker loads its own engine: wait for many ready answers in a row, each on a
        new connection (the kernel spreads new connections over the workers)."""
        deadline, streak = time.monotonic() + timeout, 0
        while streak < 20 * self.workers:
            if self.proc.poll() is not None:
                raise SystemExit("server exited:\n" + self.logtail())
            if time.monotonic() > deadline:
                raise SystemExit("server not ready in time:\n" + self.logtail())
            streak = streak + 1 if http_status("127.0.0.1", port, "/readyz") == 200 else 0
            if streak == 0:
                time.sleep(0.2)

    def cpu_seconds(self) -> float:
        """CPU time of the server's processes (Linux /proc): the supervisor and its workers."""
        pids, total = {self.proc.pid}, 0.0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.proc.pid:  # ppid
                pids.add(int(stat.parent.name))
        for pid in pids:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return total

    def logtail(self) -> str:
        return (Path(self.tmp.name) / "serve.log").read_text()[-3000:]

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        self.tmp.cleanup()


def client_cpu_seconds() -> float:
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # --procs > 1 (the server is not
    # reaped until it stops, so it is not counted here)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_status(host: str, port: int, path: str) -> int | None:
    try:
        with socket.create_connection((host, port), timeout=5) as s:
            s.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
            return int(s.recv(64).split(b" ", 2)[1])
    except (OSError, ValueError, IndexError):
        return None


# -- the load ----------------------------------------------------------------------------------

# Appended to a text to make it new: a pass number in base 8, written in sentence-final particles
# (no digits, letters or words the recognizers and the lexicon look for).
LAP_MARKS = "呀啦哦呢哈哟咯噢"


def lap_marker(lap: int) -> str:
    """'' for the first pass over the corpus; a marker of its own for every later one."""
    marker = ""
    while lap:
        lap, digit = divmod(lap, len(LAP_MARKS))
        marker = LAP_MARKS[digit] + marker
    return marker


class Laps:
    """Hands out pass numbers over the corpus, never the same twice in a run (warm-up, rounds and
    load processes each get their own), so that no text is sent twice; or none at all (replay)."""

    def __init__(self, marked: bool):
        self.marked, self.used = marked, 0

    def for_run(self, corpus_size: int, messages_each: int, procs: int) -> tuple[int, int, bool]:
        """(first pass, processes, marked) for a run of `procs` processes sending up to
        `messages_each` messages each: process i takes passes first + i, first + i + procs, …"""
        first = self.used
        if self.marked:
            self.used += -(-messages_each // corpus_size) * procs
        return first, procs, self.marked


def run_load(host, port, key, messages, clients, procs, requests, duration, batch=0,
             laps: Laps | None = None) -> dict:
    procs = max(1, min(procs, clients))
    share = [requests // procs + (1 if i < requests % procs else 0) for i in range(procs)]
    conns = [clients // procs + (1 if i < clients % procs else 0) for i in range(procs)]
    passes = (laps or Laps(marked=False)).for_run(len(messages), max(share) * max(batch, 1), procs)
    started = time.perf_counter()
    if procs == 1:
        parts = [_load_process(host, port, key, messages, conns[0], share[0], duration, batch, 0, passes)]
    else:
        with mp.get_context("spawn").Pool(procs) as pool:
            parts = pool.starmap(_load_process, [
                (host, port, key, messages, conns[i], share[i], duration, batch, i, passes)
                for i in range(procs)])
    elapsed = time.perf_counter() - started
    latencies = sorted(x for p in parts for x in p["latencies"])
    statuses: dict[str, int] = {}
    for p in parts:
        for s, n in p["statuses"].items():
            statuses[s] = statuses.get(s, 0) + n
    wall = max(p["elapsed"] for p in parts) or elapsed
    done = len(latencies)
    return {
        "requests": done,
        "seconds": round(wall, 3),
        "rps": round(done / wall, 1) if wall else 0.0,
        "messages_per_second": round(done * max(batch, 1) / wall, 1) if wall else 0.0,
        "p50_ms": pct(latencies, 50), "p90_ms": pct(latencies, 90), "p99_ms": pct(latencies, 99),
        "max_ms": round(latencies[-1] * 1000, 2) if latencies else None,
        "statuses": statuses,
        "errors": sum(n for s, n in statuses.items() if s != "200"),
    }


def pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    k = min(len(values) - 1, max(0, round(p / 100 * len(values)) - 1))
    return round(values[k] * 1000, 2)


def _load_process(host, port, key, messages, clients, requests, duration, batch, proc_no,
                  passes) -> dict:
    try:
        import uvloop  # noqa: F401  (cheaper event loop for the client too, when installed)

        runner = uvloop.run
    except ImportError:
        runner = asyncio.run
    return runner(_load(host, port, key, messages, clients, requests, duration, batch, proc_no, passes))


async def _load(host, port, key, messages, clients, requests, duration, batch, proc_no, passes) -> dict:
    # Request bytes are built up front so the clients do nothing but send and read. Every
    # request gets a message id of its own (as a real chat system would send), so agent messages
    # log new violations instead of hitting the idempotent retry path: one body per request,
    # never reused (cycling through a few thousand bodies measured the retry path instead).
    # Likewise each pass over the corpus is new conversations, as new traffic would be, for the
    # agent activity the service counts.
    bodies = []
    path = "/v1/inspect/batch" if batch else "/v1/inspect"
    for batch_messages in request_messages(messages, requests, batch, proc_no, passes):
        payload = {"messages": batch_messages} if batch else batch_messages[0]
        body = json.dumps(payload, ensure_ascii=False).encode()
        bodies.append(
            f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer {key}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body)
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    counter = iter(range(requests))
    deadline = time.perf_counter() + duration

    async def client():
        reader, writer = await asyncio.open_connection(host, port)
        try:
            for n in counter:
                if time.perf_counter() > deadline:
                    return
                t0 = time.perf_counter()
                writer.write(bodies[n])
                status, close = await read_response(reader)
                latencies.append(time.perf_counter() - t0)
                statuses[status] = statuses.get(status, 0) + 1
                if close:
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, port)
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return {"latencies": latencies, "statuses": statuses,
            "elapsed": time.perf_counter() - started}


def request_messages(messages, requests, batch, proc_no, passes) -> list[list[dict]]:
    """The messages of each request a load process sends: `passes` is (the first pass number of
    the run, load processes, marked or replayed)."""
    per_request = max(batch, 1)
    run = secrets.token_hex(3)
    first, procs, marked = passes
    out = []
    for n in range(requests):
        batch_messages = []
        for k in range(per_request):
            at = n * per_request + k
            m = dict(messages[at % len(messages)])
            if marked:
                m["text"] += lap_marker(first + proc_no + procs * (at // len(messages)))
            m["id"] = f"{m['id']}-p{proc_no}-{n}-{k}-{secrets.token_hex(3)}"
            m["conversation_id"] = f"{m['conversation_id']}-{run}-p{proc_no}-{at // len(messages)}"
            batch_messages.append(m)
        out.append(batch_messages)
    return out


async def read_response(reader: asyncio.StreamReader) -> tuple[str, bool]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = lines[0].split(b" ", 2)[1].decode()
    length, close, chunked = 0, False, False
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"connection" and value.strip().lower() == b"close":
            close = True
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:  # not sent by /v1/inspect, handled for completeness
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        await reader.readexactly(length)
    return status, close


def report(r: dict) -> str:
    kind = f"batches of {r['batch']}" if r["batch"] else "requests"
    per_message = f" ({r['messages_per_second']} messages/s)" if r["batch"] else ""
    activity = f", activity {r['activity']} (round {r['round']})" if "activity" in r else ""
    return (f"{r['requests']} {kind} in {r['seconds']} s with {r['clients']} clients "
            f"({r['procs']} load process(es)), server workers: {r['workers'] or 'external'}, "
            f"corpus {r['corpus']} ({r['texts']} texts){activity}\n"
            f"  {r['rps']} req/s{per_message}   p50 {r['p50_ms']} ms   p90 {r['p90_ms']} ms   "
            f"p99 {r['p99_ms']} ms   max {r['max_ms']} ms\n"
            f"  statuses {r['statuses']}\n"
            f"  CPU per request: server {r.get('server_cpu_ms_per_request', '?')} ms, "
            f"client {r.get('client_cpu_ms_per_request', '?')} ms; "
            f"load average {r['load_average']:.2f} on {r['cpus']} CPUs")


if __name__ == "__main__":
    sys.exit(main())
