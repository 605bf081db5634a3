"""CN_PHONE: mainland mobile numbers (allocated segments, with their +86/0086/86 prefix in the
span) and landlines with an area code and an optional extension."""
from __future__ import annotations

import re
from typing import Iterable

from recognizers.base import NOT_AFTER_ALNUM, NOT_BEFORE_DIGIT, Candidate, ChineseRecognizer

# Mobile segments allocated by MIIT to the carriers (incl. the data-card segments 145-149), the
# broadcaster (192), satellite (174) and the virtual operators (162 165 167 170 171); source in
# recognizers/data/README.md. Not mobile: the 13-digit IoT segments 140-144 and the unallocated
# 154, 160, 161, 163, 164, 168, 169, 179 and 194.
MOBILE_PREFIXES = frozenset(
    [f"13{d}" for d in range(10)]
    + ["145", "146", "147", "148", "149"]
    + [f"15{d}" for d in range(10) if d != 4]
    + ["162", "165", "166", "167"]
    + [f"17{d}" for d in range(9)]
    + [f"18{d}" for d in range(10)]
    + [f"19{d}" for d in range(10) if d != 4]
)

_MOBILE = re.compile(NOT_AFTER_ALNUM + r"((?:\(?(?:\+|00)?86\)?[ -]*)?)(1[3-9]\d{9})" + NOT_BEFORE_DIGIT)
# Area code 010 / 02x / 0xxx, a 7-8 digit local number, an optional extension. After
# normalisation "0571-88886666-8001" is one run, so the extension may follow directly.
_LANDLINE = re.compile(
    NOT_AFTER_ALNUM
    + r"(\(?0(?:10|2\d|[3-9]\d{2})\)?[ -]?[2-9]\d{6,7})"
    + r"((?:转分机|转|分机|-|ext\.?|EXT\.?|#)\s?\d{1,5}|\d{1,5})?"
    + NOT_BEFORE_DIGIT
)

# A landline written for callers abroad: +86 / 0086, the area code without its 0 (+86 791 6912446).
_INTL_LANDLINE = re.compile(
    NOT_AFTER_ALNUM + r"((?:\+|00)86[ -]?\(?(?:10|2\d|[3-9]\d{2})\)?[ -]?[2-9]\d{6,7})" + NOT_BEFORE_DIGIT
)


class PhoneRecognizer(ChineseRecognizer):
    ENTITY = "CN_PHONE"
    NAMED_AFTER = ("手机", "电话", "联系方式")  # "…是我的手机号不是订单号"
    CONTEXT = ("手机", "电话", "号码", "联系", "致电", "打给", "来电", "tel", "phone", "mobile",
               "收件人", "收货人", "微信同号", "短信", "座机", "call")
    MOBILE_SCORE = 0.6
    LANDLINE_SCORE = 0.5
    LANDLINE_WITH_TRAILING_DIGITS = 0.35  # area code + number + unmarked digits: ambiguous

    def candidates(self, text: str) -> Iterable[Candidate]:
        for m in _MOBILE.finditer(text):
            if m.group(2)[:3] in MOBILE_PREFIXES:  # the span includes +86 / 0086 / 86
                yield Candidate(m.start(), m.end(), self.MOBILE_SCORE, "mobile number, valid prefix")
        for m in _LANDLINE.finditer(text):
            marked = m.group(2) and not m.group(2).isdigit()
            score = self.LANDLINE_SCORE if (m.group(2) is None or marked) else self.LANDLINE_WITH_TRAILING_DIGITS
            yield Candidate(m.start(1), m.end(), score, "landline with area code")
        for m in _INTL_LANDLINE.finditer(text):
            yield Candidate(m.start(1), m.end(1), self.LANDLINE_SCORE, "landline with +86 and area code")
