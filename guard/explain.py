"""`guard explain`: why each solicitation rule fired or did not for one agent message, with the
verdict the policy then gives. Offsets are in the original text; words are lexicon matches."""
from __future__ import annotations

from guard.message import Message
from guard.normalize import normalize


def explain(guard, text: str, context: list[dict]) -> dict:
    message = Message.from_dict({"text": text, "sender": "agent", "context": context}, max_chars=guard.max_chars)
    norm = normalize(message.text)
    report = guard.detector.explain(norm.text, message.context)
    for rule, part in report["rules"].items():
        for item in (*part["evidence"], *part["blocks"]):
            item["start"], item["end"] = norm.span_to_original(item["start"], item["end"])
        policy = guard.policy.rules[rule]
        part["band"] = policy.bands.band(part["confidence"]) if part["fired"] else None
    verdict = guard.inspect(message)
    report["verdict"] = {"action": verdict.action, "masked_text": verdict.masked_text,
                         "notice": verdict.buyer_notice.title if verdict.buyer_notice else None}
    return report


def render_explanation(report: dict) -> str:
    lines = []
    for note in report["conversation"]:
        lines.append(f"  {note}")
    if report["pretexts_here"]:
        lines.append(f"  this message tells a pretext: {', '.join(report['pretexts_here'])}")
    if not report["rules"]:
        lines.append("  no rule: no lexicon evidence, nothing blocked, every model probability below 0.05")
    for rule, part in report["rules"].items():
        p = part["probability"]
        model = f", model p={p:.2f}" if p is not None else ""
        if part["fired"]:
            lines.append(f"{rule}: FIRED, confidence {part['confidence']:.2f} ({part['basis']}){model}, "
                         f"band {part['band'] or 'below review: not reported'}")
        else:
            lines.append(f"{rule}: not fired{model}: {part['why_not']}")
        for e in part["evidence"]:
            lines.append(f"    evidence [{e['start']}:{e['end']}] {e['how']}: {' + '.join(e['words'])}")
        for b in part["blocks"]:
            lines.append(f"    blocked  [{b['start']}:{b['end']}] {b['what']} by {b['by']}: {' / '.join(b['words'])}")
        for note in part.get("model", ()):
            lines.append(f"    {note}")
    v = report["verdict"]
    lines.append(f"verdict: {v['action']}" + (f", notice \"{v['notice']}\"" if v["notice"] else ""))
    return "\n".join(lines)
