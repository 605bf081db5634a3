"""Query and path values of the violation endpoints: every bad value is a 422 naming the
parameter (never a 500, never a 200 that ends early), and the CSV export fails before its
first byte when it fails at all."""
from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy.exc import OperationalError

from .support import AGENT_CODE, AGENT_WECHAT, agent_message

LIST, EXPORT = "/v1/violations", "/v1/violations/export.csv"
MAX_SEQ = 2**63 - 1


def _seed(server) -> list[str]:
    ids = []
    with server.client("chat") as c:
        for text in (AGENT_CODE, AGENT_WECHAT):
            r = c.post("/v1/inspect", json=agent_message(text))
            assert r.status_code == 200, r.text
            ids += r.json()["violation_ids"]
    return ids


def _refusal(r) -> str:
    """The field a 422 names (its message starting with it), or what came instead."""
    if r.status_code != 422:
        return f"status {r.status_code}"
    error = r.json()["error"]
    assert error["code"] == "invalid_request" and error["message"].startswith(error["field"] + ":")
    return error["field"]


def _exported_ids(r) -> list[str]:
    assert r.status_code == 200, r.text
    return [row["id"] for row in csv.DictReader(io.StringIO(r.text))]


# Tables of refused values: each test sends its whole table to one server (a server per case
# made these tests cost a minute) and compares what was refused with what should be.
NOT_CURSORS = (
    "²", "①", "９" * 19,                    # str.isdigit() says yes, int() or the database no
    str(MAX_SEQ + 1), "9" * 19, "9" * 40,  # beyond a signed 64-bit seq
    "-1", "+1", " 1", "1 ", "1.0", "0x10", "abc", "1_000",
)


def test_only_ascii_digits_within_seq_range_are_cursors(server):
    with server.client("compliance") as c:
        refused = {v: _refusal(c.get(LIST, params={"cursor": v})) for v in NOT_CURSORS}
    assert refused == dict.fromkeys(NOT_CURSORS, "cursor")


def test_the_largest_seq_and_an_empty_cursor_are_valid_cursors(server):
    ids = _seed(server)
    with server.client("compliance") as c:
        top = c.get(LIST, params={"cursor": str(MAX_SEQ)}).json()
        start = c.get(LIST, params={"cursor": ""}).json()
    assert top == {"violations": [], "next_cursor": str(MAX_SEQ), "has_more": False}
    assert [v["id"] for v in start["violations"]] == ids


# The offset carries these instants beyond what a datetime holds in UTC; before the first
# and after the last representable instant, they bound nothing.
@pytest.mark.parametrize("params", [
    {"since": "0001-01-01T00:00:00+01:00"},
    {"until": "9999-12-31T23:59:59-01:00"},
    {"since": "0001-01-01T00:00:00+14:00", "until": "9999-12-31T23:59:59.999999-14:00"},
])
def test_instants_beyond_the_representable_range_are_clamped(server, params):
    ids = _seed(server)
    with server.client("compliance") as c:
        listed = c.get(LIST, params=params)
        exported = c.get(EXPORT, params=params)
    assert listed.status_code == 200, listed.text
    assert [v["id"] for v in listed.json()["violations"]] == ids
    assert _exported_ids(exported) == ids


NOT_INSTANTS = (
    ("until", "0.5"), ("since", "1700000000"), ("since", "1700000000.25"),  # Unix times
    ("since", "yesterday"), ("until", "2026-13-01T00:00:00"), ("until", "10000-01-01T00:00:00"),
    ("since", "0000-12-31T23:00:00Z"), ("since", ""),
)


def test_since_and_until_accept_iso_8601_only(server):
    cases = [(path, name, value) for path in (LIST, EXPORT) for name, value in NOT_INSTANTS]
    with server.client("compliance") as c:
        refused = {case: _refusal(c.get(case[0], params={case[1]: case[2]})) for case in cases}
    assert refused == {case: case[1] for case in cases}


NUL = "a\x00b"
FILTERS = ("agent_id", "rule", "severity", "status", "since", "until")
QUERY_PARAMETERS = ([(LIST, name) for name in FILTERS + ("cursor", "limit")]
                    + [(EXPORT, name) for name in FILTERS + ("bom",)])


def test_a_nul_in_any_query_value_is_422_naming_it(server):
    _seed(server)
    with server.client("compliance") as c:
        refused = {(path, name): _refusal(c.get(path, params={name: NUL}))
                   for path, name in QUERY_PARAMETERS}
    assert refused == {(path, name): name for path, name in QUERY_PARAMETERS}


def test_a_nul_in_the_violation_id_is_422_naming_it(server):
    [vid, *_] = _seed(server)
    with server.client("compliance") as c:
        get = c.get(f"/v1/violations/{vid}%00")
        review = c.post(f"/v1/violations/{vid}%00/review", json={"status": "confirmed"})
    assert (_refusal(get), _refusal(review)) == ("violation_id", "violation_id")


def test_a_lone_surrogate_is_refused_like_a_nul():
    # A lone surrogate cannot reach the service over HTTP (the server decodes the URL's UTF-8
    # with replacement characters and JSON refuses it), so the shared rule is checked directly.
    from pydantic import TypeAdapter, ValidationError

    from guard.service.schemas import IdText, PlainText

    for kind in (PlainText, IdText):
        with pytest.raises(ValidationError, match="lone surrogates"):
            TypeAdapter(kind).validate_python("a\ud800b")
        assert TypeAdapter(kind).validate_python("a\U0001F600b") == "a\U0001F600b"


def test_export_fails_before_its_first_byte_with_the_error_body(server, monkeypatch):
    _seed(server)
    store = server.app.state.store

    def unreachable(filters, batch=500):
        raise OperationalError("SELECT …", {}, Exception("connection refused"))
        yield  # a generator, like the real one: the failure comes with the first batch

    monkeypatch.setattr(store, "iter_all", unreachable)
    with server.client("compliance") as c:
        r = c.get(EXPORT)
    assert r.status_code == 503 and r.headers["retry-after"] == "1"
    assert r.json()["error"] == {"code": "database_unavailable",
                                 "message": "the database did not answer; retry",
                                 "retryable": True}


def test_an_unexpected_failure_is_a_500_with_the_error_body(server, monkeypatch):
    def broken(filters, after, limit):
        raise RuntimeError("bug")

    monkeypatch.setattr(server.app.state.store, "page", broken)
    with server.client("compliance") as c:
        r = c.get(LIST)
    assert r.status_code == 500
    assert r.json()["error"] == {"code": "internal_error", "message": "internal error",
                                 "retryable": False}


def test_a_query_parameter_given_twice_is_422_naming_it(server):
    # Found by the fuzzer: the last value used to win, so ?agent_id=a&agent_id=b meant b alone.
    with server.client("compliance") as c:
        refused = {(path, name): _refusal(c.get(f"{path}?{name}=1&{name}=2"))
                   for path, name in QUERY_PARAMETERS}
    assert refused == {(path, name): name for path, name in QUERY_PARAMETERS}
