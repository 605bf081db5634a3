"""The review console in headless Chromium: sign in, filter the queue, work through entries with
the keyboard (confirm, dismiss, dispute), see the agent's standing change as the scorer says, and
save screenshots of the queue, an entry and an agent page under test-output/screenshots/."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

from guard.demo_seed import seed_demo
from guard.standing import compute_standing, load_standing_policy
from guard.store import DayCount
from guard.store.standing import StandingQueries
from service.support import AGENT_CODE, AGENT_WECHAT, KEYS, agent_message

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "test-output" / "screenshots"
TABLET = {"width": 820, "height": 1180}
SHOTS = ("queue", "item", "agent", "rules", "queue-tablet-en")


def _log(server, texts, agent_id: str) -> list[str]:
    ids = []
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {KEYS['chat'].key}"}) as c:
        for text in texts:
            r = c.post("/v1/inspect", json=agent_message(text, agent_id=agent_id, conversation_id=f"c-{agent_id}"))
            assert r.status_code == 200 and r.json()["violation_ids"], r.text
            ids += r.json()["violation_ids"]
    return ids


def _statuses(server, ids) -> list[tuple[str, list[tuple[str, str]]]]:
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {KEYS['compliance'].key}"}) as c:
        rows = [c.get(f"/v1/violations/{v}").json() for v in ids]
    return [(r["status"], [(x["actor"], x["note"]) for x in r["reviews"]]) for r in rows]


def _expected_standing(server, agent_id: str):
    """The standing the pure scorer gives for the agent's log as the store has it now."""
    engine = server.app.state.store.engine
    queries, at = StandingQueries(engine), datetime.now(timezone.utc)
    log = queries.agent_logs([agent_id], at)[agent_id]
    return compute_standing(log, queries.rule_stats(at), load_standing_policy(), at)


def _add_activity(server, agent_id: str, days: int, conversations: int) -> None:
    """A past of busy days, so the agent is rated on its conversations (not as a new agent)."""
    today = datetime.now(timezone.utc).date()
    server.app.state.store.add_activity([
        DayCount(agent_id, today - timedelta(days=d), conversations * 3,
                 frozenset(f"c-{d}-{n}" for n in range(conversations))) for d in range(1, days + 1)])


def _sign_in(page, server, role: str = "compliance") -> None:
    page.goto(f"{server.url}/console")
    page.fill("#key", KEYS[role].key)
    page.press("#key", "Enter")
    page.wait_for_url(re.compile(r"/console/queue"))


def _agent_card(page, server, agent_id: str) -> tuple[float, str, int]:
    page.goto(f"{server.url}/console/agents/{agent_id}")
    return (float(page.inner_text("#score")), page.get_attribute("#tier", "data-tier"), int(page.inner_text("#cap")))


def test_a_reviewer_filters_the_queue_and_works_through_it_with_the_keyboard(page, server):
    mine = _log(server, (AGENT_CODE, AGENT_WECHAT, AGENT_CODE), "agent-kb")
    others = _log(server, (AGENT_CODE,), "agent-other")
    _sign_in(page, server)
    assert page.inner_text("#reviewer") == "alice"
    assert page.inner_text("#waiting-count") == "4"

    page.fill("input[name=agent_id]", "agent-kb")
    page.click("#apply-filters")
    page.wait_for_url(re.compile(r"agent_id=agent-kb"))
    assert page.locator("tr.row").count() == 3
    page.keyboard.press("j")
    page.keyboard.press("k")
    page.keyboard.press("Enter")  # the first (oldest) entry
    page.wait_for_url(re.compile(rf"/console/items/{mine[0]}"))
    assert page.inner_text("#claim").startswith("你已认领")
    page.keyboard.press("j")  # next and previous entry of the filtered queue
    page.wait_for_url(re.compile(rf"/console/items/{mine[1]}"))
    page.keyboard.press("k")
    page.wait_for_url(re.compile(rf"/console/items/{mine[0]}"))

    page.keyboard.press("c")
    page.keyboard.press("n")
    page.keyboard.type("核实为索要验证码")
    page.keyboard.press("Control+Enter")  # submit and go to the next entry of the filtered queue
    page.wait_for_url(re.compile(rf"/console/items/{mine[1]}"))
    page.keyboard.press("d")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/console/items/{mine[2]}"))
    assert page.locator("#prev").count() == 0  # the entries before were decided: no longer waiting
    page.keyboard.press("p")
    page.keyboard.press("n")
    page.keyboard.type("客服申诉")
    page.keyboard.press("Control+Enter")
    page.wait_for_url(re.compile(r"/console/queue\?.*agent_id=agent-kb"))  # nothing left there

    assert _statuses(server, mine) == [("confirmed", [("alice", "核实为索要验证码")]),
                                       ("dismissed", [("alice", "")]), ("disputed", [("alice", "客服申诉")])]
    assert _statuses(server, others) == [("open", [])]


def test_bulk_dismissal_from_the_queue_with_one_note(page, server):
    ids = _log(server, (AGENT_WECHAT, AGENT_WECHAT), "agent-bulk")
    _sign_in(page, server)
    page.keyboard.press("x")
    page.keyboard.press("j")
    page.keyboard.press("x")
    page.fill("#bulk-note", "批量：正常话术")
    page.click("#bulk-dismiss")
    page.wait_for_url(re.compile(r"done=2"))
    assert _statuses(server, ids) == [("dismissed", [("alice", "批量：正常话术")])] * 2


def test_the_agent_page_shows_the_standing_the_scorer_computes_before_and_after_reviews(page, server):
    _add_activity(server, "agent-std", days=90, conversations=80)
    [vid] = _log(server, (AGENT_CODE,), "agent-std")
    _sign_in(page, server)
    before = _expected_standing(server, "agent-std")
    score, tier, cap = _agent_card(page, server, "agent-std")
    assert (tier, cap) == (before.tier, before.cap) and abs(score - before.score) <= 0.1
    assert tier == "probation" and 0 < score < 100  # an unreviewed credential request limits the tier
    assert page.locator("#score-chart polyline").count() == 1

    page.goto(f"{server.url}/console/items/{vid}")
    page.keyboard.press("c")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/console/queue"))
    after = _expected_standing(server, "agent-std")
    score, tier, cap = _agent_card(page, server, "agent-std")
    assert (tier, cap) == (after.tier, after.cap) and abs(score - after.score) <= 0.1
    assert (tier, cap) == ("suspended", 0)  # a confirmed one suspends, whatever the score
    assert after.score < before.score


def test_screenshots_of_the_queue_an_entry_and_an_agent_page(page, server, engine_guard):
    seed_demo(server.app.state.store, engine_guard)  # three months of history: pages worth seeing
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    _sign_in(page, server)
    page.screenshot(path=str(SCREENSHOTS / "queue.png"), full_page=True)
    page.keyboard.press("Enter")  # the oldest waiting entry
    page.wait_for_url(re.compile(r"/console/items/"))
    page.screenshot(path=str(SCREENSHOTS / "item.png"), full_page=True)
    page.click("#agent-link")
    page.wait_for_url(re.compile(r"/console/agents/"))
    assert page.locator("#score-chart polyline").count() == 1
    page.screenshot(path=str(SCREENSHOTS / "agent.png"), full_page=True)
    page.goto(f"{server.url}/console/rules")
    page.screenshot(path=str(SCREENSHOTS / "rules.png"), full_page=True)
    page.set_viewport_size(TABLET)
    page.goto(f"{server.url}/console/queue?status=all&lang=en")
    page.screenshot(path=str(SCREENSHOTS / "queue-tablet-en.png"), full_page=True)
    # Usable on a tablet: the page is no wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= TABLET["width"]
    for name in SHOTS:
        assert (SCREENSHOTS / f"{name}.png").stat().st_size > 5_000
