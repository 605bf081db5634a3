"""The standing's inputs laid out over daily checkpoints: the penalty (each entry's points as of
each checkpoint, by its status then), the conversations it is measured against, the score, and
the credential floor and suspension.

Checkpoints are the ends of local days from the agent's first day to the day before `at`, then
`at` itself, then (for the recovery date) the ends of the days after it. Arrays make a year of
days for an agent a few vector operations instead of a loop per day and entry.
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
# Entries x checkpoints computed at once (16 MB a float array): a typical agent's whole timeline
# in one go, a rogue agent's (tens of thousands of entries) in blocks of days, so memory stays
# bounded without paying numpy's per-call cost many times for everyone.
_BLOCK_CELLS = 1 << 21
_MIN_BLOCK = 32


def sorted_violations(violations: Iterable[ViolationRecord]) -> tuple[ViolationRecord, ...]:
    """One order whatever the caller's: by time, then id (ties between entries are common)."""
    return tuple(sorted(violations, key=lambda v: (v.created_at, v.id)))


@dataclass(frozen=True)
class Timeline:
    violations: tuple[ViolationRecord, ...]
    times: np.ndarray         # checkpoint instants, POSIX seconds
    days: np.ndarray          # local day (ordinal) whose activity a checkpoint counts last
    at_index: int             # the checkpoint that is `at`
    at_status: np.ndarray     # each entry's status at `at` (ABSENT..DISMISSED)
    at_points: np.ndarray     # each entry's points at `at`
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
    floor_entries, suspension_from, suspension_end = _credential_entries(violations, policy)
    entries = _Entries(violations, stats, policy)
    penalty, floor = _over_checkpoints(entries, times, policy, floor_entries)
    at_status, at_points = entries.at(times[at_index:at_index + 1], 0, len(violations))
    suspending = np.isfinite(suspension_from)
    t = times[None, :]
    suspended = ((t >= suspension_from[suspending, None]) & (t < suspension_end[suspending, None])).any(axis=0)
    return Timeline(
        violations=violations, times=times, days=days, at_index=at_index, at_status=at_status[:, 0],
        at_points=at_points[:, 0], penalty=penalty, exposure=exposure, conversations=conversations,
        score=score_of(penalty, exposure, policy), floor=floor, suspended=suspended,
        floor_entries=floor_entries, suspension_from=suspension_from, suspension_end=suspension_end, first_day=first_day,
    )


def _over_checkpoints(entries: _Entries, times: np.ndarray, policy: StandingPolicy,
                      floor_entries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Penalty and credential floor per checkpoint, a block of checkpoints at a time over only
    the entries that can matter to the block (alive in it, or recent enough before it to escalate
    or bar leniency), so memory stays bounded however long the history."""
    penalty, floor = np.zeros(len(times)), np.zeros(len(times), dtype=bool)
    created = entries.created
    reach = (policy.windows.hard_days + max(policy.escalation.window_days, policy.leniency.lookback_days)) * DAY
    size = max(_MIN_BLOCK, _BLOCK_CELLS // max(1, len(created)))
    for start in range(0, len(times), size):
        block = times[start:start + size]
        first = int(np.searchsorted(created, block[0] - reach, side="left"))
        last = int(np.searchsorted(created, block[-1], side="right"))
        if first == last:
            continue
        status, points = entries.at(block, first, last)
        total = np.zeros(len(block))
        for row in points:  # row by row: entries that cost nothing here add exact zeros, so a
            total += row    # checkpoint's sum is the same whichever block computed it
        penalty[start:start + size] = total
        floor[start:start + size] = (np.isin(status, UNREVIEWED) & floor_entries[first:last, None]).any(axis=0)
    return penalty, floor


def _credential_entries(violations: tuple[ViolationRecord, ...], policy: StandingPolicy):
    """Which entries limit the tier while unreviewed, and the suspension each confirmed one causes."""
    floor_policy = policy.credential_floor
    on_list = np.array([v.rule in floor_policy.rules for v in violations], dtype=bool)
    confident = np.array([v.confidence >= floor_policy.unreviewed_min_confidence for v in violations], dtype=bool)
    confirmed_at = np.array([v.status_changed_at.timestamp() if v.status == "confirmed" else np.inf
                             for v in violations])
    suspends = on_list & np.isfinite(confirmed_at)
    suspension_from = np.where(suspends, confirmed_at, np.inf)
    suspension_end = np.where(suspends, confirmed_at + floor_policy.confirmed_suspension_days * DAY, np.inf)
    return on_list & confident, suspension_from, suspension_end


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


class _Entries:
    """Per-entry constants, computed once; `at` gives the status and points of a run of entries
    (in the one order) at a run of checkpoints."""

    def __init__(self, violations: tuple[ViolationRecord, ...], stats: Mapping[str, RuleStats],
                 policy: StandingPolicy):
        n, review = len(violations), policy.review
        self.policy = policy
        self.created = np.array([v.created_at.timestamp() for v in violations])
        self.dispute_from = np.full(n, np.inf)
        self.decided = np.full(n, np.inf)
        self.final = np.array([_FINAL[v.status] for v in violations], dtype=np.int8)
        for i, v in enumerate(violations):
            if v.status == "disputed":
                self.dispute_from[i] = (v.disputed_at or v.status_changed_at).timestamp()
            elif v.status in DECIDED:
                self.decided[i] = v.status_changed_at.timestamp()
                if v.disputed_at is not None and v.disputed_at < v.status_changed_at:
                    self.dispute_from[i] = v.disputed_at.timestamp()
        severity = [policy.severities[v.severity] for v in violations]
        weight = np.array([s.weight for s in severity])
        self.half_life = np.array([s.half_life_days for s in severity])
        prior = review.confirmation_prior
        rule_rate = np.array([confirmation_rate(stats, v.rule, prior.confirmed, prior.dismissed) for v in violations])
        confidence = np.array([v.confidence for v in violations])
        trust = review.confidence.floor + (1 - review.confidence.floor) * confidence \
            if review.confidence.weigh_unreviewed else np.ones(n)
        unreviewed = weight * rule_rate * trust
        self.by_status = np.zeros((n, len(STATUS_NAMES)))
        self.by_status[:, OPEN] = unreviewed
        self.by_status[:, DISPUTED] = unreviewed * review.disputed.provisional_factor
        self.by_status[:, LAPSED] = unreviewed
        self.by_status[:, CONFIRMED] = weight
        self.rule_codes = np.unique([v.rule for v in violations], return_inverse=True)[1] if n else np.zeros(0, int)
        self.lenient_kind = np.array([v.severity in policy.leniency.severities for v in violations], dtype=bool)

    def at(self, times: np.ndarray, first: int, last: int) -> tuple[np.ndarray, np.ndarray]:
        policy, review, rows = self.policy, self.policy.review, slice(first, last)
        created, t = self.created[rows], times[None, :]
        dispute_from, decided = self.dispute_from[rows, None], self.decided[rows, None]
        status = np.full((last - first, len(times)), OPEN, dtype=np.int8)
        status[t >= dispute_from] = DISPUTED
        status[t >= dispute_from + review.disputed.review_days * DAY] = LAPSED
        status = np.where(t >= decided, self.final[rows, None], status)
        age = (t - created[:, None]) / DAY
        status[(age < 0) | (age >= policy.windows.hard_days)] = ABSENT
        base = np.take_along_axis(self.by_status[rows], status.astype(np.intp), axis=1)

        standing_offences = (status != DISMISSED).astype(float)
        codes = self.rule_codes[rows]
        same_rule = [np.flatnonzero(codes == code) for code in np.unique(codes)]
        repeats = _earlier_within(created, standing_offences, policy.escalation.window_days, same_rule)
        factor = np.minimum(1 + policy.escalation.step * repeats, policy.escalation.max_factor)
        lenient_kind = self.lenient_kind[rows]
        if lenient_kind.any():
            priors = _earlier_within(created, standing_offences, policy.leniency.lookback_days,
                                     [np.arange(last - first)])
            factor = np.where(lenient_kind[:, None] & (priors == 0), policy.leniency.factor, 1.0) * factor
        decay = np.exp2(-np.clip(age / self.half_life[rows, None], 0, _MAX_HALVINGS))
        return status, base * factor * decay


def _earlier_within(created: np.ndarray, standing: np.ndarray, days: float, groups: list[np.ndarray]) -> np.ndarray:
    """For each entry, how many entries before it (in the one order, within its group) and at
    most `days` older are standing (not dismissed) at each checkpoint: prefix sums over the
    group's rows, so the cost stays linear in the number of entries."""
    counts = np.zeros_like(standing)
    for rows in groups:
        if len(rows) < 2:
            continue
        prefix = np.vstack([np.zeros((1, standing.shape[1])), np.cumsum(standing[rows], axis=0)])
        first = np.searchsorted(created[rows], created[rows] - days * DAY, side="left")
        counts[rows] = prefix[np.arange(len(rows))] - prefix[first]
    return counts
