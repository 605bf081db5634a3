"""The standing API over real HTTP on a real store: the store's logs fed to the pure scorer give
what the scorer gives on the same records; paging, tier filter, history, rule quality; a page of
agents costs a fixed number of queries."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from guard.standing import (AgentLog, DayActivity, ViolationRecord, compute_standing,
                            load_standing_policy, rule_statistics, standing_history)
from guard.solicitation import RULES
from guard.store import DayCount, Filters, NewViolation, ViolationStore

CHINA = timezone(timedelta(hours=8))
POLICY = load_standing_policy()


def _violation(agent, rule="ASK_OFF_PLATFORM", severity="high", n=0, confidence=0.9):
    return NewViolation(message_id=f"m-{agent}-{rule}-{n}", conversation_id=f"c-{n}", agent_id=agent,
                        rule=rule, severity=severity, start=0, end=4, excerpt="加我微信",
                        fingerprint=None, policy_version="test", confidence=confidence)


@pytest.fixture
def filled(server):
    """Five agents: steady activity for 60 days; a-1 one confirmed and one disputed violation,
    a-2 a confirmed verification-code request (suspended), a-3 an open one, a-4 and a-5 clean."""
    store: ViolationStore = server.app.state.store
    today = datetime.now(CHINA).date()
    store.add_activity([DayCount(f"a-{k}", today - timedelta(days=d), 40 * 3, frozenset(f"c{d}-{i}" for i in range(40)))
                        for k in range(1, 6) for d in range(60)])
    ids = store.log([_violation("a-1", n=1), _violation("a-1", n=2),
                     _violation("a-2", rule="ASK_VERIFICATION_CODE", severity="critical"),
                     _violation("a-3", rule="ASK_TRANSFER", severity="critical", confidence=0.3)]).ids
    store.review(ids[0], "confirmed", "", "alice")
    store.review(ids[1], "disputed", "", "bob")
    store.review(ids[2], "confirmed", "", "alice")
    return ids


def _records(server):
    """The same logs, built from the store's rows without its standing queries."""
    engine = server.app.state.store.engine
    with engine.connect() as conn:
        days = conn.execute(sa.text("SELECT agent_id, day, conversations, messages FROM agent_days")).all()
    logs = {}
    store = server.app.state.store
    for row in store.iter_all(Filters()):
        full = store.get(row["id"])
        trail = full["reviews"]
        changed = datetime.fromisoformat(trail[-1]["at"]) if trail else None
        disputed = max((datetime.fromisoformat(r["at"]) for r in trail if r["to_status"] == "disputed"), default=None)
        logs.setdefault(row["agent_id"], [[], []])[0].append(ViolationRecord(
            id=row["id"], rule=row["rule"], severity=row["severity"], confidence=row["confidence"],
            created_at=datetime.fromisoformat(row["created_at"]), status=row["status"],
            status_changed_at=changed, disputed_at=disputed))
    for agent, day, conversations, messages in days:
        day = day if isinstance(day, date) else date.fromisoformat(day)
        logs.setdefault(agent, [[], []])[1].append(DayActivity(day, conversations, messages))
    return {a: AgentLog(a, tuple(v), tuple(sorted(d, key=lambda x: x.day))) for a, (v, d) in logs.items()}


def test_an_agents_standing_is_the_scorers_on_the_stored_log(server, filled):
    at = datetime.now(timezone.utc)
    logs = _records(server)
    stats = rule_statistics([v for log in logs.values() for v in log.violations], at)
    with server.client("dispatch") as c:
        for agent in ("a-1", "a-2", "a-3", "a-4"):
            r = c.get(f"/v1/agents/{agent}/standing", params={"at": at.isoformat()})
            assert r.status_code == 200, r.text
            expected = compute_standing(logs[agent], stats, POLICY, at)
            body = r.json()
            assert (body["score"], body["tier"], body["cap"]) == (expected.score, expected.tier, expected.cap)
            assert body["known"] is True and body["policy_version"] == POLICY.version
            assert [x["code"] for x in body["explanation"]["reasons"]] == [x.code for x in expected.explanation.reasons]
    assert r.json()["tier"] == "full"
    with server.client("compliance") as c:
        suspended = c.get("/v1/agents/a-2/standing").json()
    assert suspended["tier"] == "suspended" and suspended["cap"] == 0
    assert any(x["code"] == "suspended" for x in suspended["explanation"]["reasons"])


def test_an_agent_never_seen_gets_the_standing_of_an_empty_log(server):
    with server.client("dispatch") as c:
        body = c.get("/v1/agents/nobody/standing").json()
    assert body["known"] is False and body["agent_id"] == "nobody"


def test_standings_page_through_every_agent_once_in_id_order(server, filled):
    seen, cursor = [], None
    with server.client("compliance") as c:
        for _ in range(10):
            params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
            page = c.get("/v1/standings", params=params).json()
            seen += [s["agent_id"] for s in page["standings"]]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        again = c.get("/v1/standings", params={"cursor": cursor}).json()
    assert seen == ["a-1", "a-2", "a-3", "a-4", "a-5"]
    assert again["standings"] == [] and again["next_cursor"] == cursor


@pytest.mark.parametrize("tier", ["full", "reduced", "probation", "suspended"])
def test_the_tier_filter_keeps_exactly_the_agents_of_that_tier(server, filled, tier):
    with server.client("dispatch") as c:
        every = c.get("/v1/standings").json()["standings"]
        page = c.get("/v1/standings", params={"tier": tier, "limit": 1}).json()
        kept = page["standings"]
        while page["has_more"]:
            page = c.get("/v1/standings", params={"tier": tier, "limit": 1, "cursor": page["next_cursor"]}).json()
            kept += page["standings"]
    assert {s["tier"] for s in every} >= {"full", "suspended"}
    assert [s["agent_id"] for s in kept] == [s["agent_id"] for s in every if s["tier"] == tier]


@pytest.mark.parametrize("path, params, field", [
    ("/v1/standings", {"tier": "gold"}, "tier"),
    ("/v1/standings", {"cursor": "!!!"}, "cursor"),
    ("/v1/standings", {"at": "1700000000"}, "at"),
    ("/v1/standings", {"at": "1999-12-31T00:00:00Z"}, "at"),
    ("/v1/agents/a-1/standing", {"at": "2999-01-01"}, "at"),
    ("/v1/agents/a-1/standing", {"at": "yesterday"}, "at"),
    ("/v1/agents/a-1/history", {"days": "0"}, "days"),
    ("/v1/agents/a-1/history", {"days": "367"}, "days"),
    ("/v1/rules/quality", {"weeks": "53"}, "weeks"),
    ("/v1/standings", [("tier", "full"), ("tier", "reduced")], "tier"),
])
def test_bad_parameters_are_422s_naming_the_field_without_echoing_it(server, path, params, field):
    with server.client("dispatch") as c:
        r = c.get(path, params=params)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["field"] == field
    assert "1700000000" not in r.text and "gold" not in r.text


def test_the_history_has_one_point_a_day_with_the_days_activity(server, filled):
    at = datetime.now(timezone.utc)
    with server.client("compliance") as c:
        body = c.get("/v1/agents/a-1/history", params={"days": 30, "at": at.isoformat()}).json()
    days = body["days"]
    assert len(days) == 30
    today = at.astimezone(CHINA).date()
    assert [d["day"] for d in days] == [str(today - timedelta(days=29 - n)) for n in range(30)]
    assert all(d["conversations"] == 40 and d["messages"] == 120 for d in days)
    expected = standing_history(_records(server)["a-1"], rule_statistics(
        [v for log in _records(server).values() for v in log.violations], at), POLICY, at, days=30)
    assert [(d["score"], d["tier"]) for d in days] == [(p.score, p.tier) for p in expected]


def test_rule_quality_counts_by_status_and_week(server, filled):
    with server.client("compliance") as c:
        rules = {r["rule"]: r for r in c.get("/v1/rules/quality", params={"weeks": 4}).json()["rules"]}
    off = rules["ASK_OFF_PLATFORM"]
    assert (off["logged"], off["confirmed"], off["disputed"], off["reviewed"]) == (2, 1, 1, 1)
    assert off["confirmation_rate"] == 1.0
    assert len(off["weeks"]) == 4 and off["weeks"][-1]["reviewed"] == 1
    assert rules["ASK_TRANSFER"]["open"] == 1 and rules["ASK_TRANSFER"]["confirmation_rate"] is None
    assert set(RULES) <= set(rules) and rules["ASK_SCREEN_SHARE"]["logged"] == 0
    prior = POLICY.review.confirmation_prior
    assert off["scorer_rate"] == pytest.approx((1 + prior.confirmed) / (1 + prior.confirmed + prior.dismissed))


def test_a_page_of_agents_costs_a_fixed_number_of_queries(server, filled):
    store = server.app.state.store
    store.add_activity([DayCount(f"b-{k:03}", datetime.now(CHINA).date(), 3, frozenset({"c"}))
                        for k in range(60)])

    def statements_for(limit):
        statements = []

        def count(*_args):
            statements.append(1)

        sa.event.listen(store.engine, "before_cursor_execute", count)
        try:
            with server.client("compliance") as c:
                page = c.get("/v1/standings", params={"limit": limit}).json()
        finally:
            sa.event.remove(store.engine, "before_cursor_execute", count)
        assert len(page["standings"]) == limit
        return len(statements)

    assert statements_for(50) == statements_for(5) <= 8


def test_a_standing_in_the_past_reads_a_later_decision_as_not_yet_made(server, filled):
    before_reviews = datetime.now(timezone.utc) - timedelta(seconds=0.001)
    store: ViolationStore = server.app.state.store
    vid = store.log([_violation("a-4", rule="ASK_TRANSFER", severity="critical", n=9)],
                    at=before_reviews - timedelta(hours=1)).ids[0]
    store.review(vid, "dismissed", "", "alice")
    with server.client("compliance") as c:
        then = c.get("/v1/agents/a-4/standing", params={"at": before_reviews.isoformat()}).json()
        now = c.get("/v1/agents/a-4/standing").json()
    cost = next(x for x in then["explanation"]["costs"] if x["violation_id"] == vid)
    assert cost["status"] == "open" and cost["points"] > 0
    assert all(x["violation_id"] != vid for x in now["explanation"]["costs"])
    assert now["score"] > then["score"]
