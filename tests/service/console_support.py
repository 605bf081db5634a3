"""Helpers of the review console's tests: signing in over HTTP, reading pages, making entries."""
from __future__ import annotations

import html
import re

import httpx

from .support import AGENT_CODE, KEYS, agent_message

CSRF = re.compile(r'name="csrf" value="([^"]*)"')
ROW_IDS = re.compile(r'<tr class="row[^"]*" data-href="/console/items/([^"?]+)')
AUDIT_ROWS = re.compile(r'<td class="actor">([^<]*)</td><td>([^<]*)</td>')


def csrf_of(page: str) -> str:
    return html.unescape(CSRF.search(page).group(1))


def signin(client: httpx.Client, key: str) -> httpx.Response:
    """Sign in through the form, as a browser does: the form's token, then the key."""
    form = client.get("/console/signin")
    assert form.status_code == 200, form.text
    return client.post("/console/signin", data={"csrf": csrf_of(form.text), "key": key})


def reviewer(server, role: str = "compliance") -> httpx.Client:
    client = httpx.Client(base_url=server.url, timeout=60)
    r = signin(client, KEYS[role].key)
    assert r.status_code == 303 and r.headers["location"] == "/console/queue", r.text
    return client


def queue_ids(page: str) -> list[str]:
    return ROW_IDS.findall(page)


def log_entries(server, texts=(AGENT_CODE,), agent_id: str = "agent-7") -> list[str]:
    """Violations logged by the real inspection path; their ids in order."""
    ids = []
    with server.client("chat") as c:
        for text in texts:
            r = c.post("/v1/inspect", json=agent_message(text, agent_id=agent_id))
            assert r.status_code == 200 and r.json()["violation_ids"], r.text
            ids += r.json()["violation_ids"]
    return ids


def review(client: httpx.Client, violation_id: str, action: str, note: str = "", **filters) -> httpx.Response:
    page = client.get(f"/console/items/{violation_id}")
    assert page.status_code == 200, page.text
    return client.post(f"/console/items/{violation_id}/review",
                       data={"csrf": csrf_of(page.text), "action": action, "note": note, **filters})
