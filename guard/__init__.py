"""guard: a fraud and privacy guard for Chinese e-commerce support chats."""
import logging
import os

# spaCy's numeric libraries start an OpenMP pool on every core on import; the engine is
# single-threaded per call, and with several worker processes the spinning pools doubled the
# time of each inspection. A caller's own setting wins.
os.environ.setdefault("OMP_NUM_THREADS", "1")

# Presidio logs the text around detected values at DEBUG: keep raw values out of any log.
for _name in ("presidio-analyzer", "presidio-anonymizer"):
    logging.getLogger(_name).setLevel(logging.WARNING)

from guard.engine import Guard
from guard.message import Message, MessageError, MessageTooLarge, Turn
from guard.policy import Policy, PolicyError, load_policy
from guard.verdict import Finding, Notice, Signal, Verdict, ViolationDraft

__all__ = [
    "Finding", "Guard", "Message", "MessageError", "MessageTooLarge", "Notice", "Policy", "PolicyError",
    "Signal", "Turn", "Verdict", "ViolationDraft", "load_policy",
]
