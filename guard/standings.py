"""Standings of the agents in a store: the store's queries (guard.store.standing) fed to the
pure scorer (guard.standing). The service's standing routes and `guard standing` both use it.

Every call reads the rules' review statistics once and the logs of a whole page of agents in
two queries, however many agents it scores.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta

from guard.standing import (AgentLog, HistoryPoint, Standing, StandingPolicy, compute_standing,
                            standing_history)
from guard.standing.records import confirmation_rate
from guard.standing.timeline import local_zone
from guard.solicitation import RULES
from guard.store.models import STATUSES
from guard.store.standing import RuleReviews, StandingQueries

# Agents scored per round while looking for a page of one tier.
SCAN_BATCH = 200
WEEK = timedelta(days=7)


@dataclass(frozen=True)
class AgentStanding:
    standing: Standing
    known: bool  # the store has activity or violations of the agent


@dataclass(frozen=True)
class StandingsPage:
    standings: list[AgentStanding]
    last_agent: str | None  # where the next page starts (None: nothing was scanned)
    has_more: bool


@dataclass(frozen=True)
class DayPoint:
    point: HistoryPoint
    conversations: int
    messages: int


@dataclass(frozen=True)
class WeekQuality:
    week_start: date  # a Monday, local time
    reviewed: int
    confirmed: int


@dataclass(frozen=True)
class RuleQuality:
    rule: str
    logged: int
    by_status: dict[str, int]
    reviewed: int
    confirmed: int
    confirmation_rate: float | None  # confirmed / reviewed; None before any decision
    scorer_rate: float  # the smoothed rate at which the standing weighs unreviewed entries
    weeks: list[WeekQuality]


class StandingBoard:
    def __init__(self, queries: StandingQueries, policy: StandingPolicy):
        self.queries, self.policy = queries, policy
        self.zone = local_zone(policy)

    def standing(self, agent_id: str, at: datetime) -> AgentStanding:
        log = self.queries.agent_logs([agent_id], at)[agent_id]
        return self._score(log, self.queries.rule_stats(at), at)

    def page(self, at: datetime, after: str | None, limit: int, tier: str | None = None) -> StandingsPage:
        """Up to `limit` standings of agents after `after` (in id order), of `tier` if given."""
        stats = self.queries.rule_stats(at)
        found: list[AgentStanding] = []
        cursor = after
        while True:
            want = limit + 1 - len(found) if tier is None else max(SCAN_BATCH, limit)
            ids = self.queries.agents_after(cursor, want)
            if not ids:
                return StandingsPage(found, cursor, False)
            logs = self.queries.agent_logs(ids, at)
            for agent_id in ids:
                scored = self._score(logs[agent_id], stats, at)
                if tier is None or scored.standing.tier == tier:
                    if len(found) == limit:  # one more than the page: more follow
                        return StandingsPage(found, found[-1].standing.agent_id, True)
                    found.append(scored)
                cursor = agent_id
            if len(ids) < want:
                return StandingsPage(found, cursor, False)

    def history(self, agent_id: str, at: datetime, days: int) -> list[DayPoint]:
        log = self.queries.agent_logs([agent_id], at)[agent_id]
        points = standing_history(log, self.queries.rule_stats(at), self.policy, at, days=days)
        by_day = {a.day: a for a in log.activity}
        out = []
        for p in points:
            a = by_day.get(p.day)
            out.append(DayPoint(p, a.conversations if a else 0, a.messages if a else 0))
        return out

    def rule_quality(self, at: datetime, weeks: int) -> list[RuleQuality]:
        """Per rule: logged, by status, reviewed (decided), confirmed and the rates; and the
        decisions of the last `weeks` local weeks (Monday first), oldest first."""
        this_monday = at.astimezone(self.zone).date()
        this_monday -= timedelta(days=this_monday.weekday())
        starts = [this_monday - WEEK * n for n in range(weeks - 1, -1, -1)]
        since = datetime.combine(starts[0], datetime.min.time(), self.zone)
        stats = self.queries.rule_stats(at)
        prior = self.policy.review.confirmation_prior
        found = {r.rule: r for r in self.queries.rule_reviews(since)}
        # Every rule of the detector, logged or not (a quiet rule is worth seeing too).
        for rule in RULES:
            found.setdefault(rule, RuleReviews(rule, dict.fromkeys(STATUSES, 0), ()))
        out = []
        for r in (found[rule] for rule in sorted(found)):
            tally = {s: [0, 0] for s in starts}
            for decided_at, confirmed in r.decisions:
                if decided_at > at:
                    continue
                day = decided_at.astimezone(self.zone).date()
                week = tally[day - timedelta(days=day.weekday())]
                week[0] += 1
                week[1] += confirmed
            decided = r.by_status["confirmed"] + r.by_status["dismissed"]
            out.append(RuleQuality(
                rule=r.rule, logged=sum(r.by_status.values()), by_status=r.by_status,
                reviewed=decided, confirmed=r.by_status["confirmed"],
                confirmation_rate=r.by_status["confirmed"] / decided if decided else None,
                scorer_rate=confirmation_rate(stats, r.rule, prior.confirmed, prior.dismissed),
                weeks=[WeekQuality(s, n, c) for s, (n, c) in tally.items()]))
        return out

    def _score(self, log: AgentLog, stats, at: datetime) -> AgentStanding:
        return AgentStanding(compute_standing(log, stats, self.policy, at),
                             known=bool(log.violations or log.activity))


def standing_dict(scored: AgentStanding, policy: StandingPolicy) -> dict:
    """The wire form of a standing (the API's StandingOut, `guard standing --format json`)."""
    s = scored.standing
    return {"agent_id": s.agent_id, "at": s.at, "score": s.score, "tier": s.tier,
            "tier_zh": next(t.zh for t in policy.tiers if t.name == s.tier), "cap": s.cap,
            "policy_version": s.policy_version, "known": scored.known,
            "explanation": asdict(s.explanation)}
