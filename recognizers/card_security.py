"""CN_CARD_SECURITY: a card's CVV (3 digits) or expiry (MM/YY, which normalisation turns into
MMYY), only with context."""
from __future__ import annotations

import re

from recognizers.base import NOT_A_UNIT, NOT_AFTER_ALNUM, NOT_BEFORE_ALNUM, ContextOnlyRecognizer


class CardSecurityRecognizer(ContextOnlyRecognizer):
    ENTITY = "CN_CARD_SECURITY"
    CONTEXT = ("cvv", "cvc", "安全码", "背面", "后三位", "三位数", "有效期", "到期")
    PATTERN = re.compile(NOT_AFTER_ALNUM + r"(\d{3}|(?:0[1-9]|1[0-2])\d{2})" + NOT_BEFORE_ALNUM + NOT_A_UNIT)
    REASON = "CVV or expiry"
