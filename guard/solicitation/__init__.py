"""Solicitation detection: does an agent message ask the buyer for a payment credential or steer
them into a scam step? Rules are data (policies/solicitation.yaml); this package applies them in
stages, each of which records why it decided as it did (trace.py)."""
from guard.names import RULES

from .detector import Detection, SolicitationDetector
from .features import State
from .lexicon import Lexicon, LexiconError
from .text import fold
from .trace import BASES, CONTEXT, MODEL, PAIR, PHRASE, Block, Evidence, Trace

__all__ = [
    "BASES", "CONTEXT", "MODEL", "PAIR", "PHRASE", "RULES", "Block", "Detection", "Evidence", "Lexicon",
    "LexiconError", "SolicitationDetector", "State", "Trace", "fold",
]
