"""CN_VERIFICATION_CODE: an SMS verification code (4-8 digits) a buyer types, only with context."""
from __future__ import annotations

import re

from recognizers.base import NOT_A_UNIT, NOT_AFTER_ALNUM, NOT_BEFORE_ALNUM, ContextOnlyRecognizer


class VerificationCodeRecognizer(ContextOnlyRecognizer):
    ENTITY = "CN_VERIFICATION_CODE"
    CONTEXT = ("验证码", "校验码", "动态码", "短信码", "验证短信", "确认码", "认证码", "code", "授权码")
    PATTERN = re.compile(NOT_AFTER_ALNUM + r"(\d{4,8})" + NOT_BEFORE_ALNUM + NOT_A_UNIT)
    REASON = "4-8 digits"
