"""The explanation of a standing, in Chinese and English: the entries that cost the most and by
how much, why the tier is what it is, and the date the next tier comes back if nothing new
happens, checked by computing the standing at that date."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest

from guard.standing import RuleStats, load_standing_policy
from standing_support import AT, LOCAL, agent, expected_score, policy_with, standing, steady, violation

POLICY = load_standing_policy()
CJK = re.compile(r"[\u4e00-\u9fff]")
RARELY_CONFIRMED = {"ASK_VERIFICATION_CODE": RuleStats(reviewed=10_000, confirmed=0)}


def test_the_costliest_entries_come_first_with_their_points_and_the_score_they_cost():
    entries = [violation("small", severity="medium", status="confirmed", age_days=40, rule="ASK_OFF_PLATFORM"),
               violation("big", severity="high", status="confirmed", age_days=1),
               violation("gone", severity="high", status="dismissed", age_days=1, decided_after_days=0.5),
               violation("mid", severity="high", status="open", age_days=2, rule="ASK_SCREEN_SHARE"),
               violation("tiny", severity="low", status="confirmed", age_days=100, rule="ASK_TRANSFER")]
    result = standing(agent(*entries), POLICY)
    costs = result.explanation.costs
    assert [c.violation_id for c in costs] == ["big", "mid", "small"]  # top 3 of the policy; dismissed costs nothing
    assert [c.status for c in costs] == ["confirmed", "open", "confirmed"]
    assert costs[0].points > costs[1].points > costs[2].points > 0
    for cost in costs:
        without = standing(agent(*[e for e in entries if e.id != cost.violation_id]), POLICY).score
        # the same as removing the entry, up to rounding (removing it could also change escalation of later ones)
        assert cost.score_cost == pytest.approx(without - result.score, abs=0.2)


def test_an_agent_with_nothing_against_it_has_no_costs_and_nothing_to_recover():
    result = standing(agent(), POLICY)
    assert result.tier == "full" and result.explanation.costs == () and result.explanation.recovery is None
    assert [r.code for r in result.explanation.reasons] == ["score"]


# (log, stats, tier now, tier that comes back, recovery reason)
RECOVERIES = {
    "the score fades back above the threshold plus margin": (
        agent(violation(status="confirmed", age_days=10)), {}, "reduced", "full", "recover_by_score"),
    "a suspension ends": (
        agent(violation(rule="ASK_PASSWORD", severity="critical", status="confirmed", age_days=3)), {},
        "suspended", "probation", "recover_after_suspension"),
    "an unreviewed credential request leaves the window": (
        agent(violation(rule="ASK_VERIFICATION_CODE", severity="critical", confidence=0.9, age_days=20)),
        RARELY_CONFIRMED, "probation", "full", "recover_by_review"),
    "the minimum time in the tier runs out": (
        agent(violation(rule="ASK_TRANSFER", severity="critical", status="dismissed", age_days=5,
                        decided_after_days=2)), {}, "probation", "full", "recover_after_min_time"),
}


@pytest.mark.parametrize("name", list(RECOVERIES))
def test_the_recovery_date_is_when_the_standing_computed_then_gives_the_better_tier(name):
    log, stats, now, later, code = RECOVERIES[name]
    result = standing(log, POLICY, stats=stats)
    recovery = result.explanation.recovery
    assert result.tier == now and recovery.tier == later and recovery.reason.code == code
    assert recovery.at > AT
    assert standing(log, POLICY, at=recovery.at, stats=stats).tier == later
    day_before = recovery.at - timedelta(days=1)
    if day_before > AT:
        assert standing(log, POLICY, at=day_before, stats=stats).tier == now
    date = recovery.at.strftime("%Y-%m-%d")
    assert date in recovery.reason.en and date in recovery.reason.zh


def test_the_unreviewed_credential_request_comes_back_when_it_leaves_the_hard_window():
    log, stats = RECOVERIES["an unreviewed credential request leaves the window"][:2]
    recovery = standing(log, POLICY, stats=stats).explanation.recovery
    expires = log.violations[0].created_at + timedelta(days=POLICY.windows.hard_days)
    assert expires <= recovery.at < expires + timedelta(days=1)
    assert log.violations[0].id in recovery.reason.en


def test_no_recovery_within_the_horizon_says_so():
    policy = policy_with(explanation={"recovery_horizon_days": 2})
    result = standing(agent(violation(status="confirmed", age_days=10)), policy)
    recovery = result.explanation.recovery
    assert recovery.at is None and recovery.reason.code == "no_recovery" and "2" in recovery.reason.en


# (log, stats, reason code, words that must appear in the English text)
REASONS = {
    "held by the margin": (agent(violation(status="confirmed", age_days=60)), {}, "held_by_margin", ["85"]),
    "held by the minimum time": (
        agent(violation(rule="ASK_TRANSFER", severity="critical", status="dismissed", age_days=5,
                        decided_after_days=2)), {}, "held_by_time", ["probation"]),
    "a credential floor": (
        agent(violation("cv-7", rule="ASK_VERIFICATION_CODE", severity="critical", confidence=0.9)),
        RARELY_CONFIRMED, "credential_floor", ["cv-7", "probation"]),
    "a suspension": (
        agent(violation("pw-3", rule="ASK_PASSWORD", severity="critical", status="confirmed", age_days=3)), {},
        "suspended", ["pw-3", (AT + timedelta(days=27)).astimezone(LOCAL).strftime("%Y-%m-%d")]),
    "new-agent protection": (
        agent(violation(status="confirmed"), activity=steady(20, 10)), {}, "new_agent", ["40", "600"]),
}


@pytest.mark.parametrize("name", list(REASONS))
def test_the_reasons_say_why_the_tier_is_what_it_is_in_both_languages(name):
    log, stats, code, words = REASONS[name]
    result = standing(log, POLICY, stats=stats)
    reason = next(r for r in result.explanation.reasons if r.code == code)
    assert all(word in reason.en for word in words)
    assert CJK.search(reason.zh) and all(word in reason.zh for word in words if not word.isalpha())


def test_the_score_reason_states_the_score_and_band():
    result = standing(agent(violation(status="confirmed", age_days=10)), POLICY)
    assert result.score == expected_score(8 * 2 ** (-10 / 60), 2700, POLICY)
    assert f"Score {result.score}" in result.explanation.reasons[0].en
    assert "限量" in result.explanation.reasons[0].zh
