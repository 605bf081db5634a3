"""CN_ID_CARD: 18-character resident ID numbers (ISO 7064 MOD 11-2 check character, province
code, real birth date) and the old 15-digit form (no check digit, so it needs context)."""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from recognizers.base import NOT_AFTER_ALNUM, NOT_BEFORE_ALNUM, Candidate, ChineseRecognizer

PROVINCE_CODES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 "
    "50 51 52 53 54 61 62 63 64 65 71 81 82 83".split()
)
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_ID18 = re.compile(NOT_AFTER_ALNUM + r"(\d{17}[\dXx])" + NOT_BEFORE_ALNUM)
_ID15 = re.compile(NOT_AFTER_ALNUM + r"(\d{15})" + NOT_BEFORE_ALNUM)


def check_character(first17: str) -> str:
    return _CHECK[sum(int(d) * w for d, w in zip(first17, _WEIGHTS)) % 11]


def valid_birth_date(yyyymmdd: str, today: dt.date | None = None) -> bool:
    try:
        born = dt.date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born <= (today or dt.date.today())


def valid_id18(value: str) -> bool:
    return (
        value[:2] in PROVINCE_CODES
        and valid_birth_date(value[6:14])
        and check_character(value[:17]) == value[17].upper()
    )


def valid_id15(value: str) -> bool:
    return value[:2] in PROVINCE_CODES and valid_birth_date("19" + value[6:12])


class IdCardRecognizer(ChineseRecognizer):
    ENTITY = "CN_ID_CARD"
    # 身分证 is a common misspelling; cross-border orders (清关, 订购人) need the buyer's ID.
    NAMED_AFTER = ("身份证", "证件号")  # named right after the value, over a negative cue before it
    CONTEXT = ("身份证", "身分证", "证件", "身份号", "实名", "公民身份", "身份", "清关", "报关", "海关", "订购人")
    ID18_SCORE = 0.9
    ID15_SCORE = 0.3  # random 15-digit numbers pass 1 in 100: only with context

    def candidates(self, text: str) -> Iterable[Candidate]:
        for m in _ID18.finditer(text):
            if valid_id18(m.group(1)):
                yield Candidate(m.start(1), m.end(1), self.ID18_SCORE, "18-digit ID, checksum and birth date valid",
                                proven=True)
        for m in _ID15.finditer(text):
            if valid_id15(m.group(1)):
                yield Candidate(m.start(1), m.end(1), self.ID15_SCORE, "15-digit ID, birth date valid")
