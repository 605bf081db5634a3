"""The FastAPI application: `create_app(settings, guard=None)`.

uvicorn starts it with `guard.service.app:app_from_env` and `factory=True`, so every worker
process builds its own app (and its own engine) from the environment.
"""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool

from ..standing import load_standing_policy
from ..standing.timeline import local_zone
from ..standings import StandingBoard
from ..store.standing import StandingQueries
from ..store import ViolationStore, create_engine, default_url, migrate, redact_url
from . import docs, errors, openapi
from .activity import ActivityRecorder
from .console import STATIC_PATH, console_router, console_static
from .auth import Authenticator
from .dbcalls import BoundedCalls, WriteReadiness
from .engine import EngineHolder, freeze_heap
from .inspection import Inspector
from .metrics import Metrics
from .middleware import EdgeMiddleware
from .routes import api_router
from .routes.operations import operations_router
from .settings import Settings

log = logging.getLogger(__name__)

DESCRIPTION = """\
Fraud and privacy guard for e-commerce customer-service chats.

Send every chat message to `POST /v1/inspect`; deliver the returned `masked_text` and show
`buyer_notice` when present. Agent messages that ask for payment credentials or move the
buyer off the platform are logged as violations, which compliance staff list, review and
export under `/v1/violations`.

Authenticate with `Authorization: Bearer <key>` (or `X-API-Key: <key>`). Roles: `chat`
inspects; `compliance` reads, reviews and exports violations; `admin` may do everything.
"""

# The service reports through its own metrics (/metrics). FastAPI's native OpenTelemetry, left
# on, asked the global providers on every request whether anyone had configured them.
NO_TELEMETRY = {"tracing": False, "metrics": False, "logs": False}


def create_app(settings: Settings | None = None, guard=None) -> FastAPI:
    """Build the service. `guard` injects a ready engine (tests); otherwise the engine is
    loaded from `settings.policy` in the background at start."""
    settings = settings or Settings.from_env()
    settings.check()
    _quiet_value_logging()
    url = settings.database_url or default_url(settings.data_dir)
    engine = create_engine(url, sqlite_busy_timeout_ms=settings.sqlite_busy_timeout_ms,
                           pool_size=settings.db_pool_size, timeout_ms=settings.db_timeout_ms)
    store = ViolationStore(engine, timeout_ms=settings.db_timeout_ms)
    db = BoundedCalls(settings.db_timeout_ms / 1000)
    readiness = WriteReadiness(store)
    metrics = Metrics()
    holder = EngineHolder(guard)
    standing_policy = load_standing_policy(settings.standing_policy)
    activity = ActivityRecorder(store, local_zone(standing_policy), metrics,
                                flush_seconds=settings.activity_flush_seconds,
                                flush_messages=settings.activity_flush_messages)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        if settings.migrate_on_start:
            # Safe when every worker does it: runs are serialised by a database lock.
            await run_in_threadpool(migrate, engine)
        activity.start()
        holder.start_loading(settings.policy, settings.fingerprint_key, settings.max_chars)
        if guard is not None:
            freeze_heap()  # an injected engine is ready already
        log.info("guard service started, store %s", redact_url(url))
        yield
        app.state.inspector.close()
        await run_in_threadpool(activity.close)  # the last counts: a clean stop loses none
        db.close()
        readiness.close()
        engine.dispose()

    # Nothing but the health checks is served without a key, the API description included,
    # unless GUARD_PUBLIC_DOCS opts in to a public /docs page and /openapi.json (docs.py).
    openapi_url = "/openapi.json" if settings.public_docs else None
    app = FastAPI(title="guard", version="1", description=DESCRIPTION, lifespan=lifespan,
                  openapi_url=openapi_url, docs_url=None, redoc_url=None, telemetry=NO_TELEMETRY)
    app.state.settings = settings
    app.state.auth = Authenticator(settings.all_keys())
    app.state.store = store
    app.state.db = db
    app.state.readiness = readiness
    app.state.metrics = metrics
    app.state.engine = holder
    app.state.activity = activity
    app.state.standings = StandingBoard(StandingQueries(engine), standing_policy)
    app.state.inspector = Inspector(holder, store, db, metrics, settings.max_chars, activity,
                                    threads=settings.engine_threads,
                                    state_days=settings.conversation_state_days)

    errors.install(app)
    openapi.install(app, metrics_public=settings.metrics_access == "public")
    app.include_router(api_router)
    app.include_router(operations_router(settings))
    app.include_router(console_router)
    app.mount(STATIC_PATH, console_static(), name="console-static")
    if settings.public_docs:
        docs.install(app)
    app.add_middleware(EdgeMiddleware, metrics=metrics, max_body_bytes=settings.max_body_bytes)
    return app


# Presidio logs the text around each detected value at DEBUG ("Context list is: 138… 手机号"):
# a service run with debug logging would write raw phone and card numbers to its logs.
VALUE_LOGGERS = ("presidio-analyzer", "presidio-anonymizer")


def _quiet_value_logging() -> None:
    for name in VALUE_LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(max(logger.level, logging.WARNING))


def app_from_env() -> FastAPI:
    return create_app(Settings.from_env())
