"""The worst case of an inspection grows linearly with the input (issue 8, item 8).

A buyer's long message becomes context for the agent's next one, so a quadratic step lets any
buyer stall a worker: "卡号请" repeated took 7.4 s at 10,000 characters. These tests time the
same input at two sizes in one run and compare: linear growth is 8x for 8x the input, quadratic
64x; the bound of 24x leaves room for a noisy machine without depending on its speed.
"""
from __future__ import annotations

import time

import pytest

from guard.message import Turn
from guard.normalize import normalize
from samples.pathological import UNITS, repeat

SMALL, LARGE = 1_000, 8_000
BOUND = 24  # for LARGE / SMALL = 8

def _seconds(run, unit: str, size: int) -> float:
    best = float("inf")
    for salt in range(3):
        text = repeat(unit, size, salt + size)
        start = time.perf_counter()
        run(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.fixture(scope="module")
def detector(guard):
    return guard.detector


@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
def test_an_agent_message_costs_time_linear_in_its_length(detector, unit):
    def run(text):
        detector.detect(normalize(text).text)

    small, large = _seconds(run, unit, SMALL), _seconds(run, unit, LARGE)
    assert large < BOUND * max(small, 1e-4), f"{small:.4f}s at {SMALL} chars, {large:.4f}s at {LARGE}"


@pytest.mark.parametrize("unit", UNITS.values(), ids=UNITS.keys())
def test_long_earlier_turns_cost_time_linear_in_their_length(detector, unit):
    def run(text):
        turns = (Turn("buyer", text), Turn("agent", text[::-1]), Turn("buyer", text[1:]))
        detector.detect(normalize("那个发我一下").text, turns)

    small, large = _seconds(run, unit, SMALL), _seconds(run, unit, LARGE)
    assert large < BOUND * max(small, 1e-4), f"{small:.4f}s at {SMALL} chars, {large:.4f}s at {LARGE}"
