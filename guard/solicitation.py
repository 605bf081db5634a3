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


def _between_words(text: str, i: int) -> bool:
    """Is the space at i a pause between two Chinese words (two or more characters each, one of
    them three or more), not a gap inside a word spelled out (加 微 信, 用 飞书 视频)?"""
    j = i
    while j > 0 and text[j - 1] == " ":
        j -= 1
    k = i
    while k < len(text) and text[k] == " ":
        k += 1
    if k - j > 1:  # several spaces: always a pause; only the first one counts
        return i == j and j > 0 and k < len(text) and _is_cjk(text[j - 1]) and _is_cjk(text[k])
    left = 0
    while j - left - 1 >= 0 and _is_cjk(text[j - left - 1]):
        left += 1
    right = 0
    while k + right < len(text) and _is_cjk(text[k + right]):
        right += 1
    return min(left, right) >= 2 and max(left, right) >= 3


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _between_cjk(text: str, i: int) -> bool:
    """Is text[i] a separator between two CJK characters (spaces and other separators skipped)?"""
    j = i - 1
    while j >= 0 and (text[j] == " " or text[j] in _SEPARATORS):
        j -= 1
    k = i + 1
    while k < len(text) and (text[k] == " " or text[k] in _SEPARATORS):
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
        lo = _clause_start(text, req.start)
        hi = req.end
        while hi < len(text) and text[hi] not in _CLAUSE_END:
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
        excepted = {rule: _spans(lex.excepts[rule], text) for rule in hit_rules if lex.excepts.get(rule) is not None}
        objects = _heads([h for h in objects if not _inside_any(h, excepted.get(h.rule, ()))], text, lex.modifier_link)
        phrases = [h for h in phrases if not _inside_any(h, excepted.get(h.rule, ()))]
        weak = _spans(lex.weak, text)
        benign = _spans(lex.benign, text)
        negated = _Negation(lex, text)

        fired: list[tuple[str, int, int, str]] = []
        paired_objects: set[Hit] = set()
        open_requests: list[Hit] = []
        for h in phrases:
            if not negated(h):
                fired.append((h.rule, h.start, h.end, PHRASE))
        live = [o for o in objects if not negated(o)]
        phrase_spans = [h for h in phrases if not negated(h)]
        pair_only_set = set(pair_only)
        for req in sorted(set(strong) | pair_only_set, key=lambda h: (h.start, h.end)):
            if negated(req):
                continue
            near = _nearest(text, req, live, STRONG_GAP, lex.list_link, benign)
            for o in near:
                fired.append((o.rule, min(req.start, o.start), max(req.end, o.end), PAIR))
                paired_objects.add(o)
            has_benign = any(_gap(req, b) <= STRONG_GAP and _same_sentence(text, req, b) for b in benign)
            answered = any(_gap(req, h) <= STRONG_GAP and _same_clause(text, req, h) for h in phrase_spans)
            if not near and not has_benign and not answered and req not in pair_only_set:
                open_requests.append(req)
        for req in weak:
            if negated(req):
                continue
            for o in objects:
                if (o.start >= req.end and o.start - req.end <= WEAK_GAP and _same_clause(text, req, o) and not negated(o)
                        and not any(req.end <= a.start and a.end <= o.start for a in self_actions)):
                    for listed in _chain(text, o, live, lex.list_link):  # "填您的卡号、有效期和CVV"
                        fired.append((listed.rule, req.start, listed.end, PAIR))
                        paired_objects.add(listed)
        # "密码是不是六位数的？您直接发过来就可以": an open request reaches back to an object
        # an earlier sentence of the same message left unpaired, when that sentence asked about
        # it or the request points back at it ("这个/那个"); a statement such as "退款会退回原卡。
        # 到账后告诉我" is not completed.
        still_open = []
        for req in open_requests:
            pointing = lex.pointing.search(text, _sentence_start(text, req.start), req.start) is not None
            back = [o for o in live if o not in paired_objects and o.end <= req.start and req.start - o.end <= CARRY_GAP
                    and (_same_sentence(text, req, o) and _ends_clause(text, req.end)
                         or not _same_sentence(text, req, o) and (pointing or _ends_in_question(text, o.end)))]
            if back:
                last = max(back, key=lambda o: o.end)
                for o in _chain(text, last, live, lex.list_link):
                    fired.append((o.rule, o.start, req.end, PAIR))
                    paired_objects.add(o)
            else:
                still_open.append(req)
        open_requests = still_open
        if not fired and live and not benign and not negated.cues and not negated.warnings and _bare(text, live, lex):
            # a message that is little more than objects asks for them: "卡号", "cvv2", "1 卡号",
            # "有效期 跟 cvv 🙏" (chat is terse; the ask is the message itself)
            fired += [(o.rule, o.start, o.end, PAIR) for o in live]
            paired_objects.update(live)
        fired_rules = {rule for rule, *_ in fired}
        open_objects = frozenset(o.rule for o in live if o not in paired_objects and o.rule not in fired_rules)
        hints = frozenset(rule for rule, p in lex.hints.items() for h in _spans(p, text) if not negated(h)) if open_requests else frozenset()
        return Analysis(
            found=tuple(Found(rule, *_to_normalized(folded, s, e), via) for rule, s, e, via in fired),
            open_objects=open_objects,
            any_objects=frozenset(o.rule for o in objects),
            open_requests=tuple(Hit(*_to_normalized(folded, r.start, r.end)) for r in open_requests),
            objects=tuple(Found(o.rule, *_to_normalized(folded, o.start, o.end)) for o in live),
            hints=hints,
            folded=text,
        )


_EMPTY = Analysis((), frozenset(), frozenset(), (), ())


class _Negation:
    """Is a hit negated: a negation token before it in its clause (up to a scope break such as
    "的话": "不处理的话会上征信" is a threat), a warning frame before it in its sentence, or inside
    a mention (a title 《…》, screen text quoted from the page); unless a threat ("不提供就无法退款")
    covers it."""

    def __init__(self, lex: Lexicon, text: str):
        self.text = text
        self.lex = lex
        self.cues = []
        if lex.negation_any.search(text) is None:
            tokens: Iterable[str] = ()
        else:
            tokens = jieba.cut(text, HMM=False)
        exceptions = _spans(lex.negation_exceptions, text) if tokens else []
        pos = 0
        for token in tokens:
            hit = Hit(pos, pos + len(token))
            if token in lex.negation_tokens and not _inside_any(hit, exceptions):
                self.cues.append(hit)
            pos += len(token)
        self.frames = _spans(lex.warning_frames, text)
        self.warnings = _spans(lex.warnings, text)
        self.threats = _spans(lex.threats, text)
        # sentence and clause starts of every position, computed once (linear in the text)
        self.sentence_of = _starts(text, _SENTENCE_END)
        self.clause_of = _starts(text, _CLAUSE_END)
        self.breaks = [b.start for b in _spans(lex.scope_breaks, text)] if self.cues else []
        if self.cues:  # "不取消…的话": the negation belongs to a condition
            conditions = [c.start for c in _spans(lex.conditions, text)]
            self.cues = [c for c in self.cues
                         if not any(b >= c.end and self.clause_of[b] == self.clause_of[c.start] for b in conditions)]
        self.mentions = [Hit(_quote_start(text, m), m.end) for m in _spans(lex.mentions, text)]

    def __call__(self, hit: Hit) -> bool:
        clause = self.clause_of[hit.start]
        sentence = self.sentence_of[hit.start]
        cue = any((clause <= c.start < hit.start and not any(c.end <= b < hit.start for b in self.breaks))
                  or (c.start <= hit.start < c.end) for c in self.cues)
        if cue and any(t.start <= hit.start < t.end or t.start <= hit.end <= t.end for t in self.threats):
            cue = False
        frame = any(sentence <= f.start < hit.start for f in self.frames)
        last = self.sentence_of[hit.end - 1]
        warning = any(self.sentence_of[w.start] == sentence and self.sentence_of[w.end - 1] == last == sentence
                      for w in self.warnings)
        mention = any(m.start <= hit.start and hit.end <= m.end for m in self.mentions)
        return cue or frame or warning or mention


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


def _ends_in_question(text: str, pos: int) -> bool:
    """Does the sentence around `pos` end with a question mark?"""
    i = pos
    while i < len(text) and text[i] not in _SENTENCE_END:
        i += 1
    return i < len(text) and text[i] in "?？"


def _nearest(text: str, req: Hit, objects: list[Hit], gap: int, list_link: re.Pattern,
             benign: Sequence[Hit] = ()) -> list[Hit]:
    """The object a request asks for: the nearest one in its clause, else the nearest in its
    sentence, together with the objects listed with it ("卡号、有效期和背面三位数发我"). Other
    objects of the sentence are context ("信用卡退款必须提供有效期" asks for the expiry only).
    A request with an argument of its own in its clause ("…，下载app", "…，输入序列号") does not
    reach into another clause."""
    ordered = sorted(objects, key=lambda h: h.start)
    near = _window(ordered, [h.start for h in ordered], req.start - gap - _MAX_OBJECT, req.end + gap)
    cands = [o for o in near if _gap(req, o) <= gap and _same_sentence(text, req, o)]
    if not cands:
        return []
    pool = [o for o in cands if _same_clause(text, req, o)]
    if not pool:
        if any(b.start >= req.end and b.start - req.end <= WEAK_GAP and _same_clause(text, req, b) for b in benign):
            return []
        pool = cands
    best = min(pool, key=lambda o: (_gap(req, o), o.start))
    return _chain(text, best, objects, list_link)


def _chain(text: str, start: Hit, objects: list[Hit], list_link: re.Pattern) -> list[Hit]:
    """`start` and the objects joined to it by list words, transitively."""
    ordered = sorted(objects, key=lambda h: (h.start, h.end))
    kept = {start}
    i = ordered.index(start)
    for step in (-1, 1):
        cur, j = start, i + step
        while 0 <= j < len(ordered):
            nxt = ordered[j]
            lo, hi = (nxt.end, cur.start) if step < 0 else (cur.end, nxt.start)
            if hi < lo:  # overlapping objects of two rules ("正反面"): both are meant
                kept.add(nxt)
                j += step
                continue
            if not list_link.fullmatch(text[lo:hi]):
                break
            kept.add(nxt)
            cur, j = nxt, j + step
    return sorted(kept, key=lambda h: h.start)


def _heads(objects: list[Hit], text: str, modifier_link: re.Pattern | None = None) -> list[Hit]:
    """Keep the object a phrase is about: the longest of overlapping objects (银行卡密码 is a
    password, not a card number), and not a modifier before another object (信用卡的有效期,
    白条绑定的银行卡号)."""
    kept = []
    ordered = sorted(objects, key=lambda h: h.start)
    starts = [h.start for h in ordered]
    for o in sorted(objects, key=lambda h: (h.start, -(h.end - h.start))):
        near = _window(ordered, starts, o.start - _MAX_OBJECT, o.end + _MODIFIER_GAP + 1)  # objects are short: a bounded window
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


_MAX_OBJECT = 80  # longer than any object a lexicon pattern can match
_MODIFIER_GAP = 5  # characters between a modifier and its object (白条绑定的银行卡号)


def _window(ordered: list[Hit], starts: list[int], lo: int, hi: int) -> list[Hit]:
    """The hits of `ordered` (sorted by start) that start in [lo, hi]."""
    return ordered[bisect_left(starts, lo):bisect_right(starts, hi)]


def _to_normalized(folded: Folded, start: int, end: int) -> tuple[int, int]:
    return folded.origin[start], folded.origin[end - 1] + 1


def _inside_any(hit: Hit, spans: Iterable[Hit]) -> bool:
    return any(s.start < hit.end and hit.start < s.end for s in spans)


def _gap(a: Hit, b: Hit) -> int:
    return max(b.start - a.end, a.start - b.end, 0)


def _boundary_before(text: str, pos: int, ends: frozenset[str]) -> int:
    i = pos
    while i > 0 and text[i - 1] not in ends:
        i -= 1
    return i


def _clause_start(text: str, pos: int) -> int:
    return _boundary_before(text, pos, _CLAUSE_END)


def _sentence_start(text: str, pos: int) -> int:
    return _boundary_before(text, pos, _SENTENCE_END)


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
