"""The queue's filters: read from the query string, checked, and written back into links.

Links carry the filters in their checked form (`QueueQuery.encoded`), never the text that was
sent, so a page cannot reflect what a link smuggled in.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from urllib.parse import urlencode

from guard.names import RULES, SEVERITIES
from guard.store import STATUSES, Filters

FILTER_NAMES = ("agent_id", "rule", "severity", "status", "min_conf", "max_conf", "since", "until")
DEFAULT_STATUS = "open"
ANY = "all"
MAX_AGENT_CHARS = 200
PAGE_SIZE = 50
MAX_PAGE = 10_000


class BadFilter(ValueError):
    """A filter that cannot be read; the message names the filter, never its value."""


@dataclass(frozen=True)
class QueueQuery:
    filters: Filters
    values: dict[str, str] = field(default_factory=dict)  # the checked filters, as text
    page: int = 1

    def encoded(self, **extra) -> str:
        items = {k: v for k, v in self.values.items() if v != ""}
        items.update({k: str(v) for k, v in extra.items()})
        return urlencode(items)


def parse_query(params, zone: tzinfo) -> QueueQuery:
    """Filters from query parameters (or form fields); dates are local days of `zone`."""
    raw = {name: (params.get(name) or "").strip() for name in FILTER_NAMES}
    values = dict(raw)
    if len(raw["agent_id"]) > MAX_AGENT_CHARS or "\x00" in raw["agent_id"]:
        raise BadFilter("agent_id")
    if raw["rule"] and raw["rule"] not in RULES:
        raise BadFilter("rule")
    if raw["severity"] and raw["severity"] not in SEVERITIES:
        raise BadFilter("severity")
    status = raw["status"] or DEFAULT_STATUS
    if status != ANY and status not in STATUSES:
        raise BadFilter("status")
    values["status"] = status
    confidence = {name: _confidence(raw[name], name) for name in ("min_conf", "max_conf")}
    since, until = _day(raw["since"], "since", zone), _day(raw["until"], "until", zone)
    page = _page(params.get("page"))
    return QueueQuery(
        Filters(agent_id=raw["agent_id"] or None, rule=raw["rule"] or None, severity=raw["severity"] or None,
                status=None if status == ANY else status, since=since, until=until,
                min_confidence=confidence["min_conf"], max_confidence=confidence["max_conf"]),
        values, page)


def _confidence(text: str, name: str) -> float | None:
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise BadFilter(name) from None
    if not 0 <= value <= 1:
        raise BadFilter(name)
    return value


def _day(text: str, name: str, zone: tzinfo) -> datetime | None:
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise BadFilter(name) from None
    return datetime.combine(day, datetime.min.time(), zone)


def _page(text) -> int:
    try:
        page = int(text or 1)
    except ValueError:
        raise BadFilter("page") from None
    if not 1 <= page <= MAX_PAGE:
        raise BadFilter("page")
    return page


def overdue(row: dict, now: datetime, target_hours: dict[str, float]) -> tuple[timedelta, float, bool]:
    """An entry's age, its severity's review target in hours, and whether it waits past it."""
    age = now - datetime.fromisoformat(row["created_at"])
    target = target_hours[row["severity"]] if row["severity"] in target_hours else max(target_hours.values())
    return age, target, row["status"] == "open" and age > timedelta(hours=target)
