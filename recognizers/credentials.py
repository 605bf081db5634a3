"""Payment credentials a buyer may type: SMS verification codes, card security data (CVV,
expiry) and payment passwords. A bare number is all of these and none, so each recognizer
scores below the threshold on its own: a context word near it ("验证码是", "背面三位"), or the
agent's previous turn asking for it (passed to Presidio as `context`), lifts it over.
"""
from __future__ import annotations

import re
from typing import Iterable

from recognizers.base import NOT_AFTER_ALNUM, NOT_BEFORE_ALNUM, NOT_PERSONAL, Candidate, ChineseRecognizer

# A number followed by a unit is an amount, a date or a count, not a secret.
_NOT_A_UNIT = r"(?!\s?(?:元|块|年|月|日|号|点|分|秒|件|个|人|次|天|米|斤|克|g|kg|ml|岁|cm|mm|%|折|楼|层|室|单元|栋|幢|位))"
BARE_SCORE = 0.3


class _ContextOnlyRecognizer(ChineseRecognizer):
    PATTERN: re.Pattern
    NEGATIVE_CONTEXT = NOT_PERSONAL + ("价格", "金额", "运费", "优惠", "满减", "尺码", "身高", "体重", "邮编")

    def candidates(self, text: str) -> Iterable[Candidate]:
        for m in self.PATTERN.finditer(text):
            yield Candidate(m.start(1), m.end(1), BARE_SCORE, self.REASON)


class VerificationCodeRecognizer(_ContextOnlyRecognizer):
    ENTITY = "CN_VERIFICATION_CODE"
    CONTEXT = ("验证码", "校验码", "动态码", "短信码", "验证短信", "确认码", "认证码", "code", "授权码")
    PATTERN = re.compile(NOT_AFTER_ALNUM + r"(\d{4,8})" + NOT_BEFORE_ALNUM + _NOT_A_UNIT)
    REASON = "4-8 digits"


class CardSecurityRecognizer(_ContextOnlyRecognizer):
    ENTITY = "CN_CARD_SECURITY"
    CONTEXT = ("cvv", "cvc", "安全码", "背面", "后三位", "三位数", "有效期", "到期")
    # A CVV (3 digits) or an expiry MM/YY (normalisation turns 08/27 into 0827).
    PATTERN = re.compile(NOT_AFTER_ALNUM + r"(\d{3}|(?:0[1-9]|1[0-2])\d{2})" + NOT_BEFORE_ALNUM + _NOT_A_UNIT)
    REASON = "CVV or expiry"


class PaymentPasswordRecognizer(_ContextOnlyRecognizer):
    ENTITY = "CN_PAYMENT_PASSWORD"
    CONTEXT = ("密码", "支付密码", "取款密码", "交易密码", "口令")
    PATTERN = re.compile(NOT_AFTER_ALNUM + r"(\d{6})" + NOT_BEFORE_ALNUM + _NOT_A_UNIT)
    REASON = "6 digits"
