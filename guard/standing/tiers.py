"""Tiers over time: the daily replay that gives hysteresis and minimum time in a tier a past to
stand on, then new-agent protection, the credential floor, the suspension and the cap.

The replay runs over every checkpoint from the agent's first day, so the same log, time and
policy always give the same tier; `at` itself is looked at from the state of the checkpoint
before it and never changes the state the later checkpoints see.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from guard.standing.policy import StandingPolicy
from guard.standing.timeline import DAY, Timeline


@dataclass(frozen=True)
class Decision:
    """The tier and cap at one checkpoint, and what made them so."""

    time: float
    score: float
    score_tier: int     # the tier the score holds after hysteresis (index, 0 is best)
    since: float        # when the agent entered score_tier
    tier: int           # the tier applied (after protection, floor and suspension)
    cap: int
    protected: bool     # new-agent protection in force
    floor: bool         # an unreviewed credential request limits the tier
    suspended: bool     # a confirmed credential request suspends


class Replay:
    """Steps the hysteresis state through checkpoints; `decide` gives the applied tier."""

    def __init__(self, timeline: Timeline, policy: StandingPolicy):
        self.timeline, self.policy = timeline, policy
        self.thresholds = [t.min_score for t in policy.tiers]
        self.caps = [_cap(policy, t.cap_share) for t in policy.tiers]
        self.worst = len(policy.tiers) - 1
        self.floor_tier = policy.tier_index(policy.credential_floor.unreviewed_max_tier)
        self.lowest_new = policy.tier_index(policy.new_agent.lowest_tier)
        self.min_time = policy.hysteresis.min_days_in_tier * DAY
        self.margin = policy.hysteresis.promote_margin
        # Plain lists: indexing numpy scalars one by one is several times slower.
        self.times = timeline.times.tolist()
        self.scores = timeline.score.tolist()
        self.floors = timeline.floor.tolist()
        self.suspensions = timeline.suspended.tolist()
        self.protected = ((timeline.days - timeline.first_day < policy.new_agent.days)
                          & (timeline.conversations < policy.new_agent.conversations)).tolist()
        # Per checkpoint, the best tier the score reaches, and the best it reaches with the
        # promotion margin (len(tiers) when none).
        thresholds = np.array(self.thresholds)
        self.raw = _best_reached(timeline.score, thresholds).tolist()
        self.promotable = _best_reached(timeline.score, thresholds + self.margin).tolist()

    def step(self, state: tuple[int, float] | None, k: int) -> tuple[int, float]:
        """The (score tier, since) after checkpoint k, from the state after the one before."""
        raw, now = self.raw[k], self.times[k]
        if state is None:
            return raw, now
        tier, since = state
        if raw > tier:  # demotion: immediate, below the threshold
            return raw, now
        if raw < tier and self.promotable[k] < tier and now - since >= self.min_time:
            return self.promotable[k], now
        return state

    def applied_tier(self, score_tier: int, k: int) -> int:
        """The tier applied at checkpoint k: protection, then the suspension or the floor."""
        if self.suspensions[k]:
            return self.worst
        tier = min(score_tier, self.lowest_new) if self.protected[k] else score_tier
        return max(tier, self.floor_tier) if self.floors[k] else tier

    def decide(self, state: tuple[int, float], k: int) -> Decision:
        score_tier, since = state
        protected, floor, suspended = self.protected[k], self.floors[k], self.suspensions[k]
        tier = self.applied_tier(score_tier, k)
        cap = self.caps[tier]
        if protected and not (floor or suspended):
            cap = max(cap, self.policy.new_agent.cap)
        return Decision(time=self.times[k], score=self.scores[k], score_tier=score_tier, since=since, tier=tier,
                        cap=cap, protected=protected, floor=floor, suspended=suspended)

    def run(self, keep_from: int = 0) -> tuple[list[Decision], tuple[int, float] | None]:
        """Replay every checkpoint up to `at`. Returns the decisions from checkpoint `keep_from`
        on (the last is `at`) and the state of the checkpoint before `at`."""
        state, kept, at = None, [], self.timeline.at_index
        for k in range(at):
            state = self.step(state, k)
            if k >= keep_from:
                kept.append(self.decide(state, k))
        kept.append(self.decide(self.step(state, at), at))
        return kept, state

    def recover(self, state: tuple[int, float] | None, better_than: int) -> Decision | None:
        """Continue after `at` (nothing new happening) to the first checkpoint whose applied tier
        is better than `better_than`; None when none comes within the timeline."""
        for k in range(self.timeline.at_index + 1, len(self.times)):
            state = self.step(state, k)
            if self.applied_tier(state[0], k) < better_than:
                return self.decide(state, k)
        return None


def _best_reached(scores: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """Index of the first (best) threshold each score reaches; len(thresholds) when none."""
    reached = scores[:, None] >= thresholds[None, :]
    return np.where(reached.any(axis=1), reached.argmax(axis=1), len(thresholds))


def _cap(policy: StandingPolicy, share: float) -> int:
    if share == 0:
        return 0
    return round(policy.cap.floor + (policy.cap.ceiling - policy.cap.floor) * share)
