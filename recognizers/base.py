"""Shared shape of guard's recognizers: candidates found on normalised text, validated, and
dropped when the nearest cue word before them says they are something else (an order number,
a tracking number). Positive context words go to Presidio's context enhancer via `context`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

# Digits that are part of a longer run of digits or letters are not a value on their own:
# `\b` does not separate 卡号 from 4111…, so recognizers use these look-arounds instead.
# A short Latin label glued to the digits (微信ID13812345678, tel13812345678) is a word of its own,
# not part of a code such as SF1234….
_GLUED_LABELS_2 = "id|qq|vx|wx|no|sn"
_GLUED_LABELS_3 = "tel|sku"
# The values all start with a digit, "(" or "+": the look-ahead lets re skip every other position
# before it tries the look-behinds (measured: 3x faster scans of chat text).
NOT_AFTER_ALNUM = (
    r"(?=[0-9(+])(?<![0-9])(?:(?<![A-Za-z])"
    rf"|(?<=(?<![A-Za-z])(?i:{_GLUED_LABELS_2}))|(?<=(?<![A-Za-z])(?i:{_GLUED_LABELS_3})))"
)
NOT_BEFORE_DIGIT = r"(?![0-9])"
NOT_BEFORE_ALNUM = r"(?![0-9A-Za-z])"

# Words that, when they are the closest cue right before a number, mean it is not personal data.
NOT_PERSONAL = (
    "订单", "单号", "运单", "快递单", "快递号", "物流单", "物流号", "编号", "商品", "货号", "型号",
    "条码", "流水", "交易号", "工单", "券", "优惠码", "兑换码", "取件码", "提货码", "id", "sku",
    "批次", "序列号", "sn", "追踪", "退货单", "售后单", "发票", "代码", "税号", "会员号",
)
# Words that contain a negative cue but name something personal (or nothing at all): matched as
# whole words first, so 证件编号 is not 编号, 债券 is not 券, 微信ID is not an order id.
NEUTRAL_WORDS = (
    "证件编号", "身份证编号", "证件号", "债券", "国债", "微信id", "微信号", "qq号", "支付宝id", "支付宝账号",
    "apple id", "appleid", "用户id", "账号id", "我的id",
)
# Only filler may stand between a negative cue and its number ("订单号：", "单号是 ", "编号#"):
# "发票抬头写我名字 138…", "优惠券用不了，138…" or a line break say something else about the number.
CUE_GAP = re.compile(r"[ \t:：#＃=＝是为號号码碼的就\-]{0,4}")
# Latin cues (id, sn, sku) are words only between non-letters: not the id in "android".
_LATIN_WORD = r"(?<![A-Za-z]){}(?![A-Za-z])"


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    score: float
    reason: str
    # Proven by a checksum (and a known issuer): reported whatever word stands before it, since
    # a personal number called an order number is still a personal number.
    proven: bool = False


class ChineseRecognizer(EntityRecognizer):
    """Base class: subclasses set ENTITY, CONTEXT, NEGATIVE_CONTEXT and implement candidates()."""

    ENTITY = ""
    CONTEXT: Sequence[str] = ()
    NEGATIVE_CONTEXT: Sequence[str] = NOT_PERSONAL
    CUE_WINDOW = 12  # characters before a value searched for the nearest cue
    # A negative cue counts only with filler between it and the value (CUE_GAP); the credential
    # recognizers, whose values are short bare numbers, keep any negative cue in the window.
    CUE_ADJACENT = True
    AFTER_WINDOW = 8  # characters after a value searched for its own name, which beats a negative cue
    NAMED_AFTER: Sequence[str] = ()

    def __init__(self, context: Sequence[str] | None = None, negative_context: Sequence[str] | None = None):
        positive = list(context if context is not None else self.CONTEXT)
        negative = list(negative_context if negative_context is not None else self.NEGATIVE_CONTEXT)
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language="zh",
            name=type(self).__name__,
            context=positive,
        )
        self._negative = frozenset(w.lower() for w in negative)
        self._last: tuple[str, tuple[RecognizerResult, ...]] | None = None
        self._context_lower = tuple(w.lower() for w in positive)
        cues = sorted(set(positive) | set(negative) | (set(NEUTRAL_WORDS) if negative else set()), key=len, reverse=True)
        self._cues = re.compile("|".join(map(_cue_pattern, cues)), re.IGNORECASE) if cues else None

    def load(self) -> None:  # nothing to load: data is read at import
        pass

    def candidates(self, text: str) -> Iterable[Candidate]:
        raise NotImplementedError

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        # The guard asks each recognizer first whether there is anything to find, then Presidio
        # asks again: remember the last text (one slot; a tuple swap is atomic across threads).
        last = self._last
        if last is not None and last[0] is text:
            return list(last[1])
        results = self._analyze(text)
        self._last = (text, tuple(results))
        return results

    def _analyze(self, text: str) -> list[RecognizerResult]:
        results = []
        for cand in self.candidates(text):
            if not cand.proven and self._nearest_cue_is_negative(text, cand.start) \
                    and not self._named_right_after(text, cand.end):
                continue
            explanation = AnalysisExplanation(
                recognizer=self.name,
                original_score=cand.score,
                textual_explanation=cand.reason,
            )
            results.append(
                RecognizerResult(
                    entity_type=self.ENTITY,
                    start=cand.start,
                    end=cand.end,
                    score=cand.score,
                    analysis_explanation=explanation,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results

    def mentions_context(self, text: str, extra: Sequence[str] = ()) -> bool:
        """Is one of this recognizer's context words in the text or in the extra context words?"""
        lowered = text.lower()
        return any(w in lowered or any(w in c for c in extra) for w in self._context_lower)

    def _named_right_after(self, text: str, end: int) -> bool:
        """Does one of this recognizer's own words follow the value ("…是我的手机号不是订单号")?"""
        after = text[end:end + self.AFTER_WINDOW]
        return any(w in after for w in self.NAMED_AFTER)

    def _nearest_cue_is_negative(self, text: str, start: int) -> bool:
        """Is the closest cue word before `start` a negative one, with only filler after it?
        A positive cue between the two wins, being closer."""
        if self._cues is None or not self._negative:  # no negative cue: nothing to look for
            return False
        window = text[max(0, start - self.CUE_WINDOW):start]
        last = None
        for last in self._cues.finditer(window):
            pass
        if last is None or last.group(0).lower() not in self._negative:
            return False
        return not self.CUE_ADJACENT or CUE_GAP.fullmatch(window, last.end()) is not None


def _cue_pattern(word: str) -> str:
    escaped = re.escape(word)
    return _LATIN_WORD.format(escaped) if word.isascii() else escaped



# A number followed by a unit is an amount, a date or a count, not a secret.
NOT_A_UNIT = r"(?!\s?(?:元|块|年|月|日|号|点|分|秒|件|个|人|次|天|米|斤|克|g|kg|ml|岁|cm|mm|%|折|楼|层|室|单元|栋|幢|位))"


class ContextOnlyRecognizer(ChineseRecognizer):
    """A bare number is a code, a CVV and a password at once, and none of them: these recognizers
    score below the threshold on their own, and a context word near the value ("验证码是"), or the
    agent's previous turn asking for it (Presidio's `context`), lifts the score over."""

    PATTERN: re.Pattern
    REASON = ""
    BARE_SCORE = 0.3
    CUE_ADJACENT = False
    NEGATIVE_CONTEXT = NOT_PERSONAL + ("价格", "金额", "运费", "优惠", "满减", "尺码", "身高", "体重", "邮编")

    def candidates(self, text: str) -> Iterable[Candidate]:
        for m in self.PATTERN.finditer(text):
            yield Candidate(m.start(1), m.end(1), self.BARE_SCORE, self.REASON)
