"""One chat message as the guard receives it, validated with clear errors."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

SENDERS = ("buyer", "agent")
DEFAULT_SENDER = "buyer"
DEFAULT_MAX_CHARS = 10_000


class MessageError(ValueError):
    """A message that cannot be inspected; the text says which field and why."""

    def __init__(self, field_name: str, problem: str):
        super().__init__(f"{field_name}: {problem}")
        self.field = field_name
        self.problem = problem


class MessageTooLarge(MessageError):
    """The text (or a context turn) is over the size limit: a caller may answer 413, not 422."""


@dataclass(frozen=True)
class Turn:
    """An earlier message of the same conversation, oldest first."""

    sender: str
    text: str


@dataclass(frozen=True)
class Message:
    text: str
    sender: str = DEFAULT_SENDER
    id: str | None = None
    agent_id: str | None = None
    buyer_id: str | None = None
    conversation_id: str | None = None
    context: tuple[Turn, ...] = field(default_factory=tuple)

    def __post_init__(self):
        # Checked here, not only in from_dict, so that every way of making a message is checked.
        _check_encodable(self.text, "text")
        for name in ("id", "agent_id", "buyer_id", "conversation_id"):
            _check_encodable(getattr(self, name), name)
        for i, turn in enumerate(self.context):
            _check_encodable(turn.text, f"context[{i}].text")

    @classmethod
    def from_dict(cls, data: Any, max_chars: int = DEFAULT_MAX_CHARS) -> "Message":
        if not isinstance(data, Mapping):
            raise MessageError("message", f"expected a JSON object, got {type(data).__name__}")
        text = data.get("text")
        if text is None:
            raise MessageError("text", "is required")
        if not isinstance(text, str):
            raise MessageError("text", f"must be a string, got {type(text).__name__}")
        _check_size(text, "text", max_chars)
        sender = _sender(data.get("sender"), "sender")
        ids = {}
        for name in ("id", "agent_id", "buyer_id", "conversation_id"):
            value = data.get(name)
            if value is not None and (not isinstance(value, (str, int)) or isinstance(value, bool)):
                raise MessageError(name, "must be a string or an integer, "
                                         f"got {type(value).__name__}")
            ids[name] = None if value is None else str(value)
        return cls(text=text, sender=sender, context=_turns(data.get("context"), max_chars), **ids)


def _check_encodable(value: str | None, field_name: str) -> None:
    """A lone surrogate (half of a UTF-16 pair, as a JSON "\\ud800" escape can produce) is not
    text: nothing downstream can encode it, and it could never be stored or returned."""
    if value is None:
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        raise MessageError(field_name, f"contains an unpaired surrogate at position {err.start}") from None


def _sender(value: Any, field_name: str) -> str:
    """Missing or null means buyer; anything else must name a sender (an empty string does
    not): the same rule in the library, the CLI and the HTTP API."""
    if value is None:
        return DEFAULT_SENDER
    if value not in SENDERS:
        raise MessageError(field_name, f"must be one of {', '.join(SENDERS)}, got {value!r}")
    return value


def _check_size(text: str, field_name: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise MessageTooLarge(field_name, f"is {len(text)} characters, over the limit of {max_chars}")


def _turns(raw: Any, max_chars: int) -> tuple[Turn, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise MessageError("context", "must be a list of {sender, text} objects")
    turns = []
    for i, item in enumerate(raw):
        where = f"context[{i}]"
        if not isinstance(item, Mapping):
            raise MessageError(where, "must be an object with sender and text")
        text = item.get("text")
        if not isinstance(text, str):
            raise MessageError(f"{where}.text", "must be a string")
        _check_size(text, f"{where}.text", max_chars)
        sender = _sender(item.get("sender"), f"{where}.sender")
        turns.append(Turn(sender=sender, text=text))
    return tuple(turns)
