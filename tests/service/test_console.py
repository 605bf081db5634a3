"""The review console over real HTTP, on SQLite and PostgreSQL: sign-in and its refusals, CSRF,
security headers, claims, attributed and bulk reviews, filters, the language switch, and no raw
phone, card or ID number on any page."""
from __future__ import annotations

import html
import random
import re
import threading
from datetime import date, datetime, timedelta, timezone

import httpx
import pytest

from guard.store import NewViolation, ViolationStore, create_engine
from guard.service.console import charts, render
from guard.standing import load_standing_policy
from guard.standing.scorer import HistoryPoint
from guard.standings import DayPoint, WeekQuality
from guard.store.console import ConsoleStore
from samples import kit

from .console_support import AUDIT_ROWS, csrf_of, log_entries, queue_ids, review, reviewer, signin
from .support import AGENT_CODE, AGENT_WECHAT, KEYS, PHONE

PAGES_TO_CHECK = ("/console/queue?status=all", "/console/rules", "/console/signin")


@pytest.mark.parametrize("key, status, words", [
    (KEYS["chat"].key, 403, "只有 compliance"),
    (KEYS["dispatch"].key, 403, "只有 compliance"),
    ("not-a-key-of-this-service-000", 401, "密钥无效"),
    ("", 401, "密钥无效"),
], ids=["chat key", "dispatch key", "unknown key", "no key"])
def test_sign_in_is_refused_for_chat_dispatch_and_unknown_keys(server, key, status, words):
    with httpx.Client(base_url=server.url) as client:
        r = signin(client, key)
        assert r.status_code == status and words in r.text
        assert "guard_console" not in client.cookies
        assert key[:12] not in r.text or not key  # the key is never echoed
        assert client.get("/console/queue").status_code == 303  # still signed out


@pytest.mark.parametrize("role", ["compliance", "admin"])
def test_compliance_and_admin_keys_sign_in_to_a_session_cookie(server, role):
    with httpx.Client(base_url=server.url) as client:
        r = signin(client, KEYS[role].key)
        assert r.status_code == 303
        cookie = r.headers["set-cookie"]
        assert "guard_console=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
        assert "Max-Age=" in cookie and KEYS[role].key not in cookie
        page = client.get("/console/queue")
        assert page.status_code == 200 and KEYS[role].name in page.text


def test_the_session_cookie_is_secure_behind_https(server):
    # As behind a TLS-terminating proxy on loopback (uvicorn trusts its X-Forwarded-Proto).
    # The client speaks plain http to the test server, so it would not send Secure cookies back:
    # the form's cookie is passed by hand.
    with httpx.Client(base_url=server.url, headers={"X-Forwarded-Proto": "https"}) as client:
        form = client.get("/console/signin")
        assert "; Secure" in form.headers["set-cookie"]
        r = client.post("/console/signin", data={"csrf": csrf_of(form.text), "key": KEYS["compliance"].key},
                        headers={"Cookie": form.headers["set-cookie"].split(";")[0]})
        assert r.status_code == 303 and "; Secure" in r.headers["set-cookie"]
    with httpx.Client(base_url=server.url) as client:
        assert "; Secure" not in signin(client, KEYS["compliance"].key).headers["set-cookie"]


def test_sign_out_ends_the_session_on_the_server(server):
    client = reviewer(server)
    cookie = client.cookies["guard_console"]
    page = client.get("/console/queue")
    assert client.post("/console/signout", data={"csrf": csrf_of(page.text)}).status_code == 303
    with httpx.Client(base_url=server.url, cookies={"guard_console": cookie}) as replay:
        assert replay.get("/console/queue").headers["location"] == "/console/signin"


def test_sign_in_without_the_forms_token_is_refused(server):
    with httpx.Client(base_url=server.url) as client:
        client.get("/console/signin")
        r = client.post("/console/signin", data={"csrf": "forged", "key": KEYS["compliance"].key})
        assert r.status_code == 403 and "guard_console" not in client.cookies


@pytest.mark.parametrize("token", [None, "", "wrong-token"], ids=["missing", "empty", "wrong"])
def test_a_review_without_the_sessions_csrf_token_is_refused_and_changes_nothing(server, token):
    [vid] = log_entries(server)
    client = reviewer(server)
    client.get(f"/console/items/{vid}")
    data = {"action": "confirmed", "note": "x"}
    if token is not None:
        data["csrf"] = token
    r = client.post(f"/console/items/{vid}/review", data=data)
    assert r.status_code == 403 and "CSRF" in r.text
    r = client.post("/console/bulk", data={**data, "ids": vid})
    assert r.status_code == 403
    with server.client("compliance") as api:
        assert api.get(f"/v1/violations/{vid}").json()["reviews"] == []


def test_another_sessions_csrf_token_is_refused(server):
    [vid] = log_entries(server)
    alice, root = reviewer(server), reviewer(server, "admin")
    roots_token = csrf_of(root.get("/console/queue").text)
    alice.get(f"/console/items/{vid}")
    r = alice.post(f"/console/items/{vid}/review", data={"csrf": roots_token, "action": "dismissed"})
    assert r.status_code == 403


def test_every_page_sends_a_strict_content_security_policy_and_no_store(server):
    [vid] = log_entries(server)
    client = reviewer(server)
    for path in ("/console/signin", "/console/queue", f"/console/items/{vid}", "/console/agents/agent-7",
                 "/console/rules"):
        r = client.get(path)
        assert r.status_code == 200, path
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert r.headers["x-frame-options"] == "DENY" and r.headers["cache-control"] == "no-store"
        assert "<script>" not in r.text and " onclick=" not in r.text  # no inline script
    assert client.get("/console/static/console.js").status_code == 200
    assert client.get("/console/static/console.css").status_code == 200


def test_signed_out_visitors_are_sent_to_the_sign_in_page(server):
    [vid] = log_entries(server)
    with httpx.Client(base_url=server.url) as client:
        for path in ("/console/queue", f"/console/items/{vid}", "/console/agents/agent-7", "/console/rules",
                     "/console/queue.csv"):
            r = client.get(path)
            assert r.status_code == 303 and r.headers["location"] == "/console/signin", path
        r = client.post(f"/console/items/{vid}/review", data={"action": "confirmed"})
        assert r.status_code == 303


def test_two_reviewers_opening_one_entry_at_once_one_gets_the_claim(server):
    [vid] = log_entries(server)
    clients = [reviewer(server), reviewer(server, "admin")]
    barrier = threading.Barrier(2)
    pages = [None, None]

    def open_item(n):
        barrier.wait()
        pages[n] = clients[n].get(f"/console/items/{vid}").text

    threads = [threading.Thread(target=open_item, args=(n,)) for n in range(2)]
    [t.start() for t in threads]
    [t.join(30) for t in threads]
    mine = ['class="claim mine"' in p for p in pages]
    assert sorted(mine) == [False, True]
    loser = clients[mine.index(False)]
    page = pages[mine.index(False)]
    assert "<fieldset disabled>" in page
    r = loser.post(f"/console/items/{vid}/review", data={"csrf": csrf_of(page), "action": "dismissed"})
    assert r.status_code == 409
    with server.client("compliance") as api:
        assert api.get(f"/v1/violations/{vid}").json()["status"] == "open"
    # The queue shows the entry as held to the loser, with its checkbox disabled.
    queue = loser.get("/console/queue").text
    assert "处理中：" in queue


def test_a_claim_is_one_conditional_update_that_exactly_one_of_many_wins(server, database_url):
    [vid] = log_entries(server)
    engine = create_engine(database_url)
    try:
        consoles = ConsoleStore(ViolationStore(engine))
        now = datetime.now(timezone.utc)
        barrier = threading.Barrier(6)
        won = []

        def claim(n):
            barrier.wait()
            won.append(consoles.claim(vid, f"reviewer-{n}", now, timedelta(minutes=5)))

        threads = [threading.Thread(target=claim, args=(n,)) for n in range(6)]
        [t.start() for t in threads]
        [t.join(30) for t in threads]
        assert sorted(won) == [False] * 5 + [True]
        # An expired claim is free again.
        assert consoles.claim(vid, "late-reviewer", now + timedelta(minutes=6), timedelta(minutes=5))
    finally:
        engine.dispose()


def test_review_actions_are_audited_with_the_reviewers_name_and_go_to_the_next_entry(server):
    ids = log_entries(server, texts=(AGENT_CODE,) * 3)
    client = reviewer(server)
    r = review(client, ids[0], "confirmed", note="核实为违规")
    assert r.status_code == 303 and r.headers["location"].startswith(f"/console/items/{ids[1]}")
    r = review(client, ids[1], "disputed", note="客服申诉")
    assert r.headers["location"].startswith(f"/console/items/{ids[2]}")
    r = review(client, ids[2], "dismissed")
    assert r.headers["location"].startswith("/console/queue")  # nothing left
    page = client.get(f"/console/items/{ids[0]}").text
    assert AUDIT_ROWS.findall(page) == [("alice", "待审 → 已确认")]
    with server.client("compliance") as api:
        trails = [api.get(f"/v1/violations/{v}").json()["reviews"] for v in ids]
    assert [(t[0]["actor"], t[0]["from_status"], t[0]["to_status"], t[0]["note"]) for t in trails] == [
        ("alice", "open", "confirmed", "核实为违规"), ("alice", "open", "disputed", "客服申诉"),
        ("alice", "open", "dismissed", "")]


def test_bulk_action_audits_each_entry_and_skips_those_another_reviewer_holds(server):
    ids = log_entries(server, texts=(AGENT_CODE,) * 4)
    root = reviewer(server, "admin")
    assert 'class="claim mine"' in root.get(f"/console/items/{ids[3]}").text  # root holds the last
    alice = reviewer(server)
    page = alice.get("/console/queue").text
    r = alice.post("/console/bulk", data={"csrf": csrf_of(page), "action": "dismissed", "note": "批量误报",
                                          "ids": ids, "status": "open"})
    assert r.status_code == 303 and "done=3" in r.headers["location"] and "skipped=1" in r.headers["location"]
    assert "已处理 3 · 他人处理中、已跳过 1" in alice.get(r.headers["location"]).text
    assert 'id="bulk-result"' not in alice.get("/console/queue?done=" + "9" * 5000).text
    with server.client("compliance") as api:
        trails = [api.get(f"/v1/violations/{v}").json()["reviews"] for v in ids]
    assert [[(x["actor"], x["to_status"], x["note"]) for x in t] for t in trails] == [
        [("alice", "dismissed", "批量误报")]] * 3 + [[]]
    assert alice.post("/console/bulk", data={"csrf": csrf_of(page), "action": "disputed", "ids": ids[3]}
                      ).status_code == 422  # a dispute is heard one entry at a time


def test_the_queue_filters_and_counts_the_waiting_entries_oldest_first(server):
    codes = log_entries(server, texts=(AGENT_CODE,) * 2, agent_id="agent-a")
    wechat = log_entries(server, texts=(AGENT_WECHAT,), agent_id="agent-b")
    client = reviewer(server)
    assert queue_ids(client.get("/console/queue").text) == codes + wechat
    cases = {
        "agent_id=agent-b": wechat,
        "rule=ASK_VERIFICATION_CODE": codes,
        "rule=ASK_OFF_PLATFORM&agent_id=agent-a": [],
        "max_conf=0": [],
        "min_conf=0": codes + wechat,
    }
    for query, expected in cases.items():
        assert queue_ids(client.get(f"/console/queue?{query}").text) == expected, query
    review(client, codes[0], "confirmed")
    page = client.get("/console/queue").text
    assert queue_ids(page) == [codes[1]] + wechat
    assert re.search(r'id="waiting-count">2<', page)
    assert queue_ids(client.get("/console/queue?status=confirmed").text) == [codes[0]]
    assert queue_ids(client.get("/console/queue?status=all").text) == codes + wechat
    tomorrow = (datetime.now(timezone.utc) + timedelta(days=2)).date().isoformat()
    assert queue_ids(client.get(f"/console/queue?status=all&since={tomorrow}").text) == []
    assert queue_ids(client.get(f"/console/queue?status=all&until={tomorrow}").text) == codes + wechat
    for bad in ("severity=extreme", "status=closed", "since=yesterday", "rule=ASK_SHOE_SIZE", "page=0",
                "min_conf=1.01"):
        name, value = bad.split("=")
        r = client.get(f"/console/queue?{bad}")
        main = r.text[r.text.index("<main>"):]
        assert r.status_code == 422 and f"筛选条件无效：{name}<" in main and value not in main, bad
        assert f"={value}" not in r.text
    csv = client.get("/console/queue.csv?rule=ASK_OFF_PLATFORM&status=all")
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert csv.text.count(wechat[0]) == 1 and codes[0] not in csv.text


def test_chinese_is_the_default_and_the_english_switch_is_remembered(server):
    [vid] = log_entries(server)
    client = reviewer(server)
    assert "待审队列" in client.get("/console/queue").text
    # The switch is the same page with lang set, and keeps the checked filters only.
    assert 'href="?lang=en" id="lang-switch"' in client.get(f"/console/items/{vid}").text
    assert 'href="?agent_id=a-1&amp;status=open&amp;lang=en"' in client.get(
        "/console/queue?agent_id=a-1&status=open&junk=x").text
    page = client.get("/console/queue?lang=en")
    assert "Review queue" in page.text and "待审队列" not in page.text
    assert "guard_console_lang=en" in page.headers["set-cookie"]
    assert "Review queue" in client.get("/console/queue").text  # remembered
    assert "待审队列" in client.get("/console/queue?lang=zh").text
    assert "待审队列" in client.get("/console/queue?lang=xx").text  # unknown: the remembered one


def _raw_entries(database_url: str, rng: random.Random) -> tuple[list[str], set[str]]:
    """Entries written straight into the store with raw-looking numbers in excerpts, context
    turns and review notes (as a buggy writer would), in several written forms."""
    forms = (lambda v: v, lambda v: kit.spaced(v, 4), lambda v: kit.spaced(v, 4, "-"), kit.fullwidth,
             kit.chinese_digits, lambda v: "\u200b".join(v))
    raw, shown = set(), set()
    values = [kit.mobile(rng), kit.card_number(rng), kit.id_number(rng), PHONE]
    written = [form(v) for v in values for form in forms]
    raw.update(values)
    shown.update(written)
    engine = create_engine(database_url)
    store = ViolationStore(engine)
    items = []
    for n, w in enumerate(written):
        items.append(NewViolation(
            message_id=f"raw-{n}", conversation_id="c-raw", agent_id="agent-raw", rule="ASK_CARD_NUMBER",
            severity="critical", start=3, end=9, excerpt=f"请告诉我卡号 {w} 谢谢", fingerprint=None,
            policy_version="test", confidence=0.9, basis="phrase",
            trace={"evidence": [{"rule": "ASK_CARD_NUMBER", "basis": "phrase", "how": f"phrase {w}",
                                 "start": 0, "end": 3, "words": [w]}], "blocks": [], "notes": [f"turn -1: {w}"]},
            context=({"sender": "buyer", "text": f"我的号码是{w}"}, {"sender": "agent", "text": f"收到 {w}"})))
    ids = store.log(items).ids
    for vid, w in zip(ids, written):
        store.review(vid, "disputed", f"买家说 id {w} 是他的", actor="wang.fang")
    engine.dispose()
    return ids, raw | shown


def test_no_page_shows_a_raw_phone_card_or_id_number(server, database_url):
    ids, values = _raw_entries(database_url, random.Random(7))
    client = reviewer(server)
    paths = [*PAGES_TO_CHECK, "/console/agents/agent-raw", *(f"/console/items/{v}" for v in ids),
             "/console/queue?status=all&lang=en", "/console/agents/agent-raw?lang=en"]
    for path in paths:
        r = client.get(path)
        assert r.status_code == 200, path
        text = html.unescape(r.text)
        for value in values:
            assert value not in text, f"{path} shows a raw value"
        assert "*" in text[text.index("<main>"):] or path in PAGES_TO_CHECK  # the values were there, starred


DIGIT_HEAVY_ID = "09bca001-7ae0-4881-8f05-319613817568"  # its digits pass for a number


@pytest.mark.parametrize("printed, starred", [
    (DIGIT_HEAVY_ID, False),  # the store's own id, printed alone into a link
    (f"id {DIGIT_HEAVY_ID}", True),  # anything else with it is starred
    (f"手机{PHONE}", True),
    ("ASK_VERIFICATION_CODE", False),
])
def test_templates_star_every_printed_value_but_a_bare_store_id(printed, starred):
    assert (render._finalize(printed) != printed) == starred


def test_the_score_chart_puts_each_day_on_a_zero_to_hundred_scale_with_the_tier_lines():
    at = datetime(2026, 12, 1, tzinfo=timezone.utc)
    days = [DayPoint(HistoryPoint(date(2026, 11, 29 + n) if n < 2 else date(2026, 12, 1), at, score, "full", 120), 0, 0)
            for n, score in enumerate((100.0, 50.0, 0.0))]
    chart = charts.score_chart(days, load_standing_policy().tiers)
    assert [x for x, _ in chart.points] == [chart.left, (chart.left + chart.right) / 2, chart.right]
    assert [y for _, y in chart.points] == [chart.top, (chart.top + chart.bottom) / 2, chart.bottom]
    assert [line.label for line in chart.thresholds] == ["full 80", "reduced 60", "probation 40"]
    assert (chart.first_day, chart.last_day) == ("2026-11-29", "2026-12-01")


def test_rate_bars_are_as_high_as_the_weeks_rate_and_absent_without_decisions():
    weeks = [WeekQuality(None, 0, 0), WeekQuality(None, 4, 0), WeekQuality(None, 4, 2), WeekQuality(None, 1, 1)]
    _, bars = charts.rate_bars(weeks)
    assert [b.height for b in bars] == [0.0, charts.ZERO_BAR, charts.BAR_HEIGHT / 2, charts.BAR_HEIGHT]
