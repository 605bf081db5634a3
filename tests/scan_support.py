"""An input for comparing scans: a few hundred lines of real conversations from samples/, their
lines interleaved across conversations (each conversation's order kept), with what trips a scan
up: a buyer's bare code that is a credential only after the agent's ask, an integer
conversation_id continuing the same string one, lines without a conversation, bad lines and
blank lines."""
from __future__ import annotations

import json
from itertools import zip_longest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONVERSATION_FILES = [ROOT / "samples" / "sol_w01" / "sol_w01_scam.jsonl",
                      ROOT / "samples" / "sol_w01" / "sol_w01_genuine.jsonl"]
CONVERSATIONS = 40  # from each file
MESSAGE_FIELDS = ("id", "conversation_id", "sender", "text")
BARE_CODE = "385920"  # a buyer's reply that only the agent's earlier ask makes a verification code
BAD_LINES = (Path(__file__).parent / "data" / "scan_bad.jsonl").read_text(encoding="utf-8").splitlines()


def conversations() -> list[list[dict]]:
    found: dict[str, list[dict]] = {}
    for path in CONVERSATION_FILES:
        taken = 0
        for raw in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(raw)
            cid = item["conversation_id"]
            if cid not in found:
                if taken == CONVERSATIONS:
                    continue
                taken += 1
                found[cid] = []
            found[cid].append({k: item[k] for k in MESSAGE_FIELDS if k in item})
    asked = [{"id": f"code-{n}-{i}", "conversation_id": f"code-{n}", "sender": s, "text": t}
             for n in range(5)
             for i, (s, t) in enumerate([("agent", "把手机收到的6位数验证码报一下"), ("buyer", BARE_CODE)])]
    pairs = [asked[i:i + 2] for i in range(0, len(asked), 2)]
    # the agent asks under the string id "7", the buyer answers under the integer 7
    numeric = [[{"id": "n-1", "conversation_id": "7", "sender": "agent", "text": "验证码发我一下"},
                {"id": "n-2", "conversation_id": 7, "sender": "buyer", "text": BARE_CODE}]]
    return list(found.values()) + pairs + numeric


def scan_input_lines() -> list[str]:
    """The lines of the input file, without their newlines."""
    lines = []
    singles = iter([{"id": "bare", "text": BARE_CODE}]
                   + [{"id": f"solo-{i}", "text": f"我的手机是1381234{i:04d}"} for i in range(20)])
    bad = iter(BAD_LINES)
    for n, turn in enumerate(t for group in zip_longest(*conversations()) for t in group if t is not None):
        lines.append(json.dumps(turn, ensure_ascii=False))
        if n % 15 == 0:
            lines.append(json.dumps(next(singles, {"text": "好的"}), ensure_ascii=False))
        if n % 40 == 0:
            lines.append(next(bad, ""))
    return lines
