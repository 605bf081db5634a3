"""Access: every endpoint refuses a missing/unknown key (401) and a wrong role (403)."""
from __future__ import annotations

import pytest

from guard.service.keys import ROLES, ConfigError
from guard.service.settings import Settings

from .support import AGENT_CODE, KEYS, agent_message


def _violation_id(server) -> str:
    with server.client("chat") as c:
        r = c.post("/v1/inspect", json=agent_message(AGENT_CODE))
    assert r.status_code == 200, r.text
    assert r.json()["violation_ids"], "the engine should flag a verification-code request"
    return r.json()["violation_ids"][0]


def _endpoints(vid: str):
    # (method, path, request kwargs, roles allowed besides admin)
    return [
        ("POST", "/v1/inspect", {"json": {"text": "你好", "sender": "buyer"}}, {"chat"}),
        ("POST", "/v1/inspect/batch", {"json": {"messages": [{"text": "你好"}]}}, {"chat"}),
        ("GET", "/v1/violations", {}, {"compliance"}),
        ("GET", "/v1/violations/export.csv", {}, {"compliance"}),
        ("GET", f"/v1/violations/{vid}", {}, {"compliance"}),
        ("POST", f"/v1/violations/{vid}/review", {"json": {"status": "disputed", "note": "n"}},
         {"compliance"}),
        ("GET", "/v1/agents/agent-7/standing", {}, {"compliance", "dispatch"}),
        ("GET", "/v1/standings", {}, {"compliance", "dispatch"}),
        ("GET", "/v1/agents/agent-7/history", {}, {"compliance", "dispatch"}),
        ("GET", "/v1/rules/quality", {}, {"compliance", "dispatch"}),
        ("GET", "/metrics", {}, set()),
        ("GET", "/openapi.json", {}, {"chat", "compliance"}),
    ]


def test_every_endpoint_checks_key_and_role(server):
    vid = _violation_id(server)
    for method, path, kwargs, allowed in _endpoints(vid):
        with server.client() as anon:
            r = anon.request(method, path, **kwargs)
            assert r.status_code == 401, (method, path, r.status_code)
            assert r.headers["www-authenticate"] == "Bearer"
            assert r.json()["error"]["code"] == "unauthorized"
            r = anon.request(method, path, headers={"Authorization": "Bearer not-a-key-at-all-123"},
                             **kwargs)
            assert r.status_code == 401, (method, path)
            assert "not-a-key-at-all-123" not in r.text
        for role in ROLES:
            with server.client(role) as c:
                r = c.request(method, path, **kwargs)
            if role == "admin" or role in allowed:
                assert r.status_code == 200, (method, path, role, r.status_code, r.text)
            else:
                assert r.status_code == 403, (method, path, role, r.status_code)
                assert r.json()["error"]["code"] == "forbidden"


def test_x_api_key_header_and_other_schemes(server):
    with server.client() as c:
        ok = c.post("/v1/inspect", json={"text": "你好"}, headers={"X-API-Key": KEYS["chat"].key})
        assert ok.status_code == 200
        basic = c.post("/v1/inspect", json={"text": "你好"},
                       headers={"Authorization": f"Basic {KEYS['chat'].key}"})
        assert basic.status_code == 401
        wrong = c.get("/v1/violations", headers={"X-API-Key": KEYS["chat"].key})
        assert wrong.status_code == 403


def test_health_checks_need_no_key(server):
    with server.client() as c:
        assert c.get("/healthz").json() == {"status": "ok"}
        ready = c.get("/readyz")
        assert ready.status_code == 200
        assert ready.json()["engine"] == "ok" and ready.json()["database"] == "ok"
        assert ready.json()["policy_version"]
        assert c.get("/docs").status_code == 404  # no public API docs by default


@pytest.mark.parametrize("access,anon,chat,compliance", [
    ("public", 200, 200, 200),
    ("compliance", 401, 403, 200),
])
def test_metrics_access_is_configurable(make_server, access, anon, chat, compliance):
    server = make_server(metrics_access=access)
    with server.client() as c:
        assert c.get("/metrics").status_code == anon
    for role, expected in (("chat", chat), ("compliance", compliance), ("admin", 200)):
        with server.client(role) as c:
            assert c.get("/metrics").status_code == expected


def test_public_docs_opt_in(make_server):
    server = make_server(public_docs=True)
    with server.client() as c:
        assert c.get("/openapi.json").status_code == 200
        assert c.get("/docs").status_code == 200
        assert c.get("/v1/violations").status_code == 401


# -- configuration of keys (no server) ------------------------------------------------------

def test_keys_from_env_and_file(tmp_path):
    f = tmp_path / "keys"
    f.write_text("# reviewers\nbob:compliance:bbbbbbbbbbbbbbbbbbbb\n\nops:admin:cccccccccccccccccccc\n")
    s = Settings.from_env({"GUARD_API_KEYS": "chat1:chat:aaaaaaaaaaaaaaaa:with-colon,",
                           "GUARD_API_KEYS_FILE": str(f)})
    assert [(k.name, k.role) for k in s.api_keys] == [
        ("chat1", "chat"), ("bob", "compliance"), ("ops", "admin")]
    assert s.api_keys[0].key == "aaaaaaaaaaaaaaaa:with-colon"
    assert "aaaaaaaaaaaaaaaa" not in repr(s)


@pytest.mark.parametrize("value,expected", [
    ("only-two:chat", "is not name:role:key"),
    ("x:boss:aaaaaaaaaaaaaaaaaaaa", "unknown role"),
    ("x:chat:tiny-secret", "shorter than"),
    ("x:chat:aaaaaaaaaaaaaaaaaaaa,x:admin:bbbbbbbbbbbbbbbbbbbb", "unique"),
])
def test_bad_keys_are_refused_without_echoing_secrets(value, expected):
    with pytest.raises(ConfigError) as err:
        Settings.from_env({"GUARD_API_KEYS": value})
    assert expected in str(err.value)
    for secret in ("aaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbb", "tiny-secret"):
        assert secret not in str(err.value)


def test_no_keys_refuses_to_start_and_demo_key_needs_demo_mode():
    with pytest.raises(ConfigError, match="no API keys configured"):
        Settings.from_env({}).check()
    # A demo key in the environment is ignored outside demo mode.
    with pytest.raises(ConfigError):
        Settings.from_env({"GUARD_DEMO_KEY": "demo-xxxxxxxxxxxxxxxxxxxxxxxx"}).check()
    demo = Settings.from_env({"GUARD_DEMO": "1", "GUARD_DEMO_KEY": "demo-xxxxxxxxxxxxxxxxxxxxxxxx"})
    demo.check()
    assert [(k.name, k.role) for k in demo.all_keys()] == [("demo", "admin")]
