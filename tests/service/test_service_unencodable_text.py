"""A lone surrogate in a message over HTTP is a clear 422, never a 500 (issue 8, item 11):
pydantic's JSON parser refuses "\\ud800" escapes as malformed JSON before the library's own
check (guard.message) would name the field."""
from __future__ import annotations

import pytest

BODIES = {
    "text": b'{"text": "bad \\ud800"}',
    "id": b'{"text": "ok", "id": "\\udc00"}',
    "context": b'{"text": "ok", "context": [{"text": "\\ud83d"}]}',
}


@pytest.mark.parametrize("body", BODIES.values(), ids=BODIES.keys())
def test_a_lone_surrogate_is_a_422_malformed_json(server, body):
    with server.client("chat") as client:
        single = client.post("/v1/inspect", content=body, headers={"content-type": "application/json"})
        batch = client.post("/v1/inspect/batch", content=b'{"messages": [' + body + b"]}",
                            headers={"content-type": "application/json"})
    for r in (single, batch):
        assert r.status_code == 422, r.text
        assert r.json()["error"]["code"] == "invalid_request"
        assert r.json()["error"]["message"] == "body: malformed JSON"
