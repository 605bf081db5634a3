"""What the scorer reads: an agent's violations, its activity per day and the rules' review
statistics, as plain frozen records (the store and the activity counter build them)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable, Mapping

from guard.policy import SEVERITIES
from guard.store.models import STATUSES

# Statuses that mean a reviewer has decided; "disputed" waits for a decision.
DECIDED = ("confirmed", "dismissed")


def _aware(value: datetime | None, name: str) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ValueError(f"{name} must be a timezone-aware datetime")


@dataclass(frozen=True)
class ViolationRecord:
    """One logged violation and where its review stands.

    `status_changed_at` is when the current status was set (required unless the entry is still
    open); `disputed_at` is when it was disputed, kept after a decision so the scorer knows the
    entry was under dispute between the two.
    """

    id: str
    rule: str
    severity: str
    confidence: float
    created_at: datetime
    status: str = "open"
    status_changed_at: datetime | None = None
    disputed_at: datetime | None = None

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"violation {self.id}: severity must be one of {', '.join(SEVERITIES)}")
        if self.status not in STATUSES:
            raise ValueError(f"violation {self.id}: status must be one of {', '.join(STATUSES)}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"violation {self.id}: confidence must be from 0 to 1")
        _aware(self.created_at, f"violation {self.id}: created_at")
        _aware(self.status_changed_at, f"violation {self.id}: status_changed_at")
        _aware(self.disputed_at, f"violation {self.id}: disputed_at")
        if self.status != "open" and self.status_changed_at is None:
            raise ValueError(f"violation {self.id}: status_changed_at is required once reviewed")


@dataclass(frozen=True)
class DayActivity:
    """Conversations and messages an agent handled on one local day (the policy's time zone).
    The rate is per conversation; messages are carried for the console's activity view."""

    day: date
    conversations: int
    messages: int = 0

    def __post_init__(self) -> None:
        if self.conversations < 0 or self.messages < 0:
            raise ValueError(f"activity of {self.day}: counts must not be negative")


@dataclass(frozen=True)
class RuleStats:
    """Reviews of one rule across all agents: how many were decided and how many confirmed."""

    reviewed: int = 0
    confirmed: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.confirmed <= self.reviewed:
            raise ValueError("rule statistics need 0 <= confirmed <= reviewed")


def rule_statistics(violations: Iterable[ViolationRecord], at: datetime | None = None) -> dict[str, RuleStats]:
    """Per rule, the decided reviews (confirmed or dismissed) of all agents' violations, counting
    only decisions made by `at` when given, so a past standing uses what was known then."""
    _aware(at, "at")
    counts: dict[str, list[int]] = {}
    for record in violations:
        if record.status not in DECIDED or (at is not None and record.status_changed_at > at):
            continue
        tally = counts.setdefault(record.rule, [0, 0])
        tally[0] += 1
        tally[1] += record.status == "confirmed"
    return {rule: RuleStats(reviewed=r, confirmed=c) for rule, (r, c) in sorted(counts.items())}


def confirmation_rate(stats: Mapping[str, RuleStats], rule: str, prior_confirmed: float, prior_dismissed: float) -> float:
    """The rule's confirmation rate, smoothed by a Beta(prior_confirmed, prior_dismissed) prior:
    a rule with few reviews counts near the prior mean, one with many at its own rate."""
    seen = stats.get(rule, RuleStats())
    return (seen.confirmed + prior_confirmed) / (seen.reviewed + prior_confirmed + prior_dismissed)


@dataclass(frozen=True)
class AgentLog:
    """Everything the scorer knows about one agent. `first_seen` is the local day the agent was
    first active (None: the earliest activity or violation)."""

    agent_id: str
    violations: tuple[ViolationRecord, ...] = ()
    activity: tuple[DayActivity, ...] = ()
    first_seen: date | None = None
