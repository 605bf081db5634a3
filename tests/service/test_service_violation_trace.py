"""A logged violation keeps why it fired: the detector's confidence, the basis of its evidence,
the trace, and the masked turns before the message, with no raw value in any of them."""
from __future__ import annotations

import json

from .support import PHONE


def test_a_violation_keeps_confidence_basis_trace_and_masked_context(server):
    message = {"id": "m-7", "conversation_id": "c-7", "agent_id": "a-7", "sender": "agent",
               "text": "您好，麻烦把手机收到的6位验证码报一下，我这边给您办理退款",
               "context": [{"sender": "buyer", "text": f"我的手机是{PHONE}，退款怎么还没到"},
                           {"sender": "agent", "text": "您的订单退款失败了，我们为您办理理赔"}]}
    with server.client("chat") as chat, server.client("compliance") as compliance:
        verdict = chat.post("/v1/inspect", json=message).json()
        signal = verdict["signals"][0]
        assert signal["rule"] == "ASK_VERIFICATION_CODE" and 0 < signal["confidence"] <= 1 and signal["basis"]
        row = compliance.get(f"/v1/violations/{verdict['violation_ids'][0]}").json()
    assert row["confidence"] == signal["confidence"] and row["basis"] == signal["basis"]
    evidence = row["trace"]["evidence"]
    assert evidence and all(e["rule"] == "ASK_VERIFICATION_CODE" for e in evidence)
    assert any("验证" in w for e in evidence for w in e["words"])  # the lexicon words that fired
    assert any("pretext" in note for note in row["trace"]["notes"])  # the 理赔 pretext before the ask
    assert [t["sender"] for t in row["context"]] == ["buyer", "agent"]
    assert row["context"][0]["text"] == "我的手机是138****5678，退款怎么还没到"
    assert PHONE not in json.dumps(row, ensure_ascii=False)
