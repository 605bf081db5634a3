"""`guard serve`: run the HTTP service under uvicorn.

    guard serve --host 127.0.0.1 --port 8000 --workers 2 --database-url postgresql://…
    guard serve --demo          # no keys configured: a temporary demo key, printed with a curl line
    python -m guard.service.serve …   # the same without the guard CLI

Flags fall back to environment variables (GUARD_HOST, GUARD_PORT, GUARD_WORKERS,
GUARD_DATABASE_URL, GUARD_POLICY, GUARD_DATA_DIR) and then to defaults. The flags are written
back into the environment because each uvicorn worker is a fresh process that builds its app
from the environment (guard.service.app:app_from_env).
"""
from __future__ import annotations

import argparse
import copy
import os
import secrets
import shutil
import sys
import tempfile

from . import workers as workers_mod

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEMO_STANDING_PATHS = ("/v1/standings?limit=5", "/v1/agents/agent-001/standing",
                       "/v1/agents/agent-001/history?days=30", "/v1/rules/quality")
DEMO_EXAMPLE = '{"text":"我的手机号是13812345678","sender":"buyer"}'


def add_serve_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "serve", help="run the HTTP service",
        description="Run the guard HTTP service (FastAPI under uvicorn).")
    p.add_argument("--host", help=f"address to listen on (GUARD_HOST, default {DEFAULT_HOST})")
    p.add_argument("--port", type=int, help=f"port (GUARD_PORT, default {DEFAULT_PORT})")
    p.add_argument("--workers", type=int, help="worker processes (GUARD_WORKERS, default 1)")
    p.add_argument("--database-url", help="SQLAlchemy URL of the violation store "
                   "(GUARD_DATABASE_URL; default SQLite in the data directory)")
    # SUPPRESS: do not overwrite a `guard --policy FILE serve` given before the command.
    p.add_argument("--policy", default=argparse.SUPPRESS,
                   help="policy file (GUARD_POLICY; default the packaged policy)")
    p.add_argument("--data-dir", help="data directory (GUARD_DATA_DIR, default ./var)")
    p.add_argument("--demo", action="store_true",
                   help="if no API keys are configured, run with a temporary demo key")
    p.add_argument("--log-level", default=os.environ.get("GUARD_LOG_LEVEL", "info"),
                   choices=["critical", "error", "warning", "info", "debug"])
    p.add_argument("--access-log", action="store_true", help="log every request (uvicorn)")
    # `run` is what the guard CLI dispatches on; `func` for argparse-style callers.
    p.set_defaults(run=run_serve, func=run_serve)
    return p


def run_serve(args: argparse.Namespace) -> int:
    from .keys import ConfigError
    from .settings import Settings

    env = os.environ
    # The engine's native libraries start an OpenMP thread pool that spins on every core: with
    # two worker processes on two cores, each inspection took twice as long (measured 0.75 ms
    # alone, 1.75 ms with two processes; 0.9 ms with one OpenMP thread). Each worker is one
    # GIL-bound inspection at a time, so one OpenMP thread loses nothing. Set before the
    # workers (and, with one worker, the engine) import those libraries; an explicit
    # setting wins.
    env.setdefault("OMP_NUM_THREADS", "1")
    host = args.host or env.get("GUARD_HOST") or DEFAULT_HOST
    try:
        port = args.port or int(env.get("GUARD_PORT") or DEFAULT_PORT)
        workers = args.workers or int(env.get("GUARD_WORKERS") or 1)
    except ValueError:
        return _fail("GUARD_PORT and GUARD_WORKERS must be integers")
    if workers < 1:
        return _fail("--workers must be at least 1")
    for flag, var in (("database_url", "GUARD_DATABASE_URL"), ("policy", "GUARD_POLICY"),
                      ("data_dir", "GUARD_DATA_DIR")):
        if getattr(args, flag, None):
            env[var] = str(getattr(args, flag))

    # Demo mode exists only through the flag: a stray GUARD_DEMO_KEY is never honoured.
    env.pop("GUARD_DEMO", None)
    env.pop("GUARD_DEMO_KEY", None)
    env.pop("GUARD_DEMO_REVIEWER_KEY", None)
    try:
        settings = Settings.from_env()
        if args.demo and not settings.api_keys:
            env["GUARD_DEMO"] = "1"
            env["GUARD_DEMO_KEY"] = "demo-" + secrets.token_urlsafe(24)
            env["GUARD_DEMO_REVIEWER_KEY"] = "reviewer-" + secrets.token_urlsafe(24)
            settings = Settings.from_env()
        elif args.demo:
            print("guard serve: API keys are configured, --demo is ignored", file=sys.stderr)
        settings.check()
        _check_policy(settings.policy)
        url = _migrate(settings)
    except ConfigError as err:
        return _fail(str(err))
    if settings.demo and settings.database_url is None:
        _seed_if_empty(url, settings.policy)

    # The parent applied the migrations before any worker exists; workers skip them.
    env["GUARD_MIGRATE"] = "0"
    metrics_dir = None
    if workers > 1 and not env.get("PROMETHEUS_MULTIPROC_DIR"):
        metrics_dir = tempfile.mkdtemp(prefix="guard-metrics-")
        env["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir

    from ..store import redact_url

    print(f"guard serve: http://{host}:{port} with {workers} worker(s), "
          f"store {redact_url(url)}", file=sys.stderr, flush=True)
    if settings.demo:
        shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
        shown = f"[{shown}]" if ":" in shown else shown  # an IPv6 address in a URL
        print("guard serve: demo mode, temporary key valid until this process stops. Try:",
              file=sys.stderr)
        auth = f"-H 'Authorization: Bearer {settings.demo_key}'"
        print(f"curl -s {auth} -d '{DEMO_EXAMPLE}' http://{shown}:{port}/v1/inspect")
        print("guard serve: standings (grab privilege) of the demo agents:", file=sys.stderr)
        for path in DEMO_STANDING_PATHS:
            print(f"curl -s {auth} 'http://{shown}:{port}{path}'")
        print("guard serve: the review console; open it and sign in with the reviewer key "
              "(role compliance):", file=sys.stderr)
        print(f"console: http://{shown}:{port}/console")
        print(f"reviewer key: {settings.demo_reviewer_key}")
        sys.stdout.flush()
    options = dict(log_level=args.log_level, access_log=args.access_log,
                   log_config=_log_config(args.log_level), timeout_graceful_shutdown=10)
    try:
        if workers > 1 and workers_mod.supported():
            try:
                return workers_mod.run(host, port, workers, options)
            except OSError as err:
                return _fail(f"cannot listen on {host}:{port}: {err.strerror}")
        import uvicorn

        uvicorn.run(workers_mod.APP, factory=True, host=host, port=port, workers=workers,
                    **options)
    finally:
        if metrics_dir:
            shutil.rmtree(metrics_dir, ignore_errors=True)
    return 0


def _seed_if_empty(url: str, policy: str | None) -> None:
    """`guard serve --demo` on the embedded store: an empty one gets the demo history (guard demo
    --seed), so the standings have something to show at once. A store with data is left alone."""
    from guard.demo_seed import seed_demo, store_is_empty
    from guard.engine import Guard

    from ..store import ViolationStore, create_engine

    engine = create_engine(url)
    try:
        store = ViolationStore(engine)
        if not store_is_empty(store):
            return
        print("guard serve: demo mode on an empty store, seeding three months of demo history "
              "(guard demo --seed) ...", file=sys.stderr, flush=True)
        summary = seed_demo(store, Guard.from_policy(policy))
        print(f"guard serve: seeded {summary.agents} agents, {summary.violations} violations, "
              f"{summary.reviews} reviews", file=sys.stderr, flush=True)
    finally:
        engine.dispose()


def _check_policy(path: str | None) -> None:
    """Fail now on a bad policy file, rather than in every worker after start-up (where
    /readyz would only say "failed")."""
    if path is None:
        return
    from guard.policy import PolicyError, load_policy

    from .keys import ConfigError

    try:
        load_policy(path)
    except (PolicyError, OSError) as err:
        raise ConfigError(f"policy {path}: {err}") from None


def _migrate(settings) -> str:
    """Apply the migrations once, here in the parent, and fail fast with a clear message."""
    from sqlalchemy.exc import SQLAlchemyError

    from ..store import create_engine, default_url, migrate, redact_url
    from .keys import ConfigError

    url = settings.database_url or default_url(settings.data_dir)
    try:
        engine = create_engine(url, sqlite_busy_timeout_ms=settings.sqlite_busy_timeout_ms)
    except (SQLAlchemyError, ImportError, ValueError) as err:
        raise ConfigError(f"database URL {redact_url(url)!s} not usable: {err}") from None
    try:
        migrate(engine)
    except (SQLAlchemyError, OSError) as err:
        raise ConfigError(
            f"cannot migrate the violation store at {redact_url(url)} ({type(err).__name__}: "
            f"{getattr(err, 'orig', err)})") from None
    finally:
        engine.dispose()
    return url


def _log_config(level: str) -> dict:
    """uvicorn's logging setup plus the guard's own loggers on the same handler."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["guard"] = {"handlers": ["default"], "level": level.upper(),
                                  "propagate": False}
    return config


def _fail(message: str) -> int:
    print(f"guard serve: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="guard")
    sub = parser.add_subparsers(dest="command", required=True)
    add_serve_parser(sub)
    args = parser.parse_args(["serve", *(sys.argv[1:] if argv is None else argv)])
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
