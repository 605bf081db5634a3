"""`guard standing`: an agent's standing with its explanation (zh or en), or every agent's as
CSV or JSON, read from the same store as the service (GUARD_DATABASE_URL, else the SQLite file
in GUARD_DATA_DIR)."""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from datetime import datetime, timezone
from typing import Iterator, TextIO

from guard.standing import load_standing_policy
from guard.standing.timeline import local_zone
from guard.standings import AgentStanding, StandingBoard, standing_dict

PAGE = 500
CSV_COLUMNS = ("agent_id", "at", "score", "tier", "cap", "known", "score_tier", "reasons",
               "recovery_tier", "recovery_at", "policy_version")
LABELS = {
    "en": {"agent": "Agent", "score": "score", "tier": "tier", "cap": "daily grab cap", "why": "Why",
           "costs": "Costing most", "recovery": "Way back", "unknown": "(nothing stored for this agent)",
           "points": "points", "score_cost": "score"},
    "zh": {"agent": "客服", "score": "分数", "tier": "档位", "cap": "每日抢单上限", "why": "原因",
           "costs": "扣分最多", "recovery": "恢复", "unknown": "(库中没有该客服的记录)",
           "points": "扣分点", "score_cost": "分"},
}


class StoreMissing(RuntimeError):
    """No guard store at the URL (or not at the current schema)."""


def open_board(database_url: str | None, data_dir: str | None, policy_path: str | None = None):
    """The board over the configured store, and its engine (dispose it when done)."""
    from guard.store import create_engine, default_url, redact_url
    from guard.store.db import SQLITE_FILE, alembic_config, current_revision
    from guard.store.standing import StandingQueries
    from alembic.script import ScriptDirectory

    url = database_url or os.environ.get("GUARD_DATABASE_URL")
    if url is None:
        directory = Path(data_dir or os.environ.get("GUARD_DATA_DIR") or "./var")
        if not (directory / SQLITE_FILE).is_file():  # a report must not create an empty store
            raise StoreMissing(f"no guard store in {directory} (guard serve creates one; "
                               "guard demo --seed fills one)")
        url = default_url(directory)
    engine = create_engine(url)
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    if current_revision(engine) != head:
        engine.dispose()
        raise StoreMissing(f"no guard store at the current schema at {redact_url(url)} "
                           "(guard serve migrates it; guard demo --seed fills one)")
    policy = load_standing_policy(policy_path or os.environ.get("GUARD_STANDING_POLICY") or None)
    return StandingBoard(StandingQueries(engine), policy), engine


def render_standing(scored: AgentStanding, board: StandingBoard, lang: str) -> str:
    s, words = scored.standing, LABELS[lang]
    tier = next(t for t in board.policy.tiers if t.name == s.tier)
    when = s.at.astimezone(local_zone(board.policy)).strftime("%Y-%m-%d %H:%M %z")
    lines = [f"{words['agent']} {s.agent_id} @ {when}",
             f"  {words['score']} {s.score:.1f} · {words['tier']} {tier.name} ({tier.zh}) · {words['cap']} {s.cap}"]
    if not scored.known:
        lines.append(f"  {words['unknown']}")
    lines.append(f"{words['why']}:")
    lines += [f"  - {getattr(r, lang)}" for r in s.explanation.reasons]
    if s.explanation.costs:
        lines.append(f"{words['costs']}:")
        lines += [f"  - {c.violation_id} {c.rule} ({c.severity}, {c.status}): {c.points:g} {words['points']}, "
                  f"-{c.score_cost:g} {words['score_cost']}" for c in s.explanation.costs]
    if s.explanation.recovery is not None:
        lines.append(f"{words['recovery']}: {getattr(s.explanation.recovery.reason, lang)}")
    return "\n".join(lines)


def every_standing(board: StandingBoard, at: datetime, tier: str | None = None) -> Iterator[AgentStanding]:
    after = None
    while True:
        page = board.page(at, after, PAGE, tier)
        yield from page.standings
        if not page.has_more:
            return
        after = page.last_agent


def write_csv(standings: Iterator[AgentStanding], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for scored in standings:
        s, e = scored.standing, scored.standing.explanation
        writer.writerow([s.agent_id, s.at.isoformat(), s.score, s.tier, s.cap, scored.known, e.score_tier,
                         " ".join(r.code for r in e.reasons), e.recovery.tier if e.recovery else "",
                         e.recovery.at.isoformat() if e.recovery and e.recovery.at else "", s.policy_version])


def write_json(standings: Iterator[AgentStanding], board: StandingBoard, at: datetime, out: TextIO) -> None:
    body = {"at": at, "standings": [standing_dict(s, board.policy) for s in standings]}
    json.dump(body, out, ensure_ascii=False, indent=1, default=_iso)
    out.write("\n")


def _iso(value):
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def parse_at(text: str | None) -> datetime:
    if text is None:
        return datetime.now(timezone.utc)
    moment = datetime.fromisoformat(text)  # ValueError: reported by the CLI
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment
