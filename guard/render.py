"""Human-readable output of a verdict for the terminal (`guard inspect`, `guard demo`)."""
from __future__ import annotations

from guard.verdict import Verdict

_ON = {"finding": "\033[1;33m", "signal": "\033[1;31m"}
_OFF = "\033[0m"


def highlight(text: str, spans: list[tuple[int, int, str]], color: bool) -> str:
    """Mark spans (start, end, kind) in text: colour on a terminal, ⟦…⟧ otherwise."""
    out, pos = [], 0
    for start, end, kind in sorted(spans):
        if start < pos:  # overlapping signal and finding: mark the first only
            continue
        out.append(text[pos:start])
        body = text[start:end]
        out.append(f"{_ON[kind]}{body}{_OFF}" if color else f"⟦{body}⟧")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def render_verdict(text: str, verdict: Verdict, color: bool = False) -> str:
    spans = [(f.start, f.end, "finding") for f in verdict.findings]
    spans += [(s.start, s.end, "signal") for s in verdict.signals]
    lines = [f"  text     {highlight(text, spans, color)}"]
    for f in verdict.findings:
        lines.append(f"  found    {f.entity_type} [{f.start}:{f.end}] score {f.score:.2f}")
    for s in verdict.signals:
        lines.append(f"  signal   {s.rule} ({s.severity}) [{s.start}:{s.end}]")
    lines.append(f"  action   {verdict.action}")
    if verdict.masked_text != text:
        lines.append(f"  masked   {verdict.masked_text}")
    if verdict.buyer_notice:
        n = verdict.buyer_notice
        lines.append(f"  notice   [{n.level}] {n.title}: {n.body}")
    return "\n".join(lines)
