"""The standing of an agent at a point in time, and its daily history: pure functions of the
agent's log, the rules' review statistics, the policy and the time."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Mapping

from guard.standing.explain import Explanation, explain
from guard.standing.policy import StandingPolicy
from guard.standing.records import AgentLog, RuleStats
from guard.standing.tiers import Decision, Replay
from guard.standing.timeline import build_timeline, instant_of, sorted_violations

HISTORY_DAYS = 90


@dataclass(frozen=True)
class Standing:
    agent_id: str
    at: datetime
    score: float
    tier: str
    cap: int
    policy_version: str
    explanation: Explanation


@dataclass(frozen=True)
class HistoryPoint:
    """The standing at the end of one local day (the last point is the standing at `at`)."""

    day: date
    at: datetime
    score: float
    tier: str
    cap: int


def compute_standing(log: AgentLog, stats: Mapping[str, RuleStats], policy: StandingPolicy, at: datetime) -> Standing:
    """The agent's standing at `at`, with its explanation. `stats` are the rules' review
    statistics across all agents (see `rule_statistics`)."""
    _check_time(at)
    timeline = build_timeline(sorted_violations(log.violations), log.activity, stats, log.first_seen, policy, at,
                              ahead_days=policy.explanation.recovery_horizon_days)
    replay = Replay(timeline, policy)
    decisions, before_at = replay.run(keep_from=timeline.at_index)
    decision = decisions[-1]
    recovered = replay.recover(before_at, decision.tier) if decision.tier > 0 else None
    return Standing(agent_id=log.agent_id, at=at, score=decision.score, tier=policy.tiers[decision.tier].name,
                    cap=decision.cap, policy_version=policy.version,
                    explanation=explain(timeline, replay, decision, recovered, policy))


def standing_history(log: AgentLog, stats: Mapping[str, RuleStats], policy: StandingPolicy, at: datetime,
                     days: int = HISTORY_DAYS) -> tuple[HistoryPoint, ...]:
    """One point per local day for the last `days` days up to `at` (fewer for a newer agent),
    each equal to the standing computed at that point's time."""
    _check_time(at)
    if days < 1:
        raise ValueError("days must be at least 1")
    timeline = build_timeline(sorted_violations(log.violations), log.activity, stats, log.first_seen, policy, at)
    keep_from = max(0, timeline.at_index - days + 1)
    decisions, _ = Replay(timeline, policy).run(keep_from=keep_from)
    kept_days = timeline.days[keep_from:timeline.at_index + 1].tolist()
    return tuple(_point(d, day, policy) for d, day in zip(decisions, kept_days, strict=True))


def _point(decision: Decision, day: int, policy: StandingPolicy) -> HistoryPoint:
    return HistoryPoint(day=date.fromordinal(day), at=instant_of(decision.time, policy), score=decision.score,
                        tier=policy.tiers[decision.tier].name, cap=decision.cap)


def _check_time(at: datetime) -> None:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("at must be a timezone-aware datetime")
