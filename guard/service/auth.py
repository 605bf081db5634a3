"""API keys with roles.

Keys are compared in constant time: the presented key is hashed and compared with
hmac.compare_digest against the hash of *every* configured key (no early exit), so neither
the position nor the length of a matching key shows in the timing. Keys are never logged and
never echoed; only the key's name travels further (review audit records, logs).
"""
from __future__ import annotations

import hashlib
import hmac

from fastapi import Request

from .errors import ApiError
from .keys import ApiKey


def _digest(secret: str) -> bytes:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).digest()


class Authenticator:
    def __init__(self, keys: tuple[ApiKey, ...]):
        self._keys = [(_digest(k.key), k) for k in keys]

    def identify(self, presented: str | None) -> ApiKey | None:
        if not presented:
            return None
        probe = _digest(presented)
        found = None
        for digest, key in self._keys:
            if hmac.compare_digest(probe, digest):
                found = key  # keep looping: the time must not depend on which key matched
        return found


def presented_key(headers) -> str | None:
    auth = headers.get("authorization")
    if auth:
        scheme, _, credentials = auth.partition(" ")
        return credentials.strip() if scheme.lower() == "bearer" else None
    return headers.get("x-api-key")


def require(*roles: str):
    """A dependency admitting keys of the given roles (admin is always admitted).

    One plain dependency reading the headers itself: FastAPI's HTTPBearer/APIKeyHeader pair
    costs two more dependency resolutions per request. The schemes are documented in
    openapi.py. `async`: a sync dependency would cost a threadpool hop on every request.
    """
    allowed = frozenset(roles) | {"admin"}

    async def dependency(request: Request) -> ApiKey:
        key = request.app.state.auth.identify(presented_key(request.headers))
        if key is None:
            raise ApiError(
                401,
                "unauthorized",
                "missing or unknown API key (send Authorization: Bearer <key> or X-API-Key)",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if key.role not in allowed:
            raise ApiError(403, "forbidden", f"the {key.role!r} role may not use this endpoint")
        request.state.api_key = key
        return key

    return dependency
