"""`guard demo --seed`: a deterministic, realistic history in a real SQLite store: every agent
active every day, violations the real Guard logged (traces, masked contexts), reviews of every
kind by named reviewers, nothing raw, well under a minute."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from guard.demo_seed import REVIEWERS, seed_demo, store_is_empty
from guard.store import ViolationStore, create_engine, default_url, migrate

NOW = datetime(2026, 12, 7, 4, 0, tzinfo=timezone.utc)
CHINA = timezone(timedelta(hours=8))
RAW_PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def _seed(directory, guard, **kw):
    engine = create_engine(default_url(directory))
    migrate(engine)
    store = ViolationStore(engine)
    assert store_is_empty(store)
    summary = seed_demo(store, guard, now=NOW, **kw)
    with engine.connect() as conn:
        tables = {t: conn.execute(sa.text(f"SELECT * FROM {t} ORDER BY 1, 2")).all()
                  for t in ("violations", "violation_reviews", "agent_days")}
    assert not store_is_empty(store)
    engine.dispose()
    return summary, tables


@pytest.fixture(scope="module")
def seeded(guard, tmp_path_factory):
    return _seed(tmp_path_factory.mktemp("seed"), guard)


def test_the_same_seed_gives_the_same_store_and_another_seed_another(seeded, guard, tmp_path):
    _, again = _seed(tmp_path / "again", guard)
    _, other = _seed(tmp_path / "other", guard, seed=12)
    assert again == seeded[1]
    assert other["violations"] != seeded[1]["violations"]


def test_every_agent_is_active_every_day_for_three_months(seeded):
    summary, tables = seeded
    days = {(row.agent_id, row.day) for row in tables["agent_days"]}
    agents = {a for a, _ in days}
    assert len(agents) == summary.agents == 36 and summary.days == 90
    assert len(days) == 36 * 90
    today = NOW.astimezone(CHINA).date()
    assert {str(d) for _, d in days} == {str(today - timedelta(days=n)) for n in range(90)}
    assert all(row.conversations > 0 and row.messages >= row.conversations for row in tables["agent_days"])


def test_violations_are_the_guards_own_with_reviews_of_every_kind(seeded):
    summary, tables = seeded
    violations, reviews = tables["violations"], tables["violation_reviews"]
    assert 50 <= len(violations) == summary.violations
    assert all(v.trace not in ("", "{}") for v in violations)
    assert sum(v.context != "[]" for v in violations) > len(violations) / 2
    assert {v.basis for v in violations} <= {"phrase", "context", "pair", "model"}
    assert {v.status for v in violations} == {"open", "confirmed", "dismissed", "disputed"}
    assert {r.actor for r in reviews} <= set(REVIEWERS) and len({r.actor for r in reviews}) > 1
    assert all(r.created_at > next(v.created_at for v in violations if v.id == r.violation_id) for r in reviews)
    assert len({v.agent_id for v in violations}) > 10


def test_nothing_raw_is_stored(seeded):
    _, tables = seeded
    text = repr(tables)
    assert not RAW_PHONE.search(text)
