"""The standing's inputs laid out over daily checkpoints: each violation's status and points at
every checkpoint, the penalty, the conversations it is measured against, the score, and the
credential floor and suspension.

Checkpoints are the ends of local days from the agent's first day to the day before `at`, then
`at` itself, then (for the recovery date) the ends of the days after it. Arrays make a year of
days for an agent one set of vector operations instead of a loop per day and entry.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Iterable, Mapping

import numpy as np

from guard.standing.policy import StandingPolicy
from guard.standing.records import DECIDED, DayActivity, RuleStats, ViolationRecord, confirmation_rate

DAY = 86400.0
# An instant counts the activity of the local days that began strictly before it: the end of a
# day (midnight) belongs to that day, not to the one that starts there.
_INSTANT = 1e-6

# Status of an entry at a checkpoint. LAPSED: disputed for longer than the review time.
ABSENT, OPEN, DISPUTED, LAPSED, CONFIRMED, DISMISSED = range(6)
STATUS_NAMES = ("absent", "open", "disputed", "lapsed", "confirmed", "dismissed")
UNREVIEWED = (OPEN, DISPUTED, LAPSED)
_FINAL = {"open": OPEN, "disputed": DISPUTED, "confirmed": CONFIRMED, "dismissed": DISMISSED}
# Decay exponents are clipped so entries far before a checkpoint cannot overflow.
_MAX_HALVINGS = 1000.0
_EPOCH_DAY = date(1970, 1, 1).toordinal()


def sorted_violations(violations: Iterable[ViolationRecord]) -> tuple[ViolationRecord, ...]:
    """One order whatever the caller's: by time, then id (ties between entries are common)."""
    return tuple(sorted(violations, key=lambda v: (v.created_at, v.id)))


@dataclass(frozen=True)
class Timeline:
    violations: tuple[ViolationRecord, ...]
    times: np.ndarray         # checkpoint instants, POSIX seconds
    days: np.ndarray          # local day (ordinal) whose activity a checkpoint counts last
    at_index: int             # the checkpoint that is `at`
    status: np.ndarray        # violations x checkpoints, ABSENT..DISMISSED
    points: np.ndarray        # violations x checkpoints
    penalty: np.ndarray       # points summed per checkpoint
    exposure: np.ndarray      # conversations the penalty is measured against, per checkpoint
    conversations: np.ndarray # conversations handled so far per checkpoint
    score: np.ndarray
    floor: np.ndarray         # an unreviewed credential request limits the tier
    suspended: np.ndarray     # a confirmed credential request suspends
    floor_entries: np.ndarray # entries that limit the tier while unreviewed (mask over violations)
    suspension_from: np.ndarray  # per entry, when the suspension it causes starts (inf when none)
    suspension_end: np.ndarray
    first_day: int            # local ordinal of the agent's first day


def local_zone(policy: StandingPolicy) -> timezone:
    return timezone(timedelta(hours=policy.utc_offset_hours))


def day_end(day: int, policy: StandingPolicy) -> float:
    """POSIX seconds at the end of a local day given as an ordinal (the offset is fixed, so
    plain arithmetic is exact)."""
    return (day + 1 - _EPOCH_DAY) * DAY - policy.utc_offset_hours * 3600.0


def counted_day(instant, policy: StandingPolicy):
    """The last local day (ordinal) whose activity counts at an instant (or an array of them)."""
    return np.floor((np.asarray(instant) - _INSTANT + policy.utc_offset_hours * 3600.0) / DAY).astype(np.int64) \
        + _EPOCH_DAY


def instant_of(seconds: float, policy: StandingPolicy) -> datetime:
    return datetime.fromtimestamp(seconds, local_zone(policy))


def score_of(penalty: np.ndarray | float, exposure: np.ndarray | float, policy: StandingPolicy) -> np.ndarray:
    """Score 0-100 (one decimal) from penalty points and conversations, smoothed toward the
    baseline rate by the prior's pseudo-conversations."""
    rate_policy = policy.rate
    per, prior = rate_policy.per_conversations, rate_policy.prior_conversations
    rate = (np.asarray(penalty, dtype=float) + rate_policy.baseline_points * prior / per) \
        / (np.asarray(exposure, dtype=float) + prior) * per
    return np.round(100.0 * np.exp2(-rate / rate_policy.half_score_points), 1)


def build_timeline(violations: tuple[ViolationRecord, ...], activity: Iterable[DayActivity],
                   stats: Mapping[str, RuleStats], first_seen: date | None, policy: StandingPolicy,
                   at: datetime, ahead_days: int = 0) -> Timeline:
    at_s = at.timestamp()
    at_day = int(counted_day(at_s, policy))
    per_day: dict[int, int] = {}
    for item in activity:
        ordinal = item.day.toordinal()
        per_day[ordinal] = per_day.get(ordinal, 0) + item.conversations
    starts = [at_day]
    if first_seen is not None:
        starts.append(first_seen.toordinal())
    if per_day:
        starts.append(min(per_day))
    if violations:
        starts.append(int(counted_day(violations[0].created_at.timestamp() + _INSTANT, policy)))
    first_day = min(starts)

    past = day_end(np.arange(first_day, at_day + 1), policy)
    past = past[past < at_s]
    ahead = day_end(np.arange(at_day, at_day + ahead_days), policy)
    ahead = ahead[ahead > at_s]
    times = np.concatenate([past, [at_s], ahead])
    days = counted_day(times, policy)
    at_index = len(past)

    exposure, conversations = _activity(per_day, days, policy)
    status, points, floor_entries, suspension_from, suspension_end = _entries(violations, times, stats, policy)
    penalty = points.sum(axis=0)
    floor = (np.isin(status, UNREVIEWED) & floor_entries[:, None]).any(axis=0)
    t = times[None, :]
    suspended = ((t >= suspension_from[:, None]) & (t < suspension_end[:, None])).any(axis=0)
    return Timeline(
        violations=violations, times=times, days=days, at_index=at_index, status=status, points=points,
        penalty=penalty, exposure=exposure, conversations=conversations,
        score=score_of(penalty, exposure, policy), floor=floor, suspended=suspended,
        floor_entries=floor_entries, suspension_from=suspension_from, suspension_end=suspension_end, first_day=first_day,
    )


def _activity(per_day: dict[int, int], days: np.ndarray, policy: StandingPolicy):
    """Per checkpoint: conversations on the agent's last `exposure_days` active days within the
    hard window (days it could not work, resting or suspended, do not shrink it), and
    conversations handled so far."""
    active = sorted(d for d, count in per_day.items() if count > 0)
    ordinals = np.array(active, dtype=np.int64)
    total = np.concatenate([[0], np.cumsum([per_day[d] for d in active])]).astype(float)
    upto = np.searchsorted(ordinals, days, side="right")
    in_window = np.searchsorted(ordinals, days - policy.windows.hard_days, side="right")
    since = np.maximum(in_window, upto - policy.windows.exposure_days)
    return total[upto] - total[since], total[upto]


def _entries(violations: tuple[ViolationRecord, ...], times: np.ndarray, stats: Mapping[str, RuleStats],
             policy: StandingPolicy):
    """Each entry's status and points at each checkpoint."""
    n, m = len(violations), len(times)
    if n == 0:
        none = np.zeros(0)
        return np.zeros((0, m), np.int8), np.zeros((0, m)), np.zeros(0, bool), none, none
    review, floor_policy = policy.review, policy.credential_floor
    created = np.array([v.created_at.timestamp() for v in violations])
    dispute_from = np.full(n, np.inf)
    decided = np.full(n, np.inf)
    final = np.array([_FINAL[v.status] for v in violations])
    for i, v in enumerate(violations):
        if v.status == "disputed":
            dispute_from[i] = (v.disputed_at or v.status_changed_at).timestamp()
        elif v.status in DECIDED:
            decided[i] = v.status_changed_at.timestamp()
            if v.disputed_at is not None and v.disputed_at < v.status_changed_at:
                dispute_from[i] = v.disputed_at.timestamp()
    t = times[None, :]
    status = np.full((n, m), OPEN, dtype=np.int8)
    status[t >= dispute_from[:, None]] = DISPUTED
    status[t >= dispute_from[:, None] + review.disputed.review_days * DAY] = LAPSED
    status = np.where(t >= decided[:, None], final[:, None], status).astype(np.int8)
    age = (t - created[:, None]) / DAY
    status[(age < 0) | (age >= policy.windows.hard_days)] = ABSENT

    severity = [policy.severities[v.severity] for v in violations]
    weight = np.array([s.weight for s in severity])
    half_life = np.array([s.half_life_days for s in severity])
    prior = review.confirmation_prior
    rule_rate = np.array([confirmation_rate(stats, v.rule, prior.confirmed, prior.dismissed) for v in violations])
    confidence = np.array([v.confidence for v in violations])
    trust = review.confidence.floor + (1 - review.confidence.floor) * confidence \
        if review.confidence.weigh_unreviewed else np.ones(n)
    unreviewed = weight * rule_rate * trust
    by_status = np.zeros((n, len(STATUS_NAMES)))
    by_status[:, OPEN] = unreviewed
    by_status[:, DISPUTED] = unreviewed * review.disputed.provisional_factor
    by_status[:, LAPSED] = unreviewed
    by_status[:, CONFIRMED] = weight
    base = np.take_along_axis(by_status, status.astype(np.intp), axis=1)

    standing_offences = (status != DISMISSED).astype(float)
    earlier = np.tri(n, k=-1, dtype=bool)  # j before i in the one order
    gap = (created[:, None] - created[None, :]) / DAY
    rules = np.array([v.rule for v in violations])
    repeats = earlier & (rules[:, None] == rules[None, :]) & (gap <= policy.escalation.window_days)
    escalation = np.minimum(1 + policy.escalation.step * (repeats.astype(float) @ standing_offences),
                            policy.escalation.max_factor)
    lenient_kind = np.array([v.severity in policy.leniency.severities for v in violations])
    priors = (earlier & (gap <= policy.leniency.lookback_days)).astype(float) @ standing_offences
    lenient = lenient_kind[:, None] & (priors == 0)
    factor = np.where(lenient, policy.leniency.factor, 1.0) * escalation
    decay = np.exp2(-np.clip(age / half_life[:, None], 0, _MAX_HALVINGS))
    points = base * factor * decay

    floor_entries = np.array([v.rule in floor_policy.rules for v in violations])
    confident = confidence >= floor_policy.unreviewed_min_confidence
    suspends = floor_entries & (final == CONFIRMED)
    suspension_from = np.where(suspends, decided, np.inf)
    suspension_end = np.where(suspends, decided + floor_policy.confirmed_suspension_days * DAY, np.inf)
    return status, points, floor_entries & confident, suspension_from, suspension_end
