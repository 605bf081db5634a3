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
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

import jieba

from guard.message import Turn
from guard.normalize import normalize

RULES = (
    "ASK_CARD_NUMBER", "ASK_CARD_SECURITY", "ASK_PASSWORD", "ASK_VERIFICATION_CODE",
    "ASK_SCREEN_SHARE", "ASK_TRANSFER", "ASK_OFF_PLATFORM", "ASK_LOAN_OR_CREDIT",
)
STRONG_GAP = 18  # characters allowed between a request and its object in a sentence
CARRY_GAP = 40  # an open request reaches back this far to an unpaired object of an earlier sentence
WEAK_GAP = 6  # between 请/麻烦/需要 and the object right after it
CONTEXT_TURNS = 3  # earlier turns that can complete a request
_SENTENCE_END = frozenset("。！？!?；;\n")
_CLAUSE_END = _SENTENCE_END | frozenset("，,")  # not 、: "不需要交保证金、手续费" is one clause
_KEEP_PUNCT = frozenset("，。！？；：、“”‘’（）《》【】…—")
# Between two objects of one list ("卡号、有效期和背面三位数"): a list word and little else.
_LIST_LINK = re.compile(r"[的您你]?(?:和|与|跟|及|以及|或|或者|或是|还有|、|/)(?:您的?|你的?|卡片?的?|它的|其)?")


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
        if ("\u4e00" <= ch <= "\u9fff") or (ch.isascii() and ch.isprintable() and ch != " ") or ch in _KEEP_PUNCT or ch == "\n":
            chars.append(variants.get(ch, ch).lower())
            origin.append(i)
    return Folded("".join(chars), tuple(origin))


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    rule: str | None = None


@dataclass(frozen=True)
class Found:
    """A fired rule with its evidence span in the normalised text."""

    rule: str
    start: int
    end: int


@dataclass(frozen=True)
class Analysis:
    """What one message says on its own, and what it leaves open for the next turn."""

    found: tuple[Found, ...]
    open_objects: frozenset[str]  # rules whose object was mentioned without a request
    any_objects: frozenset[str]  # rules whose object was mentioned at all
    open_requests: tuple[Hit, ...]  # requests with nothing to ask for (yet), normalised offsets
    objects: tuple[Found, ...]  # objects mentioned outside a negation, normalised offsets
    hints: frozenset[str] = frozenset()  # rules a vague follow-up points at ("那个数字", "那个日期")


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
            self.variants = {k: v for k, v in (data.get("variants") or {}).items() if len(k) == len(v) == 1}
            self.benign = self._compile(data.get("benign_objects") or [])
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


def _alternation(words: Sequence[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _expand(pattern: str, terms: Mapping[str, str]) -> str:
    return re.sub(r"\{([A-Z_]+)\}", lambda m: f"(?:{terms[m.group(1)]})", pattern)


def _spans(pattern: re.Pattern | None, text: str, rule: str | None = None) -> list[Hit]:
    if pattern is None:
        return []
    return [Hit(m.start(), m.end(), rule) for m in pattern.finditer(text) if m.end() > m.start()]


class SolicitationDetector:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._analyze = lru_cache(maxsize=4096)(self._analyze_uncached)

    def detect(self, normalized_text: str, context: Sequence[Turn] = ()) -> list[Found]:
        """Signals of an agent message, with earlier turns (oldest first) completing it."""
        now = self._analyze(normalized_text)
        found = list(now.found)
        recent = list(context)[-CONTEXT_TURNS:]
        if recent:
            found += self._from_context(now, recent)
        return _dedupe(found)

    def asked(self, context: Sequence[Turn]) -> set[str]:
        """Rules the agent's latest turn asked for (for a buyer's reply such as a bare code)."""
        for turn in reversed(context):
            if turn.sender == "agent":
                analysis = self._analyze(normalize(turn.text).text)
                return {f.rule for f in analysis.found} | set(analysis.open_objects)
        return set()

    def _from_context(self, now: Analysis, recent: list[Turn]) -> list[Found]:
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
            past = self._analyze(normalize(turn.text).text)
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
        found = [Found(rule, r.start, r.end) for r in now.open_requests for rule in sorted(pending)]
        if last_agent is not None and last_agent.open_requests and not now.found:
            found += now.objects  # "麻烦提供一下" … "银行卡号和有效期"
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
        objects = _heads([h for h in objects if not _inside_any(h, excepted.get(h.rule, ()))], text)
        phrases = [h for h in phrases if not _inside_any(h, excepted.get(h.rule, ()))]
        weak = _spans(lex.weak, text)
        benign = _spans(lex.benign, text)
        negated = _Negation(lex, text)

        fired: list[tuple[str, int, int]] = []
        paired_objects: set[Hit] = set()
        open_requests: list[Hit] = []
        for h in phrases:
            if not negated(h):
                fired.append((h.rule, h.start, h.end))
        live = [o for o in objects if not negated(o)]
        phrase_spans = [h for h in phrases if not negated(h)]
        pair_only_set = set(pair_only)
        for req in sorted(set(strong) | pair_only_set, key=lambda h: (h.start, h.end)):
            if negated(req):
                continue
            near = _nearest(text, req, live, STRONG_GAP)
            for o in near:
                fired.append((o.rule, min(req.start, o.start), max(req.end, o.end)))
                paired_objects.add(o)
            has_benign = any(_same_sentence(text, req, b) and _gap(req, b) <= STRONG_GAP for b in benign)
            answered = any(_same_clause(text, req, h) and _gap(req, h) <= STRONG_GAP for h in phrase_spans)
            if not near and not has_benign and not answered and req not in pair_only_set:
                open_requests.append(req)
        for req in weak:
            if negated(req):
                continue
            for o in objects:
                if (o.start >= req.end and o.start - req.end <= WEAK_GAP and _same_clause(text, req, o) and not negated(o)
                        and not any(req.end <= a.start and a.end <= o.start for a in self_actions)):
                    fired.append((o.rule, req.start, o.end))
                    paired_objects.add(o)
        # "密码是不是六位数的？您直接发过来就可以": an open request reaches back to an object
        # an earlier sentence of the same message left unpaired, when that sentence asked about
        # it or the request points back at it ("这个/那个"); a statement such as "退款会退回原卡。
        # 到账后告诉我" is not completed.
        still_open = []
        for req in open_requests:
            pointing = _POINTING.search(text, _sentence_start(text, req.start), req.start) is not None
            back = [o for o in live if o not in paired_objects and o.end <= req.start and req.start - o.end <= CARRY_GAP
                    and not _same_sentence(text, req, o) and (pointing or _ends_in_question(text, o.end))]
            if back:
                last = max(back, key=lambda o: o.end)
                for o in _chain(text, last, live):
                    fired.append((o.rule, o.start, req.end))
                    paired_objects.add(o)
            else:
                still_open.append(req)
        open_requests = still_open
        open_objects = frozenset(
            o.rule for o in objects if o not in paired_objects and not negated(o) and not any(r == o.rule for r, _, _ in fired)
        )
        hints = frozenset(rule for rule, p in lex.hints.items() for h in _spans(p, text) if not negated(h)) if open_requests else frozenset()
        return Analysis(
            found=tuple(Found(rule, *_to_normalized(folded, s, e)) for rule, s, e in fired),
            open_objects=open_objects,
            any_objects=frozenset(o.rule for o in objects),
            open_requests=tuple(Hit(*_to_normalized(folded, r.start, r.end)) for r in open_requests),
            objects=tuple(Found(o.rule, *_to_normalized(folded, o.start, o.end)) for o in objects if not negated(o)),
            hints=hints,
        )


_EMPTY = Analysis((), frozenset(), frozenset(), (), ())


class _Negation:
    """Is a hit negated: a negation token before it in its clause, or a warning frame before it
    in its sentence, unless a threat ("不提供就无法退款") covers it."""

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

    def __call__(self, hit: Hit) -> bool:
        clause = _clause_start(self.text, hit.start)
        sentence = _sentence_start(self.text, hit.start)
        cue = any(clause <= c.start < hit.start or (c.start <= hit.start < c.end) for c in self.cues)
        if cue and any(t.start <= hit.start < t.end or t.start <= hit.end <= t.end for t in self.threats):
            cue = False
        frame = any(sentence <= f.start < hit.start for f in self.frames)
        warning = any(_same_sentence(self.text, w, hit) for w in self.warnings)
        return cue or frame or warning


_POINTING = re.compile(r"这个|那个|这串|那串|这条|那条|它")


def _ends_in_question(text: str, pos: int) -> bool:
    """Does the sentence around `pos` end with a question mark?"""
    i = pos
    while i < len(text) and text[i] not in _SENTENCE_END:
        i += 1
    return i < len(text) and text[i] in "?？"


def _nearest(text: str, req: Hit, objects: list[Hit], gap: int) -> list[Hit]:
    """The object a request asks for: the nearest one in its clause, else the nearest in its
    sentence, together with the objects listed with it ("卡号、有效期和背面三位数发我"). Other
    objects of the sentence are context ("信用卡退款必须提供有效期" asks for the expiry only)."""
    cands = [o for o in objects if _same_sentence(text, req, o) and _gap(req, o) <= gap]
    if not cands:
        return []
    pool = [o for o in cands if _same_clause(text, req, o)] or cands
    best = min(pool, key=lambda o: (_gap(req, o), o.start))
    return _chain(text, best, objects)


def _chain(text: str, start: Hit, objects: list[Hit]) -> list[Hit]:
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
            if not _LIST_LINK.fullmatch(text[lo:hi]):
                break
            kept.add(nxt)
            cur, j = nxt, j + step
    return sorted(kept, key=lambda h: h.start)


def _heads(objects: list[Hit], text: str) -> list[Hit]:
    """Keep the object a phrase is about: the longest of overlapping objects (银行卡密码 is a
    password, not a card number), and not a modifier before another object (信用卡的有效期)."""
    kept = []
    for o in sorted(objects, key=lambda h: (h.start, -(h.end - h.start))):
        if any(k.start <= o.start and o.end <= k.end and (k.end - k.start) > (o.end - o.start) for k in objects):
            continue
        following = [k for k in objects if k.rule != o.rule and 0 <= k.start - o.end <= 1 and text[o.end:k.start] in ("", "的")]
        if following:
            continue
        kept.append(o)
    return kept


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
    """One signal per rule: its first evidence, widened by the evidence overlapping it."""
    best: dict[str, Found] = {}
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        seen = best.get(f.rule)
        if seen is None:
            best[f.rule] = f
        elif f.start <= seen.end:
            best[f.rule] = Found(f.rule, seen.start, max(seen.end, f.end))
    return sorted(best.values(), key=lambda f: (f.start, f.rule))
