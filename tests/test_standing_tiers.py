"""From score to what dispatch applies: the credential floor and suspension, hysteresis and the
minimum time in a tier, the cap between its floor and ceiling, new-agent protection; and the
standing as a pure function: deterministic, independent of input order, its daily history equal
to the standing at each day, its policy version recorded."""
from __future__ import annotations

import random
from datetime import timedelta

import pytest

from guard.standing import RuleStats, compute_standing, load_standing_policy, standing_history
from standing_support import AT, TODAY, agent, policy_with, standing, steady, violation

POLICY = load_standing_policy()
# Reviewers dismiss almost every hit of these rules, so an unreviewed one costs next to nothing
# and what limits the tier is the floor, not the score.
RARELY_CONFIRMED = {rule: RuleStats(reviewed=10_000, confirmed=0)
                    for rule in ("ASK_VERIFICATION_CODE", "ASK_CARD_NUMBER", "ASK_TRANSFER")}
WEIGHTLESS = policy_with(**{"severities.critical": {"weight": 0}, "severities.high": {"weight": 0}})


def credential(status="open", confidence=0.9, rule="ASK_VERIFICATION_CODE", severity="critical", **kw):
    return violation(rule=rule, severity=severity, status=status, confidence=confidence, **kw)


# (entry, policy, tier, cap)
FLOOR = {
    "an unreviewed credential request limits the tier to probation": (credential(), POLICY, "probation", 30),
    "a disputed one too": (credential("disputed", age_days=2, disputed_after_days=1), POLICY, "probation", 30),
    "a high-severity rule on the floor's list too": (
        credential(rule="ASK_CARD_NUMBER", severity="high"), POLICY, "probation", 30),
    "a weak hit waits for review without limiting": (credential(confidence=0.3), POLICY, "full", 120),
    "a critical rule off the list does not floor": (credential(rule="ASK_TRANSFER"), POLICY, "full", 120),
    "a dismissed one limits nothing": (credential("dismissed", age_days=2, decided_after_days=1), POLICY, "full", 120),
    "a confirmed one suspends, whatever the score": (
        credential("confirmed", age_days=5, decided_after_days=1), WEIGHTLESS, "suspended", 0),
    "the suspension runs from the confirmation": (
        credential("confirmed", age_days=40, decided_after_days=12), WEIGHTLESS, "suspended", 0),
    "and ends after the policy's time": (
        credential("confirmed", age_days=40, decided_after_days=9), WEIGHTLESS, "full", 120),
    "an unreviewed one past the hard window limits nothing": (credential(age_days=181), POLICY, "full", 120),
}


@pytest.mark.parametrize("name", list(FLOOR))
def test_credential_requests_limit_the_tier_until_reviewed_and_suspend_once_confirmed(name):
    entry, policy, tier, cap = FLOOR[name]
    result = standing(agent(entry), policy, stats=RARELY_CONFIRMED)
    assert result.score >= 95  # the score alone would be full
    assert (result.tier, result.cap) == (tier, cap)


def _history(log, policy=POLICY, days=120, stats=None):
    return standing_history(log, stats or {}, policy, AT, days=days)


def test_promotion_needs_the_threshold_plus_the_margin_while_demotion_is_immediate():
    log = agent(violation(status="confirmed", age_days=100))  # one confirmed high entry, fading since
    points = [p for p in _history(log) if p.at >= AT - timedelta(days=100)]
    assert points[0].tier == "reduced" and points[0].score < 80
    held = [p for p in points if 80 <= p.score < 85]
    assert held and all(p.tier == "reduced" for p in held)
    promoted = next(p for p in points if p.tier == "full")
    assert promoted.score >= 85
    assert all(p.tier == "full" for p in points if p.at >= promoted.at)
    before = [p for p in _history(log) if p.at < AT - timedelta(days=100)]
    assert before and all(p.tier == "full" for p in before)


def test_a_tier_is_kept_for_the_minimum_time_even_when_the_score_recovers_at_once():
    # An unreviewed critical entry demotes; dismissed two days later, the score is back at once.
    log = agent(violation(rule="ASK_TRANSFER", severity="critical", status="dismissed", age_days=40,
                          decided_after_days=2))
    points = _history(log, days=60)
    demoted = [p for p in points if p.tier != "full"]
    assert demoted and demoted[0].tier == "probation"
    assert all(p.score > 95 for p in demoted[2:])  # recovered after the dismissal
    back = next(p for p in points if p.at > demoted[0].at and p.tier == "full")
    assert back.at - demoted[0].at == timedelta(days=POLICY.hysteresis.min_days_in_tier)


def test_without_a_minimum_time_or_margin_the_tier_follows_the_score():
    policy = policy_with(hysteresis={"promote_margin": 0, "min_days_in_tier": 0})
    log = agent(violation(status="confirmed", age_days=100))
    for point in _history(log, policy):
        expected = next(t.name for t in policy.tiers if point.score >= t.min_score)
        assert point.tier == expected


# (policy, tier name, cap)
CAPS = [
    (POLICY, "full", 120),
    (POLICY, "reduced", 70),
    (POLICY, "probation", 30),
    (POLICY, "suspended", 0),
    (policy_with(cap={"floor": 50, "ceiling": 60}), "reduced", 55),
    (policy_with(cap={"floor": 50, "ceiling": 60}), "probation", 51),
]


@pytest.mark.parametrize("policy,tier,cap", CAPS)
def test_the_cap_of_a_tier_lies_between_the_cap_floor_and_ceiling(policy, tier, cap):
    share = next(t.cap_share for t in policy.tiers if t.name == tier)
    scenarios = {"full": (), "reduced": (violation(status="confirmed"),),
                 "probation": (violation(rule="ASK_TRANSFER", severity="critical", status="confirmed", age_days=60),),
                 "suspended": (violation(rule="ASK_TRANSFER", severity="critical", status="confirmed"),)}
    result = standing(agent(*scenarios[tier]), policy)
    assert result.tier == tier and result.cap == cap
    if share:
        assert policy.cap.floor <= result.cap <= policy.cap.ceiling


def test_no_volume_or_score_buys_more_than_the_ceiling():
    result = standing(agent(activity=steady(per_day=2000)), POLICY)
    assert result.score == 100.0 and result.cap == POLICY.cap.ceiling


def _newcomer(days_active, per_day, *entries):
    first = TODAY - timedelta(days=days_active - 1)
    return agent(*entries, activity=steady(per_day, days=days_active), first_seen=first)


TWO_HIGH = (violation("h1", status="confirmed", age_days=1), violation("h2", status="confirmed"))

# (log, tier, cap, protected)
NEWCOMERS = {
    "a new agent is not put below probation by its score and keeps the starting cap": (
        _newcomer(10, 20, *TWO_HIGH), "probation", 40, True),
    "a clean new agent gets its tier's cap when that is higher": (_newcomer(10, 20), "full", 120, True),
    "protection ends after the policy's days": (_newcomer(31, 5, *TWO_HIGH), "suspended", 0, False),
    "protection ends after the policy's conversations": (_newcomer(10, 100, *TWO_HIGH), "suspended", 0, False),
    "a new agent's confirmed credential request still suspends": (
        _newcomer(10, 20, violation(rule="ASK_PASSWORD", severity="critical", status="confirmed")), "suspended", 0,
        True),
    "a new agent's unreviewed credential request still limits the cap": (
        _newcomer(10, 20, violation(rule="ASK_PASSWORD", severity="critical", confidence=0.9)), "probation", 30,
        True),
}


@pytest.mark.parametrize("name", list(NEWCOMERS))
def test_new_agents_are_protected_for_their_first_days_or_conversations(name):
    log, tier, cap, protected = NEWCOMERS[name]
    result = standing(log, POLICY)
    assert (result.tier, result.cap) == (tier, cap)
    assert ("new_agent" in {r.code for r in result.explanation.reasons}) == protected


def _busy_log():
    rng = random.Random(11)
    rules = ["ASK_OFF_PLATFORM", "ASK_TRANSFER", "ASK_SCREEN_SHARE", "ASK_LOAN_OR_CREDIT"]
    entries = [violation("cred", rule="ASK_VERIFICATION_CODE", severity="critical", age_days=150, confidence=0.9,
                         status="dismissed", decided_after_days=5)]
    for i in range(25):
        status = rng.choice(["open", "confirmed", "dismissed", "disputed"])
        entries.append(violation(f"v{i:02d}", rule=rng.choice(rules), severity=rng.choice(["low", "medium"]),
                                 age_days=rng.uniform(0, 200), status=status, confidence=round(rng.random(), 2),
                                 disputed_after_days=1 if status == "disputed" else None,
                                 decided_after_days=rng.uniform(0, 3)))
    # two entries at the same instant: their order must not depend on the input's
    entries.append(violation("tie-b", age_days=3, status="confirmed"))
    entries.append(violation("tie-a", age_days=3, status="confirmed"))
    return agent(*entries, activity=steady(25, 300))


def test_the_same_inputs_give_the_same_standing_whatever_their_order():
    log = _busy_log()
    stats = {"ASK_TRANSFER": RuleStats(50, 20), "ASK_OFF_PLATFORM": RuleStats(80, 10)}
    first = compute_standing(log, stats, POLICY, AT)
    assert compute_standing(log, stats, POLICY, AT) == first
    rng = random.Random(3)
    for _ in range(3):
        violations, activity = list(log.violations), list(log.activity)
        rng.shuffle(violations)
        rng.shuffle(activity)
        shuffled = type(log)(log.agent_id, tuple(violations), tuple(activity), log.first_seen)
        reordered_stats = dict(reversed(list(stats.items())))
        assert compute_standing(shuffled, reordered_stats, POLICY, AT) == first
        assert standing_history(shuffled, stats, POLICY, AT) == standing_history(log, stats, POLICY, AT)


def test_each_day_of_the_history_is_the_standing_at_that_time():
    log = _busy_log()
    history = standing_history(log, {}, POLICY, AT)
    assert len(history) == 90
    assert history[-1].at == AT and [p.day for p in history] == [TODAY - timedelta(days=89 - i) for i in range(90)]
    assert len({p.tier for p in history}) > 1  # the log makes the tier move
    for point in history[::6] + history[-1:]:
        direct = compute_standing(log, {}, POLICY, point.at)
        assert (direct.score, direct.tier, direct.cap) == (point.score, point.tier, point.cap)


def test_a_newer_agent_has_a_shorter_history():
    history = standing_history(_newcomer(10, 20), {}, POLICY, AT)
    assert len(history) == 10 and history[0].day == TODAY - timedelta(days=9)


def test_a_new_policy_version_gives_a_new_standing_and_records_its_version():
    log = agent(violation(status="confirmed", age_days=10))
    old = standing(log, POLICY)
    stricter = policy_with(version="standing-test-2", **{"severities.high": {"weight": 16}})
    new = standing(log, stricter)
    assert (old.policy_version, new.policy_version) == (POLICY.version, "standing-test-2")
    assert new.score < old.score
    assert new.explanation.costs[0].points == pytest.approx(2 * old.explanation.costs[0].points, abs=0.01)


def test_the_time_must_be_timezone_aware():
    with pytest.raises(ValueError, match="timezone-aware"):
        compute_standing(agent(), {}, POLICY, AT.replace(tzinfo=None))


def test_computing_the_days_in_blocks_gives_the_same_standing_and_history(monkeypatch):
    import guard.standing.timeline as timeline
    log = _busy_log()
    whole = (compute_standing(log, {}, POLICY, AT), standing_history(log, {}, POLICY, AT, days=400))
    monkeypatch.setattr(timeline, "_BLOCK_CELLS", 1)  # blocks of the minimum size, 32 days
    assert (compute_standing(log, {}, POLICY, AT), standing_history(log, {}, POLICY, AT, days=400)) == whole
