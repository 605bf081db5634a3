"""A last line of defence for free text the service stores (review notes, excerpts, traces):
star out every number a recognizer would accept as a phone, card or ID number, whatever its
context.

The engine decides with context: a cue word before a number ("订单", "id") says it is not
personal data, and then it is neither reported nor masked. That is right for a chat message
on its way to a person, but a store must hold no raw value even when the context misleads
(seen: a review note "… id 110105199003071239" stored raw). Here only the recognizers'
candidates count (prefix, checksum, birth date), never their cue words, nor letters glued to
the number.
"""
from __future__ import annotations

import re

from guard.masking import MASK
from guard.normalize import CHINESE_DIGITS, SEPARATORS, normalize
from recognizers import BankCardRecognizer, IdCardRecognizer, PhoneRecognizer

# The recognizers of numbers that identify a person; their candidates ignore context.
NUMBER_RECOGNIZERS = tuple(r() for r in (PhoneRecognizer, BankCardRecognizer, IdCardRecognizer))
# ASCII letters but a check character X right after digits; and all ASCII letters.
GLUED_LETTERS = (re.compile(r"[A-WYZa-wyz]|(?<![0-9])[Xx]"), re.compile(r"[A-Za-z]"))

# The quick look before the full one. Starring a violation's trace (JSON, ~370 characters full of
# offsets) took 0.2 ms, more than inspecting the message: normalising it and running six
# recognizer passes. Every candidate of NUMBER_RECOGNIZERS holds this many digits in a row once
# normalised (the fewest: a landline's local number, [2-9]\d{6,7}; a mobile has 11, an ID 15 or
# 18, a card 15-19), and normalisation puts two digits side by side only when nothing but
# separators and dropped characters stood between them. A text of ASCII and common CJK
# characters without a stretch of that many digits and numerals, joined by separators or
# control characters alone, holds no candidate and is returned as it is. Any other character
# (１, ①, ⒑, ٣, U+200B: it may fold into digits, a separator or nothing) gets the full look.
SHORTEST_NUMBER_DIGITS = 7
_CJK_DIGITS = "".join(c for c in CHINESE_DIGITS if "\u4e00" <= c <= "\u9fff")
_OTHER_SCRIPT = re.compile(r"[^\x00-\x7f\u4e00-\u9fff" + re.escape(SEPARATORS) + "]")
_STRETCH = re.compile("[0-9" + re.escape(SEPARATORS) + r"\x00-\x1f\x7f" + _CJK_DIGITS
                      + "]{%d,}" % SHORTEST_NUMBER_DIGITS)
_DIGITS = frozenset("0123456789" + _CJK_DIGITS)


def may_hold_number(text: str) -> bool:
    """False only when no recognizer candidate can be in `text`, however it is written."""
    if _OTHER_SCRIPT.search(text):
        return True
    return any(sum(c in _DIGITS for c in m.group()) >= SHORTEST_NUMBER_DIGITS
               for m in _STRETCH.finditer(text))


def star_numbers(text: str) -> str:
    """`text` with the digits (and an ID's check X) of every candidate number starred, in
    whatever way they were written (１３８, 一三八, ①, separators, zero-width characters)."""
    return star_candidates(text) if may_hold_number(text) else text


def star_candidates(text: str) -> str:
    """star_numbers without the quick look: normalise, then every recognizer's candidates."""
    norm = normalize(text)
    hide: set[int] = set()
    # Letters glued to a number ("sku13812345678", "id110105…") keep the recognizers from
    # taking it as a value; here they count as a gap, once with an ID's check X kept and once
    # without. Replacing by spaces keeps the length, so norm.origin stays valid.
    for letters in GLUED_LETTERS:
        unglued = letters.sub(" ", norm.text)
        for recognizer in NUMBER_RECOGNIZERS:
            for cand in recognizer.candidates(unglued):
                hide.update(norm.origin[k] for k in range(cand.start, cand.end)
                            if norm.text[k].isdigit() or norm.text[k] in "Xx")
    if not hide:
        return text
    return "".join(MASK if i in hide else ch for i, ch in enumerate(text))
