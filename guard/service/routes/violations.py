"""Violations: list with a cursor, export as CSV, read one with its audit trail, review.

Roles: compliance (and admin). The chat role cannot read violations.
"""
from __future__ import annotations

import csv
import io
import logging
from datetime import datetime, timezone
from itertools import chain
from typing import Annotated, Iterator

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from guard.message import Message

from ...store import Filters
from ..dbcalls import store_unavailable
from ..deps import Compliance, CurrentKey, DbCallsDep, EngineDep, OneValueEach, StoreDep
from ..errors import ApiError
from ..redact import star_numbers
from ..schemas import (Cursor, ErrorOut, IdText, Instant, PlainText, ReviewIn,
                      Status, ViolationDetail, ViolationPage, body_doc, parse_body)


log = logging.getLogger(__name__)


router = APIRouter(tags=["violations"], dependencies=[Compliance, OneValueEach])

ERRORS = {
    401: {"model": ErrorOut, "description": "missing or unknown API key"},
    403: {"model": ErrorOut, "description": "the key's role may not read violations"},
    422: {"model": ErrorOut, "description": "invalid parameter (named in `field`)"},
}
NOT_FOUND = {404: {"model": ErrorOut, "description": "no violation with this id"}}


INSTANT_DOC = ("ISO 8601 date and time, UTC if no zone; an instant beyond year 1 or 9999 "
               "in UTC counts as that bound")
SINCE_DOC, UNTIL_DOC = "created_at >= since; " + INSTANT_DOC, "created_at < until; " + INSTANT_DOC


def filters(
    agent_id: Annotated[IdText | None, Query()] = None,
    rule: Annotated[PlainText | None, Query(max_length=64)] = None,
    severity: Annotated[PlainText | None, Query(max_length=16)] = None,
    status: Status | None = Query(None),
    since: Annotated[Instant | None, Query(description=SINCE_DOC)] = None,
    until: Annotated[Instant | None, Query(description=UNTIL_DOC)] = None,
) -> Filters:
    return Filters(agent_id=agent_id, rule=rule, severity=severity, status=status,
                   since=since, until=until)


ViolationId = Annotated[IdText, Path(description="the violation's id")]


@router.get("/v1/violations", response_model=ViolationPage, responses=ERRORS,
            summary="List violations in feed order")
def list_violations(
    store: StoreDep,
    f: Filters = Depends(filters),
    cursor: Annotated[Cursor | None, Query(
        description="next_cursor of the previous page; omit (or send empty) to start")] = None,
    limit: int = Query(100, ge=1, le=1000),
):
    after = cursor or 0
    rows, more = store.page(f, after, limit)
    next_cursor = str(rows[-1]["seq"]) if rows else str(after)
    return JSONResponse({"violations": rows, "next_cursor": next_cursor, "has_more": more})


CSV_COLUMNS = ("id", "seq", "created_at", "updated_at", "agent_id", "conversation_id",
               "message_id", "rule", "severity", "status", "start", "end", "excerpt",
               "fingerprint", "policy_version", "confidence", "basis")
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
def export_csv(store: StoreDep, f: Filters = Depends(filters),
               bom: bool = Query(False, description="start with a UTF-8 BOM (for Excel)")):
    # Once the first byte is sent the status is 200 for good, and a failure can only cut the
    # body short. So the parameters are checked (above) and the first batch is read here,
    # before the response starts: a bad filter or an unreachable database is an error status
    # with the usual error body, never a 200 with a truncated file.
    return csv_export(store, f, bom)


def csv_export(store, f: Filters, bom: bool) -> StreamingResponse:
    """The CSV of the violations matching `f` (the API's export and the review console's)."""
    rows = store.iter_all(f)
    first = next(rows, None)
    if first is not None:
        rows = chain([first], rows)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return StreamingResponse(
        _csv_lines(rows, bom), media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="violations-{stamp}.csv"'})


@router.get("/v1/violations/{violation_id}", response_model=ViolationDetail,
            responses={**ERRORS, **NOT_FOUND}, summary="One violation with its audit trail")
def get_violation(violation_id: ViolationId, store: StoreDep):
    row = store.get(violation_id)
    if row is None:
        raise ApiError(404, "not_found", "no violation with this id")
    return JSONResponse(row)


@router.post("/v1/violations/{violation_id}/review", response_model=ViolationDetail,
             responses={**ERRORS, **NOT_FOUND}, summary="Confirm, dismiss or dispute",
             openapi_extra=body_doc(ReviewIn))
async def review_violation(violation_id: ViolationId, request: Request, key: CurrentKey,
                           store: StoreDep, engine: EngineDep, db: DbCallsDep):
    review = parse_body(ReviewIn, await request.body())
    # Masking the note is engine work, writing the review database work: off the event loop.
    note = await run_in_threadpool(mask_note, engine.get(), review.note)
    try:
        row = await db.run(store.review, violation_id, review.status, note, key.name)
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
