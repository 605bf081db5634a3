"""Worst-case inputs: Guard.inspect on agent messages built to find super-linear steps, alone
and with three earlier turns of the same size, at growing sizes (samples/pathological.py).

    python benchmarks/pathological.py [--sizes 1000 2500 5000 10000]

Prints milliseconds per inspection (best of 3, each text new to the caches) and the growth from
the smallest to the largest size: linear growth equals the size ratio.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from samples.pathological import UNITS, repeat  # noqa: E402


def best_ms(call, runs: int = 3) -> float:
    best = float("inf")
    for n in range(runs):
        start = time.perf_counter()
        call(n)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2500, 5000, 10000])
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    from guard import Guard, Message, Turn

    guard = Guard.from_policy()
    sizes = args.sizes
    print(f"ms per inspection, best of 3, one core; growth = largest / smallest (linear: {sizes[-1] / sizes[0]:.0f}x)")
    print(f"{'input':<36} {'context':<8} " + " ".join(f"{s:>8}" for s in sizes) + f" {'growth':>7}")
    for name, unit in UNITS.items():
        for with_context in (False, True):
            row = []
            for size in sizes:
                def inspect(n, size=size):
                    text = repeat(unit, size, salt=size * 10 + n + (5 if with_context else 0))
                    turns = tuple(Turn(s, text[k:] + "。") for k, s in enumerate(("buyer", "agent", "buyer")))
                    guard.inspect(Message(text=text, sender="agent", context=turns if with_context else ()))
                row.append(best_ms(inspect))
            print(f"{name:<36} {'3 turns' if with_context else 'none':<8} " + " ".join(f"{ms:8.1f}" for ms in row)
                  + f" {row[-1] / max(row[0], 1e-6):6.1f}x", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
