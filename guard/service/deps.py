"""Typed dependencies of the routes: what a route needs is declared in its signature.

The objects live on the application (built once per worker by `create_app`); these are the only
readers of `app.state`, so a route never reaches into it and a test can swap one object there
(the store, say) and every route sees the swap. `async`: a sync dependency would cost a
threadpool hop on every request.
"""
from __future__ import annotations

from collections import Counter
from typing import Annotated

from fastapi import Depends, Request
from fastapi.exceptions import RequestValidationError

from ..standings import StandingBoard
from ..store import ViolationStore
from ..store.console import ConsoleStore
from .activity import ActivityRecorder
from .auth import Authenticator, require
from .dbcalls import BoundedCalls, WriteReadiness
from .engine import EngineHolder
from .inspection import Inspector
from .keys import ApiKey
from .metrics import Metrics
from .settings import Settings


async def _settings(request: Request) -> Settings:
    return request.app.state.settings


async def _store(request: Request) -> ViolationStore:
    return request.app.state.store


async def _engine(request: Request) -> EngineHolder:
    return request.app.state.engine


async def _db(request: Request) -> BoundedCalls:
    return request.app.state.db


async def _readiness(request: Request) -> WriteReadiness:
    return request.app.state.readiness


async def _metrics(request: Request) -> Metrics:
    return request.app.state.metrics


async def _inspector(request: Request) -> Inspector:
    return request.app.state.inspector


async def _activity(request: Request) -> ActivityRecorder:
    return request.app.state.activity


async def _standings(request: Request) -> StandingBoard:
    return request.app.state.standings


async def _console_store(request: Request) -> ConsoleStore:
    return ConsoleStore(request.app.state.store)  # a thin view of the store: nothing to build


async def _auth(request: Request) -> Authenticator:
    return request.app.state.auth


async def _current_key(request: Request) -> ApiKey:
    # Set by the route's `require(...)` dependency, which runs first (router dependencies).
    return request.state.api_key


SettingsDep = Annotated[Settings, Depends(_settings)]
StoreDep = Annotated[ViolationStore, Depends(_store)]
EngineDep = Annotated[EngineHolder, Depends(_engine)]
DbCallsDep = Annotated[BoundedCalls, Depends(_db)]
ReadinessDep = Annotated[WriteReadiness, Depends(_readiness)]
MetricsDep = Annotated[Metrics, Depends(_metrics)]
InspectorDep = Annotated[Inspector, Depends(_inspector)]
ActivityDep = Annotated[ActivityRecorder, Depends(_activity)]
StandingsDep = Annotated[StandingBoard, Depends(_standings)]
CurrentKey = Annotated[ApiKey, Depends(_current_key)]
ConsoleStoreDep = Annotated[ConsoleStore, Depends(_console_store)]
AuthDep = Annotated[Authenticator, Depends(_auth)]

# Who may call what (admin always may): one place for the access table of docs/service.md.
Inspecting = Depends(require("chat"))
Compliance = Depends(require("compliance"))
ReadingStandings = Depends(require("compliance", "dispatch"))


async def one_value_each(request: Request) -> None:
    """Every query parameter takes one value: `?agent_id=a&agent_id=b` would otherwise
    filter by b alone, silently. (After the key check: a stranger learns nothing.)"""
    counts = Counter(name for name, _ in request.query_params.multi_items())
    repeated = sorted(name for name, n in counts.items() if n > 1)
    if repeated:
        raise RequestValidationError([
            {"loc": ("query", name), "msg": "given more than once", "type": "repeated"}
            for name in repeated])


OneValueEach = Depends(one_value_each)
