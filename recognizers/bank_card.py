"""CN_BANK_CARD: 15-19 digit card numbers that pass the Luhn check and start with the BIN of a
Chinese issuer (vendored table: UnionPay, and the Visa / Mastercard / JCB / AmEx cards Chinese
banks issue) or, at a lower score, the UnionPay 62 range. 15 digits is the AmEx length (34, 37)."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Iterable

from recognizers.base import NOT_AFTER_ALNUM, NOT_BEFORE_DIGIT, Candidate, ChineseRecognizer

_CARD = re.compile(NOT_AFTER_ALNUM + r"(\d{15,19})" + NOT_BEFORE_DIGIT)
FIFTEEN_DIGIT_SCHEMES = ("34", "37")  # American Express


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


@lru_cache(maxsize=1)
def known_bins() -> dict[str, str]:
    """BIN (6 or 8 digits) → issuer, from recognizers/data/bank_bins.tsv."""
    table = {}
    text = resources.files("recognizers").joinpath("data/bank_bins.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            bin_, issuer = line.split("\t", 1)
            table[bin_] = issuer
    return table


def issuer(digits: str) -> str | None:
    bins = known_bins()
    return bins.get(digits[:8]) or bins.get(digits[:6])


class BankCardRecognizer(ChineseRecognizer):
    ENTITY = "CN_BANK_CARD"
    NAMED_AFTER = ("卡号", "银行卡")  # named right after the value, over a negative cue before it
    CONTEXT = ("卡号", "银行卡", "储蓄卡", "借记卡", "信用卡", "银行", "账号", "帐号", "户名",
               "开户", "card", "退款到", "打款", "收款")
    KNOWN_BIN_SCORE = 0.8
    UNIONPAY_SCORE = 0.55  # Luhn-valid, 62 prefix, BIN not in the table (newer cards)

    def candidates(self, text: str) -> Iterable[Candidate]:
        for m in _CARD.finditer(text):
            digits = m.group(1)
            if not luhn_valid(digits):
                continue
            if len(digits) == 15:
                if digits.startswith(FIFTEEN_DIGIT_SCHEMES) and issuer(digits):
                    yield Candidate(m.start(1), m.end(1), self.KNOWN_BIN_SCORE, "Luhn valid, known AmEx BIN", proven=True)
            elif issuer(digits):
                yield Candidate(m.start(1), m.end(1), self.KNOWN_BIN_SCORE, "Luhn valid, known Chinese BIN", proven=True)
            elif digits.startswith("62"):
                yield Candidate(m.start(1), m.end(1), self.UNIONPAY_SCORE, "Luhn valid, UnionPay range")
