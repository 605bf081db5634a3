"""Standings (issue 11): an agent's standing and its daily history, every agent's standing by
cursor, and the rules' review quality. Roles: compliance, dispatch (and admin).
"""
from __future__ import annotations

import base64
import binascii
from dataclasses import asdict
from datetime import datetime, timedelta, timezone
from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from ...standings import standing_dict
from ..deps import OneValueEach, ReadingStandings, StandingsDep
from ..errors import ApiError
from ..schemas import (ErrorOut, HistoryOut, IdText, Instant, PlainText, RuleQualityPage,
                       StandingOut, StandingPage)

router = APIRouter(tags=["standing"], dependencies=[ReadingStandings, OneValueEach])

ERRORS = {
    401: {"model": ErrorOut, "description": "missing or unknown API key"},
    403: {"model": ErrorOut, "description": "the key's role may not read standings"},
    422: {"model": ErrorOut, "description": "invalid parameter (named in `field`)"},
}
# A standing is computed day by day from the agent's first day up to `at` (and a year past it,
# for the recovery date): `at` is kept to times the store can describe.
EARLIEST_AT = datetime(2000, 1, 1, tzinfo=timezone.utc)
LATEST_AHEAD = timedelta(days=366)
AT_DOC = ("the time of the standing: ISO 8601, UTC if no zone; default now; from 2000 to a year "
          "ahead")
HISTORY_DAYS, MAX_HISTORY_DAYS = 90, 366
WEEKS, MAX_WEEKS = 12, 52

AgentId = Annotated[IdText, Path(description="the agent's id")]
At = Annotated[Instant | None, Query(description=AT_DOC)]


def _agent_cursor(value) -> str | None:
    """Cursors name the last agent of a page, base64url-encoded (opaque to clients)."""
    if value in ("", None):
        return None
    try:
        if not isinstance(value, str) or not value.isascii():
            raise ValueError
        agent = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode("utf-8")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise PydanticCustomError("cursor", "not a cursor returned by this API") from None
    # Only what encode_cursor makes: the decoder skips characters outside the alphabet.
    if "\x00" in agent or len(agent) > 200 or encode_cursor(agent) != value:
        raise PydanticCustomError("cursor", "not a cursor returned by this API")
    return agent


AgentCursor = Annotated[str | None, PlainValidator(_agent_cursor), WithJsonSchema({"type": "string"})]


def encode_cursor(agent_id: str | None) -> str:
    return base64.urlsafe_b64encode(agent_id.encode("utf-8")).decode("ascii").rstrip("=") if agent_id else ""


def _time(at: datetime | None) -> datetime:
    now = datetime.now(timezone.utc)
    if at is None:
        return now
    if not EARLIEST_AT <= at <= now + LATEST_AHEAD:
        raise ApiError(422, "invalid_request", "at: must be from 2000-01-01 to a year from now",
                       field="at")
    return at


@router.get("/v1/agents/{agent_id}/standing", response_model=StandingOut, responses=ERRORS,
            summary="An agent's standing: score, tier, daily grab cap and why")
def agent_standing(agent_id: AgentId, board: StandingsDep, at: At = None):
    return standing_dict(board.standing(agent_id, _time(at)), board.policy)


@router.get("/v1/standings", response_model=StandingPage, responses=ERRORS,
            summary="Standings of every agent with activity or violations, in agent id order")
def standings(
    board: StandingsDep,
    at: At = None,
    tier: Annotated[PlainText | None, Query(max_length=32, description="only agents in this tier")] = None,
    cursor: Annotated[AgentCursor, Query(
        description="next_cursor of the previous page; omit (or send empty) to start")] = None,
    limit: int = Query(100, ge=1, le=500),
):
    if tier is not None and tier not in [t.name for t in board.policy.tiers]:
        raise ApiError(422, "invalid_request",
                       f"tier: must be one of {', '.join(t.name for t in board.policy.tiers)}",
                       field="tier")
    page = board.page(_time(at), cursor, limit, tier)
    return {"standings": [standing_dict(s, board.policy) for s in page.standings],
            "next_cursor": encode_cursor(page.last_agent), "has_more": page.has_more}


@router.get("/v1/agents/{agent_id}/history", response_model=HistoryOut, responses=ERRORS,
            summary="An agent's standing at the end of each day (for a chart)")
def agent_history(agent_id: AgentId, board: StandingsDep, at: At = None,
                  days: int = Query(HISTORY_DAYS, ge=1, le=MAX_HISTORY_DAYS)):
    when = _time(at)
    points = board.history(agent_id, when, days)
    return {"agent_id": agent_id, "at": when, "policy_version": board.policy.version,
            "days": [{**asdict(p.point), "conversations": p.conversations, "messages": p.messages}
                     for p in points]}


@router.get("/v1/rules/quality", response_model=RuleQualityPage, responses=ERRORS,
            summary="Per rule: violations logged, reviews and confirmation rates, by week")
def rules_quality(board: StandingsDep, at: At = None,
                  weeks: int = Query(WEEKS, ge=1, le=MAX_WEEKS, description="weeks of rates, this one last")):
    when = _time(at)
    rules = []
    for q in board.rule_quality(when, weeks):
        rules.append({
            "rule": q.rule, "logged": q.logged, "open": q.by_status["open"], "reviewed": q.reviewed,
            "confirmed": q.confirmed, "dismissed": q.by_status["dismissed"],
            "disputed": q.by_status["disputed"], "confirmation_rate": q.confirmation_rate,
            "scorer_rate": q.scorer_rate,
            "weeks": [{"week_start": w.week_start, "reviewed": w.reviewed, "confirmed": w.confirmed,
                       "confirmation_rate": w.confirmed / w.reviewed if w.reviewed else None}
                      for w in q.weeks]})
    return {"at": when, "rules": rules}
