"""Text that is not valid Unicode (a lone surrogate, as a JSON "\\ud800" escape can produce) is a
clear per-message error everywhere: the library, `guard scan` and HTTP (issue 8, item 11)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from guard import Message, MessageError

BAD = {
    "text": {"text": "我的手机13812345678\udc00"},
    "id": {"text": "你好", "id": "m-\ud800"},
    "agent_id": {"text": "你好", "sender": "agent", "agent_id": "\udfff"},
    "context[1].text": {"text": "你好", "context": [{"text": "ok"}, {"text": "\ud83d"}]},
}


@pytest.mark.parametrize("field, message", BAD.items(), ids=BAD.keys())
def test_the_library_refuses_a_lone_surrogate_naming_the_field(guard, field, message):
    with pytest.raises(MessageError) as err:
        guard.inspect(message)
    assert err.value.field == field
    assert "surrogate" in err.value.problem


def test_a_message_built_directly_is_checked_too():
    with pytest.raises(MessageError, match="^text: contains an unpaired surrogate at position 2$"):
        Message(text="ab\ud800")


def test_scan_reports_the_bad_line_and_inspects_the_rest(tmp_path):
    lines = [json.dumps({"id": "1", "text": "您好"}),
             '{"id": "2", "text": "bad \\ud800 text"}',
             '{"id": "3\\udc00", "text": "x"}',
             json.dumps({"id": "4", "text": "我的手机13812345678"}, ensure_ascii=False)]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "guard.cli", "scan", str(source)],
                          capture_output=True, timeout=300)
    out = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert proc.returncode == 1  # some lines failed; none was lost
    assert [o.get("id") for o in out] == ["1", "2", None, "4"]
    assert out[1] == {"id": "2", "line": 2, "error": "text: contains an unpaired surrogate at position 4"}
    assert out[2]["error"].startswith("id: contains an unpaired surrogate")
    assert out[3]["masked_text"] == "我的手机138****5678"
