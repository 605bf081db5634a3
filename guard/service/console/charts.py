"""Coordinates of the console's SVG charts, drawn by the templates (no script, no outside asset).

Only numbers and policy labels go into a chart; the templates print each one separately.
"""
from __future__ import annotations

from dataclasses import dataclass

SCORE_WIDTH, SCORE_HEIGHT, SCORE_PAD = 720, 220, 32
BAR_WIDTH, BAR_HEIGHT, BAR_GAP = 12, 40, 3
ZERO_BAR = 2  # a week whose decisions were all dismissals still shows, apart from a week without any


@dataclass(frozen=True)
class Line:
    y: float
    label: str


@dataclass(frozen=True)
class ScoreChart:
    width: int
    height: int
    points: list[tuple[float, float]]
    thresholds: list[Line]
    first_day: str
    last_day: str
    left: int
    right: int
    top: int
    bottom: int


def score_chart(history, tiers) -> ScoreChart:
    """The score of each day (history points, oldest first) on a 0-100 scale, with a dashed line
    at each tier's threshold."""
    left, right, top, bottom = SCORE_PAD, SCORE_WIDTH - 8, 8, SCORE_HEIGHT - 24
    span = max(1, len(history) - 1)

    def y(score: float) -> float:
        return round(bottom - (bottom - top) * max(0.0, min(100.0, score)) / 100, 1)

    points = [(round(left + (right - left) * n / span, 1), y(p.point.score)) for n, p in enumerate(history)]
    lines = [Line(y(t.min_score), f"{t.name} {t.min_score:g}") for t in tiers if t.min_score > 0]
    return ScoreChart(SCORE_WIDTH, SCORE_HEIGHT, points, lines,
                      str(history[0].point.day) if history else "", str(history[-1].point.day) if history else "",
                      left, right, top, bottom)


@dataclass(frozen=True)
class Bar:
    x: int
    y: float
    height: float
    reviewed: int


def rate_bars(weeks) -> tuple[int, list[Bar]]:
    """One bar per week, as high as its confirmation rate (a sliver at 0 %); a week without
    decisions has none."""
    bars = []
    for n, w in enumerate(weeks):
        rate = w.confirmed / w.reviewed if w.reviewed else None
        h = max(ZERO_BAR, round(BAR_HEIGHT * rate, 1)) if rate is not None else 0.0
        bars.append(Bar(n * (BAR_WIDTH + BAR_GAP), round(BAR_HEIGHT - h, 1), h, w.reviewed))
    return len(weeks) * (BAR_WIDTH + BAR_GAP), bars
