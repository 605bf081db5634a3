"""`guard scan --jobs N`: worker processes give the sequential scan's output, in input order, with
a bounded number of lines read ahead."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from itertools import count, islice
from multiprocessing import get_all_start_methods

import pytest

from guard.scan import CHUNK, IN_FLIGHT_PER_JOB, scan_lines_parallel
from scan_support import BARE_CODE, scan_input_lines

SCAN_TIMEOUT = 300


def guard_cli(*args: str, cwd) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONUTF8="1")
    return subprocess.run([sys.executable, "-m", "guard.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=SCAN_TIMEOUT)


@pytest.fixture(scope="module")
def scans(tmp_path_factory):
    work = tmp_path_factory.mktemp("jobs")
    source = work / "in.jsonl"
    source.write_text("\n".join(scan_input_lines()) + "\n", encoding="utf-8")
    runs = {jobs: guard_cli("scan", str(source), "-o", f"out{jobs}.jsonl", "--jobs", str(jobs), cwd=work)
            for jobs in (1, 2)}
    return {jobs: (run, (work / f"out{jobs}.jsonl").read_text(encoding="utf-8")) for jobs, run in runs.items()}


def test_two_jobs_write_exactly_what_one_job_writes(scans):
    (one_run, one), (two_run, two) = scans[1], scans[2]
    assert one_run.returncode == two_run.returncode == 1, (one_run.stderr, two_run.stderr)  # bad lines
    assert two_run.stderr == one_run.stderr
    assert two == one
    assert len(one.splitlines()) == sum(1 for line in scan_input_lines() if line.strip())


def test_two_jobs_keep_each_conversations_context(scans):
    """A bare code is a verification code only after the agent asked for one, in the same
    conversation (an integer conversation_id continues its string form)."""
    verdicts = {v["id"]: v for v in map(json.loads, scans[2][1].splitlines())}
    for reply in [f"code-{n}-1" for n in range(5)] + ["n-2"]:
        assert verdicts[reply]["masked_text"] == "*" * len(BARE_CODE), reply
        assert [f["entity_type"] for f in verdicts[reply]["findings"]] == ["CN_VERIFICATION_CODE"]
    assert verdicts["bare"]["masked_text"] == BARE_CODE  # no conversation, no ask: just a number


def test_two_jobs_report_bad_lines_with_their_line_numbers(scans):
    lines = scan_input_lines()
    errors = [json.loads(line) for line in scans[2][1].splitlines() if '"error"' in line]
    assert [e["line"] for e in errors] == [n for n, raw in enumerate(lines, start=1)
                                           if raw.strip() and '"error"' in _scan_one(raw)]


def _scan_one(raw: str) -> str:
    """What a lone line scans to when it cannot be parsed (its error), or '' for a good line."""
    from guard.message import MessageError
    from guard.scan import parse_line

    try:
        parse_line(raw, 10_000)
    except MessageError:
        return '"error"'
    return ""


def test_a_parallel_scan_reads_a_bounded_window_ahead_of_what_it_has_written(guard):
    """On an endless input the first verdicts come out, having read at most the window ahead."""
    read = count()

    def endless():
        for n in read:
            yield json.dumps({"id": str(n), "conversation_id": f"c{n % 7}", "text": "你好"}) + "\n"

    jobs = 2
    first = list(islice(scan_lines_parallel(guard, endless(), jobs), CHUNK))
    assert [v["id"] for v in first] == [str(n) for n in range(CHUNK)]
    assert next(read) <= (jobs * IN_FLIGHT_PER_JOB + 1) * CHUNK + 1


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_number(jobs, tmp_path):
    run = guard_cli("scan", "-", "--jobs", jobs, cwd=tmp_path)
    assert run.returncode == 2 and "--jobs" in run.stderr


class _MarkingGuard:
    """A Guard whose verdicts say which guard made them."""

    def __init__(self, guard):
        self.guard, self.max_chars, self.warmed = guard, guard.max_chars, False

    def warm(self):
        self.warmed = True

    def inspect(self, message):
        return replace(self.guard.inspect(message), masked_text="marked")


@pytest.mark.skipif("fork" not in get_all_start_methods(), reason="workers inherit the guard only where they fork")
def test_forked_workers_inspect_with_the_warmed_guard_they_are_given(guard):
    given = _MarkingGuard(guard)
    lines = [json.dumps({"id": str(n), "text": "你好"}) for n in range(3 * CHUNK)]
    verdicts = list(scan_lines_parallel(given, lines, 2))
    assert given.warmed
    assert [v["masked_text"] for v in verdicts] == ["marked"] * len(lines)
