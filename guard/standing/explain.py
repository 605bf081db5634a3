"""Why a standing is what it is, in Chinese and English: the entries that cost the most and by
how much, the reasons for the tier (score band, hysteresis, new-agent protection, credential
floor, suspension), and what brings the next tier back and from when if nothing new happens."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np

from guard.standing.policy import StandingPolicy
from guard.standing.tiers import Decision, Replay
from guard.standing.timeline import STATUS_NAMES, UNREVIEWED, Timeline, day_end, instant_of, score_of

# One template per reason: (English, Chinese). Fields are filled by `_reason`.
TEMPLATES = {
    "score": (
        "Score {score} is in the {tier} band (from {min_score}).",
        "分数 {score},处于{tier_zh}档(≥{min_score})。"),
    "held_by_margin": (
        "Score {score} reaches {better} ({threshold}), but promotion needs {needed} (threshold plus margin).",
        "分数 {score} 已达{better_zh}档线 {threshold},但升档需达到 {needed}(档线加缓冲)。"),
    "held_by_time": (
        "In {tier} since {since}; promotion is possible from {from_date} (minimum time in a tier).",
        "自 {since} 起处于{tier_zh}档,{from_date} 起方可升档(每档最短停留时间)。"),
    "new_agent": (
        "New agent until {until} or {conversations} conversations: the score alone cannot put it below "
        "{lowest}, and the cap is at least {cap}.",
        "新人保护期至 {until} 或满 {conversations} 个会话:仅凭分数不会低于{lowest_zh}档,每日上限不低于 {cap}。"),
    "credential_floor": (
        "Unreviewed credential request {ids}: the tier is at most {floor} until it is reviewed.",
        "索要支付凭证的记录 {ids} 尚未审核:审核前档位最高为{floor_zh}。"),
    "suspended": (
        "Confirmed credential request {ids}: grabbing is suspended until {until}, whatever the score.",
        "索要支付凭证的记录 {ids} 已确认:无论分数,暂停抢单至 {until}。"),
    "recover_by_score": (
        "{tier} comes back from {date} if nothing new happens (no new violations, reviews or conversations), "
        "as the entries fade: the score must reach {needed}.",
        "若无新情况(无新违规、新审核、新会话),随记录衰减,{date} 起恢复{tier_zh}档:分数需达到 {needed}。"),
    "recover_after_min_time": (
        "{tier} comes back from {date}, after the minimum time in the current tier; the score already allows it.",
        "{date} 起恢复{tier_zh}档:当前档最短停留时间届满,分数已达要求。"),
    "recover_by_review": (
        "{tier} comes back when {ids} is reviewed and dismissed; if nothing new happens, from {date}.",
        "记录 {ids} 经审核驳回后即恢复{tier_zh}档;若无新情况,{date} 起恢复。"),
    "recover_after_suspension": (
        "{tier} comes back from {date} if nothing new happens: the suspension ends and the score allows it.",
        "若无新情况,{date} 起恢复{tier_zh}档:暂停期满且分数允许。"),
    "no_recovery": (
        "{tier} does not come back within {days} days unless something changes (a review, fewer violations).",
        "若无变化(审核结果、违规减少),{days} 天内不会恢复{tier_zh}档。"),
}
DATE_FORMAT = "%Y-%m-%d"


@dataclass(frozen=True)
class Reason:
    code: str
    en: str
    zh: str


@dataclass(frozen=True)
class Cost:
    """An entry's share of the penalty at the standing's time, and the score it costs (how much
    higher the score would be without it, everything else unchanged)."""

    violation_id: str
    rule: str
    severity: str
    status: str
    points: float
    score_cost: float


@dataclass(frozen=True)
class Recovery:
    """The next tier, and the first day it comes back if nothing new happens (None: not within
    the policy's horizon)."""

    tier: str
    at: datetime | None
    reason: Reason


@dataclass(frozen=True)
class Explanation:
    """Why: the tier the score holds after hysteresis (before protection, floor and suspension),
    the reasons in both languages, the costliest entries and the way back to the next tier."""

    score_tier: str
    reasons: tuple[Reason, ...]
    costs: tuple[Cost, ...]
    recovery: Recovery | None


def explain(timeline: Timeline, replay: Replay, decision: Decision, recovered: Decision | None,
            policy: StandingPolicy) -> Explanation:
    words = _Words(policy)
    return Explanation(
        score_tier=policy.tiers[decision.score_tier].name,
        reasons=tuple(_reasons(timeline, replay, decision, words)),
        costs=_costs(timeline, decision, policy),
        recovery=_recovery(timeline, replay, decision, recovered, words),
    )


class _Words:
    """Fills the templates: tier names in both languages, local dates."""

    def __init__(self, policy: StandingPolicy):
        self.policy = policy

    def date(self, seconds: float) -> str:
        return instant_of(seconds, self.policy).strftime(DATE_FORMAT)

    def reason(self, code: str, **fields) -> Reason:
        for key in [k for k in fields if k in ("tier", "better", "lowest", "floor")]:
            tier = self.policy.tiers[fields[key]]
            fields[key], fields[f"{key}_zh"] = tier.name, tier.zh
        en, zh = TEMPLATES[code]
        return Reason(code=code, en=en.format(**fields), zh=zh.format(**fields))


def _reasons(timeline: Timeline, replay: Replay, decision: Decision, words: _Words) -> list[Reason]:
    policy, k = replay.policy, timeline.at_index
    thresholds = replay.thresholds
    reasons = [words.reason("score", score=decision.score, tier=decision.score_tier,
                            min_score=f"{thresholds[decision.score_tier]:g}")]
    raw = replay.raw[k]
    if raw < decision.score_tier:
        promote_from = decision.since + replay.min_time
        if decision.time < promote_from:
            reasons.append(words.reason("held_by_time", tier=decision.score_tier, since=words.date(decision.since),
                                        from_date=words.date(promote_from)))
        if decision.score < thresholds[raw] + replay.margin:
            reasons.append(words.reason("held_by_margin", score=decision.score, better=raw,
                                        threshold=f"{thresholds[raw]:g}", needed=f"{thresholds[raw] + replay.margin:g}"))
    if decision.protected:
        until = timeline.first_day + policy.new_agent.days
        reasons.append(words.reason("new_agent", until=words.date(day_end(until - 1, policy)),
                                    conversations=policy.new_agent.conversations,
                                    lowest=replay.lowest_new, cap=policy.new_agent.cap))
    if decision.suspended:
        ids, until = _suspending(timeline, k)
        reasons.append(words.reason("suspended", ids=ids, until=words.date(until)))
    elif decision.floor:
        reasons.append(words.reason("credential_floor", ids=_floor_ids(timeline), floor=replay.floor_tier))
    return reasons


def _costs(timeline: Timeline, decision: Decision, policy: StandingPolicy) -> tuple[Cost, ...]:
    k = timeline.at_index
    if not timeline.violations:
        return ()
    points = timeline.at_points
    ranked = sorted((i for i in range(len(points)) if points[i] > 0),
                    key=lambda i: (-points[i], timeline.violations[i].id))[:policy.explanation.top_costs]
    if not ranked:
        return ()
    without = score_of(timeline.penalty[k] - points[ranked], timeline.exposure[k], policy)
    costs = []
    for i, better in zip(ranked, without.tolist()):
        record = timeline.violations[i]
        costs.append(Cost(violation_id=record.id, rule=record.rule, severity=record.severity,
                          status=STATUS_NAMES[timeline.at_status[i]], points=round(float(points[i]), 2),
                          score_cost=round(better - decision.score, 1)))
    return tuple(costs)


def _recovery(timeline: Timeline, replay: Replay, decision: Decision, recovered: Decision | None,
              words: _Words) -> Recovery | None:
    if decision.tier == 0:
        return None
    target = decision.tier - 1
    name = replay.policy.tiers[target].name
    if recovered is None:
        days = replay.policy.explanation.recovery_horizon_days
        return Recovery(tier=name, at=None, reason=words.reason("no_recovery", tier=target, days=days))
    date = words.date(recovered.time)
    if decision.suspended:
        reason = words.reason("recover_after_suspension", tier=recovered.tier, date=date)
    elif decision.floor and decision.tier == replay.floor_tier:
        reason = words.reason("recover_by_review", tier=recovered.tier, ids=_floor_ids(timeline), date=date)
    else:
        needed = replay.thresholds[recovered.tier] + replay.margin
        if decision.score >= needed:
            reason = words.reason("recover_after_min_time", tier=recovered.tier, date=date)
        else:
            reason = words.reason("recover_by_score", tier=recovered.tier, date=date, needed=f"{needed:g}")
    return Recovery(tier=replay.policy.tiers[recovered.tier].name, at=instant_of(recovered.time, replay.policy),
                    reason=reason)


def _floor_ids(timeline: Timeline) -> str:
    active = timeline.floor_entries & np.isin(timeline.at_status, UNREVIEWED)
    return ", ".join(timeline.violations[i].id for i in np.flatnonzero(active))


def _suspending(timeline: Timeline, k: int) -> tuple[str, float]:
    now = timeline.times[k]
    active = np.flatnonzero((timeline.suspension_from <= now) & (now < timeline.suspension_end))
    ids = ", ".join(timeline.violations[i].id for i in active)
    return ids, float(timeline.suspension_end[active].max())
