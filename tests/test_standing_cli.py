"""`guard standing`: one agent's standing with why (zh, en), every agent's as CSV or JSON, from
the store the service writes (a real SQLite store in a temp directory)."""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import pytest

from guard.cli import main
from guard.store import DayCount, NewViolation, ViolationStore, create_engine, default_url, migrate

CHINA = timezone(timedelta(hours=8))


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("GUARD_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUARD_DATA_DIR", raising=False)
    engine = create_engine(default_url(tmp_path))
    migrate(engine)
    store = ViolationStore(engine)
    today = datetime.now(CHINA).date()
    store.add_activity([DayCount(a, today - timedelta(days=d), 30, frozenset(f"c{d}-{i}" for i in range(10)))
                        for a in ("a-1", "a-2", "a-3") for d in range(40)])
    ids = store.log([NewViolation(message_id="m-1", conversation_id="c-1", agent_id="a-2",
                                  rule="ASK_VERIFICATION_CODE", severity="critical", start=0, end=3,
                                  excerpt="验证码", fingerprint=None, policy_version="t")]).ids
    store.review(ids[0], "confirmed", "", "alice")
    engine.dispose()
    return str(tmp_path)


@pytest.mark.parametrize("lang, words", [("en", ["Agent a-2", "suspended", "Why:", "Costing most:",
                                                 "ASK_VERIFICATION_CODE", "Way back:"]),
                                         ("zh", ["客服 a-2", "暂停", "原因:", "扣分最多:", "恢复:"])])
def test_one_agents_standing_is_explained_in_the_language_asked(data_dir, capsys, lang, words):
    assert main(["standing", "a-2", "--data-dir", data_dir, "--lang", lang]) == 0
    out = capsys.readouterr().out
    for word in words:
        assert word in out


def test_every_agent_as_csv_and_json_agree(data_dir, capsys):
    assert main(["standing", "--all", "--format", "csv", "--data-dir", data_dir]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["agent_id"] for r in rows] == ["a-1", "a-2", "a-3"]
    assert main(["standing", "--all", "--format", "json", "--data-dir", data_dir]) == 0
    body = json.loads(capsys.readouterr().out)
    assert [(s["agent_id"], s["tier"], s["cap"]) for s in body["standings"]] == \
        [(r["agent_id"], r["tier"], int(r["cap"])) for r in rows]
    assert rows[1]["tier"] == "suspended"


def test_the_tier_filter_and_the_database_url_from_the_environment(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("GUARD_DATABASE_URL", default_url(data_dir))
    assert main(["standing", "--all", "--format", "csv", "--tier", "suspended"]) == 0
    assert [r["agent_id"] for r in csv.DictReader(io.StringIO(capsys.readouterr().out))] == ["a-2"]


@pytest.mark.parametrize("args, message", [
    (["standing"], "AGENT_ID or --all"),
    (["standing", "a-1", "--all"], "AGENT_ID or --all"),
    (["standing", "a-1", "--at", "yesterday"], "--at"),
    (["standing", "--all", "--tier", "gold"], "--tier"),
    (["standing", "--all", "--format", "text"], "csv or json"),
])
def test_usage_errors_exit_2_with_a_message(data_dir, capsys, args, message):
    assert main([*args, "--data-dir", data_dir]) == 2
    assert message in capsys.readouterr().err


def test_a_directory_without_a_store_is_a_clear_error(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("GUARD_DATABASE_URL", raising=False)
    assert main(["standing", "a-1", "--data-dir", str(tmp_path / "empty")]) == 2
    assert "no guard store" in capsys.readouterr().err
    assert not (tmp_path / "empty").exists()
