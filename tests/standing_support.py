"""Shared helpers of the standing tests: a fixed time, steady activity, violation records, and
policies derived from the packaged one with a few values changed."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from importlib import resources

import yaml

from guard.standing import AgentLog, DayActivity, ViolationRecord, compute_standing, parse_standing_policy

AT = datetime(2026, 12, 7, 4, 0, tzinfo=timezone.utc)  # 12:00 in China
LOCAL = timezone(timedelta(hours=8))
TODAY = AT.astimezone(LOCAL).date()
DEFAULT_TEXT = resources.files("policies").joinpath("standing.yaml").read_text(encoding="utf-8")


def policy_with(**changes):
    """The packaged policy with sections changed: policy_with(leniency={"factor": 1}) merges
    into the section; a dotted name replaces a value: policy_with(**{"rate.prior_conversations": 1})."""
    data = yaml.safe_load(DEFAULT_TEXT)
    for key, value in changes.items():
        *path, last = key.split(".")
        target = data
        for part in path:
            target = target[part]
        if isinstance(value, dict) and isinstance(target.get(last), dict):
            target[last] = {**target[last], **value}
        else:
            target[last] = value
    return parse_standing_policy(yaml.safe_dump(data, allow_unicode=True), source="test-policy.yaml")


def steady(per_day: int = 30, days: int = 400, until: date = TODAY) -> tuple[DayActivity, ...]:
    """The same number of conversations every day for `days` days up to `until`."""
    return tuple(DayActivity(until - timedelta(days=i), per_day, per_day * 10) for i in range(days))


def violation(vid="v1", rule="ASK_LOAN_OR_CREDIT", severity="high", age_days=0.0, status="open",
              decided_after_days=None, disputed_after_days=None, confidence=1.0, at=AT) -> ViolationRecord:
    """An entry created `age_days` before `at`; a review `decided_after_days` after creation, a
    dispute `disputed_after_days` after creation."""
    created = at - timedelta(days=age_days)
    changed = disputed = None
    if disputed_after_days is not None:
        disputed = created + timedelta(days=disputed_after_days)
    if status != "open":
        after = decided_after_days if decided_after_days is not None else disputed_after_days
        changed = created + timedelta(days=after if after is not None else 0)
    return ViolationRecord(id=vid, rule=rule, severity=severity, confidence=confidence, created_at=created,
                           status=status, status_changed_at=changed, disputed_at=disputed)


def agent(*violations, activity=None, first_seen=None, agent_id="a-1") -> AgentLog:
    activity = steady() if activity is None else activity
    if first_seen is None:
        first_seen = min((a.day for a in activity), default=TODAY)
    return AgentLog(agent_id=agent_id, violations=tuple(violations), activity=tuple(activity), first_seen=first_seen)


def standing(log, policy, at=AT, stats=None):
    return compute_standing(log, stats or {}, policy, at)


def expected_score(points: float, conversations: float, policy) -> float:
    """The documented formula of policies/standing.yaml, written out independently."""
    r = policy.rate
    rate = (points + r.baseline_points * r.prior_conversations / r.per_conversations) \
        / (conversations + r.prior_conversations) * r.per_conversations
    return round(100 * 2 ** (-rate / r.half_score_points), 1)


def cost_of(result, vid):
    return next((c for c in result.explanation.costs if c.violation_id == vid), None)
