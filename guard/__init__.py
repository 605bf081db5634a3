"""guard: a fraud and privacy guard for Chinese e-commerce support chats."""
from guard.engine import Guard
from guard.message import Message, MessageError, Turn
from guard.policy import Policy, PolicyError, load_policy
from guard.verdict import Finding, Notice, Signal, Verdict, ViolationDraft

__all__ = [
    "Finding", "Guard", "Message", "MessageError", "Notice", "Policy", "PolicyError",
    "Signal", "Turn", "Verdict", "ViolationDraft", "load_policy",
]
