"""Solicitation detection: does an agent message ask the buyer for a payment credential or steer
them into a scam step? Rules are data (policies/solicitation.yaml); this module only applies them.

A message is folded (lower case, emoji and symbols inside words dropped: 微❤️信 → 微信), split
into sentences and clauses, and matched against the lexicon. A rule fires on a phrase, or on an
object and a request close together, unless a negation cue (a jieba token such as 请勿 or 不会)
stands before it in its clause or the sentence is a warning about someone else. Earlier turns of
the conversation complete requests split over two messages. Each signal keeps its evidence span.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

import jieba

from guard.message import Turn
from guard.signal_model import SignalModel
from guard.normalize import normalize

RULES = (
    "ASK_CARD_NUMBER", "ASK_CARD_SECURITY", "ASK_PASSWORD", "ASK_VERIFICATION_CODE",
    "ASK_SCREEN_SHARE", "ASK_TRANSFER", "ASK_OFF_PLATFORM", "ASK_LOAN_OR_CREDIT",
)
STRONG_GAP = 18  # characters allowed between a request and its object in a sentence
CARRY_GAP = 40  # an open request reaches back this far to an unpaired object of an earlier sentence
WEAK_GAP = 6  # between 请/麻烦/需要 and the object right after it
CONTEXT_TURNS = 3  # earlier turns that can complete a request
ARGUMENT_WINDOW = 30  # characters either side of an open request searched for its own argument
ASK_TURNS = 2  # agent turns a buyer's bare reply can answer
_SENTENCE_END = frozenset("。！？!?；;\n")
_CLAUSE_END = _SENTENCE_END | frozenset("，,")  # not 、: "不需要交保证金、手续费" is one clause
_KEEP_PUNCT = frozenset("，。！？；：、“”‘’（）《》【】…—")
# Between two objects of one list ("卡号、有效期和背面三位数"): a list word and little else.


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Folded:
    text: str
    origin: tuple[int, ...]  # index in the normalised text of each folded character


def fold(text: str, variants: Mapping[str, str] | None = None) -> Folded:
    """Lower-case, map variant characters (驗 → 验), and drop spaces, emoji and symbols so that
    split words join up again (微❤️信 → 微信, V / X → vx)."""
    variants = variants or {}
    chars, origin = [], []
    for i, ch in enumerate(text):
        if ch in _SEPARATORS and _between_cjk(text, i):
            continue
        if ch == " " and _between_words(text, i):  # "您直接报卡号 有效期": transcripts pause, not punctuate
            chars.append("，")
            origin.append(i)
            continue
        ch = variants.get(ch, ch)  # before the test below: an emoji stand-in (🐴 → 码) is kept
        if ("\u4e00" <= ch <= "\u9fff") or (ch.isascii() and ch.isprintable() and ch != " ") or ch in _KEEP_PUNCT or ch == "\n":
            chars.append(ch.lower())
            origin.append(i)
    return Folded("".join(chars), tuple(origin))


_SEPARATORS = frozenset("-_.*~|/\\=·")
SEPARATOR_RUN = 8


def _between_words(text: str, i: int) -> bool:
    """Is the space at i a pause between two Chinese words (two or more characters each, one of
    them three or more), not a gap inside a word spelled out (加 微 信, 用 飞书 视频)?"""
    if i > 0 and text[i - 1] == " ":  # several spaces: always a pause; only the first one counts
        return False
    j, k = i, i + 1
    while k < len(text) and text[k] == " ":
        k += 1
    if k - j > 1:
        return j > 0 and k < len(text) and _is_cjk(text[j - 1]) and _is_cjk(text[k])
    # words of two characters and more on both sides, one of three and more (counted no further)
    left = 0
    while left < 3 and j - left - 1 >= 0 and _is_cjk(text[j - left - 1]):
        left += 1
    right = 0
    while right < 3 and k + right < len(text) and _is_cjk(text[k + right]):
        right += 1
    return min(left, right) >= 2 and max(left, right) >= 3


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _between_cjk(text: str, i: int) -> bool:
    """Is text[i] a separator between two CJK characters (spaces and other separators skipped,
    up to SEPARATOR_RUN of them: a longer run is a divider, not a word split)?"""
    j = i - 1
    while j >= 0 and i - j <= SEPARATOR_RUN and (text[j] == " " or text[j] in _SEPARATORS):
        j -= 1
    k = i + 1
    while k < len(text) and k - i <= SEPARATOR_RUN and (text[k] == " " or text[k] in _SEPARATORS):
        k += 1
    return j >= 0 and k < len(text) and _is_cjk(text[j]) and _is_cjk(text[k])


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    rule: str | None = None


PHRASE, CONTEXT, PAIR = "phrase", "context", "pair"  # how a rule fired, strongest first
_STRENGTH = {PHRASE: 0, CONTEXT: 1, PAIR: 2}


@dataclass(frozen=True)
class Found:
    """A fired rule with its evidence span in the normalised text, and how it fired: a phrase of
    the lexicon, earlier turns completing the message, or an object paired with a request."""

    rule: str
    start: int
    end: int
    via: str = PAIR


@dataclass(frozen=True)
class Analysis:
    """What one message says on its own, and what it leaves open for the next turn."""

    found: tuple[Found, ...]
    open_objects: frozenset[str]  # rules whose object was mentioned without a request
    any_objects: frozenset[str]  # rules whose object was mentioned at all
    open_requests: tuple[Hit, ...]  # requests with nothing to ask for (yet), normalised offsets
    objects: tuple[Found, ...]  # objects mentioned outside a negation, normalised offsets
    hints: frozenset[str] = frozenset()  # rules a vague follow-up points at ("那个数字", "那个日期")
    folded: str = ""  # the text the lexicon matched (for the signal model)


class Lexicon:
    """The compiled lexicon: one regex per list, `{NAME}` groups expanded."""

    def __init__(self, data: Mapping, source: str = "lexicon"):
        self.source = source
        try:
            terms = {name: _alternation(words) for name, words in (data.get("terms") or {}).items()}
            self._terms = terms
            requests = data["requests"]
            self.strong = self._compile(requests["strong"])
            self.weak = self._compile(requests["weak"])
            self.pair_only = self._compile(requests.get("pair_only") or [])
            negations = data["negations"]
            self.negation_tokens = frozenset(negations["tokens"])
            # any token as a substring: jieba (the costly step) runs only when one could be there
            self.negation_any = re.compile(_alternation([re.escape(t) for t in negations["tokens"]]))
            self.negation_exceptions = self._compile(negations.get("exceptions") or [])
            self.threats = self._compile(negations.get("threats") or [])
            self.warning_frames = self._compile(negations.get("warning_frames") or [])
            self.warnings = self._compile(negations.get("warnings") or [])
            self.self_actions = self._compile(negations.get("self_actions") or [])
            self.scope_breaks = self._compile(negations.get("scope_breaks") or [])
            self.conditions = self._compile(negations.get("conditions") or [])
            self.mentions = self._compile(negations.get("mentions") or [])
            self.variants = {k: v for k, v in (data.get("variants") or {}).items() if len(k) == len(v) == 1}
            self.benign = self._compile(data.get("benign_objects") or [])
            structure = data["structure"]  # the small words that tie a request together
            self.list_link = self._compile(structure["list_link"])
            self.modifier_link = self._compile(structure.get("modifier_link") or [])
            self.pointing = self._compile(structure["pointing"])
            self.affirmation = self._compile(structure["affirmation"])
            self.buyer_question = self._compile(structure["buyer_question"])
            self.pointer_nouns = self._compile(structure.get("pointer_nouns") or [])
            self.bare_filler = self._compile(structure.get("bare_filler") or [])
            self.bare_length = int(structure.get("bare_length", 0))
            self.objects, self.phrases, self.excepts, self.hints = {}, {}, {}, {}
            for rule, spec in data["rules"].items():
                if rule not in RULES:
                    raise LexiconError(f"{source}: rules.{rule}: unknown rule; known: {', '.join(RULES)}")
                self.objects[rule] = self._compile(spec.get("objects") or [])
                self.phrases[rule] = self._compile(spec.get("phrases") or [])
                self.excepts[rule] = self._compile(spec.get("except") or [])
                self.hints[rule] = self._compile(spec.get("hints") or [])
        except (KeyError, TypeError, AttributeError) as exc:
            raise LexiconError(f"{source}: missing or malformed section: {exc}") from None

    def _compile(self, patterns: Sequence[str]) -> re.Pattern | None:
        if not patterns:
            return None
        try:
            body = "|".join(f"(?:{_expand(p, self._terms)})" for p in patterns)
            return re.compile(body)
        except (re.error, KeyError) as exc:
            raise LexiconError(f"{self.source}: bad pattern in {list(patterns)[:3]}…: {exc}") from None


    def points_back(self, word: str) -> bool:
        """Is a noun a word that points at a credential (数字, 短信, 那个码) rather than naming
        something else?"""
        word = word.lower()
        patterns = [self.pointer_nouns, *self.hints.values(), *self.objects.values()]
        return any(p is not None and p.search(word) for p in patterns)


_PLACE_MARKERS = frozenset(("在", "到", "进", "往", "给", "跟", "和", "向", "从"))


def _pos_cut(text: str) -> list[tuple[str, str]]:
    import jieba.posseg  # loaded on first use: only requests that earlier turns could complete need it

    return [(w.word, w.flag) for w in jieba.posseg.cut(text, HMM=False)]


def _alternation(words: Sequence[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _expand(pattern: str, terms: Mapping[str, str]) -> str:
    return re.sub(r"\{([A-Z_]+)\}", lambda m: f"(?:{terms[m.group(1)]})", pattern)


def _spans(pattern: re.Pattern | None, text: str, rule: str | None = None) -> list[Hit]:
    if pattern is None:
        return []
    return [Hit(m.start(), m.end(), rule) for m in pattern.finditer(text) if m.end() > m.start()]


class SolicitationDetector:
    """`model` (a SignalModel) and `confidence`: a rule found only by pairing an object with a
    request is kept when the model gives it at least `confidence` (guard/signal_model.py)."""

    def __init__(self, lexicon: Lexicon, model: SignalModel | None = None, confidence: float = 0.0):
        self.lexicon = lexicon
        self.model = model
        self.confidence = confidence
        self._analyze = lru_cache(maxsize=4096)(self._analyze_uncached)
        # Earlier turns come back with every later message of the conversation: normalise once.
        self._normalized = lru_cache(maxsize=4096)(lambda text: normalize(text).text)

    def detect(self, normalized_text: str, context: Sequence[Turn] = ()) -> list[Found]:
        """Signals of an agent message, with earlier turns (oldest first) completing it."""
        now = self._analyze(normalized_text)
        found = list(now.found)
        recent = list(context)[-CONTEXT_TURNS:]
        if recent:
            found += self._from_context(normalized_text, now, recent)
            if not found:
                found += self._affirmed(normalized_text, recent)
        return self._confirmed(now.folded, _dedupe(found))

    def _confirmed(self, folded: str, found: list[Found]) -> list[Found]:
        """Keep a signal found only by pairing when the model gives its rule `confidence`."""
        weak = [f.rule for f in found if f.via == PAIR]
        if self.model is None or not weak:
            return found
        p = self.model.probabilities(folded, weak)
        return [f for f in found if f.via != PAIR or p[f.rule] is None or p[f.rule] >= self.confidence]

    def _affirmed(self, normalized_text: str, recent: list[Turn]) -> list[Found]:
        """"是的亲，…" answering the buyer's question about a credential the agent just asked for
        ("银行卡密码也要？", "你说的yzm是验证码吗") repeats the request."""
        m = self.lexicon.affirmation.match(normalized_text)
        if m is None or recent[-1].sender != "buyer" or not self.lexicon.buyer_question.search(recent[-1].text):
            return []
        asked: set[str] = set()
        for turn in reversed(recent[:-1]):
            if turn.sender == "agent":
                asked = {f.rule for f in self._analyze(self._normalized(turn.text)).found}
                break
        topic = self._analyze(self._normalized(recent[-1].text)).any_objects
        return [Found(rule, m.start(1), m.end(1), CONTEXT) for rule in sorted(asked & topic)]

    def asked(self, context: Sequence[Turn]) -> set[str]:
        """Rules the agent's latest ask was about (for a buyer's reply such as a bare code): its
        latest turn, or the one before when the latest only reassured ("放心，这是银行的接口")."""
        turns = list(context)
        agent_turns = [i for i, t in enumerate(turns) if t.sender == "agent"][-ASK_TURNS:]
        for i in reversed(agent_turns):
            text = self._normalized(turns[i].text)
            analysis = self._analyze(text)
            # read with its own earlier turns ("是的亲…" confirming the password just asked for)
            rules = {f.rule for f in self.detect(text, turns[:i])} | set(analysis.open_objects)
            if rules:
                return rules
        return set()

    def _has_argument(self, text: str, req: Hit) -> bool:
        """Does an open request name what it asks for, so that earlier turns cannot fill it in:
        a noun after it in its clause ("麻烦说一下归还的时间"), or after a 把 before it ("把对方的
        来电号码发给我")? Words that point back (那个数字, 短信, 信息) leave it open. Nouns come from
        jieba's part-of-speech tags, computed only here: for a request with context to complete it."""
        lo = _boundary_before(text, req.start, _CLAUSE_END, ARGUMENT_WINDOW)
        hi = req.end
        while hi < len(text) and hi - req.end < ARGUMENT_WINDOW and text[hi] not in _CLAUSE_END:
            hi += 1
        pos, ba, previous = lo, None, ""
        for word, flag in _pos_cut(text[lo:hi]):
            start, pos = pos, pos + len(word)
            if word in ("把", "将") and start < req.start:
                ba = start
            place = previous in _PLACE_MARKERS  # "打在对话框里": where, not what
            previous = word
            if flag[:1] != "n" or len(word) < 2 or place or (start < req.end and (ba is None or start < ba)):
                continue
            if not self.lexicon.points_back(word):
                return True
        return False

    def _from_context(self, normalized_text: str, now: Analysis, recent: list[Turn]) -> list[Found]:
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
            past = self._analyze(self._normalized(turn.text))
            if turn.sender == "agent":
                open_objects |= past.open_objects
                if past.found:  # the latest ask stays the topic through "稍等，我重新发一条"
                    asked = {f.rule for f in past.found}
                buyer_topic = set()
                last_agent = past
            else:
                buyer_topic |= past.any_objects
        pending = (buyer_topic | open_objects) if buyer_topic else (asked | open_objects)
        if pending and now.hints:
            pending = set(now.hints)
        requests = [r for r in now.open_requests if not self._has_argument(normalized_text, r)] if pending else []
        found = [Found(rule, r.start, r.end, CONTEXT) for r in requests for rule in sorted(pending)]
        if last_agent is not None and last_agent.open_requests and not now.found:
            found += [Found(o.rule, o.start, o.end, CONTEXT) for o in now.objects]  # "麻烦提供一下" … "银行卡号和有效期"
        return found

    def _analyze_uncached(self, normalized_text: str) -> Analysis:
        lex = self.lexicon
        folded = fold(normalized_text, lex.variants)
        text = folded.text
        objects = [h for rule, p in lex.objects.items() for h in _spans(p, text, rule)]
        phrases = [h for rule, p in lex.phrases.items() for h in _spans(p, text, rule)]
        strong = _spans(lex.strong, text)
        self_actions = _spans(lex.self_actions, text) if strong or objects else []
        if strong and self_actions:  # "帮您绑定", "我这边给您登记": the agent's own step
            done_by_agent = {h.end for h in self_actions}
            strong = [h for h in strong if h.start not in done_by_agent]
        if not (objects or phrases or strong):  # a question ("…呢?") with nothing to ask about
            return _EMPTY
        pair_only = _spans(lex.pair_only, text)
        hit_rules = {h.rule for h in objects} | {h.rule for h in phrases}
        excepted = {rule: _Index(_spans(lex.excepts[rule], text)) for rule in hit_rules if lex.excepts.get(rule) is not None}
        objects = _heads([h for h in objects if not _overlaps(excepted.get(h.rule), h)], text, lex.modifier_link)
        phrases = [h for h in phrases if not _overlaps(excepted.get(h.rule), h)]
        weak = _spans(lex.weak, text)
        benign = _spans(lex.benign, text)
        negated = _Negation(lex, text)

        fired: list[tuple[str, int, int, str]] = []
        paired: set[int] = set()  # lists (see _Lists) of which an object was asked for
        open_requests: list[Hit] = []
        for h in phrases:
            if not negated(h):
                fired.append((h.rule, h.start, h.end, PHRASE))
        live = _Index([o for o in objects if not negated(o)])
        all_objects = _Index(objects)
        lists = _Lists(text, live.hits, lex.list_link)
        phrase_spans = _Index([h for h in phrases if not negated(h)])
        benign_spans = _Index(benign)
        actions = _Index(self_actions)
        pair_only_set = set(pair_only)
        for req in sorted(set(strong) | pair_only_set, key=lambda h: (h.start, h.end)):
            if negated(req):
                continue
            near = _nearest(text, req, live, STRONG_GAP, benign_spans)
            if near is not None:
                fired += lists.fire(near, lambda o: (min(req.start, o.start), max(req.end, o.end)))
                paired.add(lists.of[near])
            has_benign = any(_gap(req, b) <= STRONG_GAP and _same_sentence(text, req, b) for b in benign_spans.around(req, STRONG_GAP))
            answered = any(_gap(req, h) <= STRONG_GAP and _same_clause(text, req, h) for h in phrase_spans.around(req, STRONG_GAP))
            if near is None and not has_benign and not answered and req not in pair_only_set:
                open_requests.append(req)
        for req in weak:
            if negated(req):
                continue
            for o in all_objects.starting(req.end, req.end + WEAK_GAP):
                if (_same_clause(text, req, o) and not negated(o)
                        and not any(a.end <= o.start for a in actions.starting(req.end, o.start))):
                    fired += lists.fire(o, lambda listed: (req.start, listed.end))  # "填您的卡号、有效期和CVV"
                    paired.add(lists.of[o])
        # "密码是不是六位数的？您直接发过来就可以": an open request reaches back to an object
        # an earlier sentence of the same message left unpaired, when that sentence asked about
        # it or the request points back at it ("这个/那个"); a statement such as "退款会退回原卡。
        # 到账后告诉我" is not completed.
        still_open = []
        for req in open_requests:
            sentence = negated.sentence_of[req.start]
            pointing = lex.pointing.search(text, max(sentence, req.start - CARRY_GAP), req.start) is not None
            back = [o for o in live.starting(req.start - CARRY_GAP - live.longest, req.start)
                    if lists.of[o] not in paired and o.end <= req.start and req.start - o.end <= CARRY_GAP
                    and (_same_sentence(text, req, o) and _ends_clause(text, req.end)
                         or not _same_sentence(text, req, o) and (pointing or negated.ends_in_question(o.end)))]
            if back:
                last = max(back, key=lambda o: o.end)
                fired += lists.fire(last, lambda o: (o.start, req.end))
                paired.add(lists.of[last])
            else:
                still_open.append(req)
        open_requests = still_open
        if not fired and live.hits and not benign and not negated.cues and not negated.warnings and _bare(text, live.hits, lex):
            # a message that is little more than objects asks for them: "卡号", "cvv2", "1 卡号",
            # "有效期 跟 cvv 🙏" (chat is terse; the ask is the message itself)
            fired += [(o.rule, o.start, o.end, PAIR) for o in live.hits]
            paired.update(lists.of.values())
        fired_rules = {rule for rule, *_ in fired}
        open_objects = frozenset(o.rule for o in live.hits if lists.of[o] not in paired and o.rule not in fired_rules)
        hints = frozenset(rule for rule, p in lex.hints.items() for h in _spans(p, text) if not negated(h)) if open_requests else frozenset()
        return Analysis(
            found=tuple(Found(rule, *_to_normalized(folded, s, e), via) for rule, s, e, via in fired),
            open_objects=open_objects,
            any_objects=frozenset(o.rule for o in objects),
            open_requests=tuple(Hit(*_to_normalized(folded, r.start, r.end)) for r in open_requests),
            objects=tuple(Found(o.rule, *_to_normalized(folded, o.start, o.end)) for o in live.hits),
            hints=hints,
            folded=text,
        )


_EMPTY = Analysis((), frozenset(), frozenset(), (), ())


class _Negation:
    """Is a hit negated: a negation token before it in its clause (up to a scope break such as
    "的话": "不处理的话会上征信" is a threat), a warning frame before it in its sentence, or inside
    a mention (a title 《…》, screen text quoted from the page); unless a threat ("不提供就无法退款")
    covers it. Every question is a binary search over spans found once (linear analysis)."""

    def __init__(self, lex: Lexicon, text: str):
        self.text = text
        self.lex = lex
        self.cues = []
        if lex.negation_any.search(text) is None:
            tokens: Iterable[str] = ()
        else:
            tokens = jieba.cut(text, HMM=False)
        exceptions = _Index(_spans(lex.negation_exceptions, text) if tokens else [])
        pos = 0
        for token in tokens:
            hit = Hit(pos, pos + len(token))
            if token in lex.negation_tokens and not _overlaps(exceptions, hit):
                self.cues.append(hit)
            pos += len(token)
        self.frames = _Index(_spans(lex.warning_frames, text))
        self.warnings = _spans(lex.warnings, text)
        self.threats = _Index(_spans(lex.threats, text))
        # sentence and clause starts of every position, computed once (linear in the text)
        self.sentence_of = _starts(text, _SENTENCE_END)
        self.clause_of = _starts(text, _CLAUSE_END)
        self.breaks = [b.start for b in _spans(lex.scope_breaks, text)] if self.cues else []
        if self.cues:  # "不取消…的话": the negation belongs to a condition
            conditions = [c.start for c in _spans(lex.conditions, text)]
            self.cues = [c for c in self.cues if not self._condition_after(c, conditions)]
        self.cue_index = _Index(self.cues)
        # sentences that hold a whole warning ("…都是诈骗")
        self.warned = {self.sentence_of[w.start] for w in self.warnings
                       if self.sentence_of[w.start] == self.sentence_of[w.end - 1]}
        self.mentions = _Index(Hit(_quote_start(text, m), m.end) for m in _spans(lex.mentions, text))
        self._question_ends: list[int] | None = None

    def _condition_after(self, cue: Hit, conditions: list[int]) -> bool:
        """Is there a condition after the cue in its clause? (clauses only move forward, so the
        first condition after the cue decides)"""
        k = bisect_left(conditions, cue.end)
        return k < len(conditions) and self.clause_of[conditions[k]] == self.clause_of[cue.start]

    def __call__(self, hit: Hit) -> bool:
        return self._cue(hit) or self._framed(hit) or self._warned(hit) or self._mentioned(hit)

    def _cue(self, hit: Hit) -> bool:
        # jieba tokens do not overlap: the last cue starting at or before the hit decides (an
        # earlier one has every break after the last one between it and the hit too)
        k = bisect_right(self.cue_index.starts, hit.start) - 1
        if k < 0:
            return False
        c = self.cue_index.hits[k]
        if not c.start <= hit.start < c.end:
            if c.start < self.clause_of[hit.start]:
                return False
            b = bisect_left(self.breaks, c.end)
            if b < len(self.breaks) and self.breaks[b] < hit.start:
                return False
        return not (self.threats.containing(hit.start) or any(
            t.start <= hit.end <= t.end for t in self.threats.starting(hit.end - self.threats.longest, hit.end)))

    def _framed(self, hit: Hit) -> bool:
        return bool(self.frames.starting(self.sentence_of[hit.start], hit.start - 1))

    def _warned(self, hit: Hit) -> bool:
        sentence = self.sentence_of[hit.start]
        return sentence in self.warned and self.sentence_of[hit.end - 1] == sentence

    def _mentioned(self, hit: Hit) -> bool:
        return any(m.end >= hit.end for m in self.mentions.starting(hit.end - self.mentions.longest, hit.start))

    def ends_in_question(self, pos: int) -> bool:
        """Does the sentence around `pos` end with a question mark?"""
        if self._question_ends is None:  # for every position, the end mark of its sentence
            ends, mark = [], ""
            for ch in reversed(self.text):
                if ch in _SENTENCE_END:
                    mark = ch
                ends.append(mark)
            self._question_ends = [m in "?？" and m != "" for m in reversed(ends)]
        return pos < len(self.text) and self._question_ends[pos]


def _quote_start(text: str, mention: Hit) -> int:
    """A mention covers the quoted words only: in 提示输入"卡片验证值" the 输入 is still asked."""
    for i in range(mention.start, mention.end):
        if text[i] in _QUOTES:
            return i
    return mention.start


_QUOTES = frozenset("“\"「《")


def _bare(text: str, objects: list[Hit], lex: Lexicon) -> bool:
    """Is the (folded) message short and, apart from its objects, only filler words?"""
    if len(text) > lex.bare_length:
        return False
    covered = set()
    for h in [*objects, *_spans(lex.bare_filler, text)]:
        covered.update(range(h.start, h.end))
    return sum(1 for i, ch in enumerate(text) if i not in covered and ch not in _KEEP_PUNCT and not ch.isspace()) <= 2


def _starts(text: str, ends: frozenset[str]) -> list[int]:
    """For each position, where its sentence (or clause) starts; an end mark belongs to the unit it closes."""
    out, start = [], 0
    for i, ch in enumerate(text):
        out.append(start)
        if ch in ends:
            start = i + 1
    out.append(start)
    return out




def _ends_clause(text: str, pos: int) -> bool:
    """Does a clause end within a few characters of `pos` ("…，请您提供。", "…发一下吧")?"""
    i = pos
    while i < len(text) and i - pos <= 3 and text[i] not in _CLAUSE_END:
        i += 1
    return i == len(text) or text[i] in _CLAUSE_END


def _nearest(text: str, req: Hit, objects: "_Index", gap: int, benign: "_Index") -> Hit | None:
    """The object a request asks for: the nearest one in its clause, else the nearest in its
    sentence (its list comes with it: "卡号、有效期和背面三位数发我"). Other objects of the sentence
    are context ("信用卡退款必须提供有效期" asks for the expiry only). A request with an argument of
    its own in its clause ("…，下载app", "…，输入序列号") does not reach into another clause."""
    cands = [o for o in objects.around(req, gap) if _gap(req, o) <= gap and _same_sentence(text, req, o)]
    if not cands:
        return None
    pool = [o for o in cands if _same_clause(text, req, o)]
    if not pool:
        if any(_same_clause(text, req, b) for b in benign.starting(req.end, req.end + WEAK_GAP)):
            return None
        pool = cands
    return min(pool, key=lambda o: (_gap(req, o), o.start))


class _Lists:
    """Objects joined by list words ("卡号、有效期和CVV", "卡号和提现密码"): asking for one of
    them asks for the whole list. Found once per message, so a long message costs linear time."""

    def __init__(self, text: str, ordered: list[Hit], list_link: re.Pattern):
        self.of: dict[Hit, int] = {}  # object -> its list
        self.members: list[list[Hit]] = []
        current = None
        for o in ordered:
            if current is None or not (o.start < current.end or list_link.fullmatch(text, current.end, o.start)):
                self.members.append([])
            # overlapping objects of two rules ("正反面"): both are meant
            if current is None or o.start >= current.end:
                current = o
            self.of[o] = len(self.members) - 1
            self.members[-1].append(o)

        # per list and rule, the extent of its objects: what a signal's evidence spans
        self.extents: list[dict[str, Hit]] = []
        for members in self.members:
            extent: dict[str, Hit] = {}
            for o in members:
                seen = extent.get(o.rule)
                extent[o.rule] = o if seen is None else Hit(min(seen.start, o.start), max(seen.end, o.end), o.rule)
            self.extents.append(extent)

    def fire(self, obj: Hit, span) -> list[tuple[str, int, int, str]]:
        """One paired signal per rule of `obj`'s list, with evidence `span(extent)` over the
        extent of the list's objects of that rule."""
        return [(rule, *span(extent), PAIR) for rule, extent in self.extents[self.of[obj]].items()]


def _heads(objects: list[Hit], text: str, modifier_link: re.Pattern | None = None) -> list[Hit]:
    """Keep the object a phrase is about: the longest of overlapping objects (银行卡密码 is a
    password, not a card number), and not a modifier before another object (信用卡的有效期,
    白条绑定的银行卡号)."""
    kept = []
    index = _Index(objects)
    for o in sorted(objects, key=lambda h: (h.start, -(h.end - h.start))):
        near = index.starting(o.start - index.longest, o.end + _MODIFIER_GAP + 1)
        if any(k.start <= o.start and o.end <= k.end and (k.end - k.start) > (o.end - o.start) for k in near):
            continue
        following = [k for k in near if k.rule != o.rule and (
            (0 <= k.start - o.end <= _MODIFIER_GAP and _modifies(text[o.end:k.start], modifier_link))
            or o.start < k.start < o.end < k.end)]
        if following:
            continue
        kept.append(o)
    return kept


def _modifies(between: str, modifier_link: re.Pattern | None) -> bool:
    if between in ("", "的"):
        return True
    return modifier_link is not None and modifier_link.fullmatch(between) is not None


_MODIFIER_GAP = 5  # characters between a modifier and its object (白条绑定的银行卡号)


class _Index:
    """Hits sorted by start, for the window lookups every stage makes: each lookup is a
    binary search, so no stage pairs every hit with every other (linear analysis)."""

    def __init__(self, hits: Iterable[Hit]):
        self.hits = sorted(hits, key=lambda h: (h.start, h.end))
        self.starts = [h.start for h in self.hits]
        self.longest = max((h.end - h.start for h in self.hits), default=0)

    def starting(self, lo: int, hi: int) -> list[Hit]:
        """The hits that start in [lo, hi]."""
        return self.hits[bisect_left(self.starts, lo):bisect_right(self.starts, hi)]

    def around(self, hit: Hit, gap: int) -> list[Hit]:
        """The hits that could lie within `gap` characters of `hit`."""
        return self.starting(hit.start - gap - self.longest, hit.end + gap)

    def containing(self, pos: int) -> list[Hit]:
        return [h for h in self.starting(pos - self.longest, pos) if h.start <= pos < h.end]


def _overlaps(index: _Index | None, hit: Hit) -> bool:
    return index is not None and any(s.end > hit.start for s in index.starting(hit.start - index.longest, hit.end - 1))


def _to_normalized(folded: Folded, start: int, end: int) -> tuple[int, int]:
    return folded.origin[start], folded.origin[end - 1] + 1


def _gap(a: Hit, b: Hit) -> int:
    return max(b.start - a.end, a.start - b.end, 0)


def _boundary_before(text: str, pos: int, ends: frozenset[str], limit: int) -> int:
    """Where the unit (clause, sentence) around `pos` starts, looking back at most `limit`."""
    i = pos
    while i > 0 and pos - i < limit and text[i - 1] not in ends:
        i -= 1
    return i


def _same_sentence(text: str, a: Hit, b: Hit) -> bool:
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    return not any(ch in _SENTENCE_END for ch in text[lo:hi])


def _same_clause(text: str, a: Hit, b: Hit) -> bool:
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    return not any(ch in _CLAUSE_END for ch in text[lo:hi])


def _dedupe(found: list[Found]) -> list[Found]:
    """One signal per rule: its first evidence, widened by the evidence overlapping it, with the
    strongest way any of its evidence fired."""
    best: dict[str, Found] = {}
    via: dict[str, str] = {}
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        seen = best.get(f.rule)
        via[f.rule] = min(via.get(f.rule, f.via), f.via, key=_STRENGTH.__getitem__)
        if seen is None:
            best[f.rule] = f
        elif f.start <= seen.end:
            best[f.rule] = Found(f.rule, seen.start, max(seen.end, f.end))
    return sorted((Found(f.rule, f.start, f.end, via[f.rule]) for f in best.values()), key=lambda f: (f.start, f.rule))
