"""The service's one ASGI middleware: request metrics and the request body byte limit.

Pure ASGI (cheaper per request than BaseHTTPMiddleware), and one layer rather than two: on
this 2-core machine every wrapper around `send` shows in the request rate.
"""
from __future__ import annotations

import json
import time

from .errors import error_body
from .metrics import Metrics

BODY_METHODS = ("POST", "PUT", "PATCH")


class EdgeMiddleware:
    def __init__(self, app, metrics: Metrics, max_body_bytes: int):
        self.app, self.metrics, self.max_bytes = app, metrics, max_body_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        status = 500

        async def send_wrapper(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            if scope["method"] in BODY_METHODS:
                body = await self._read_body(scope, receive)
                if body is None:
                    status = 413
                    return await self._too_large(send)
                receive = _replay(body, receive)
            await self.app(scope, receive, send_wrapper)
        finally:
            route = scope.get("route")
            # The route template, never the raw path: ids in paths would explode cardinality.
            endpoint = getattr(route, "path", None) or "unmatched"
            self.metrics.observe_request(endpoint, scope["method"], status,
                                         time.perf_counter() - started)

    async def _read_body(self, scope, receive) -> bytes | None:
        """The whole body, or None when it is over the limit, announced or streamed."""
        for name, value in scope["headers"]:
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                return None
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return b""
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _too_large(self, send):
        payload = json.dumps(error_body(
            "request_too_large", f"request body is over the limit of {self.max_bytes} bytes",
            "body")).encode()
        await send({"type": "http.response.start", "status": 413, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
            (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": payload})


def _replay(body: bytes, receive):
    sent = False

    async def replay():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: wait for the disconnect as usual

    return replay
