"""The `guard` command: inspect, scan, demo, eval (and serve, from guard.service)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterator, TextIO

from guard.message import SENDERS, MessageError
from guard.policy import PolicyError

EXIT_OK, EXIT_FAILED_LINES, EXIT_USAGE = 0, 1, 2


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

    p = sub.add_parser("scan", help="inspect a JSONL file of messages, one verdict a line")
    p.add_argument("input", help="JSONL file ('-' for standard input)")
    p.add_argument("-o", "--output", help="output JSONL file (default: standard output)")
    p.set_defaults(run=_scan)

    p = sub.add_parser("demo", help="replay the sample conversations")
    p.add_argument("--file", help="a conversations JSONL file (default: samples/conversations.jsonl)")
    p.set_defaults(run=_demo)

    p = sub.add_parser("eval", help="precision / recall / F1 on a labelled JSONL corpus")
    p.add_argument("files", nargs="+", help="labelled JSONL files")
    p.add_argument("--show-errors", action="store_true", help="list misses and false alarms")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(run=_eval)

    p = sub.add_parser("train-signals", help="train the model that confirms weak solicitation evidence")
    p.add_argument("files", nargs="+", help="labelled JSONL files (agent lines with `rules`)")
    p.add_argument("-o", "--output", required=True, help="model JSON file to write (policies/signal_model.json)")
    p.add_argument("--epochs", type=int, default=15)
    p.set_defaults(run=_train_signals)

    try:
        from guard.service.serve import add_serve_parser
    except ImportError:  # the service's extra dependencies are missing
        pass
    else:
        add_serve_parser(sub)
    return parser


def _train_signals(args) -> int:
    """Agent lines of labelled corpora, folded as the detector folds them; lines labelled from
    earlier turns (tag `contextual`) are left out: the model sees one message at a time."""
    from guard.evaluate import read_corpus
    from guard.normalize import normalize
    from guard.policy import load_policy
    from guard.signal_model import train
    from guard.names import RULES

    lexicon = load_policy(args.policy, signal_model=False).lexicon  # the model being replaced is not needed
    samples = []
    for item in read_corpus(args.files):
        if item.get("sender") == "agent" and "rules" in item and "contextual" not in (item.get("tags") or ()):
            samples.append((lexicon.fold(normalize(item["text"]).text).text, frozenset(item["rules"])))
    if not samples:
        print("guard: no labelled agent lines in the files", file=sys.stderr)
        return EXIT_USAGE
    names = [Path(f).name for f in args.files]
    model = train(samples, RULES, epochs=args.epochs, trained_on=names)
    model.save(args.output)
    print(f"trained {len(model.rules)} rules on {len(samples)} agent lines from {', '.join(names)} -> {args.output}")
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


def _scan(args) -> int:
    from guard.scan import scan_lines

    guard = _guard(args)
    source = sys.stdin if args.input == "-" else _open_input(args.input)
    if source is None:
        return EXIT_USAGE
    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    progress = _progress(args.input, source)
    failed = 0
    try:
        for line in scan_lines(guard, progress.lines(source)):
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


def _demo(args) -> int:
    from guard.demo import run_demo

    return run_demo(_guard(args), args.file, color=sys.stdout.isatty())


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
