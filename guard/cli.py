"""The `guard` command: inspect, scan, demo, eval (and serve, from guard.service)."""
from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from pathlib import Path
from typing import Iterator, TextIO

from guard.batch import add_spark_scan_parser
from guard.message import SENDERS, MessageError
from guard.policy import PolicyError

EXIT_OK, EXIT_FAILED_LINES, EXIT_USAGE = 0, 1, 2
DEMO_SEED = 11


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.run(args)
    except BrokenPipeError:  # `guard scan … | head`: the reader has all it wanted
        sys.stderr.close()
        return EXIT_OK
    except PolicyError as exc:
        print(f"guard: bad policy: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (MessageError, ValueError, OSError) as exc:  # a bad corpus file for eval, an unreadable path
        print(f"guard: {exc}", file=sys.stderr)
        return EXIT_USAGE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="guard", description="Fraud and privacy guard for Chinese support chats.")
    parser.add_argument("--policy", help="policy YAML file (default: the packaged policies/default.yaml)")
    sub = parser.add_subparsers(title="commands")

    p = sub.add_parser("inspect", help="inspect one message")
    p.add_argument("text")
    p.add_argument("--sender", choices=SENDERS, default="buyer")
    p.add_argument("--json", action="store_true", help="print the verdict as JSON")
    p.set_defaults(run=_inspect)

    p = sub.add_parser("explain", help="why each solicitation rule fired or did not, for an agent message",
                       description="Show the detector's evidence, blocks, model probabilities, confidence and action for "
                                   "one agent message, read after optional earlier turns.")
    p.add_argument("text")
    p.add_argument("--context", action="append", default=[], metavar="SENDER:TEXT",
                   help="an earlier turn, oldest first, e.g. --context 'buyer:验证码发你干嘛'; repeatable")
    p.add_argument("--json", action="store_true", help="print the explanation as JSON")
    p.set_defaults(run=_explain)

    p = sub.add_parser("scan", help="inspect a JSONL file of messages, one verdict a line")
    p.add_argument("input", help="JSONL file ('-' for standard input)")
    p.add_argument("-o", "--output", help="output JSONL file (default: standard output)")
    p.add_argument("-j", "--jobs", type=_positive_int, default=1, metavar="N",
                   help="worker processes, each with its own Guard; the output is the same, in input order "
                        "(default: 1)")
    p.set_defaults(run=_scan)

    add_spark_scan_parser(sub)  # PySpark is imported only when the command runs

    p = sub.add_parser("demo", help="replay the sample conversations, or --seed a store with three months of history")
    p.add_argument("--file", help="a conversations JSONL file (default: samples/conversations.jsonl)")
    p.add_argument("--seed", type=int, nargs="?", const=DEMO_SEED, metavar="N",
                   help=f"fill the embedded SQLite store (GUARD_DATA_DIR or --data-dir) with a deterministic "
                        f"history of agents, traffic, violations and reviews (seed N, default {DEMO_SEED})")
    p.add_argument("--data-dir", help="with --seed: data directory of the SQLite store (GUARD_DATA_DIR, default ./var)")
    p.add_argument("--agents", type=int, default=36, help="with --seed: how many agents (default 36)")
    p.add_argument("--days", type=int, default=90, help="with --seed: how many days up to today (default 90)")
    p.set_defaults(run=_demo)

    p = sub.add_parser("eval", help="precision / recall / F1 on a labelled JSONL corpus")
    p.add_argument("files", nargs="+", help="labelled JSONL files")
    p.add_argument("--show-errors", action="store_true", help="list misses and false alarms")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=_eval)

    p = sub.add_parser("train-signals", help="train the signal model on labelled corpora and reviewed violations",
                       description="Train the solicitation signal model (needs scikit-learn: pip install 'guard[train]').")
    p.add_argument("files", nargs="+", help="labelled JSONL corpora to train on (agent lines with `rules`)")
    p.add_argument("--validation", nargs="+", required=True, metavar="FILE",
                   help="labelled JSONL corpora to calibrate on (kept apart from training)")
    p.add_argument("--reviews", nargs="*", default=[], metavar="FILE",
                   help="reviewed violations exported from the store (export.csv or JSONL): confirmed ones are asks, "
                        "dismissed ones are not")
    p.add_argument("-o", "--output", required=True, help="model JSON file to write (policies/signal_model.json)")
    p.set_defaults(run=_train_signals)

    p = sub.add_parser("standing", help="an agent's standing (grab privilege) with why, or every agent's",
                       description="Read standings from the store the service writes (GUARD_DATABASE_URL, else the "
                                   "SQLite file in GUARD_DATA_DIR).")
    p.add_argument("agent_id", nargs="?", help="the agent (omit with --all)")
    p.add_argument("--all", action="store_true", help="every agent with activity or violations")
    p.add_argument("--at", help="ISO 8601 time of the standing (default now; UTC without a zone)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the explanation")
    p.add_argument("--format", choices=("text", "csv", "json"), default=None,
                   help="text (one agent, the default), csv or json (the default with --all)")
    p.add_argument("--tier", help="with --all: only agents in this tier")
    p.add_argument("--database-url", help="SQLAlchemy URL of the store (GUARD_DATABASE_URL)")
    p.add_argument("--data-dir", help="data directory of the SQLite store (GUARD_DATA_DIR, default ./var)")
    p.add_argument("--standing-policy", help="standing policy YAML (GUARD_STANDING_POLICY)")
    p.set_defaults(run=_standing)

    try:
        from guard.service.serve import add_serve_parser
    except ImportError:  # the service's extra dependencies are missing
        pass
    else:
        add_serve_parser(sub)
    return parser


def _train_signals(args) -> int:
    """Every agent line is read with its conversation, as in production; reviewed violations
    label their own rule only."""
    from guard.evaluate import read_corpus
    from guard.policy import load_policy
    from guard.solicitation import SolicitationDetector
    from guard.solicitation.training import corpus_samples, review_samples, train

    # the lexicon's evidence, without any model: the model being trained must not read itself
    detector = SolicitationDetector(load_policy(args.policy, signal_model=False).lexicon)
    train_set = corpus_samples(detector, read_corpus(args.files))
    for path in args.reviews:
        train_set += review_samples(detector, path)
    calibration = corpus_samples(detector, read_corpus(args.validation))
    if not train_set or not calibration:
        print("guard: no labelled agent lines to train or calibrate on", file=sys.stderr)
        return EXIT_USAGE
    names = [Path(f).name for f in [*args.files, *args.reviews]]
    model = train(train_set, calibration, trained_on=names, calibrated_on=[Path(f).name for f in args.validation])
    model.save(args.output)
    print(f"trained {len(model.rules)} rules on {len(train_set)} samples, calibrated on {len(calibration)} -> {args.output}")
    print("reliability on the calibration split (two-fold cross-calibrated): band  n  predicted  observed")
    for band, r in model.reliability.items():
        print(f"  {band}  {r['n']:>6}  {r['predicted']:.3f}  {r['observed']:.3f}")
    return EXIT_OK


def _guard(args):
    from guard.engine import Guard

    return Guard.from_policy(args.policy)


def _inspect(args) -> int:
    from guard.render import render_verdict

    guard = _guard(args)
    try:
        verdict = guard.inspect({"text": args.text, "sender": args.sender})
    except MessageError as exc:
        print(f"guard: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(verdict.to_dict(), ensure_ascii=False))
    else:
        print(render_verdict(args.text, verdict, color=sys.stdout.isatty()))
    return EXIT_OK


def _explain(args) -> int:
    from guard.explain import explain, render_explanation

    turns = []
    for raw in args.context:
        sender, sep, text = raw.partition(":")
        if not sep or sender not in SENDERS:
            print(f"guard: --context must be SENDER:TEXT with SENDER one of {', '.join(SENDERS)}", file=sys.stderr)
            return EXIT_USAGE
        turns.append({"sender": sender, "text": text})
    report = explain(_guard(args), args.text, turns)
    print(json.dumps(report, ensure_ascii=False, indent=1) if args.json else render_explanation(report))
    return EXIT_OK


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _scan(args) -> int:
    from guard.scan import scan_lines, scan_lines_parallel

    guard = _guard(args)  # built here, so a bad policy is a usage error rather than a worker's crash
    verdicts = partial(scan_lines, guard) if args.jobs == 1 else partial(scan_lines_parallel, guard, jobs=args.jobs)
    source = sys.stdin if args.input == "-" else _open_input(args.input)
    if source is None:
        return EXIT_USAGE
    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    progress = _progress(args.input, source)
    failed = 0
    try:
        for line in verdicts(progress.lines(source)):
            failed += "error" in line
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    finally:
        progress.close()
        if out is not sys.stdout:
            out.close()
    if failed:
        print(f"guard: {failed} line(s) could not be inspected; see their error fields", file=sys.stderr)
    return EXIT_FAILED_LINES if failed else EXIT_OK


def _open_input(path: str):
    try:
        return open(path, encoding="utf-8", errors="replace")
    except OSError as exc:
        print(f"guard: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return None


class _Progress:
    """A tqdm bar over bytes read, on a terminal only (none when stderr is piped)."""

    def __init__(self, total: int | None, enabled: bool):
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="B", unit_scale=True, desc="scan", file=sys.stderr)

    def lines(self, source) -> Iterator[str]:
        for line in source:
            if self.bar is not None:
                self.bar.update(len(line.encode("utf-8")))
            yield line

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _progress(path: str, source) -> _Progress:
    total = Path(path).stat().st_size if path != "-" else None
    return _Progress(total, enabled=sys.stderr.isatty())


def _standing(args) -> int:
    from guard import standing_report as report

    if bool(args.all) == bool(args.agent_id):
        print("guard: give an AGENT_ID or --all", file=sys.stderr)
        return EXIT_USAGE
    fmt = args.format or ("json" if args.all else "text")
    if args.all and fmt == "text":
        print("guard: --all writes csv or json", file=sys.stderr)
        return EXIT_USAGE
    try:
        at = report.parse_at(args.at)
        board, engine = report.open_board(args.database_url, args.data_dir, args.standing_policy)
    except ValueError:
        print("guard: --at must be an ISO 8601 date and time", file=sys.stderr)
        return EXIT_USAGE
    except report.StoreMissing as exc:
        print(f"guard: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.tier is not None and args.tier not in [t.name for t in board.policy.tiers]:
            print(f"guard: --tier must be one of {', '.join(t.name for t in board.policy.tiers)}", file=sys.stderr)
            return EXIT_USAGE
        if args.all:
            standings = report.every_standing(board, at, args.tier)
            if fmt == "csv":
                report.write_csv(standings, sys.stdout)
            else:
                report.write_json(standings, board, at, sys.stdout)
            return EXIT_OK
        scored = board.standing(args.agent_id, at)
        if fmt == "json":
            report.write_json(iter([scored]), board, at, sys.stdout)
        elif fmt == "csv":
            report.write_csv(iter([scored]), sys.stdout)
        else:
            print(report.render_standing(scored, board, args.lang))
        return EXIT_OK
    finally:
        engine.dispose()


def _demo(args) -> int:
    if args.seed is not None:
        return _seed(args)
    from guard.demo import run_demo

    return run_demo(_guard(args), args.file, color=sys.stdout.isatty())


def _seed(args) -> int:
    import os

    from guard.demo_seed import seed_demo, store_is_empty
    from guard.store import ViolationStore, create_engine, default_url, migrate

    if args.agents < 1 or args.days < 1:
        print("guard: --agents and --days must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    url = default_url(args.data_dir or os.environ.get("GUARD_DATA_DIR") or "./var")
    engine = create_engine(url)
    try:
        migrate(engine)
        store = ViolationStore(engine)
        if not store_is_empty(store):
            print(f"guard: the store at {url} has data already; seed an empty data directory", file=sys.stderr)
            return EXIT_USAGE
        summary = seed_demo(store, _guard(args), seed=args.seed, agents=args.agents, days=args.days)
    finally:
        engine.dispose()
    print(f"seeded {url}: {summary.agents} agents, {summary.days} days, {summary.conversations} conversations, "
          f"{summary.messages} messages, {summary.violations} violations, {summary.reviews} reviews (seed {args.seed})")
    return EXIT_OK


def _eval(args) -> int:
    from guard.evaluate import evaluate_files, format_report

    report = evaluate_files(_guard(args), args.files)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, show_errors=args.show_errors))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
