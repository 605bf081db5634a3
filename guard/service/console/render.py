"""Rendering: Jinja2 templates shipped with the package, every value starred on its way out.

The store holds masked text only; `star_numbers` (redact.py) is the last line of defence, and
here it is applied by the template engine itself (`finalize`) to every string a template
prints, so no page can forget it. Autoescaping is on for every template.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from importlib import resources
from typing import Sequence

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..redact import star_numbers

TEMPLATES = resources.files("guard.service.console").joinpath("templates")
# The shortest text that can hold a number star_numbers stars (a landline: 010 and 7 digits);
# shorter strings (labels, rule names, dates' parts) skip its cost.
SHORTEST_VALUE = 10
# The evidence span is in the original message; the excerpt keeps this many characters before
# it (guard/engine.py EXCERPT_MARGIN), fewer when the message starts closer.
EXCERPT_MARGIN = 20


# The store's own violation ids (uuid4) are printed into links as they are: the recognizers'
# candidates ignore letters, so a uuid's digit groups can pass for a number ("…-8f05-3196138…").
# Only a whole printed value of exactly this form is let through.
STORE_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _finalize(value):
    if isinstance(value, str) and len(value) >= SHORTEST_VALUE and not STORE_ID.fullmatch(value):
        return star_numbers(value)
    return value


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                      finalize=_finalize, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["age"] = age_text
    env.filters["pct"] = lambda v: "—" if v is None else f"{v * 100:.0f}%"
    env.filters["when"] = lambda v: v.strftime("%Y-%m-%d %H:%M") if isinstance(v, datetime) else \
        datetime.fromisoformat(v).strftime("%Y-%m-%d %H:%M")
    return env


def age_text(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours < 48:
        return f"{hours:.0f}h"
    return f"{hours / 24:.0f}d"


def highlighted(excerpt: str, start: int, end: int, words: Sequence[str] = ()) -> tuple[str, str, str]:
    """The excerpt as (before, evidence, after). The excerpt is starred as a whole first, so a
    number cut by the split is still starred. The evidence's span is in the original message:
    where masking changed lengths before it, the evidence's own words (from the trace) are looked
    for in the excerpt, nearest the span's place; without them the split is approximate. It
    never drops text."""
    text = star_numbers(excerpt)
    lo = min(start, EXCERPT_MARGIN)
    hi = min(len(text), lo + max(0, end - start))
    lo = min(lo, hi)
    found = _locate(text, [w for w in words if w], lo)
    if found is not None:
        lo, hi = found
    return text[:lo], text[lo:hi], text[hi:]


def _locate(text: str, words: list[str], near: int) -> tuple[int, int] | None:
    """The span from the first word's occurrence nearest `near` to the end of the last word
    after it, if every word occurs in order."""
    if not words:
        return None
    starts = [m.start() for m in re.finditer(re.escape(words[0]), text)]
    if not starts:
        return None
    first = min(starts, key=lambda p: abs(p - near))
    pos = first + len(words[0])
    for w in words[1:]:
        at = text.find(w, pos)
        if at < 0:
            return None
        pos = at + len(w)
    return first, pos
