"""Violations: list with a cursor, export as CSV, read one with its audit trail, review.

Roles: compliance (and admin). The chat role cannot read violations.
"""
from __future__ import annotations

import csv
import io
import logging
from datetime import datetime, timezone
from typing import Iterator

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from guard.message import Message

from ..store import Filters
from .auth import require
from .dbcalls import store_unavailable
from .keys import ApiKey
from .errors import ApiError
from .redact import star_numbers
from .schemas import (ErrorOut, ReviewIn, Status, ViolationDetail, ViolationPage, body_doc,
                      parse_body)

log = logging.getLogger(__name__)

router = APIRouter(tags=["violations"], dependencies=[Depends(require("compliance"))])

ERRORS = {
    401: {"model": ErrorOut, "description": "missing or unknown API key"},
    403: {"model": ErrorOut, "description": "the key's role may not read violations"},
    422: {"model": ErrorOut, "description": "invalid parameter (named in `field`)"},
}
NOT_FOUND = {404: {"model": ErrorOut, "description": "no violation with this id"}}


def filters(
    agent_id: str | None = Query(None, max_length=200),
    rule: str | None = Query(None, max_length=64),
    severity: str | None = Query(None, max_length=16),
    status: Status | None = Query(None),
    since: datetime | None = Query(None, description="created_at >= since (ISO 8601, UTC "
                                   "if no zone)"),
    until: datetime | None = Query(None, description="created_at < until (ISO 8601, UTC "
                                   "if no zone)"),
) -> Filters:
    return Filters(agent_id=agent_id, rule=rule, severity=severity, status=status,
                   since=_utc(since), until=_utc(until))


def _utc(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=timezone.utc)


def _cursor(raw: str | None) -> int:
    if raw is None or raw == "":
        return 0
    if not raw.isdigit() or len(raw) > 19:
        raise ApiError(422, "invalid_request", "cursor: not a cursor returned by this API",
                       field="cursor")
    return int(raw)


@router.get("/v1/violations", response_model=ViolationPage, responses=ERRORS,
            summary="List violations in feed order")
def list_violations(
    request: Request,
    f: Filters = Depends(filters),
    cursor: str | None = Query(None, description="next_cursor of the previous page; omit to start"),
    limit: int = Query(100, ge=1, le=1000),
):
    after = _cursor(cursor)
    rows, more = request.app.state.store.page(f, after, limit)
    next_cursor = str(rows[-1]["seq"]) if rows else str(after)
    return JSONResponse({"violations": rows, "next_cursor": next_cursor, "has_more": more})


CSV_COLUMNS = ("id", "seq", "created_at", "updated_at", "agent_id", "conversation_id",
               "message_id", "rule", "severity", "status", "start", "end", "excerpt",
               "fingerprint", "policy_version")
# Free text from chats: a cell starting with one of these is a formula in spreadsheet apps.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def _csv_lines(rows: Iterator[dict], bom: bool) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    head = "\ufeff" if bom else ""
    yield head + buf.getvalue()
    buf.seek(0), buf.truncate()
    for n, row in enumerate(rows, 1):
        writer.writerow([_cell(row[c]) for c in CSV_COLUMNS])
        if n % 200 == 0:
            yield buf.getvalue()
            buf.seek(0), buf.truncate()
    yield buf.getvalue()


# Declared before /v1/violations/{violation_id}, which would otherwise match "export.csv".
@router.get("/v1/violations/export.csv", responses=ERRORS, response_class=StreamingResponse,
            summary="Export violations as CSV (same filters as the list)")
def export_csv(request: Request, f: Filters = Depends(filters),
               bom: bool = Query(False, description="start with a UTF-8 BOM (for Excel)")):
    rows = request.app.state.store.iter_all(f)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return StreamingResponse(
        _csv_lines(rows, bom), media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="violations-{stamp}.csv"'})


@router.get("/v1/violations/{violation_id}", response_model=ViolationDetail,
            responses={**ERRORS, **NOT_FOUND}, summary="One violation with its audit trail")
def get_violation(violation_id: str, request: Request):
    row = request.app.state.store.get(violation_id)
    if row is None:
        raise ApiError(404, "not_found", "no violation with this id")
    return JSONResponse(row)


@router.post("/v1/violations/{violation_id}/review", response_model=ViolationDetail,
             responses={**ERRORS, **NOT_FOUND}, summary="Confirm, dismiss or dispute",
             openapi_extra=body_doc(ReviewIn))
async def review_violation(violation_id: str, request: Request):
    review = parse_body(ReviewIn, await request.body())
    key: ApiKey = request.state.api_key
    app = request.app
    # Masking the note is engine work, writing the review database work: off the event loop.
    note = await run_in_threadpool(mask_note, app.state.engine.get(), review.note)
    try:
        row = await app.state.db.run(app.state.store.review, violation_id, review.status, note,
                                     key.name)
    except SQLAlchemyError as err:
        log.error("review write failed (%s)", type(err).__name__)
        raise store_unavailable(err) from None
    if row is None:
        raise ApiError(404, "not_found", "no violation with this id")
    return JSONResponse(row)


def mask_note(guard, note: str) -> str:
    """Reviewers paste evidence into notes; the store must never hold a raw phone, card or ID
    number. A note is masked like a buyer message, then every number a recognizer accepts is
    starred whatever its context (see redact.py), since a cue word in a note ("id", "订单")
    would otherwise keep the engine from masking it."""
    if not note:
        return note
    verdict = guard.inspect(Message(text=note, sender="buyer"))
    masked = verdict.masked_text
    if any(note[f.start:f.end] in masked for f in verdict.findings):
        # The policy let some value through unmasked (e.g. "allow"): star out every finding.
        chars = list(note)
        for f in verdict.findings:
            chars[f.start:f.end] = "*" * (f.end - f.start)
        masked = "".join(chars)
    return star_numbers(masked)
