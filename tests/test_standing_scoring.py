"""The standing's score: severity weights decaying by half-life inside the hard window, review
statuses (a dispute that lapses), rule confirmation rates and their prior, detector confidence,
the rate per conversation and its smoothing, escalation of repeats and leniency for a first
low-severity offence."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from guard.standing import RuleStats, ViolationRecord, load_standing_policy, rule_statistics
from guard.standing.records import confirmation_rate
from standing_support import AT, TODAY, agent, cost_of, expected_score, policy_with, standing, steady, violation

POLICY = load_standing_policy()
WIDE = policy_with(explanation={"top_costs": 10})
EXPOSURE = 30 * 90  # steady(): 30 conversations a day, 90-day exposure window


# (severity, age in days, share of the weight still counted)
DECAY = [
    ("medium", 0, 1.0),
    ("medium", 30, 0.5),
    ("medium", 60, 0.25),
    ("high", 60, 0.5),
    ("critical", 90, 0.5),
    ("critical", 179, 2 ** (-179 / 90)),
    ("critical", 180, 0.0),  # the hard window: gone, however little it has decayed
    ("high", 400, 0.0),
]


@pytest.mark.parametrize("severity,age,share", DECAY)
def test_a_confirmed_entry_decays_by_its_severity_half_life_until_the_hard_window(severity, age, share):
    entry = violation(severity=severity, age_days=age, status="confirmed")
    result = standing(agent(entry), POLICY)
    points = POLICY.severities[severity].weight * share
    cost = cost_of(result, "v1")
    assert (cost.points if cost else 0.0) == pytest.approx(points, abs=0.01)
    assert result.score == expected_score(points, EXPOSURE, POLICY)


STATS = {"ASK_LOAN_OR_CREDIT": RuleStats(reviewed=96, confirmed=48)}  # smoothed rate (48+2)/(96+4) = 0.5

# (entry, share of the severity weight it costs at its age); all high (8 points), rule rate 0.5
STATUSES = {
    "confirmed": (violation(status="confirmed"), 1.0),
    "dismissed": (violation(status="dismissed"), 0.0),
    "open, at the rule's confirmation rate": (violation(status="open"), 0.5),
    "disputed, at the provisional share of the unreviewed weight": (
        violation(status="disputed", age_days=5, disputed_after_days=1), 0.5 * 0.5 * 2 ** (-5 / 60)),
    "disputed past the review time, lapsed to the unreviewed weight": (
        violation(status="disputed", age_days=20, disputed_after_days=1), 0.5 * 2 ** (-20 / 60)),
    "disputed then confirmed": (
        violation(status="confirmed", age_days=10, disputed_after_days=1, decided_after_days=5), 2 ** (-10 / 60)),
    "disputed then dismissed: the points come back": (
        violation(status="dismissed", age_days=10, disputed_after_days=1, decided_after_days=5), 0.0),
}


@pytest.mark.parametrize("name", list(STATUSES))
def test_each_review_status_counts_as_the_policy_says(name):
    entry, share = STATUSES[name]
    result = standing(agent(entry), POLICY, stats=STATS)
    cost = cost_of(result, "v1")
    assert (cost.points if cost else 0.0) == pytest.approx(8 * share, abs=0.01)
    assert result.score == expected_score(8 * share, EXPOSURE, POLICY)


def test_a_dispute_costs_its_provisional_share_until_the_review_time_then_lapses():
    entry = violation(status="disputed", age_days=30, disputed_after_days=10)
    log = agent(entry)
    before = standing(log, POLICY, at=AT - timedelta(days=30 - 10 - 13.9), stats=STATS)
    after = standing(log, POLICY, at=AT - timedelta(days=30 - 10 - 14.1), stats=STATS)
    assert before.explanation.costs[0].status == "disputed"
    assert after.explanation.costs[0].status == "lapsed"
    assert after.explanation.costs[0].points == pytest.approx(2 * before.explanation.costs[0].points, rel=0.01)


def test_the_status_an_entry_had_at_a_past_time_is_the_one_that_counts_then():
    entry = violation(status="confirmed", age_days=10, decided_after_days=5)
    log = agent(entry)
    while_open = standing(log, POLICY, at=AT - timedelta(days=6), stats=STATS)
    assert while_open.explanation.costs[0].status == "open"
    assert standing(log, POLICY, stats=STATS).explanation.costs[0].status == "confirmed"


def test_rule_statistics_count_decided_reviews_only_and_only_those_made_by_the_time_given():
    records = [
        violation("a", status="confirmed", age_days=10, decided_after_days=1),
        violation("b", status="dismissed", age_days=10, decided_after_days=1),
        violation("c", status="confirmed", age_days=10, decided_after_days=9.5),
        violation("d", status="open"),
        violation("e", status="disputed", age_days=3, disputed_after_days=1),
        violation("f", rule="ASK_PASSWORD", severity="critical", status="dismissed", age_days=4, decided_after_days=1),
    ]
    assert rule_statistics(records) == {"ASK_LOAN_OR_CREDIT": RuleStats(3, 2), "ASK_PASSWORD": RuleStats(1, 0)}
    assert rule_statistics(records, at=AT - timedelta(days=2))["ASK_LOAN_OR_CREDIT"] == RuleStats(2, 1)


# (reviewed, confirmed, smoothed rate with the default Beta(2, 2) prior)
RATES = [
    (0, 0, 0.5),
    (2, 2, 4 / 6),
    (2, 0, 2 / 6),
    (100, 100, 102 / 104),
    (1000, 100, 102 / 1004),
]


@pytest.mark.parametrize("reviewed,confirmed,rate", RATES)
def test_a_rule_confirmation_rate_is_smoothed_by_the_beta_prior(reviewed, confirmed, rate):
    prior = POLICY.review.confirmation_prior
    stats = {"ASK_TRANSFER": RuleStats(reviewed, confirmed)}
    assert confirmation_rate(stats, "ASK_TRANSFER", prior.confirmed, prior.dismissed) == pytest.approx(rate)


def test_an_unreviewed_entry_of_a_rule_reviewers_often_dismiss_costs_less():
    often_dismissed = {"ASK_LOAN_OR_CREDIT": RuleStats(reviewed=200, confirmed=20)}
    often_confirmed = {"ASK_LOAN_OR_CREDIT": RuleStats(reviewed=200, confirmed=180)}
    log = agent(violation(status="open"))
    cheap = standing(log, POLICY, stats=often_dismissed).explanation.costs[0].points
    dear = standing(log, POLICY, stats=often_confirmed).explanation.costs[0].points
    assert cheap == pytest.approx(8 * 22 / 204, abs=0.01) and dear == pytest.approx(8 * 182 / 204, abs=0.01)


# (status, detector confidence, share of the weight at the 0.5 rule rate)
CONFIDENCE = [
    ("open", 1.0, 0.5),
    ("open", 0.0, 0.5 * 0.5),   # the confidence floor: a weak hit costs half, never nothing
    ("open", 0.6, 0.5 * 0.8),
    ("confirmed", 0.1, 1.0),    # a person confirmed it: the detector's confidence no longer matters
]


@pytest.mark.parametrize("status,confidence,share", CONFIDENCE)
def test_unreviewed_entries_weigh_by_detector_confidence_and_confirmed_ones_do_not(status, confidence, share):
    result = standing(agent(violation(status=status, confidence=confidence)), POLICY, stats=STATS)
    assert result.explanation.costs[0].points == pytest.approx(8 * share, abs=0.01)


def test_confidence_weighting_can_be_switched_off():
    policy = policy_with(review={"confidence": {"weigh_unreviewed": False, "floor": 0.5}})
    result = standing(agent(violation(confidence=0.0)), policy, stats=STATS)
    assert result.explanation.costs[0].points == pytest.approx(4.0, abs=0.01)


@pytest.mark.parametrize("per_day", [0, 1, 5, 30, 100, 1000])
def test_the_score_is_a_smoothed_rate_per_conversation(per_day):
    result = standing(agent(violation(status="confirmed"), activity=steady(per_day)), POLICY)
    assert result.score == expected_score(8, per_day * 90, POLICY)


def test_one_entry_does_not_crush_an_agent_with_little_activity_nor_does_little_activity_hide_it():
    idle = standing(agent(violation(status="confirmed"), activity=steady(0)), POLICY)
    busy = standing(agent(violation(status="confirmed"), activity=steady(100)), POLICY)
    clean_idle = standing(agent(activity=steady(0)), POLICY)
    assert idle.score > 0                        # spread over the prior's pseudo-conversations
    assert idle.score < busy.score               # not hidden by doing little
    assert clean_idle.score == expected_score(0, 0, POLICY) < 100  # an unknown agent sits at the baseline
    assert standing(agent(activity=steady(100)), POLICY).score > clean_idle.score


# (earlier entries as (id, rule, age, status), the factor of the last one, created now)
ESCALATION = {
    "first of its rule": ([], 1.0),
    "second within the window": ([("p1", "ASK_LOAN_OR_CREDIT", 10, "confirmed")], 1.5),
    "third within the window": ([("p1", "ASK_LOAN_OR_CREDIT", 20, "confirmed"),
                                 ("p2", "ASK_LOAN_OR_CREDIT", 10, "open")], 2.0),
    "many, up to the maximum": ([(f"p{i}", "ASK_LOAN_OR_CREDIT", i, "confirmed") for i in range(1, 9)], 3.0),
    "a repeat of another rule": ([("p1", "ASK_OFF_PLATFORM", 10, "confirmed")], 1.0),
    "a repeat outside the window": ([("p1", "ASK_LOAN_OR_CREDIT", 91, "confirmed")], 1.0),
    "a dismissed earlier entry": ([("p1", "ASK_LOAN_OR_CREDIT", 10, "dismissed")], 1.0),
}


@pytest.mark.parametrize("name", list(ESCALATION))
def test_repeats_of_the_same_rule_within_the_window_escalate(name):
    earlier, factor = ESCALATION[name]
    entries = [violation(vid, rule=rule, age_days=age, status=status) for vid, rule, age, status in earlier]
    result = standing(agent(*entries, violation("last", status="confirmed")), WIDE)
    assert cost_of(result, "last").points == pytest.approx(8 * factor, abs=0.01)


# (earlier entries as (id, severity, age, status), whether the last low entry is forgiven)
LENIENCY = {
    "a first low offence is a warning": ([], True),
    "a second low offence counts": ([("p1", "low", 20, "confirmed")], False),
    "after an offence of another severity it counts": ([("p1", "medium", 20, "confirmed")], False),
    "after a dismissed entry it is still a first": ([("p1", "low", 20, "dismissed")], True),
    "after a quiet lookback it is a first again": ([("p1", "low", 95, "confirmed")], True),
}


@pytest.mark.parametrize("name", list(LENIENCY))
def test_a_first_low_severity_offence_is_forgiven(name):
    earlier, forgiven = LENIENCY[name]
    entries = [violation(vid, rule="ASK_OFF_PLATFORM", severity=sev, age_days=age, status=status)
               for vid, sev, age, status in earlier]
    result = standing(agent(*entries, violation("last", rule="ASK_SCREEN_SHARE", severity="low", status="confirmed")),
                      WIDE)
    cost = cost_of(result, "last")
    assert (cost is None) == forgiven
    if not forgiven:
        assert cost.points == pytest.approx(1.0, abs=0.01)


def test_records_refuse_naive_times_unknown_statuses_and_reviews_without_a_time():
    with pytest.raises(ValueError, match="timezone-aware"):
        ViolationRecord("x", "ASK_PASSWORD", "critical", 1.0, datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="status must be one of"):
        ViolationRecord("x", "ASK_PASSWORD", "critical", 1.0, AT, status="appealed")
    with pytest.raises(ValueError, match="status_changed_at is required"):
        ViolationRecord("x", "ASK_PASSWORD", "critical", 1.0, AT, status="confirmed")
    with pytest.raises(ValueError, match="confidence"):
        ViolationRecord("x", "ASK_PASSWORD", "critical", 1.5, AT)


# (activity, conversations the entry is measured against)
EXPOSURE_CASES = {
    "every day of the last 90": (steady(30, 400), 2700),
    "a 60-day break does not shrink it": (steady(30, 90, until=TODAY - timedelta(days=60)), 2700),
    "only the last 90 active days count": (steady(30, 170, until=TODAY - timedelta(days=1)), 2700),
    "conversations before the hard window do not count": (steady(30, 90, until=TODAY - timedelta(days=200)), 0),
    "straddling the hard window, the part inside counts": (steady(30, 30, until=TODAY - timedelta(days=165)), 450),
}


@pytest.mark.parametrize("name", list(EXPOSURE_CASES))
def test_the_penalty_is_measured_against_the_last_active_days_inside_the_hard_window(name):
    activity, conversations = EXPOSURE_CASES[name]
    result = standing(agent(violation(status="confirmed"), activity=activity), POLICY)
    assert result.score == expected_score(8, conversations, POLICY)
