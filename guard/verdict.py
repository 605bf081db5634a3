"""The verdict of one message: the format tools outside the project rely on (docs/architecture.md)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

DELIVER = "deliver"
DELIVER_MASKED = "deliver_masked"
HOLD = "hold"
ACTIONS = (DELIVER, DELIVER_MASKED, HOLD)


@dataclass(frozen=True)
class Finding:
    """A detected PII value. Offsets are Python string indices into the original text."""

    entity_type: str
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class Signal:
    """A solicitation (agent) or credential leak (buyer) with its evidence span and how it was
    found: `basis` phrase (an explicit request), context (earlier turns completed it), pair (an
    object next to a request) or model."""

    rule: str
    severity: str
    start: int
    end: int
    confidence: float = 1.0  # calibrated: of signals given 0.8, about 8 in 10 are real asks
    basis: str = "phrase"


@dataclass(frozen=True)
class Notice:
    level: str  # info | warning | danger
    title: str
    body: str


@dataclass(frozen=True)
class ViolationDraft:
    """What the violation store should log for one agent signal. Never holds a raw value."""

    rule: str
    severity: str
    start: int
    end: int
    excerpt: str  # masked text around the evidence
    fingerprint: str | None  # keyed HMAC of a credential value involved, if any
    policy_version: str
    confidence: float = 1.0
    basis: str = "phrase"
    trace: dict = field(default_factory=dict)  # why it fired (guard.solicitation.trace), no raw values


@dataclass
class Verdict:
    id: str | None
    action: str
    masked_text: str
    findings: list[Finding] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    buyer_notice: Notice | None = None
    violation_ids: list[str] = field(default_factory=list)
    # Not part of the wire format: the service turns these into stored violations.
    violations: list[ViolationDraft] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "action": self.action,
            "masked_text": self.masked_text,
            "findings": [asdict(f) for f in self.findings],
            "signals": [asdict(s) for s in self.signals],
            "buyer_notice": asdict(self.buyer_notice) if self.buyer_notice else None,
            "violation_ids": list(self.violation_ids),
        }
