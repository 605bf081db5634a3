"""`guard demo`: replay the sample conversations and show what the guard does to each message."""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from guard.render import render_verdict
from guard.scan import ConversationContext
from guard.message import Message

DEFAULT_SAMPLES = "conversations.jsonl"


def load_conversations(path: str | None) -> list[dict]:
    if path:
        text = Path(path).read_text(encoding="utf-8")
    else:
        text = resources.files("samples").joinpath(DEFAULT_SAMPLES).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def run_demo(guard, path: str | None = None, color: bool = False, out=print) -> int:
    context = ConversationContext()
    current = None
    for item in load_conversations(path):
        message = Message.from_dict(item)
        if message.conversation_id != current:
            current = message.conversation_id
            out(f"\n=== {current}: {item.get('title', '')}")
        message = context.attach(message)
        verdict = guard.inspect(message)
        out(f"\n[{message.sender}] {message.text}")
        out(render_verdict(message.text, verdict, color=color))
    return 0
