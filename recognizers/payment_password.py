"""CN_PAYMENT_PASSWORD: a six-digit payment password a buyer types, only with context."""
from __future__ import annotations

import re

from recognizers.base import NOT_A_UNIT, NOT_AFTER_ALNUM, NOT_BEFORE_ALNUM, ContextOnlyRecognizer


class PaymentPasswordRecognizer(ContextOnlyRecognizer):
    ENTITY = "CN_PAYMENT_PASSWORD"
    CONTEXT = ("密码", "支付密码", "取款密码", "交易密码", "口令")
    PATTERN = re.compile(NOT_AFTER_ALNUM + r"(\d{6})" + NOT_BEFORE_ALNUM + NOT_A_UNIT)
    REASON = "6 digits"
