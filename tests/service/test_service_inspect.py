"""POST /v1/inspect and /v1/inspect/batch: verdicts, limits (413) and validation (422)."""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from .support import AGENT_CODE, AGENT_WECHAT, BUYER_PHONE, PHONE, agent_message

VERDICT_KEYS = {"id", "action", "masked_text", "findings", "signals", "buyer_notice",
                "violation_ids"}


def test_buyer_phone_is_masked(server):
    with server.client("chat") as c:
        r = c.post("/v1/inspect", json={"id": "m-1", "conversation_id": "c-1", "sender": "buyer",
                                        "buyer_id": "b-1", "text": BUYER_PHONE})
    assert r.status_code == 200, r.text
    v = r.json()
    assert set(v) == VERDICT_KEYS
    assert v["id"] == "m-1"
    assert v["action"] == "deliver_masked"
    assert PHONE not in v["masked_text"]
    [finding] = [f for f in v["findings"] if f["entity_type"] == "CN_PHONE"]
    assert BUYER_PHONE[finding["start"]:finding["end"]] == PHONE
    assert v["violation_ids"] == []


@pytest.mark.parametrize("text,rule", [(AGENT_CODE, "ASK_VERIFICATION_CODE"),
                                       (AGENT_WECHAT, "ASK_OFF_PLATFORM")])
def test_agent_solicitation_is_signalled_and_logged(server, text, rule):
    with server.client("chat") as c:
        r = c.post("/v1/inspect", json=agent_message(text))
    assert r.status_code == 200, r.text
    v = r.json()
    assert rule in {s["rule"] for s in v["signals"]}
    assert v["buyer_notice"] is not None
    assert len(v["violation_ids"]) >= 1
    with server.client("compliance") as c:
        stored = [c.get(f"/v1/violations/{vid}").json() for vid in v["violation_ids"]]
    assert rule in {s["rule"] for s in stored}
    assert all(s["agent_id"] == "agent-7" and s["status"] == "open" for s in stored)


def test_buyer_messages_log_no_violations(server):
    with server.client("chat") as c:
        r = c.post("/v1/inspect", json=agent_message(AGENT_CODE, sender="buyer"))
    assert r.status_code == 200
    assert r.json()["violation_ids"] == []
    with server.client("compliance") as c:
        assert c.get("/v1/violations").json()["violations"] == []


def test_context_numeric_ids_and_extra_fields(server):
    with server.client("chat") as c:
        r = c.post("/v1/inspect", json={
            "id": 42, "sender": "agent", "agent_id": 7, "text": "好的，请稍等",
            "context": [{"sender": "buyer", "text": "退款什么时候到"}],
            "channel": "taobao", "priority": {"any": "thing"}})
    assert r.status_code == 200, r.text
    assert r.json()["id"] == "42"


def test_batch_returns_verdicts_in_order(server):
    messages = [{"id": "b1", "text": BUYER_PHONE}, agent_message(AGENT_CODE, id="b2"),
                {"id": "b3", "text": "谢谢"}]
    with server.client("chat") as c:
        r = c.post("/v1/inspect/batch", json={"messages": messages})
    assert r.status_code == 200, r.text
    verdicts = r.json()["verdicts"]
    assert [v["id"] for v in verdicts] == ["b1", "b2", "b3"]
    assert verdicts[0]["action"] == "deliver_masked"
    assert verdicts[1]["violation_ids"] and not verdicts[2]["violation_ids"]


def test_curl_style_form_content_type_is_read_as_json(server):
    # `curl -d '{…}'` sends application/x-www-form-urlencoded; the documented curl line must work.
    with server.client("chat") as c:
        r = c.post("/v1/inspect", content=json.dumps({"text": BUYER_PHONE, "sender": "buyer"}),
                   headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 200, r.text
    assert PHONE not in r.json()["masked_text"]


def test_concurrent_requests_share_one_engine(server):
    texts = [f"我的手机号是1381234{n:04d}" for n in range(40)] + [AGENT_CODE] * 10

    def one(n_text):
        n, text = n_text
        with server.client("chat") as c:
            return c.post("/v1/inspect", json={"id": f"cc-{n}", "text": text,
                                               "sender": "agent" if text == AGENT_CODE else "buyer"})

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(one, enumerate(texts)))
    assert all(r.status_code == 200 for r in results)
    for (n, text), r in zip(enumerate(texts), results):
        v = r.json()
        assert v["id"] == f"cc-{n}"
        if text != AGENT_CODE:
            assert text[6:] not in v["masked_text"] and v["action"] == "deliver_masked"
        else:
            assert len(v["violation_ids"]) >= 1


# -- limits: 413 ----------------------------------------------------------------------------

def _error(r, status: int) -> dict:
    assert r.status_code == status, (r.status_code, r.text)
    body = r.json()["error"]
    assert set(body) >= {"code", "message", "retryable"}
    return body


def test_text_over_the_char_limit_is_413_naming_the_field(make_server):
    server = make_server(max_chars=50)
    long = "我的手机号是" + PHONE + "。" * 60
    with server.client("chat") as c:
        e = _error(c.post("/v1/inspect", json={"text": long}), 413)
        assert e["field"] == "text" and "50" in e["message"]
        e = _error(c.post("/v1/inspect/batch", json={"messages": [{"text": "ok"}, {"text": long}]}),
                   413)
        assert e["field"] == "messages[1].text"
        e = _error(c.post("/v1/inspect", json={"text": "ok", "context": [{"text": long}]}), 413)
        assert e["field"] == "context[0].text"
        assert c.post("/v1/inspect", json={"text": "x" * 50}).status_code == 200


def test_batch_over_the_count_limit_is_413(make_server):
    server = make_server(max_batch=2)
    with server.client("chat") as c:
        e = _error(c.post("/v1/inspect/batch", json={"messages": [{"text": "a"}] * 3}), 413)
        assert e["field"] == "messages" and e["code"] == "batch_too_large"
        assert c.post("/v1/inspect/batch", json={"messages": [{"text": "a"}] * 2}).status_code == 200


def test_body_over_the_byte_limit_is_413(make_server):
    server = make_server(max_body_bytes=1000)
    body = json.dumps({"text": "好" * 400}).encode()  # 1200+ bytes, under max_chars
    with server.client("chat") as c:
        e = _error(c.post("/v1/inspect", content=body,
                          headers={"Content-Type": "application/json"}), 413)
        assert e["code"] == "request_too_large"

    def chunks():  # no Content-Length: the limit must hold for streamed bodies too
        for n in range(0, len(body), 100):
            yield body[n:n + 100]

    with server.client("chat") as c:
        e = _error(c.post("/v1/inspect", content=chunks(),
                          headers={"Content-Type": "application/json"}), 413)
        assert e["code"] == "request_too_large"


# -- validation: 422 naming the field --------------------------------------------------------

@pytest.mark.parametrize("body,field", [
    ({"sender": "buyer"}, "text"),
    ({"text": 13812345678}, "text"),
    ({"text": "hi", "sender": "boss"}, "sender"),
    ({"text": "hi", "agent_id": {"x": 1}}, "agent_id"),
    ({"text": "hi", "context": "earlier"}, "context"),
    ({"text": "hi", "context": [{"sender": "robot", "text": "x"}]}, "context[0].sender"),
    ({"text": "hi", "context": [{"sender": "buyer"}]}, "context[0].text"),
    (["not", "an", "object"], "body"),
])
def test_invalid_message_is_422_naming_the_field(server, body, field):
    with server.client("chat") as c:
        e = _error(c.post("/v1/inspect", json=body), 422)
    assert e["code"] == "invalid_request"
    assert e["field"] == field
    assert e["message"].startswith(field + ":")


def test_invalid_batch_entries_are_named(server):
    with server.client("chat") as c:
        e = _error(c.post("/v1/inspect/batch", json={"messages": [{"text": "ok"},
                                                                  {"text": "x", "sender": "bot"}]}),
                   422)
        assert e["field"] == "messages[1].sender"
        e = _error(c.post("/v1/inspect/batch", json={"messages": []}), 422)
        assert e["field"] == "messages"
        e = _error(c.post("/v1/inspect/batch", json={"msgs": []}), 422)
        assert e["field"] == "messages"


@pytest.mark.parametrize("raw", [b"{bad json", b'{"text": "a",}', b"\xff\xfe"])
def test_malformed_json_is_422(server, raw):
    with server.client("chat") as c:
        e = _error(c.post("/v1/inspect", content=raw,
                          headers={"Content-Type": "application/json"}), 422)
    assert e["field"] == "body"
