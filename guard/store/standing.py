"""What the standing scorer reads from the store, for many agents at once: each query covers a
whole page of agents (an IN list), never one agent per query.

- `agents_after`: agents with activity or violations, in id order (keyset paging);
- `agent_logs`: each agent's violations with their review times, and its activity per day;
- `rule_stats`: per rule, the decided reviews across all agents as known at a time;
- `rule_reviews`: per rule, counts by status, and the decisions of a recent stretch by week.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from guard.standing.records import DECIDED, AgentLog, DayActivity, RuleStats, ViolationRecord

from .models import STATUSES, AgentDay, Violation, ViolationReview

violations = Violation.__table__
reviews = ViolationReview.__table__
agent_days = AgentDay.__table__

LATEST_ZONE = timezone(timedelta(hours=14))  # where a local day starts last

# Per violation: when its status was last set, and when it was (last) disputed.
REVIEW_TIMES = (
    sa.select(reviews.c.violation_id,
              sa.func.max(reviews.c.created_at).label("changed_at"),
              sa.func.max(sa.case((reviews.c.to_status == "disputed", reviews.c.created_at)))
              .label("disputed_at"))
    .group_by(reviews.c.violation_id)
    .subquery("review_times")
)


@dataclass(frozen=True)
class RuleReviews:
    """One rule's violations by current status, and its decisions per week since a day."""

    rule: str
    by_status: dict[str, int]
    decisions: tuple[tuple[datetime, bool], ...]  # (decided at, confirmed) since the start asked


class StandingQueries:
    def __init__(self, engine: Engine):
        self.engine = engine

    def agents_after(self, after: str | None, limit: int) -> list[str]:
        """Up to `limit` agent ids greater than `after`, in order, of agents with activity or
        violations."""
        known = sa.union(
            sa.select(agent_days.c.agent_id.label("agent_id")),
            sa.select(violations.c.agent_id).where(violations.c.agent_id.is_not(None)),
        ).subquery("known")
        stmt = sa.select(known.c.agent_id).order_by(known.c.agent_id).limit(limit)
        if after is not None:
            stmt = stmt.where(known.c.agent_id > after)
        with self.engine.connect() as conn:
            return list(conn.execute(stmt).scalars())

    def agent_logs(self, agent_ids: list[str], at: datetime) -> dict[str, AgentLog]:
        """Each agent's log as of `at`: violations created by then (with their current status and
        review times; the scorer reads a decision after `at` as not yet made) and all activity up
        to `at`'s day in UTC+14, the latest any local day can start (the scorer ignores days
        after `at`'s own)."""
        if not agent_ids:
            return {}
        v, t = violations.c, REVIEW_TIMES.c
        found_violations = (
            sa.select(v.agent_id, v.id, v.rule, v.severity, v.confidence, v.created_at, v.status,
                      v.updated_at, t.changed_at, t.disputed_at)
            .select_from(violations.outerjoin(REVIEW_TIMES, t.violation_id == v.id))
            .where(v.agent_id.in_(agent_ids), v.created_at <= at)
            .order_by(v.agent_id, v.seq)
        )
        activity = (
            sa.select(agent_days)
            .where(agent_days.c.agent_id.in_(agent_ids), agent_days.c.day <= _last_local_day(at))
            .order_by(agent_days.c.agent_id, agent_days.c.day)
        )
        records: dict[str, list[ViolationRecord]] = defaultdict(list)
        days: dict[str, list[DayActivity]] = defaultdict(list)
        with self.engine.connect() as conn:
            for row in conn.execute(found_violations):
                records[row.agent_id].append(_record(row))
            for row in conn.execute(activity):
                days[row.agent_id].append(DayActivity(row.day, row.conversations, row.messages))
        return {a: AgentLog(agent_id=a, violations=tuple(records[a]), activity=tuple(days[a]))
                for a in agent_ids}

    def rule_stats(self, at: datetime) -> dict[str, RuleStats]:
        """The same as guard.standing.rule_statistics over every agent's violations, in SQL."""
        v, t = violations.c, REVIEW_TIMES.c
        stmt = (
            sa.select(v.rule, sa.func.count(),
                      sa.func.sum(sa.case((v.status == "confirmed", 1), else_=0)))
            .select_from(violations.join(REVIEW_TIMES, t.violation_id == v.id))
            .where(v.status.in_(DECIDED), t.changed_at <= at)
            .group_by(v.rule)
            .order_by(v.rule)
        )
        with self.engine.connect() as conn:
            return {rule: RuleStats(reviewed=n, confirmed=int(c)) for rule, n, c in conn.execute(stmt)}

    def rule_reviews(self, decided_since: datetime) -> list[RuleReviews]:
        """Per rule, violations by current status, and the decisions made since `decided_since`."""
        v, t = violations.c, REVIEW_TIMES.c
        counts = sa.select(v.rule, v.status, sa.func.count()).group_by(v.rule, v.status)
        recent = (
            sa.select(v.rule, v.status, t.changed_at)
            .select_from(violations.join(REVIEW_TIMES, t.violation_id == v.id))
            .where(v.status.in_(DECIDED), t.changed_at >= decided_since)
        )
        by_rule: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATUSES, 0))
        decided: dict[str, list[tuple[datetime, bool]]] = defaultdict(list)
        with self.engine.connect() as conn:
            for rule, status, n in conn.execute(counts):
                by_rule[rule][status] = n
            for rule, status, changed_at in conn.execute(recent):
                decided[rule].append((changed_at, status == "confirmed"))
        return [RuleReviews(rule, by_rule[rule], tuple(sorted(decided[rule])))
                for rule in sorted(by_rule)]


def _record(row) -> ViolationRecord:
    # A status without a review row (set outside the service) dates from the row's last update.
    changed = (row.changed_at or row.updated_at) if row.status != "open" else None
    return ViolationRecord(id=row.id, rule=row.rule, severity=row.severity,
                           confidence=min(1.0, max(0.0, row.confidence)), created_at=row.created_at,
                           status=row.status, status_changed_at=changed, disputed_at=row.disputed_at)


def _last_local_day(at: datetime) -> date:
    return at.astimezone(LATEST_ZONE).date()
