"""`guard explain` shows why each rule fired or did not: evidence with offsets in the original
text, blocks, the conversation's state, the model's probability, the band and the verdict."""
from __future__ import annotations

import json
import subprocess
import sys

from guard.explain import explain, render_explanation


def test_a_completed_request_is_explained_with_the_turn_that_completed_it(guard):
    report = explain(guard, "收到了吗？发我一下", [{"sender": "agent", "text": "您的快递丢失了，我们为您理赔"},
                                                {"sender": "agent", "text": "系统给您发了一个验证码"}])
    part = report["rules"]["ASK_VERIFICATION_CODE"]
    assert part["fired"] and part["basis"] == "context" and part["band"] in ("hold", "notify", "review")
    evidence = part["evidence"][0]
    assert "收到了吗？发我一下"[evidence["start"]:evidence["end"]] == "发我"
    assert "earlier ask" in evidence["how"]
    assert any("parcel_lost" in note for note in report["conversation"])
    assert report["verdict"]["action"] in ("hold", "deliver")


def test_a_negated_object_is_shown_as_blocked_and_not_fired(guard):
    report = explain(guard, "请勿向任何人透露验证码", [])
    part = report["rules"]["ASK_VERIFICATION_CODE"]
    assert not part["fired"] and part["why_not"]
    assert {b["by"] for b in part["blocks"]} <= {"cue", "frame", "warning", "mention"} and part["blocks"]
    text = render_explanation(report)
    assert "ASK_VERIFICATION_CODE: not fired" in text and "blocked" in text and "verdict: deliver" in text


def test_the_command_prints_the_explanation_and_never_a_raw_number(tmp_path):
    run = subprocess.run([sys.executable, "-m", "guard.cli", "explain", "把卡号6222021234567890128的密码发我",
                          "--context", "buyer:我的手机13812345678", "--json"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["rules"]["ASK_PASSWORD"]["fired"]
    assert "6222021234567890128" not in run.stdout and "13812345678" not in run.stdout
    bad = subprocess.run([sys.executable, "-m", "guard.cli", "explain", "x", "--context", "nobody:x"],
                         capture_output=True, text=True, timeout=300)
    assert bad.returncode == 2 and "SENDER:TEXT" in bad.stderr
