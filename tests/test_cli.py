"""The `guard` command as a real subprocess (`python -m guard.cli`) in a temporary directory.

Every run pays the start-up (imports, jieba), so all runs start together in one module fixture
and the tests check their results."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from recognizers.bank_card import issuer, luhn_valid
from recognizers.id_card import valid_id15, valid_id18
from recognizers.phone import MOBILE_PREFIXES

DATA = Path(__file__).parent / "data"
INSPECT_TEXT = "我的手机是138 1234 5678，地址浙江省杭州市余杭区文一西路969号"
AGENT_TEXT = "亲，您留的电话是13912345678吗？"
BROKEN_PIPE_LINES = 300


class Run:
    def __init__(self, args: list[str], cwd: Path, stdin: Path | None = None, close_stdout: bool = False):
        env = dict(os.environ, PYTHONUTF8="1")
        env.pop("PROMETHEUS_MULTIPROC_DIR", None)
        self.args = args
        self.stdin = open(stdin, "rb") if stdin else subprocess.DEVNULL
        self.close_stdout = close_stdout
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "guard.cli", *args], cwd=cwd, env=env,
            stdin=self.stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        if close_stdout:  # the reader goes away before the first line is written (`| head -0`)
            self.proc.stdout.close()

    def finish(self, timeout: float = 300) -> "Run":
        if self.close_stdout:
            self.stderr = self.proc.stderr.read().decode("utf-8")
            self.proc.stderr.close()
            self.proc.wait(timeout)
            self.stdout = ""
        else:
            out, err = self.proc.communicate(timeout=timeout)
            self.stdout, self.stderr = out.decode("utf-8"), err.decode("utf-8")
        if self.stdin is not subprocess.DEVNULL:
            self.stdin.close()
        self.returncode = self.proc.returncode
        return self

    def __repr__(self) -> str:  # shown by pytest when an assertion fails
        return f"<guard {' '.join(self.args)} → {self.proc.returncode}\n{getattr(self, 'stderr', '')}>"


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    work = tmp_path_factory.mktemp("cli")
    bad_policy = work / "bad-policy.yaml"
    bad_policy.write_text("version: 1\nentities:\n  CN_PHONE: {buyer: erase}\n", encoding="utf-8")
    many = work / "many.jsonl"
    many.write_text("".join(json.dumps({"id": f"m{i}", "text": "我的手机是13812345678"}) + "\n"
                            for i in range(BROKEN_PIPE_LINES)), encoding="utf-8")
    started = {
        "inspect": Run(["inspect", INSPECT_TEXT], work),
        "inspect_json": Run(["inspect", "--json", "--sender", "agent", AGENT_TEXT], work),
        "scan_good": Run(["scan", str(DATA / "scan_good.jsonl"), "-o", "out.jsonl"], work),
        "scan_bad": Run(["scan", "-"], work, stdin=DATA / "scan_bad.jsonl"),
        "eval": Run(["eval", str(DATA / "eval_small.jsonl"), "--show-errors"], work),
        "demo": Run(["demo"], work),
        "bad_policy": Run(["--policy", str(bad_policy), "inspect", "hi"], work),
        "broken_pipe": Run(["scan", str(many)], work, close_stdout=True),
    }
    done = {name: run.finish() for name, run in started.items()}
    done["cwd"] = work
    return done


def test_inspect_prints_a_readable_verdict(runs):
    run = runs["inspect"]
    assert run.returncode == 0, run
    lines = run.stdout.splitlines()
    phone, address = "138 1234 5678", "浙江省杭州市余杭区文一西路969号"
    p, a = INSPECT_TEXT.index(phone), INSPECT_TEXT.index(address)
    assert lines[0] == f"  text     我的手机是⟦{phone}⟧，地址⟦{address}⟧"
    assert lines[1] == f"  found    CN_PHONE [{p}:{p + len(phone)}] score 0.95"
    assert re.fullmatch(rf"  found    CN_ADDRESS \[{a}:{a + len(address)}\] score (0\.\d\d|1\.00)", lines[2])
    assert lines[3] == "  action   deliver_masked"
    assert lines[4] == "  masked   我的手机是138 **** 5678，地址浙江省杭州市余杭区****"
    assert "\033[" not in run.stdout  # no colour when stdout is not a terminal


def test_inspect_json_prints_the_verdict(runs):
    run = runs["inspect_json"]
    assert run.returncode == 0, run
    [line] = run.stdout.splitlines()
    verdict = json.loads(line)
    assert set(verdict) == {"id", "action", "masked_text", "findings", "signals", "buyer_notice", "violation_ids"}
    assert verdict["action"] == "deliver_masked"
    assert verdict["masked_text"] == "亲，您留的电话是139****5678吗？"
    start = AGENT_TEXT.index("139")
    assert [(f["entity_type"], f["start"], f["end"]) for f in verdict["findings"]] == [("CN_PHONE", start, start + 11)]
    assert "亲" in line  # written as UTF-8, not \u escapes


def test_scan_writes_one_verdict_a_line_in_input_order(runs):
    run = runs["scan_good"]
    assert run.returncode == 0, run
    assert run.stdout == ""  # everything went to -o
    out = [json.loads(line) for line in (runs["cwd"] / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [v.get("id") for v in out] == ["g1", "g2", "g3", "4", None]  # the blank line is skipped
    assert all("error" not in v for v in out)
    assert all(set(v) == {"id", "action", "masked_text", "findings", "signals", "buyer_notice", "violation_ids"} for v in out)
    assert out[0]["masked_text"] == "我的手机是138****5678"
    assert out[1]["action"] == "deliver" and out[1]["masked_text"] == "亲，请问什么时候发货？"
    assert out[2]["masked_text"] == "您留的电话是139****5678吗"
    assert out[3]["masked_text"] == "改成浙江省杭州市余杭区****"
    assert out[4]["masked_text"] == "卡号***************0128"
    # default sender is buyer: a buyer's card number earns the buyer a notice
    assert out[4]["buyer_notice"] is not None


def test_scan_reports_bad_lines_in_place_and_exits_1(runs):
    run = runs["scan_bad"]
    assert run.returncode == 1, run
    out = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(out) == 8
    errors = {i: v for i, v in enumerate(out, start=1) if "error" in v}
    assert sorted(errors) == [2, 3, 4, 5, 7]
    for number, v in errors.items():
        assert set(v) == {"id", "line", "error"} and v["line"] == number
    assert errors[2]["id"] is None and "invalid JSON" in errors[2]["error"]
    assert errors[3] == {"id": "b3", "line": 3, "error": "text: is required"}
    assert errors[4]["id"] == "b4" and errors[4]["error"] == "text: must be a string, got int"
    assert errors[5]["id"] == "b5" and errors[5]["error"].startswith("sender: must be one of buyer, agent")
    assert errors[7]["id"] is None and "expected a JSON object" in errors[7]["error"]
    assert out[0]["id"] == "b1" and out[0]["masked_text"] == "手机138****5678"
    assert out[5]["id"] == "b6" and out[5]["masked_text"] == "身份证110101********1233"
    assert out[7]["id"] == "b8" and out[7]["action"] == "deliver"
    assert "5 line(s) could not be inspected" in run.stderr
    assert "13812345678" not in run.stdout  # no raw value leaks through an error either


def test_eval_prints_precision_recall_f1_and_errors(runs):
    run = runs["eval"]
    assert run.returncode == 0, run
    rows = {tuple(line.split()[:2]): line.split()[2:] for line in run.stdout.splitlines() if line.startswith("CN_")}
    assert rows[("CN_PHONE", "overlap")] == ["1.000", "1.000", "1.000", "2", "2"]
    assert rows[("CN_PHONE", "exact")] == ["1.000", "1.000", "1.000", "2", "2"]  # +86 in the span, as labelled
    assert rows[("CN_BANK_CARD", "overlap")] == ["0.500", "1.000", "0.667", "2", "1"]
    assert rows[("CN_ID_CARD", "overlap")] == ["1.000", "0.000", "0.000", "0", "1"]
    assert run.stdout.startswith("messages: 6\n")
    assert "errors (2):" in run.stdout
    assert re.search(r"MISS  CN_ID_CARD\s+e5: 这个号 ⟦110101900307123⟧ 对吗", run.stdout)
    assert re.search(r"FALSE CN_BANK_CARD\s+e6: 会员卡 ⟦6225881234567898⟧ 能用吗", run.stdout)


def test_eval_corpus_labels_are_the_values_they_name():
    for line in (DATA / "eval_small.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        for e in item["entities"]:
            assert item["text"][e["start"]:e["end"]] == e["value"]


def test_the_fixture_files_use_really_valid_values():
    """The numbers written into tests/data are what the tests say they are."""
    for card in ("6217001234567893", "6225881234567898", "6222021234567890128"):
        assert luhn_valid(card) and issuer(card), card
    assert valid_id18("110101199003071233") and valid_id15("110101900307123")
    assert "138" in MOBILE_PREFIXES and "139" in MOBILE_PREFIXES
    assert not luhn_valid("3368221098765432") or not issuer("3368221098765432")  # the order number


def test_demo_replays_every_sample_conversation_with_masked_text(runs):
    run = runs["demo"]
    assert run.returncode == 0, run
    samples = [json.loads(line) for line in
               resources.files("samples").joinpath("conversations.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    conversations = list(dict.fromkeys(s["conversation_id"] for s in samples))
    headers = [line for line in run.stdout.splitlines() if line.startswith("=== ")]
    assert [h.split(":")[0][4:] for h in headers] == conversations
    for s in samples:
        assert f"[{s['sender']}] {s['text']}" in run.stdout
    assert "=== demo-1: 买家改收货地址" in run.stdout
    assert "  masked   亲 我要改下收货地址，改成浙江省杭州市余杭区****，电话138 **** 5678" in run.stdout
    masked = [line for line in run.stdout.splitlines() if line.startswith("  masked   ")]
    assert masked and not any("138 1234 5678" in line or "0001 234" in line for line in masked)


def test_a_bad_policy_is_a_usage_error_naming_file_and_key(runs):
    run = runs["bad_policy"]
    assert run.returncode == 2
    assert run.stdout == ""
    assert "guard: bad policy:" in run.stderr
    assert "bad-policy.yaml: entities.CN_PHONE.buyer: expected one of mask, allow, hold, got 'erase'" in run.stderr


def test_a_closed_output_pipe_is_not_a_usage_error(runs):
    run = runs["broken_pipe"]
    assert "guard: [Errno 32]" not in run.stderr
    assert run.returncode != 2
