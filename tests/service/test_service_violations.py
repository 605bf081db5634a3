"""The violation log over HTTP: idempotency, listing and filters, review trail, CSV export,
and the retryable 503 when the log cannot be written."""
from __future__ import annotations

import csv
import io
import sqlite3
import threading
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa
from sqlalchemy.exc import OperationalError

from guard.store import create_engine

from .support import AGENT_CODE, AGENT_WECHAT, agent_message


def _count_rows(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT count(*) FROM violations")).scalar_one()
    finally:
        engine.dispose()


def _post(server, body) -> list[str]:
    with server.client("chat") as c:
        r = c.post("/v1/inspect", json=body)
    assert r.status_code == 200, r.text
    return r.json()["violation_ids"]


def _all(server, **params) -> list[dict]:
    with server.client("compliance") as c:
        r = c.get("/v1/violations", params={"limit": 1000, **params})
    assert r.status_code == 200, r.text
    return r.json()["violations"]


def test_same_message_id_twice_gives_the_same_ids_and_one_row(server, database_url):
    body = agent_message(AGENT_CODE, id="retry-1")
    first = _post(server, body)
    second = _post(server, body)
    assert first and first == second
    assert _count_rows(database_url) == len(first)
    # In a batch, and with the message repeated inside one batch, still no duplicate.
    with server.client("chat") as c:
        r = c.post("/v1/inspect/batch", json={"messages": [body, body]})
    assert [v["violation_ids"] for v in r.json()["verdicts"]] == [first, first]
    assert _count_rows(database_url) == len(first)


def test_concurrent_retries_of_one_message_make_one_row(server, database_url):
    body = agent_message(AGENT_CODE, id="race-1")
    results: list[list[str]] = []
    barrier = threading.Barrier(8)

    def send():
        with server.client("chat") as c:
            barrier.wait()
            results.append(c.post("/v1/inspect", json=body).json()["violation_ids"])

    threads = [threading.Thread(target=send) for _ in range(8)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert len(results) == 8 and all(r == results[0] for r in results) and results[0]
    assert _count_rows(database_url) == len(results[0])


def test_messages_without_id_are_logged_each_time(server, database_url):
    body = agent_message(AGENT_CODE)
    del body["id"]
    a, b = _post(server, body), _post(server, body)
    assert a and b and set(a).isdisjoint(b)
    assert _count_rows(database_url) == len(a) + len(b)


def test_get_one_and_unknown_id(server):
    [vid, *_] = _post(server, agent_message(AGENT_CODE, id="g-1", conversation_id="c-9"))
    with server.client("compliance") as c:
        v = c.get(f"/v1/violations/{vid}").json()
        assert v["id"] == vid and v["message_id"] == "g-1" and v["conversation_id"] == "c-9"
        assert v["status"] == "open" and v["reviews"] == []
        assert 0 <= v["start"] < v["end"] <= len(AGENT_CODE)
        assert v["policy_version"] and v["severity"] and v["excerpt"]
        r = c.get("/v1/violations/no-such-id")
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
        r = c.post("/v1/violations/no-such-id/review", json={"status": "confirmed"})
        assert r.status_code == 404


def test_review_keeps_an_audit_trail(server):
    [vid, *_] = _post(server, agent_message(AGENT_CODE))
    steps = [("compliance", "confirmed", "clear request for the SMS code"),
             ("admin", "disputed", "agent says the buyer asked first"),
             ("compliance", "dismissed", "")]
    for role, status, note in steps:
        with server.client(role) as c:
            r = c.post(f"/v1/violations/{vid}/review", json={"status": status, "note": note})
        assert r.status_code == 200, r.text
        assert r.json()["status"] == status
    with server.client("compliance") as c:
        v = c.get(f"/v1/violations/{vid}").json()
        bad = c.post(f"/v1/violations/{vid}/review", json={"status": "open"})
    assert v["status"] == "dismissed"
    trail = [(t["actor"], t["from_status"], t["to_status"], t["note"]) for t in v["reviews"]]
    assert trail == [("alice", "open", "confirmed", "clear request for the SMS code"),
                     ("root", "confirmed", "disputed", "agent says the buyer asked first"),
                     ("alice", "disputed", "dismissed", "")]
    assert all(datetime.fromisoformat(t["at"]).tzinfo is not None for t in v["reviews"])
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "status"


def _seed(server) -> dict[str, list[str]]:
    ids = {}
    for agent in ("a-1", "a-2"):
        for n, text in enumerate((AGENT_CODE, AGENT_WECHAT)):
            ids[f"{agent}/{n}"] = _post(server, agent_message(text, agent_id=agent))
    return ids


def test_list_filters(server):
    _seed(server)
    every = _all(server)
    assert len(every) >= 4
    assert [v["seq"] for v in every] == sorted(v["seq"] for v in every)
    a1 = _all(server, agent_id="a-1")
    assert a1 and all(v["agent_id"] == "a-1" for v in a1)
    assert len(a1) + len(_all(server, agent_id="a-2")) == len(every)
    code = _all(server, rule="ASK_VERIFICATION_CODE")
    assert code and all(v["rule"] == "ASK_VERIFICATION_CODE" for v in code)
    severity = every[0]["severity"]
    assert all(v["severity"] == severity for v in _all(server, severity=severity))
    with server.client("compliance") as c:
        c.post(f"/v1/violations/{every[0]['id']}/review", json={"status": "confirmed"})
    assert [v["id"] for v in _all(server, status="confirmed")] == [every[0]["id"]]
    assert every[0]["id"] not in {v["id"] for v in _all(server, status="open")}
    combined = _all(server, agent_id="a-2", rule="ASK_OFF_PLATFORM")
    assert combined and all(v["agent_id"] == "a-2" and v["rule"] == "ASK_OFF_PLATFORM"
                            for v in combined)


def test_time_range_filter(server):
    _seed(server)
    every = _all(server)
    pivot = datetime.fromisoformat(every[2]["created_at"])
    since = _all(server, since=pivot.isoformat())
    until = _all(server, until=pivot.isoformat())
    assert {v["id"] for v in since} | {v["id"] for v in until} == {v["id"] for v in every}
    assert not {v["id"] for v in since} & {v["id"] for v in until}
    assert every[2]["id"] in {v["id"] for v in since}
    # A zone-less time is UTC; a later zone-aware one excludes everything so far.
    naive = pivot.astimezone(timezone.utc).replace(tzinfo=None).isoformat()
    assert {v["id"] for v in _all(server, since=naive)} == {v["id"] for v in since}
    later = (datetime.now(timezone.utc) + timedelta(hours=1)).isoformat()
    assert _all(server, since=later) == []
    with server.client("compliance") as c:
        r = c.get("/v1/violations", params={"since": "yesterday"})
    assert r.status_code == 422 and r.json()["error"]["field"] == "since"


def test_pagination_with_cursor(server):
    _seed(server)
    every = _all(server)
    seen, cursor = [], None
    with server.client("compliance") as c:
        while True:
            params = {"limit": 3} | ({"cursor": cursor} if cursor else {})
            page = c.get("/v1/violations", params=params).json()
            seen += [v["id"] for v in page["violations"]]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        # Following on from the end: an empty page that keeps the cursor.
        tail = c.get("/v1/violations", params={"cursor": cursor}).json()
        assert tail == {"violations": [], "next_cursor": cursor, "has_more": False}
        new = _post(server, agent_message(AGENT_CODE))
        after = c.get("/v1/violations", params={"cursor": cursor}).json()
        assert [v["id"] for v in after["violations"]] == new
        for bad, field in ((("cursor", "abc"), "cursor"), (("limit", "0"), "limit"),
                           (("limit", "5000"), "limit"), (("status", "closed"), "status")):
            r = c.get("/v1/violations", params=dict([bad]))
            assert r.status_code == 422 and r.json()["error"]["field"] == field
    assert seen == [v["id"] for v in every]


def test_csv_export_with_filters(server):
    _seed(server)
    _post(server, agent_message(AGENT_CODE, agent_id="=HYPERLINK(\"http://x\")"))
    with server.client("compliance") as c:
        r = c.get("/v1/violations/export.csv")
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/csv")
        assert "attachment" in r.headers["content-disposition"]
        rows = list(csv.DictReader(io.StringIO(r.text)))
        filtered = list(csv.DictReader(io.StringIO(
            c.get("/v1/violations/export.csv", params={"agent_id": "a-1",
                                                       "rule": "ASK_VERIFICATION_CODE"}).text)))
        bom = c.get("/v1/violations/export.csv", params={"bom": "true"}).content
    every = _all(server)
    assert [row["id"] for row in rows] == [v["id"] for v in every]
    assert rows[0]["excerpt"] == every[0]["excerpt"] and rows[0]["rule"] == every[0]["rule"]
    assert filtered and all(r["agent_id"] == "a-1" and r["rule"] == "ASK_VERIFICATION_CODE"
                            for r in filtered)
    assert [r["id"] for r in filtered] == [v["id"] for v in _all(
        server, agent_id="a-1", rule="ASK_VERIFICATION_CODE")]
    # Spreadsheet formula injection is neutralised.
    assert any(r["agent_id"] == "'=HYPERLINK(\"http://x\")" for r in rows)
    assert bom.startswith("\ufeff".encode())


def test_log_write_failure_is_a_retryable_503_and_counted(server, monkeypatch):
    store = server.app.state.store

    def broken(items, states=None):
        raise OperationalError("INSERT …", {}, Exception("server closed the connection"))

    body = agent_message(AGENT_CODE, id="fail-1")
    monkeypatch.setattr(store, "log", broken)
    with server.client("chat") as c:
        r = c.post("/v1/inspect", json=body)
        assert r.status_code == 503
        assert r.headers["retry-after"] == "1"
        e = r.json()["error"]
        assert e["code"] == "violation_log_unavailable" and e["retryable"] is True
        assert AGENT_CODE not in r.text
        # A buyer message logs nothing, so it is not affected.
        assert c.post("/v1/inspect", json={"text": "你好"}).status_code == 200
    with server.client("admin") as c:
        assert "guard_violation_log_failures_total 1.0" in c.get("/metrics").text
    monkeypatch.undo()
    assert _post(server, body)  # the retry succeeds


def test_locked_sqlite_database_gives_503(make_server, database_url):
    if not database_url.startswith("sqlite"):
        return  # a real lock-out is specific to SQLite's single writer; see the test above
    server = make_server(sqlite_busy_timeout_ms=50)
    _post(server, agent_message(AGENT_CODE))  # schema in place
    blocker = sqlite3.connect(database_url.removeprefix("sqlite:///"), isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with server.client("chat") as c:
            r = c.post("/v1/inspect", json=agent_message(AGENT_CODE))
        assert r.status_code == 503 and r.json()["error"]["retryable"] is True
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    with server.client("admin") as c:
        assert "guard_violation_log_failures_total 1.0" in c.get("/metrics").text


def test_metrics_count_findings_signals_and_violations(server):
    _post(server, agent_message(AGENT_CODE))
    with server.client("chat") as c:
        c.post("/v1/inspect", json={"text": "我的手机号是13812345678"})
        c.post("/v1/inspect", json={"sender": "carrier-pigeon", "text": "x"})
    with server.client("admin") as c:
        text = c.get("/metrics").text
    assert 'guard_findings_total{entity_type="CN_PHONE"}' in text
    assert 'guard_signals_total{rule="ASK_VERIFICATION_CODE"}' in text
    assert 'guard_violations_logged_total{rule="ASK_VERIFICATION_CODE"} 1.0' in text
    assert 'guard_http_requests_total{endpoint="/v1/inspect",method="POST",status="200"} 2.0' in text
    assert 'guard_http_requests_total{endpoint="/v1/inspect",method="POST",status="422"} 1.0' in text
    assert 'guard_http_request_duration_seconds_bucket{endpoint="/v1/inspect"' in text
    assert 'guard_http_request_duration_seconds_count{endpoint="/v1/inspect"} 3.0' in text
    assert 'guard_messages_inspected_total{action="deliver_masked",sender="buyer"} 1.0' in text
    assert 'guard_messages_inspected_total{action="hold",sender="agent"} 1.0' in text


def test_metrics_add_up_over_repeated_requests(server):
    # Each series is looked up once and then reused (metrics.py): the counts must still add up.
    with server.client("chat") as c:
        for _ in range(3):
            c.post("/v1/inspect", json={"text": "我的手机号是13812345678"})
    with server.client("admin") as c:
        text = c.get("/metrics").text
    assert 'guard_findings_total{entity_type="CN_PHONE"} 3.0' in text
    assert 'guard_messages_inspected_total{action="deliver_masked",sender="buyer"} 3.0' in text
    assert 'guard_http_requests_total{endpoint="/v1/inspect",method="POST",status="200"} 3.0' in text
