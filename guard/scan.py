"""Streaming scan of JSONL messages: one verdict (or error) a line, in input order.

Memory stays constant on any file size: lines are read one at a time, the conversation context
kept for each conversation_id is bounded (last turns of the most recent conversations), and a
parallel scan holds a fixed window of messages in flight.
"""
from __future__ import annotations

import json
from collections import OrderedDict, deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from itertools import islice
from multiprocessing import get_all_start_methods, get_context
from typing import Any, Iterable, Iterator

from guard.message import Message, MessageError, Turn

CONTEXT_TURNS = 6
MAX_CONVERSATIONS = 50_000
# Messages a worker takes at a time: a task's own cost (pickling, a pipe round trip, ~0.1 ms)
# is paid per chunk rather than per message (an inspection takes about 1 ms).
CHUNK = 64
# Chunks in flight per worker: enough that no worker waits while the oldest chunk is collected,
# few enough to bound memory (jobs x IN_FLIGHT_PER_JOB x CHUNK messages, whatever the file size).
IN_FLIGHT_PER_JOB = 4
# Forked workers inherit the imported libraries and the caller's Guard, built and warmed before
# the fork (jieba's dictionaries, the part-of-speech tagger): a worker starts at once and shares
# those pages with its parent instead of building its own (~1 s each, on cores the scan needs).
# The workers run no code that takes a lock another thread here could hold (tqdm's monitor, on a
# terminal). Where fork is missing (Windows), spawned workers build a Guard from the policy.
_START_METHOD = "fork" if "fork" in get_all_start_methods() else "spawn"


class ConversationContext:
    """The last few turns of each recent conversation, oldest first."""

    def __init__(self, turns: int = CONTEXT_TURNS, conversations: int = MAX_CONVERSATIONS):
        self.turns = turns
        self.conversations = conversations
        self._history: OrderedDict[str, deque[Turn]] = OrderedDict()

    def before(self, conversation_id: str | None) -> tuple[Turn, ...]:
        if conversation_id is None or conversation_id not in self._history:
            return ()
        return tuple(self._history[conversation_id])

    def attach(self, message: Message) -> Message:
        """The message with the earlier turns of its conversation as its context (unless it
        brought its own), and remembered as the latest turn of that conversation."""
        before = self.before(message.conversation_id)
        self.add(message.conversation_id, message.sender, message.text)
        return message if message.context or not before else replace(message, context=before)

    def add(self, conversation_id: str | None, sender: str, text: str) -> None:
        if conversation_id is None:
            return
        history = self._history.pop(conversation_id, None) or deque(maxlen=self.turns)
        history.append(Turn(sender=sender, text=text))
        self._history[conversation_id] = history
        while len(self._history) > self.conversations:
            self._history.popitem(last=False)


def parse_line(raw: str, max_chars: int) -> Message:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise MessageError("line", f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    return Message.from_dict(data, max_chars=max_chars)


def scan_lines(guard, lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Verdicts (or errors) for the non-blank lines, in input order."""
    for _, item in prepare_lines(enumerate(lines, start=1), guard.max_chars):
        yield item if isinstance(item, dict) else guard.inspect(item).to_dict()


def scan_lines_parallel(guard, lines: Iterable[str], jobs: int) -> Iterator[dict[str, Any]]:
    """What `scan_lines` yields, computed by `jobs` worker processes, each inspecting with the
    Guard given (inherited, warmed, where workers fork; one of their own built from its policy
    where they spawn).

    This process reads the lines and attaches each message's conversation context (so context is
    exactly the sequential scan's, whichever worker inspects a line); workers only inspect. A
    sliding window of chunks keeps the output in input order: the oldest chunk is waited for
    before another is sent.
    """
    global _worker_guard
    if _START_METHOD == "fork":
        guard.warm()
        _worker_guard = guard
        start = {}
    else:
        start = {"initializer": _start_worker, "initargs": (guard.policy, guard.max_chars, guard.fingerprint_key)}
    prepared = (item for _, item in prepare_lines(enumerate(lines, start=1), guard.max_chars))
    chunks = iter(lambda: list(islice(prepared, CHUNK)), [])
    with ProcessPoolExecutor(jobs, mp_context=get_context(_START_METHOD), **start) as pool:
        in_flight = deque()
        for chunk in chunks:
            if len(in_flight) >= jobs * IN_FLIGHT_PER_JOB:
                yield from in_flight.popleft().result()
            in_flight.append(pool.submit(_inspect_chunk, chunk))
        while in_flight:
            yield from in_flight.popleft().result()


_worker_guard = None  # the Guard a scan worker process inspects with


def _start_worker(policy, max_chars: int, fingerprint_key: bytes | None) -> None:
    from guard.engine import Guard

    global _worker_guard
    _worker_guard = Guard(policy, max_chars=max_chars, fingerprint_key=fingerprint_key)


def _inspect_chunk(items: list[Message | dict]) -> list[dict[str, Any]]:
    return [item if isinstance(item, dict) else _worker_guard.inspect(item).to_dict() for item in items]


def prepare_lines(numbered: Iterable[tuple[int, str]], max_chars: int) -> Iterator[tuple[int, Message | dict]]:
    """Each non-blank line as its message, carrying the earlier turns of its conversation, or as
    its error record; with its line number. Where a line's context comes from, once: the
    sequential scan, the parallel scan and the Spark job all read lines through here."""
    context = ConversationContext()
    for number, raw in numbered:
        if not raw.strip():
            continue
        try:
            message = parse_line(raw, max_chars)
        except MessageError as exc:
            yield number, line_error(raw, number, exc)
            continue
        yield number, context.attach(message)


def line_error(raw: str, number: int, exc: MessageError) -> dict[str, Any]:
    return {"id": _best_effort_id(raw), "line": number, "error": str(exc)}


def conversation_of(raw: str, max_chars: int) -> str | None:
    """The conversation a line belongs to, as the scan reads it (an integer id and its string
    are one conversation); None for a line that has none or cannot be read."""
    try:
        return parse_line(raw, max_chars).conversation_id
    except MessageError:
        return None



def _best_effort_id(raw: str) -> str | None:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        return None
    value = data.get("id") if isinstance(data, dict) else None
    if not isinstance(value, (str, int)):
        return None
    value = str(value)
    try:
        value.encode("utf-8")  # an id with a lone surrogate could not be written out
    except UnicodeEncodeError:
        return None
    return value
