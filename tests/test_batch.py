"""guard on Spark (local mode, 2 cores) gives `guard scan`'s verdicts, in input order, with the
violation drafts of the same Guard; from JSONL and from Parquet."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import asdict

import pytest

from guard.message import DEFAULT_MAX_CHARS
from guard.scan import prepare_lines
from scan_support import scan_input_lines

MASTER = "local[2]"
SPARK_TIMEOUT = 300  # seconds for one Spark job over a few hundred lines, JVM start included

pytestmark = pytest.mark.skipif(
    shutil.which("java") is None and not os.environ.get("JAVA_HOME"),
    reason="no Java runtime for Spark (install one: apt-get install -y default-jre-headless; .ci/run does)")


@pytest.fixture(scope="module")
def expected(guard):
    """Per non-blank input line, in order: guard scan's record and the Guard's violation drafts."""
    lines = scan_input_lines()
    records = []
    for _, item in prepare_lines(enumerate(lines, start=1), DEFAULT_MAX_CHARS):
        if isinstance(item, dict):
            records.append((item, None))
        else:
            verdict = guard.inspect(item)
            records.append((verdict.to_dict(), [asdict(d) for d in verdict.violations]))
    return records


@pytest.fixture(scope="module")
def spark_cli(tmp_path_factory):
    work = tmp_path_factory.mktemp("spark")
    (work / "in.jsonl").write_text("\n".join(scan_input_lines()) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "guard.cli", "spark-scan", "in.jsonl", "out", "--master", MASTER],
                         cwd=work, env=dict(os.environ, PYTHONUTF8="1"), capture_output=True, text=True,
                         timeout=SPARK_TIMEOUT)
    parts = sorted((work / "out").glob("part-*"))
    records = [json.loads(line) for part in parts for line in part.read_text(encoding="utf-8").splitlines()]
    return run, records


def test_spark_writes_guard_scans_verdicts_in_input_order(spark_cli, expected):
    run, records = spark_cli
    assert run.returncode == 1, run.stderr[-2000:]  # the bad lines, as guard scan reports them
    assert "5 line(s) could not be inspected" in run.stderr
    assert [{k: v for k, v in r.items() if k != "violations"} for r in records] == [e for e, _ in expected]


def test_spark_records_carry_the_guards_violation_drafts(spark_cli, expected):
    _, records = spark_cli
    assert [r.get("violations") for r in records] == [drafts for _, drafts in expected]
    assert sum(len(r.get("violations", [])) for r in records) > 10  # the scam conversations are logged


@pytest.fixture(scope="module")
def spark():
    from guard.batch import session

    spark = session(MASTER)
    yield spark
    spark.stop()


def test_spark_refuses_a_missing_input_or_an_existing_output_before_any_work(spark, tmp_path):
    from guard.batch import scan_files

    (tmp_path / "in.jsonl").write_text('{"text": "你好"}\n', encoding="utf-8")
    (tmp_path / "out").mkdir()
    with pytest.raises(FileNotFoundError, match="does not exist"):
        scan_files(spark, object(), str(tmp_path / "missing.jsonl"), str(tmp_path / "new"))
    with pytest.raises(FileExistsError, match="already exists"):
        scan_files(spark, object(), str(tmp_path / "in.jsonl"), str(tmp_path / "out"))


def test_spark_reads_and_writes_parquet(spark, tmp_path, expected):
    from guard.batch import scan_files
    from guard.policy import load_policy

    rows = [json.loads(line) for line in scan_input_lines() if line.strip() and _is_message(line)]
    columns = "id STRING, conversation_id STRING, sender STRING, text STRING"
    spark.createDataFrame([tuple(_text_or_none(r.get(c)) for c in ("id", "conversation_id", "sender", "text"))
                           for r in rows], columns).coalesce(1).write.parquet(str(tmp_path / "in.parquet"))
    failed = scan_files(spark, load_policy(), str(tmp_path / "in.parquet"), str(tmp_path / "out"),
                        input_format="parquet", output_format="parquet")
    out = spark.read.parquet(str(tmp_path / "out")).orderBy("line").collect()
    good = [(record, drafts) for record, drafts in expected if "error" not in record]
    assert failed == 0
    assert [r.line for r in out] == list(range(1, len(rows) + 1))
    assert [(r.id, r.action, r.masked_text) for r in out] == [(e["id"], e["action"], e["masked_text"]) for e, _ in good]
    assert [[(f.entity_type, f.start, f.end) for f in r.findings] for r in out] == \
        [[(f["entity_type"], f["start"], f["end"]) for f in e["findings"]] for e, _ in good]
    assert [[(v.rule, v.excerpt, json.loads(v.trace)) for v in r.violations] for r in out] == \
        [[(d["rule"], d["excerpt"], d["trace"]) for d in drafts] for _, drafts in good]


def _is_message(line: str) -> bool:
    try:
        item = json.loads(line)
    except json.JSONDecodeError:
        return False
    return isinstance(item, dict) and isinstance(item.get("text"), str) and item.get("sender") in (None, "buyer", "agent")


def _text_or_none(value) -> str | None:
    return None if value is None else str(value)
