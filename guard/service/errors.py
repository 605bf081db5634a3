"""One error body for every failure, and handlers that never echo request content.

    {"error": {"code": "...", "message": "...", "field": "...", "retryable": false}}

Validation errors name the offending field ("messages[2].sender") but never repeat the value:
a chat message may hold a phone or card number, and error bodies end up in client logs.
"""
from __future__ import annotations

import logging
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        field: str | None = None,
        retryable: bool = False,
        headers: dict[str, str] | None = None,
    ):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.field, self.retryable, self.headers = field, retryable, headers


def error_body(code: str, message: str, field: str | None = None, retryable: bool = False,
               **extra: Any) -> dict:
    body: dict[str, Any] = {"code": code, "message": message, "retryable": retryable}
    if field is not None:
        body["field"] = field
    body.update(extra)
    return {"error": body}


def field_path(loc: tuple | list) -> str:
    """('body', 'messages', 2, 'sender') -> 'messages[2].sender'."""
    parts = list(loc)
    if parts and parts[0] in ("body", "query", "path", "header"):
        parts = parts[1:]
    out = ""
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            out += ("." if out else "") + str(p)
    return out or "body"


async def api_error_handler(_request: Request, exc: ApiError) -> JSONResponse:
    return JSONResponse(
        error_body(exc.code, exc.message, exc.field, exc.retryable),
        status_code=exc.status,
        headers=exc.headers,
    )


async def validation_error_handler(_request: Request, exc: RequestValidationError) -> JSONResponse:
    fields = []
    for err in exc.errors():
        if err.get("type") == "json_invalid":
            fields.append({"field": "body", "message": "malformed JSON", "type": "json_invalid"})
            continue
        # err["msg"] is pydantic's generic text ("Input should be a valid string"); err["input"]
        # and err["ctx"] may hold the submitted value and are deliberately dropped.
        fields.append({"field": field_path(err.get("loc", ())),
                       "message": err.get("msg", "invalid"), "type": err.get("type", "invalid")})
    first = fields[0] if fields else {"field": "body", "message": "invalid request"}
    message = f"{first['field']}: {first['message']}"
    return JSONResponse(
        error_body("invalid_request", message, first["field"], False, fields=fields),
        status_code=422,
    )


async def http_error_handler(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    detail = exc.detail if isinstance(exc.detail, str) else "request failed"
    return JSONResponse(error_body(code, detail), status_code=exc.status_code,
                        headers=getattr(exc, "headers", None))


async def database_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    # The type only: a driver's message can carry statement parameters.
    log.warning("database unavailable (%s)", type(exc).__name__)
    return JSONResponse(error_body("database_unavailable", "the database did not answer; retry",
                                   retryable=True),
                        status_code=503, headers={"Retry-After": "1"})


async def internal_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    # Starlette re-raises the exception after this answer, so it is still logged in full.
    return JSONResponse(error_body("internal_error", "internal error"), status_code=500)


def install(app) -> None:
    app.add_exception_handler(ApiError, api_error_handler)
    app.add_exception_handler(RequestValidationError, validation_error_handler)
    app.add_exception_handler(StarletteHTTPException, http_error_handler)
    # Unreachable, locked or timed-out database (connection lost, lock wait, pool exhausted).
    app.add_exception_handler(OperationalError, database_error_handler)
    app.add_exception_handler(PoolTimeoutError, database_error_handler)
    app.add_exception_handler(Exception, internal_error_handler)
