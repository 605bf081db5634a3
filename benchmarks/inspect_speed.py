"""In-process speed of Guard.inspect beside two yardsticks, measured honestly:

- every message is analysed once by each engine (distinct texts, no cache hits: the guard caches
  analyses, and a replayed corpus measured the cache);
- the engines take turns round by round on the same slice of messages, so a machine whose speed
  drifts moves all of them alike, and each round gives a ratio; the report gives the median
  ratio and its spread;
- yardsticks in the same process and run: the bare Presidio yardstick (an AnalyzerEngine with
  four plain regex recognizers on the same spaCy/jieba pipeline) and a floor (the same four
  patterns as compiled regexes plus the Luhn and ID checks, no Presidio).

Then length scaling (one message of 50 to 10,000 characters per engine, and the longest again
as an agent message with three earlier turns of the same length) and, for worst cases, see
benchmarks/pathological.py. `--checkout DIR` measures the guard of another checkout (a worktree
of the commit before a change) on this checkout's corpora: run both, and compare each run's
ratio to the yardstick, which is measured in the same run.

    python benchmarks/inspect_speed.py [--rounds 8] [--min-chars 20] [--max-chars 120] [--checkout DIR] [--json]

Pins itself to one core.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPORA = ["samples/pii_dev.jsonl", "samples/pii_address_dev/pii_address_dev.jsonl", "samples/fraud_dev.jsonl",
           "samples/sol_w01/sol_w01_scam.jsonl", "samples/sol_w01/sol_w01_genuine.jsonl",
           "samples/sol_w02/sol_w02_scam.jsonl", "samples/sol_w02/sol_w02_genuine.jsonl"]
PLAIN = {
    "CN_PHONE": r"(?<!\d)1[3-9]\d{9}(?!\d)",
    "CN_BANK_CARD": r"(?<!\d)\d{16,19}(?!\d)",
    "CN_ID_CARD": r"(?<!\d)\d{17}[\dXx](?!\d)",
    "CN_ADDRESS": r"[\u4e00-\u9fff]{2,12}(?:路|街|道)\d+号",
}
LENGTHS = (50, 200, 1000, 2500, 10000)
CONTEXT_TURNS = ("buyer", "agent", "buyer")  # earlier turns of the longest message, oldest first


def load_messages(min_chars: int, max_chars: int) -> list[dict]:
    """Distinct texts of the corpora, in a fixed order (each is analysed once per engine)."""
    seen, out = set(), []
    for name in CORPORA:
        path = ROOT / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            text = item["text"]
            if min_chars <= len(text) <= max_chars and text not in seen:
                seen.add(text)
                out.append({"text": text, "sender": item.get("sender", "buyer")})
    return out


def yardstick():
    """Presidio on the same spaCy/jieba pipeline with four plain regex recognizers, no validation."""
    from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry

    from guard.nlp import ChineseNlpEngine

    nlp = ChineseNlpEngine()
    nlp.load()
    recognizers = [PatternRecognizer(supported_entity=e, supported_language="zh", patterns=[Pattern(e, p, 0.6)])
                   for e, p in PLAIN.items()]
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=["zh"])
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["zh"])
    return lambda m: engine.analyze(m["text"], language="zh")


def floor():
    """The practical floor: the four patterns compiled, plus the checksums, nothing else."""
    from recognizers.bank_card import luhn_valid
    from recognizers.id_card import valid_id18

    patterns = {e: re.compile(p) for e, p in PLAIN.items()}

    def run(m):
        found = []
        for entity, pattern in patterns.items():
            for hit in pattern.finditer(m["text"]):
                value = hit.group()
                if entity == "CN_BANK_CARD" and not luhn_valid(value):
                    continue
                if entity == "CN_ID_CARD" and not valid_id18(value):
                    continue
                found.append((entity, hit.start(), hit.end()))
        return found

    return run


def interleaved(engines: dict, messages: list[dict], rounds: int) -> dict:
    """Each engine on each slice in turn (the order rotates); throughput and latency per engine,
    and per round the ratio of every engine to the yardstick."""
    size = len(messages) // rounds
    latencies = {name: [] for name in engines}
    seconds = {name: [] for name in engines}
    names = list(engines)
    for r in range(rounds):
        chunk = messages[r * size:(r + 1) * size]
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            run = engines[name]
            started = time.perf_counter()
            for m in chunk:
                t0 = time.perf_counter_ns()
                run(m)
                latencies[name].append(time.perf_counter_ns() - t0)
            seconds[name].append(time.perf_counter() - started)
    report = {}
    for name in names:
        lat = sorted(latencies[name])
        report[name] = {
            "messages_per_second": round(len(lat) / sum(seconds[name]), 1),
            "p50_ms": round(lat[len(lat) // 2] / 1e6, 3),
            "p99_ms": round(lat[min(len(lat) - 1, int(0.99 * len(lat)))] / 1e6, 3),
            "max_ms": round(lat[-1] / 1e6, 3),
        }
        ratios = [y / s for s, y in zip(seconds[name], seconds["yardstick"])]  # > 1: faster than it
        report[name]["vs_yardstick"] = {"median": round(statistics.median(ratios), 3),
                                        "min": round(min(ratios), 3), "max": round(max(ratios), 3)}
    return report


def scaling(engines: dict, messages: list[dict]) -> dict:
    """Milliseconds for one message of each length (built from distinct corpus texts), best of 3."""
    pool = "，".join(m["text"] for m in messages[:4000])
    out = {}
    for length in LENGTHS:
        row = {}
        for name, run in engines.items():
            best = float("inf")
            for k in range(3):
                start = (k + 1) * 7919 * length % max(1, len(pool) - length)
                message = {"text": pool[start:start + length], "sender": "agent"}
                t0 = time.perf_counter()
                run(message)
                best = min(best, time.perf_counter() - t0)
            row[name] = round(best * 1000, 2)
        out[length] = row
    length = LENGTHS[-1]  # the longest again, with three earlier turns of its length
    row = {}
    for name, run in engines.items():
        best = float("inf")
        for k in range(3):
            start = (k + 5) * 7919 * length % max(1, len(pool) - 4 * length)
            turns = [{"sender": sender, "text": pool[start + (j + 1) * length:start + (j + 2) * length]}
                     for j, sender in enumerate(CONTEXT_TURNS)]
            message = {"text": pool[start:start + length], "sender": "agent", "context": turns}
            t0 = time.perf_counter()
            run(message)
            best = min(best, time.perf_counter() - t0)
        row[name] = round(best * 1000, 2)
    out[f"{length}+3 turns"] = row
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--min-chars", type=int, default=20)
    parser.add_argument("--max-chars", type=int, default=120)
    parser.add_argument("--checkout", type=Path, help="measure the guard of this checkout instead")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    if args.checkout:
        sys.path.insert(0, str(args.checkout.resolve()))
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    t0 = time.perf_counter()
    from guard import Guard

    guard = Guard.from_policy()
    startup = time.perf_counter() - t0
    engines = {"guard": guard.inspect, "yardstick": yardstick(), "floor": floor()}
    messages = load_messages(args.min_chars, args.max_chars)
    getattr(guard, "warm", lambda: None)()  # lazy parts load now, on texts the measurement never sees
    for run in engines.values():
        for n in range(100):
            run({"text": f"热身{n}号 13812345678 验证码报一下", "sender": "agent"})
    report = {
        "conditions": {"messages": len(messages), "each analysed": "once per engine",
                       "mean_chars": round(statistics.fmean(len(m["text"]) for m in messages), 1),
                       "rounds": args.rounds, "cores": 1, "load_average": os.getloadavg()[0],
                       "guard": str(Path(sys.modules["guard"].__file__).parent.parent)},
        "guard_startup_s": round(startup, 2),
        "interleaved": interleaved(engines, messages, args.rounds),
        "length_ms": scaling(engines, messages),
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    c = report["conditions"]
    print(f"{c['messages']} distinct messages of {args.min_chars}-{args.max_chars} chars (mean {c['mean_chars']}), "
          f"each analysed once per engine, {args.rounds} interleaved rounds, one core, load average {c['load_average']:.1f}; "
          f"guard start-up {report['guard_startup_s']} s; guard from {c['guard']}")
    print(f"{'engine':<10} {'msg/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}   x yardstick: median (min-max)")
    for name, r in report["interleaved"].items():
        v = r["vs_yardstick"]
        print(f"{name:<10} {r['messages_per_second']:>8} {r['p50_ms']:>8} {r['p99_ms']:>8} {r['max_ms']:>8}   "
              f"{v['median']:.2f} ({v['min']:.2f}-{v['max']:.2f})")
    print("one message of n characters, ms (best of 3):")
    print(f"{'chars':>6} " + " ".join(f"{n:>10}" for n in engines))
    for length, row in report["length_ms"].items():
        print(f"{length:>6} " + " ".join(f"{row[n]:>10}" for n in engines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
