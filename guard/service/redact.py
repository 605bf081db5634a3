"""A last line of defence for free text the service stores (review notes, excerpts): star out
every number a recognizer would accept as a phone, card or ID number, whatever its context.

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
from guard.normalize import normalize
from recognizers import BankCardRecognizer, IdCardRecognizer, PhoneRecognizer

# The recognizers of numbers that identify a person; their candidates ignore context.
NUMBER_RECOGNIZERS = tuple(r() for r in (PhoneRecognizer, BankCardRecognizer, IdCardRecognizer))
# ASCII letters but a check character X right after digits; and all ASCII letters.
GLUED_LETTERS = (re.compile(r"[A-WYZa-wyz]|(?<![0-9])[Xx]"), re.compile(r"[A-Za-z]"))


def star_numbers(text: str) -> str:
    """`text` with the digits (and an ID's check X) of every candidate number starred, in
    whatever way they were written (１３８, 一三八, ①, separators, zero-width characters)."""
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
