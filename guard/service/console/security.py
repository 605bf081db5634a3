"""Sessions, CSRF tokens and the headers of every console response.

A reviewer signs in with a compliance (or admin) API key once; the key is checked like an API
call's (auth.py, constant time) and becomes a session: a random cookie value (HttpOnly,
SameSite=Strict, Secure on https) whose SHA-256 names a row of the store, with an expiry. Each
session has its own CSRF token, sent in every form and compared in constant time; the sign-in
form, which has no session yet, carries a token that must match a short-lived cookie of its own
(double submit).
"""
from __future__ import annotations

import hmac
import secrets
from datetime import timedelta
from urllib.parse import parse_qs

from fastapi import Request
from fastapi.responses import Response

SESSION_COOKIE = "guard_console"
SIGNIN_COOKIE = "guard_console_signin"
SESSION_TTL = timedelta(hours=8)  # a working shift; then sign in again
SIGNIN_TTL_SECONDS = 30 * 60
CONSOLE_ROLES = ("compliance", "admin")

# No script but the console's own file, no inline script or style, never in a frame.
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                                "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def secure_headers(response: Response) -> Response:
    response.headers.update(SECURITY_HEADERS)
    return response


def set_cookie(request: Request, response: Response, name: str, value: str, max_age: int) -> None:
    response.set_cookie(name, value, max_age=max_age, path="/console", httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")


def same_token(sent: str | None, expected: str | None) -> bool:
    if not sent or not expected:
        return False
    return hmac.compare_digest(sent.encode("utf-8", "replace"), expected.encode("utf-8", "replace"))


def new_signin_token() -> str:
    return secrets.token_urlsafe(24)


async def form(request: Request) -> dict[str, list[str]]:
    """A URL-encoded form body (the body size is bounded by the service's middleware)."""
    body = await request.body()
    return parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)


def first(fields: dict[str, list[str]], name: str) -> str | None:
    values = fields.get(name)
    return values[0] if values else None
