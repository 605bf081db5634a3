"""`guard scan` against a bare Presidio script on the same messages: wall time of each whole
command (start-up included), round by round, and their ratio (below 1: guard is faster).

The bare script is the yardstick of inspect_speed.py as a program: it reads the same JSONL, runs
an AnalyzerEngine with four plain regex recognizers on the same spaCy/jieba pipeline over every
text and writes one line of results per message. `--base DIR` also times `guard scan` of another
checkout (say, a worktree of the commit before a change) in the same rounds, for before/after
figures from one run.

    python benchmarks/scan_vs_presidio.py [--messages 12000] [--rounds 3] [--base DIR] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from scan_jobs import write_input  # noqa: E402


def presidio_script(source: Path, output: Path) -> None:
    """The bare Presidio script: analyse every message's text, write its results."""
    from inspect_speed import yardstick

    analyze = yardstick()
    with source.open(encoding="utf-8") as lines, output.open("w", encoding="utf-8") as out:
        for line in lines:
            item = json.loads(line)
            results = analyze({"text": item["text"]})
            out.write(json.dumps({"id": item.get("id"), "findings": [
                {"entity_type": r.entity_type, "start": r.start, "end": r.end, "score": r.score} for r in results]}) + "\n")


def timed(command: list[str], checkout: Path) -> float:
    """Wall time of the command run from the checkout (`python -m` imports from the current
    directory first), with the checkout on the path."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=checkout, env=env)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=12_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--base", type=Path, help="another checkout whose guard scan is timed too")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--presidio", nargs=2, type=Path, metavar=("IN", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.presidio:
        presidio_script(*args.presidio)
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "in.jsonl"
        write_input(source, args.messages)
        commands = {
            "guard scan": ([sys.executable, "-m", "guard.cli", "scan", str(source), "-o", str(work / "guard.jsonl")], ROOT),
            "presidio": ([sys.executable, str(Path(__file__).resolve()), "--presidio", str(source),
                          str(work / "presidio.jsonl")], ROOT),
        }
        if args.base:
            commands["base guard scan"] = ([sys.executable, "-m", "guard.cli", "scan", str(source), "-o",
                                            str(work / "base.jsonl")], args.base.resolve())
        load_before = os.getloadavg()
        seconds: dict[str, list[float]] = {name: [] for name in commands}
        names = list(commands)
        for r in range(args.rounds):
            for name in names[r % len(names):] + names[:r % len(names)]:  # the order rotates
                seconds[name].append(timed(*commands[name]))
        load_after = os.getloadavg()
        same = None
        if args.base:
            same = (work / "guard.jsonl").read_bytes() == (work / "base.jsonl").read_bytes()

    ratios = [g / p for g, p in zip(seconds["guard scan"], seconds["presidio"])]
    report = {
        "messages": args.messages, "rounds": args.rounds, "cpus": os.cpu_count(),
        "seconds": {name: [round(t, 2) for t in times] for name, times in seconds.items()},
        "guard_over_presidio": {"median": round(statistics.median(ratios), 3), "per_round": [round(x, 3) for x in ratios]},
        "load_average_before": [round(x, 2) for x in load_before], "load_average_after": [round(x, 2) for x in load_after],
    }
    if args.base:
        base = [b / p for b, p in zip(seconds["base guard scan"], seconds["presidio"])]
        report["base_over_presidio"] = {"median": round(statistics.median(base), 3), "per_round": [round(x, 3) for x in base]}
        report["identical_to_base"] = same
    if args.json:
        print(json.dumps(report))
        return 0
    print(f"{args.messages} messages, {args.rounds} rounds (order rotating), {os.cpu_count()} CPUs; "
          f"load average {report['load_average_before']} before, {report['load_average_after']} after")
    for name, times in seconds.items():
        print(f"  {name:<16} median {statistics.median(times):6.2f} s  {[round(t, 2) for t in times]}")
    print(f"  guard scan / presidio: {report['guard_over_presidio']['median']:.3f} (rounds {report['guard_over_presidio']['per_round']})")
    if args.base:
        print(f"  base guard scan / presidio: {report['base_over_presidio']['median']:.3f}; identical output: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
