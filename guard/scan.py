"""Streaming scan of JSONL messages: one verdict (or error) a line, in input order.

Memory stays constant on any file size: lines are read one at a time and the conversation
context kept for each conversation_id is bounded (last turns of the most recent conversations).
"""
from __future__ import annotations

import json
from collections import OrderedDict, deque
from dataclasses import replace
from typing import Any, Iterable, Iterator

from guard.message import Message, MessageError, Turn

CONTEXT_TURNS = 6
MAX_CONVERSATIONS = 50_000


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
    context = ConversationContext()
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            message = parse_line(raw, guard.max_chars)
        except MessageError as exc:
            yield {"id": _best_effort_id(raw), "line": number, "error": str(exc)}
            continue
        if not message.context:
            message = with_context(message, context.before(message.conversation_id))
        yield guard.inspect(message).to_dict()
        context.add(message.conversation_id, message.sender, message.text)


def with_context(message: Message, turns: tuple[Turn, ...]) -> Message:
    if not turns:
        return message
    return replace(message, context=turns)


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
