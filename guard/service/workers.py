"""Several uvicorn worker processes, each with its own SO_REUSEPORT listening socket.

Why not uvicorn's own `workers=N`: there all workers accept from one shared socket, and the
process that wakes first takes the connection. Keep-alive clients (chat systems, load
balancers) open their connections in a burst, so one worker typically ends up with most of
them (seen here: 27 of 32 connections on one of two workers) and saturates while the other
idles. With one SO_REUSEPORT socket per worker, the kernel spreads new connections evenly
over the workers.

The supervisor is deliberately small: start the workers, restart one that dies, stop them all
on SIGINT/SIGTERM (forwarded as SIGTERM, which uvicorn handles as a graceful shutdown), and
give up if workers keep dying (a start-up failure would otherwise loop forever).
"""
from __future__ import annotations

import logging
import multiprocessing
import signal
import socket
import time
from multiprocessing.connection import wait

log = logging.getLogger("guard.service.workers")

APP = "guard.service.app:app_from_env"
MAX_RESTARTS, RESTART_WINDOW_S = 5, 60.0


def supported() -> bool:
    return hasattr(socket, "SO_REUSEPORT")


def listening_socket(host: str, port: int) -> socket.socket:
    family, kind, proto, _, addr = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(addr)
    sock.set_inheritable(True)
    return sock


def _worker(host: str, port: int, uvicorn_options: dict) -> None:
    import uvicorn

    sock = listening_socket(host, port)
    config = uvicorn.Config(APP, factory=True, **uvicorn_options)
    uvicorn.Server(config).run(sockets=[sock])


def run(host: str, port: int, workers: int, uvicorn_options: dict) -> int:
    # Fail here, with one clear message, if the port is taken (by a socket without
    # SO_REUSEPORT): every worker would fail the same way.
    listening_socket(host, port).close()
    ctx = multiprocessing.get_context("spawn")  # fresh interpreters, as uvicorn does
    stopping = False

    def start() -> multiprocessing.Process:
        p = ctx.Process(target=_worker, args=(host, port, uvicorn_options), name="guard-worker")
        p.start()
        log.info("worker %s started", p.pid)
        return p

    def stop(signum, _frame) -> None:
        nonlocal stopping
        stopping = True

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    procs = [start() for _ in range(workers)]
    restarts: list[float] = []
    status = 0
    try:
        while not stopping:
            wait([p.sentinel for p in procs], timeout=0.5)
            for i, p in enumerate(procs):
                if p.is_alive() or stopping:
                    continue
                now = time.monotonic()
                restarts = [t for t in restarts if now - t < RESTART_WINDOW_S] + [now]
                if len(restarts) > MAX_RESTARTS:
                    log.error("workers keep exiting (last: %s, code %s); giving up", p.pid,
                              p.exitcode)
                    stopping, status = True, 1
                    break
                log.warning("worker %s exited with code %s; restarting", p.pid, p.exitcode)
                procs[i] = start()
    finally:
        for p in procs:
            if p.is_alive():
                p.terminate()  # SIGTERM: uvicorn finishes in-flight requests first
        deadline = time.monotonic() + 30
        for p in procs:
            p.join(max(0.1, deadline - time.monotonic()))
            if p.is_alive():
                p.kill()
                p.join()
        for s, handler in previous.items():
            signal.signal(s, handler)
    return status
