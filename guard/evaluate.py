"""Accuracy on a labelled corpus: per entity (exact and overlapping spans) and per rule.

A corpus line is a message (`id`, `text`, `sender`, `conversation_id`) with its labels:
`entities` ([{type, start, end}], original-text offsets) and, for agent messages, `rules`
(the solicitation rules the message breaks; [] for genuine ones). Lines of a conversation are
inspected in order with the same context the scanner builds.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from guard.message import Message
from guard.scan import ConversationContext


@dataclass
class Counts:
    tp_pred: int = 0  # predictions that match a gold item
    tp_gold: int = 0  # gold items matched by a prediction
    pred: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "predicted": self.pred, "gold": self.gold}


@dataclass
class Report:
    messages: int = 0
    exact: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    overlap: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    rules: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    rule_false_alarms: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    soliciting: int = 0
    soliciting_caught: int = 0
    genuine: int = 0
    genuine_flagged: int = 0
    # of the lines that ask for nothing: those of genuine agents, and a scam's pretext lines
    # (tags `genuine` and `scam_pretext`); a corpus without these tags counts neither
    honest: int = 0
    honest_flagged: int = 0
    pretext: int = 0
    pretext_flagged: int = 0
    # graded actions: soliciting lines the buyer was warned about; genuine agent lines warned, held
    soliciting_warned: int = 0
    honest_warned: int = 0
    honest_held: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def overall_recall(self) -> float:
        return self.soliciting_caught / self.soliciting if self.soliciting else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.genuine_flagged / self.genuine if self.genuine else 0.0

    def to_dict(self) -> dict:
        return {
            "messages": self.messages,
            "entities": {
                name: {"exact": self.exact[name].to_dict(), "overlap": self.overlap[name].to_dict()}
                for name in sorted(self.overlap)
            },
            "rules": {
                name: {**c.to_dict(), "false_alarm_rate": round(self.rule_false_alarms[name] / self.genuine, 4) if self.genuine else 0.0}
                for name, c in sorted(self.rules.items())
            },
            "solicitation": {
                "soliciting_messages": self.soliciting, "recall": round(self.overall_recall, 4),
                "genuine_messages": self.genuine, "false_alarm_rate": round(self.false_alarm_rate, 4),
                "genuine_agent_lines": self.honest, "genuine_agent_false_alarm_rate": round(_rate(self.honest_flagged, self.honest), 4),
                "pretext_lines": self.pretext, "pretext_false_alarm_rate": round(_rate(self.pretext_flagged, self.pretext), 4),
                "recall_warned": round(_rate(self.soliciting_warned, self.soliciting), 4),
                "genuine_agent_warned_rate": round(_rate(self.honest_warned, self.honest), 4),
                "genuine_agent_held_rate": round(_rate(self.honest_held, self.honest), 4),
            },
            "errors": self.errors,
        }


def read_corpus(paths: Iterable[str]) -> Iterable[dict]:
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, raw in enumerate(handle, 1):
                if raw.strip():
                    try:
                        yield json.loads(raw)
                    except json.JSONDecodeError as exc:
                        raise ValueError(f"{path}:{number}: invalid JSON: {exc.msg}") from None


def evaluate(guard, lines: Iterable[dict]) -> Report:
    report = Report()
    context = ConversationContext()
    for item in lines:
        message = context.attach(Message.from_dict(item, max_chars=guard.max_chars))
        verdict = guard.inspect(message)
        report.messages += 1
        _score_entities(report, item, verdict)
        if "rules" in item and message.sender == "agent":
            _score_rules(report, item, verdict, _warned(guard, verdict))
    return report


def evaluate_files(guard, paths: list[str]) -> Report:
    return evaluate(guard, read_corpus(paths))


def _score_entities(report: Report, item: dict, verdict) -> None:
    gold = [(e["type"], e["start"], e["end"]) for e in item.get("entities", [])]
    pred = [(f.entity_type, f.start, f.end) for f in verdict.findings]
    text = item["text"]
    for kind in sorted({t for t, _, _ in gold} | {t for t, _, _ in pred}):
        g = [(s, e) for t, s, e in gold if t == kind]
        p = [(s, e) for t, s, e in pred if t == kind]
        for table, same in ((report.exact, _same), (report.overlap, _overlaps)):
            c = table[kind]
            c.gold += len(g)
            c.pred += len(p)
            c.tp_gold += sum(any(same(x, y) for y in p) for x in g)
            c.tp_pred += sum(any(same(y, x) for x in g) for y in p)
        for s, e in g:
            if not any(_overlaps((s, e), y) for y in p):
                report.errors.append(f"MISS  {kind:<22} {item.get('id')}: {_mark(text, s, e)}")
            elif (s, e) not in p:  # found, but not with the labelled span: the exact-span errors
                found = ", ".join(text[a:b] for a, b in p if _overlaps((s, e), (a, b)))
                report.errors.append(f"SPAN  {kind:<22} {item.get('id')}: {_mark(text, s, e)}  found: {found}")
        for s, e in p:
            if not any(_overlaps(x, (s, e)) for x in g):
                report.errors.append(f"FALSE {kind:<22} {item.get('id')}: {_mark(text, s, e)}")


def _warned(guard, verdict) -> bool:
    """Did the buyer see a warning: a signal in its rule's notify band or above?"""
    rules = getattr(getattr(guard, "policy", None), "rules", None)
    if rules is None:  # a guard without a policy (tests): every signal warns
        return bool(verdict.signals)
    return any(rules[s.rule].bands.band(s.confidence) in ("hold", "notify") for s in verdict.signals)


def _score_rules(report: Report, item: dict, verdict, warned: bool) -> None:
    gold = set(item.get("rules") or [])
    pred = {s.rule for s in verdict.signals}
    if gold:
        report.soliciting += 1
        report.soliciting_caught += bool(pred)
        report.soliciting_warned += warned
    else:
        report.genuine += 1
        report.genuine_flagged += bool(pred)
        tags = item.get("tags") or ()
        if "genuine" in tags:
            report.honest += 1
            report.honest_flagged += bool(pred)
            report.honest_warned += warned
            report.honest_held += verdict.action == "hold"
        elif "scam_pretext" in tags:
            report.pretext += 1
            report.pretext_flagged += bool(pred)
        for rule in pred:
            report.rule_false_alarms[rule] += 1
    for rule in sorted(gold | pred):  # sorted: the error list reads the same on every run
        c = report.rules[rule]
        c.gold += rule in gold
        c.pred += rule in pred
        hit = rule in gold and rule in pred
        c.tp_gold += hit
        c.tp_pred += hit
        if rule in gold and rule not in pred:
            report.errors.append(f"MISS  {rule:<22} {item.get('id')}: {item['text']}")
        elif rule in pred and rule not in gold:  # ALARM: on a message that asks for nothing
            kind = "EXTRA" if gold else "ALARM"
            report.errors.append(f"{kind} {rule:<22} {item.get('id')}: {item['text']}")


def _rate(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _same(a, b) -> bool:
    return a == b


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _mark(text: str, start: int, end: int) -> str:
    return f"{text[:start]}⟦{text[start:end]}⟧{text[end:]}"


def format_report(report: Report, show_errors: bool = False) -> str:
    lines = [f"messages: {report.messages}", ""]
    if report.overlap:
        lines.append(f"{'entity':<22} {'match':<8} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6}")
        for name in sorted(report.overlap):
            for label, table in (("overlap", report.overlap), ("exact", report.exact)):
                c = table[name]
                lines.append(f"{name:<22} {label:<8} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.pred:6d} {c.gold:6d}")
        lines.append("")
    if report.soliciting or report.genuine:
        lines.append(f"{'rule':<22} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6} {'FA rate':>8}")
        for name, c in sorted(report.rules.items()):
            fa = report.rule_false_alarms[name] / report.genuine if report.genuine else 0.0
            lines.append(f"{name:<22} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.pred:6d} {c.gold:6d} {fa:8.4f}")
        lines.append(
            f"{'overall':<22} recall {report.overall_recall:.4f} on {report.soliciting} soliciting agent messages; "
            f"false-alarm rate {report.false_alarm_rate:.4f} on {report.genuine} genuine ones (all that ask for nothing)"
        )
        if report.honest or report.pretext:
            lines.append(
                f"{'':<22} of these: {_rate(report.honest_flagged, report.honest):.4f} on {report.honest} lines of genuine agents, "
                f"{_rate(report.pretext_flagged, report.pretext):.4f} on {report.pretext} scam pretext lines"
            )
            lines.append(
                f"{'graded':<22} buyer warned on {_rate(report.soliciting_warned, report.soliciting):.4f} of soliciting lines; "
                f"genuine agent lines warned {_rate(report.honest_warned, report.honest):.4f}, "
                f"held {_rate(report.honest_held, report.honest):.4f}"
            )
    if show_errors:
        lines += ["", f"errors ({len(report.errors)}):"] + [f"  {e}" for e in report.errors]
    return "\n".join(lines)
