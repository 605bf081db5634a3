"""Reading an agent message with the turns before it: a request split over two messages ("麻烦
提供一下" … "银行卡号和有效期"), a bare request answered by the conversation's topic ("验证码发你
干嘛?" … "发我就行"), "是的亲" confirming what the buyer asked about, and what a buyer's bare
reply answers ("385920" after "验证码报一下")."""
from __future__ import annotations

from typing import Callable, Sequence

import jieba
import jieba.posseg

from guard.message import Turn
from guard.tokenizers import pos_tagger

from .lexicon import Lexicon
from .message import Analysis
from .spans import Hit
from .text import CLAUSE_END
from .trace import CONTEXT, Evidence

SCREEN_SHARE = "ASK_SCREEN_SHARE"
_PLACE_MARKERS = frozenset(("在", "到", "进", "往", "给", "跟", "和", "向", "从"))


class Conversation:
    """`analyze` reads one normalised text (cached by the detector); `normalized` normalises an
    earlier turn (cached too: turns come back with every later message)."""

    def __init__(self, lex: Lexicon, tokenizer: jieba.Tokenizer, analyze: Callable[[str], Analysis],
                 normalized: Callable[[str], str]):
        self.lex = lex
        self.analyze = analyze
        self.normalized = normalized
        self._tokenizer = tokenizer
        self._pos: jieba.posseg.POSTokenizer | None = None

    def complete(self, text: str, now: Analysis, recent: Sequence[Turn]) -> list[Evidence]:
        """An open request of this message asks for what the conversation is about: the buyer's
        topic if the buyer named one since the agent's last turn ("验证码发你干嘛?"), else what
        the agent's latest ask was about, plus objects earlier agent turns left open (a request
        split over several messages). A vague word of this message ("那个数字", "那个日期")
        narrows it to the rule it points at."""
        open_objects: set[str] = set()
        asked: set[str] = set()
        buyer_topic: set[str] = set()
        last_agent = None
        for turn in recent:
            past = self.analyze(self.normalized(turn.text))
            if turn.sender == "agent":
                open_objects |= past.open_objects
                if past.found:  # the latest ask stays the topic through "稍等，我重新发一条"
                    asked = {f.rule for f in past.found}
                buyer_topic = set()
                last_agent = past
            else:
                buyer_topic |= past.any_objects
        if buyer_topic:
            pending, source = buyer_topic | open_objects, "the buyer's topic"
        else:
            pending, source = asked | open_objects, "the agent's earlier ask"
        if pending and now.hints:
            pending, source = set(now.hints), "a word pointing back"
        requests = [r for r in now.open_requests if not self.has_argument(text, r)] if pending else []
        found = [Evidence(rule, r.start, r.end, CONTEXT, f"open request completed by {source}", (text[r.start:r.end],))
                 for r in requests for rule in sorted(pending)]
        if last_agent is not None and last_agent.open_requests and not now.found:  # "麻烦提供一下" … "银行卡号和有效期"
            found += [Evidence(o.rule, o.start, o.end, CONTEXT, "objects answering the previous open request",
                               (text[o.start:o.end],)) for o in now.objects]
        return found

    def affirmed(self, text: str, recent: Sequence[Turn]) -> list[Evidence]:
        """"是的亲，…" answering the buyer's question about a credential the agent just asked for
        ("银行卡密码也要？", "你说的yzm是验证码吗") repeats the request."""
        m = self.lex.affirmation.match(text)
        if m is None or recent[-1].sender != "buyer" or not self.lex.buyer_question.search(recent[-1].text):
            return []
        asked = self._latest_ask(recent)
        topic = self.analyze(self.normalized(recent[-1].text)).any_objects
        return [Evidence(rule, m.start(1), m.end(1), CONTEXT, "affirming the buyer's question about the earlier ask",
                         (m.group(1),)) for rule in sorted(asked & topic)]

    def insisting(self, text: str, now: Analysis, recent: Sequence[Turn]) -> list[Evidence]:
        """After an agent ask the buyer hesitated over ("为什么要密码？", "这个不能给吧"), a message
        that presses again without naming it ("不给的话申诉不通过", "放心，我们有保密协议")
        repeats the ask."""
        pushback, insistence = self.lex.buyer_pushback, self.lex.insistence
        if pushback is None or insistence is None or now.found or now.blocks or now.negating:
            return []
        if recent[-1].sender != "buyer" or not pushback.search(recent[-1].text):
            return []
        m = insistence.search(text)
        if m is None:
            return []
        return self._repeating(m, recent, "pressing the earlier ask after the buyer hesitated")

    def urging(self, text: str, now: Analysis, recent: Sequence[Turn]) -> list[Evidence]:
        """A short message that only hurries the buyer along ("快点", "好了吗", "收到没") right
        after an agent ask repeats that ask."""
        urging = self.lex.urging
        if urging is None or now.found or now.blocks or now.negating or len(text) > self.lex.tuning.bare_length:
            return []
        m = urging.search(text)
        if m is None:
            return []
        return self._repeating(m, recent, "hurrying the buyer along after the earlier ask")

    def watching(self, text: str, now: Analysis, recent: Sequence[Turn]) -> list[Evidence]:
        """A step that keeps the buyer's screen in view ("点允许", "不要锁屏") right after the
        agent asked for a screen share continues that ask."""
        watching = self.lex.watching
        if watching is None or now.found or now.blocks:  # (its steps may say 不要: "不要锁屏")
            return []
        m = watching.search(text)
        if m is None or SCREEN_SHARE not in self._latest_ask(recent):
            return []
        return [Evidence(SCREEN_SHARE, m.start(), m.end(), CONTEXT, "a step of the screen share the agent asked for",
                         (m.group(0),))]

    def _repeating(self, m, recent: Sequence[Turn], how: str) -> list[Evidence]:
        """Evidence that the match `m` repeats the agent's latest ask."""
        return [Evidence(rule, m.start(), m.end(), CONTEXT, how, (m.group(0),)) for rule in sorted(self._latest_ask(recent))]

    def _latest_ask(self, recent: Sequence[Turn]) -> set[str]:
        """The rules the agent's latest turn asked for (none if it asked for nothing)."""
        for turn in reversed(recent):
            if turn.sender == "agent":
                return {f.rule for f in self.analyze(self.normalized(turn.text)).found}
        return set()

    def has_argument(self, text: str, req: Hit) -> bool:
        """Does an open request name what it asks for, so that earlier turns cannot fill it in:
        a noun after it in its clause ("麻烦说一下归还的时间"), or after a 把 before it ("把对方的
        来电号码发给我")? Words that point back (那个数字, 短信, 信息) leave it open. Nouns come from
        jieba's part-of-speech tags, computed only here: for a request with context to complete it."""
        window = self.lex.tuning.argument_window
        lo = _clause_start(text, req.start, window)
        hi = req.end
        while hi < len(text) and hi - req.end < window and text[hi] not in CLAUSE_END:
            hi += 1
        pos, ba, previous = lo, None, ""
        for word, flag in self._pos_cut(text[lo:hi]):
            start, pos = pos, pos + len(word)
            if word in ("把", "将") and start < req.start:
                ba = start
            place = previous in _PLACE_MARKERS  # "打在对话框里": where, not what
            previous = word
            if flag[:1] != "n" or len(word) < 2 or place or (start < req.end and (ba is None or start < ba)):
                continue
            if not self.lex.points_back(word):
                return True
        return False

    def _pos_cut(self, text: str) -> list[tuple[str, str]]:
        if self._pos is None:  # loaded on first use: only requests that earlier turns could complete need it
            self._pos = pos_tagger(self._tokenizer)
        return [(w.word, w.flag) for w in self._pos.cut(text, HMM=False)]


def _clause_start(text: str, pos: int, limit: int) -> int:
    """Where the clause around `pos` starts, looking back at most `limit` characters."""
    i = pos
    while i > 0 and pos - i < limit and text[i - 1] not in CLAUSE_END:
        i -= 1
    return i
