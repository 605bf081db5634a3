"""`guard scan --jobs N` against `--jobs 1` on messages from the corpora in samples/: wall time of
the whole command (start-up included), the speed-up, and that the outputs are identical. Each
command also runs on one message, for its start-up; the speed-up after start-up (messages a
second once running) is printed beside the whole command's. As a control for what the machine
itself allows, N independent `--jobs 1` scans of 1/N of the file each run at the same time: on a
machine whose cores are taken by other work, they gain no more than `--jobs N` can.

    python benchmarks/scan_jobs.py [--messages 12000] [--jobs 2] [--rounds 3] [--json]

Rounds alternate the two commands so that a change in the machine's load hits both; the median
of each is compared. The load average is printed with the figures: on a busy machine the ratio
says little.
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
SAMPLES = ROOT / "samples"
# the fields guard scan reads; labels (rules, entities, tags) are left behind
MESSAGE_FIELDS = ("id", "conversation_id", "sender", "text", "agent_id")


def corpus_lines() -> list[dict]:
    """Every labelled message in samples/ (top level and the sol_w* folders), file by file, in
    file order, so conversations keep their order."""
    files = sorted(SAMPLES.glob("*.jsonl")) + sorted(SAMPLES.glob("sol_w*/*.jsonl"))
    messages = []
    for path in files:
        for raw in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(raw)
            if isinstance(item, dict) and isinstance(item.get("text"), str):
                messages.append({k: item[k] for k in MESSAGE_FIELDS if k in item})
    return messages


def write_input(path: Path, count: int) -> None:
    """`count` messages, cycling through the corpora; each pass renames its conversations so that
    a conversation of the second pass does not continue one of the first."""
    source = corpus_lines()
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            item = dict(source[n % len(source)])
            lap = n // len(source)
            item["id"] = f"{lap}-{item.get('id', n)}"
            if "conversation_id" in item:
                item["conversation_id"] = f"{lap}-{item['conversation_id']}"
            out.write(json.dumps(item, ensure_ascii=False) + "\n")


def run_independent(parts: list[Path], work: Path) -> float:
    """Wall time of one sequential scan per part, all started together."""
    started = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-m", "guard.cli", "scan", str(part), "-o", str(work / f"{part.stem}.out")],
                              stderr=subprocess.DEVNULL, cwd=ROOT) for part in parts]
    for proc in procs:
        proc.wait()
    return time.perf_counter() - started


def split(source: Path, parts: int) -> list[Path]:
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    size = -(-len(lines) // parts)
    paths = [source.with_name(f"part{i}.jsonl") for i in range(parts)]
    for i, path in enumerate(paths):
        path.write_text("".join(lines[i * size:(i + 1) * size]), encoding="utf-8")
    return paths


def run_scan(source: Path, output: Path, jobs: int) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "guard.cli", "scan", str(source), "-o", str(output), "--jobs", str(jobs)],
                   check=False, stderr=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=12_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source, single = work / "in.jsonl", work / "one.jsonl"
        write_input(source, args.messages)
        write_input(single, 1)
        load_before = os.getloadavg()
        times: dict[int, list[float]] = {1: [], args.jobs: []}
        start_up: dict[int, list[float]] = {1: [], args.jobs: []}
        parts, independent = split(source, args.jobs), []
        for _ in range(args.rounds):
            for jobs in times:
                times[jobs].append(run_scan(source, work / f"out{jobs}.jsonl", jobs))
                start_up[jobs].append(run_scan(single, work / "one-out.jsonl", jobs))
            independent.append(run_independent(parts, work))
        load_after = os.getloadavg()
        same = (work / "out1.jsonl").read_bytes() == (work / f"out{args.jobs}.jsonl").read_bytes()

    one, many = statistics.median(times[1]), statistics.median(times[args.jobs])
    one_up, many_up = statistics.median(start_up[1]), statistics.median(start_up[args.jobs])
    running = (one - one_up) / (many - many_up)
    control = statistics.median(independent)
    report = {
        "messages": args.messages, "jobs": args.jobs, "rounds": args.rounds, "cpus": os.cpu_count(),
        "seconds_jobs_1": [round(t, 2) for t in times[1]],
        f"seconds_jobs_{args.jobs}": [round(t, 2) for t in times[args.jobs]],
        "start_up_seconds_jobs_1": round(one_up, 2), f"start_up_seconds_jobs_{args.jobs}": round(many_up, 2),
        "seconds_independent_parts": [round(t, 2) for t in independent],
        "speedup_of_independent_scans": round(one / control, 2),
        "speedup": round(one / many, 2), "speedup_after_start_up": round(running, 2), "identical_output": same,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after],
    }
    if args.json:
        print(json.dumps(report))
    else:
        print(f"{args.messages} messages, {os.cpu_count()} CPUs, {args.rounds} rounds (median)")
        print(f"  --jobs 1          {one:7.2f} s  {[round(t, 2) for t in times[1]]}")
        print(f"  --jobs {args.jobs:<10} {many:7.2f} s  {[round(t, 2) for t in times[args.jobs]]}")
        print(f"  {args.jobs} independent --jobs 1 on 1/{args.jobs} each, together: {control:.2f} s"
              f" ({one / control:.2f}x: what the machine allows now)")
        print(f"  start-up (1 msg)  {one_up:7.2f} s with --jobs 1, {many_up:.2f} s with --jobs {args.jobs}")
        print(f"  speed-up          {one / many:7.2f}x whole command, {running:.2f}x after start-up;"
              f" identical output: {same}")
        print(f"  load average      {report['load_average_before']} before, {report['load_average_after']} after")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
