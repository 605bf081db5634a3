"""The metric code of `guard eval`: exact vs overlapping span matching, per-rule counts, the
report text. A stub guard returns fixed findings, so the arithmetic can be checked by hand."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from guard.evaluate import Counts, Report, evaluate, evaluate_files, format_report, read_corpus
from guard.verdict import Finding, Signal


class StubGuard:
    """Returns the findings / signals listed for a message id; records what it was given."""

    max_chars = 10_000

    def __init__(self, findings: dict, signals: dict | None = None):
        self.findings, self.signals = findings, signals or {}
        self.seen = []

    def inspect(self, message):
        self.seen.append(message)
        signals = [Signal(r, "high", 0, 1) for r in self.signals.get(message.id, [])]
        return SimpleNamespace(
            findings=[Finding(t, s, e, 0.9) for t, s, e in self.findings.get(message.id, [])],
            signals=signals, action="hold" if signals else "deliver",
        )


def ent(kind, start, end):
    return {"type": kind, "start": start, "end": end}


TEXT = "0123456789abcdefghijklmnopqrstuvwxyz"
CORPUS = [
    # exact hit
    {"id": "m1", "text": TEXT, "entities": [ent("CN_PHONE", 5, 16)]},
    # overlapping but not exact: a hit for overlap, a miss + a false alarm for exact
    {"id": "m2", "text": TEXT, "entities": [ent("CN_PHONE", 0, 11)]},
    # a miss
    {"id": "m3", "text": TEXT, "entities": [ent("CN_BANK_CARD", 2, 21)]},
    # a false alarm
    {"id": "m4", "text": TEXT, "entities": []},
    # one prediction covering two gold addresses
    {"id": "m5", "text": TEXT, "entities": [ent("CN_ADDRESS", 0, 5), ent("CN_ADDRESS", 6, 10)]},
    # right span, wrong type: a miss for one type and a false alarm for the other
    {"id": "m6", "text": TEXT, "entities": [ent("CN_ID_CARD", 0, 18)]},
]
PREDICTED = {
    "m1": [("CN_PHONE", 5, 16)],
    "m2": [("CN_PHONE", 0, 13)],
    "m3": [],
    "m4": [("CN_ID_CARD", 0, 18)],
    "m5": [("CN_ADDRESS", 0, 10)],
    "m6": [("CN_BANK_CARD", 0, 18)],
}


@pytest.fixture()
def report() -> Report:
    return evaluate(StubGuard(PREDICTED), [dict(item, sender="buyer") for item in CORPUS])


def counts(c: Counts):
    return (c.tp_pred, c.tp_gold, c.pred, c.gold)


def test_exact_and_overlap_counts_by_hand(report):
    assert report.messages == 6
    # CN_PHONE: m1 exact; m2 overlaps only.
    assert counts(report.exact["CN_PHONE"]) == (1, 1, 2, 2)
    assert counts(report.overlap["CN_PHONE"]) == (2, 2, 2, 2)
    # CN_BANK_CARD: gold m3 missed; prediction m6 has no gold card.
    assert counts(report.exact["CN_BANK_CARD"]) == (0, 0, 1, 1)
    assert counts(report.overlap["CN_BANK_CARD"]) == (0, 0, 1, 1)
    # CN_ID_CARD: gold m6 missed (predicted as a card); prediction m4 is a false alarm.
    assert counts(report.exact["CN_ID_CARD"]) == (0, 0, 1, 1)
    # CN_ADDRESS: one prediction over two gold spans.
    assert counts(report.exact["CN_ADDRESS"]) == (0, 0, 1, 2)
    assert counts(report.overlap["CN_ADDRESS"]) == (1, 2, 1, 2)


def test_precision_recall_f1(report):
    exact, overlap = report.exact["CN_PHONE"], report.overlap["CN_PHONE"]
    assert (exact.precision, exact.recall, exact.f1) == (0.5, 0.5, 0.5)
    assert (overlap.precision, overlap.recall, overlap.f1) == (1.0, 1.0, 1.0)
    card = report.overlap["CN_BANK_CARD"]
    assert (card.precision, card.recall, card.f1) == (0.0, 0.0, 0.0)
    addr = report.overlap["CN_ADDRESS"]
    assert (addr.precision, addr.recall, addr.f1) == (1.0, 1.0, 1.0)
    assert report.to_dict()["entities"]["CN_PHONE"] == {
        "exact": {"precision": 0.5, "recall": 0.5, "f1": 0.5, "predicted": 2, "gold": 2},
        "overlap": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "predicted": 2, "gold": 2},
    }


def test_empty_counts_and_rounding():
    assert (Counts().precision, Counts().recall, Counts().f1) == (1.0, 1.0, 1.0)
    nothing_found = Counts(pred=0, gold=3)
    assert (nothing_found.precision, nothing_found.recall, nothing_found.f1) == (1.0, 0.0, 0.0)
    only_false = Counts(pred=2, gold=0)
    assert (only_false.precision, only_false.recall, only_false.f1) == (0.0, 1.0, 0.0)
    third = Counts(tp_pred=1, tp_gold=1, pred=3, gold=1)
    assert third.to_dict() == {"precision": 0.3333, "recall": 1.0, "f1": 0.5, "predicted": 3, "gold": 1}


def test_errors_list_misses_false_alarms_and_partial_spans_apart(report):
    errors = report.errors
    assert any(e.startswith("MISS  CN_BANK_CARD") and "m3: 01⟦23456789abcdefghijk⟧lmnop" in e for e in errors)
    assert any(e.startswith("FALSE CN_ID_CARD") and "m4: ⟦0123456789abcdefgh⟧ijkl" in e for e in errors)
    assert any(e.startswith("MISS  CN_ID_CARD") and "m6:" in e for e in errors)
    assert any(e.startswith("FALSE CN_BANK_CARD") and "m6:" in e for e in errors)
    # Found with another span: listed as SPAN (the exact-span errors), never as MISS or FALSE.
    partial = [e for e in errors if e.startswith("SPAN")]
    assert partial and all(" m2:" in e or " m5:" in e for e in partial)
    assert not any(" m1:" in e for e in errors)
    assert len(errors) - len(partial) == 4


def test_the_text_report(report):
    text = format_report(report)
    lines = text.splitlines()
    assert lines[0] == "messages: 6"
    phone_exact = next(line for line in lines if line.startswith("CN_PHONE") and " exact " in line)
    assert phone_exact.split() == ["CN_PHONE", "exact", "0.500", "0.500", "0.500", "2", "2"]
    addr_overlap = next(line for line in lines if line.startswith("CN_ADDRESS") and " overlap " in line)
    assert addr_overlap.split() == ["CN_ADDRESS", "overlap", "1.000", "1.000", "1.000", "1", "2"]
    assert "errors (" not in text
    with_errors = format_report(report, show_errors=True)
    assert f"errors ({len(report.errors)}):" in with_errors
    assert "  MISS  CN_BANK_CARD" in with_errors


def test_rules_are_scored_per_agent_message():
    corpus = [
        {"id": "a1", "sender": "agent", "text": "x", "rules": ["ASK_PASSWORD"]},
        {"id": "a2", "sender": "agent", "text": "y", "rules": []},
        {"id": "a3", "sender": "agent", "text": "z", "rules": ["ASK_TRANSFER"]},
        {"id": "b1", "sender": "buyer", "text": "w", "rules": ["ASK_PASSWORD"]},  # buyers are not scored for rules
    ]
    signals = {"a1": ["ASK_PASSWORD", "ASK_OFF_PLATFORM"], "a2": ["ASK_OFF_PLATFORM"], "a3": [], "b1": ["ASK_PASSWORD"]}
    report = evaluate(StubGuard({}, signals), corpus)
    assert (report.soliciting, report.soliciting_caught, report.genuine, report.genuine_flagged) == (2, 1, 1, 1)
    assert report.overall_recall == 0.5 and report.false_alarm_rate == 1.0
    assert counts(report.rules["ASK_PASSWORD"]) == (1, 1, 1, 1)
    assert counts(report.rules["ASK_OFF_PLATFORM"]) == (0, 0, 2, 0)
    assert counts(report.rules["ASK_TRANSFER"]) == (0, 0, 0, 1)
    assert report.rule_false_alarms == {"ASK_OFF_PLATFORM": 1}
    assert report.to_dict()["rules"]["ASK_OFF_PLATFORM"]["false_alarm_rate"] == 1.0
    assert report.to_dict()["solicitation"] == {
        "soliciting_messages": 2, "recall": 0.5, "genuine_messages": 1, "false_alarm_rate": 1.0,
        "genuine_agent_lines": 0, "genuine_agent_false_alarm_rate": 0.0, "pretext_lines": 0,
        "pretext_false_alarm_rate": 0.0, "recall_warned": 0.5, "genuine_agent_warned_rate": 0.0,
        "genuine_agent_held_rate": 0.0}
    text = format_report(report)
    assert "recall 0.5000 on 2 soliciting agent messages; false-alarm rate 1.0000 on 1 genuine ones" in text
    errors = format_report(report, show_errors=True)
    assert "  EXTRA ASK_OFF_PLATFORM       a1: x" in errors  # a wrong rule on a soliciting message
    assert "  ALARM ASK_OFF_PLATFORM       a2: y" in errors  # a false alarm on a genuine one
    assert "  MISS  ASK_TRANSFER           a3: z" in errors


def test_messages_of_a_conversation_get_the_earlier_turns_as_context():
    corpus = [
        {"id": "1", "conversation_id": "c", "sender": "agent", "text": "验证码报一下"},
        {"id": "2", "conversation_id": "c", "sender": "buyer", "text": "385920"},
        {"id": "3", "conversation_id": "other", "sender": "buyer", "text": "hi"},
    ]
    stub = StubGuard({})
    evaluate(stub, corpus)
    assert [len(m.context) for m in stub.seen] == [0, 1, 0]
    assert stub.seen[1].context[0].text == "验证码报一下" and stub.seen[1].context[0].sender == "agent"


def test_corpus_files_are_read_line_by_line(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text("\n".join(json.dumps(dict(item, sender="buyer"), ensure_ascii=False) for item in CORPUS) + "\n\n",
                    encoding="utf-8")
    report = evaluate_files(StubGuard(PREDICTED), [str(good)])
    assert report.messages == len(CORPUS)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "text": "a"}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2: invalid JSON"):
        list(read_corpus([str(bad)]))


def test_false_alarms_are_split_between_genuine_agents_and_scam_pretexts():
    corpus = [
        {"id": "g1", "sender": "agent", "text": "x", "rules": [], "tags": ["genuine"]},
        {"id": "g2", "sender": "agent", "text": "y", "rules": [], "tags": ["genuine", "hard_negative"]},
        {"id": "p1", "sender": "agent", "text": "z", "rules": [], "tags": ["scam_pretext"]},
        {"id": "u1", "sender": "agent", "text": "w", "rules": []},  # untagged: counted in neither
    ]
    signals = {"g1": ["ASK_TRANSFER"], "g2": [], "p1": ["ASK_TRANSFER"], "u1": ["ASK_TRANSFER"]}
    report = evaluate(StubGuard({}, signals), corpus)
    s = report.to_dict()["solicitation"]
    assert (s["genuine_messages"], s["false_alarm_rate"]) == (4, 0.75)
    assert (s["genuine_agent_lines"], s["genuine_agent_false_alarm_rate"]) == (2, 0.5)
    assert (s["pretext_lines"], s["pretext_false_alarm_rate"]) == (1, 1.0)
    assert "0.5000 on 2 lines of genuine agents, 1.0000 on 1 scam pretext lines" in format_report(report)
    assert (s["genuine_agent_warned_rate"], s["genuine_agent_held_rate"]) == (0.5, 0.5)
