"""What one agent message says on its own: which rules it asks for, with what evidence, and what
it leaves open for the next turn.

A rule fires on a phrase of the lexicon ("加我微信"), or on an object (验证码, 卡号 …) and a
request (报一下, 提供 …) close together: the nearest object in the request's clause, else in its
sentence, with the objects listed with it ("卡号、有效期和背面三位数"). An open request of a
later sentence reaches back to an object an earlier sentence asked about, and a message that is
little more than objects asks for them ("卡号", "cvv2"). Negated, warned and mentioned hits do
not count (negation.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import jieba

from .lexicon import Lexicon
from .negation import Negation
from .spans import Hit, Index, find, gap
from .text import KEEP_PUNCT, Geometry
from .trace import PAIR, PHRASE, Block, Evidence


@dataclass(frozen=True)
class Analysis:
    """What one message says on its own (offsets in the normalised text)."""

    found: tuple[Evidence, ...]
    open_objects: frozenset[str]  # rules whose object was mentioned without a request
    any_objects: frozenset[str]  # rules whose object was mentioned at all
    open_requests: tuple[Hit, ...]  # requests with nothing to ask for (yet)
    objects: tuple[Hit, ...]  # objects mentioned outside a negation (rule set)
    hints: frozenset[str] = frozenset()  # rules a vague follow-up points at ("那个数字", "那个日期")
    folded: str = ""  # the text the lexicon matched (for the signal model)
    blocks: tuple[Block, ...] = field(default=(), compare=False)
    pretexts: frozenset[str] = frozenset()  # scam pretexts the message tells (lexicon `pretexts`)
    origin: tuple[int, ...] = field(default=(), compare=False)  # folded -> normalised offsets
    negating: bool = False  # a negation cue or a warning anywhere in the message ("卡号不用发哦")

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.origin[end - 1] + 1


def analyze(lex: Lexicon, tokenizer: jieba.Tokenizer, normalized_text: str) -> Analysis:
    t = lex.tuning
    folded = lex.fold(normalized_text)
    text = folded.text
    objects = [h for rule, p in lex.objects.items() for h in find(p, text, rule)]
    phrases = [h for rule, p in lex.phrases.items() for h in find(p, text, rule)]
    strong = find(lex.strong, text)
    self_actions = find(lex.self_actions, text) if strong or objects else []
    if strong and self_actions:  # "帮您绑定", "我这边给您登记": the agent's own step
        done_by_agent = {h.end for h in self_actions}
        strong = [h for h in strong if h.start not in done_by_agent]
    pretexts = frozenset(kind for kind, p in lex.pretexts.items() if p is not None and p.search(text))
    if not (objects or phrases or strong):  # a question ("…呢?") with nothing to ask about
        return Analysis((), frozenset(), frozenset(), (), (), folded=text, pretexts=pretexts, origin=folded.origin)
    blocks: list[Block] = []
    pair_only = find(lex.pair_only, text)
    hit_rules = {h.rule for h in objects} | {h.rule for h in phrases}
    excepted = {rule: Index(find(lex.excepts[rule], text)) for rule in hit_rules if lex.excepts.get(rule) is not None}
    for h in [*objects, *phrases]:
        if h.rule in excepted and excepted[h.rule].overlapping(h):
            blocks.append(Block(h.rule, h.start, h.end, "phrase" if h in phrases else "object", "except", (text[h.start:h.end],)))
    objects = _heads([h for h in objects if not (h.rule in excepted and excepted[h.rule].overlapping(h))],
                     text, lex.modifier_link, t.modifier_gap)
    phrases = [h for h in phrases if not (h.rule in excepted and excepted[h.rule].overlapping(h))]
    weak = find(lex.weak, text)
    benign = find(lex.benign, text)
    geometry = Geometry(text)
    negation = Negation(lex, text, geometry, tokenizer)

    def negated(hit: Hit, what: str) -> bool:
        why = negation.why(hit)
        if why is not None and hit.rule is not None:
            by, span = why
            blocks.append(Block(hit.rule, hit.start, hit.end, what, by, (text[hit.start:hit.end], text[span.start:span.end])))
        return why is not None

    words = lambda *hits: tuple(text[h.start:h.end] for h in hits)  # noqa: E731
    fired: list[Evidence] = []
    paired: set[int] = set()  # lists (see _Lists) of which an object was asked for
    open_requests: list[Hit] = []
    live_phrases = [h for h in phrases if not negated(h, "phrase")]
    fired += [Evidence(h.rule, h.start, h.end, PHRASE, "phrase", words(h)) for h in live_phrases]
    live = Index(o for o in objects if not negated(o, "object"))
    all_objects = Index(objects)
    lists = _Lists(text, live.hits, lex.list_link)
    phrase_spans = Index(live_phrases)
    benign_spans = Index(benign)
    actions = Index(self_actions)
    pair_only_set = set(pair_only)
    for req in sorted(set(strong) | pair_only_set, key=lambda h: (h.start, h.end)):
        if negation(req):
            continue
        near = _nearest(geometry, req, live, t.strong_gap, t.weak_gap, benign_spans)
        if near is not None:
            fired += lists.fire(near, lambda o: (min(req.start, o.start), max(req.end, o.end)), "request and its object", words(req))
            paired.add(lists.of[near])
        has_benign = any(gap(req, b) <= t.strong_gap and geometry.same_sentence(req, b) for b in benign_spans.around(req, t.strong_gap))
        answered = any(gap(req, h) <= t.strong_gap and geometry.same_clause(req, h) for h in phrase_spans.around(req, t.strong_gap))
        if near is None and not has_benign and not answered and req not in pair_only_set:
            open_requests.append(req)
    for req in weak:
        if negation(req):
            continue
        for o in all_objects.starting(req.end, req.end + t.weak_gap):
            if (geometry.same_clause(req, o) and not negation(o)
                    and not any(a.end <= o.start for a in actions.starting(req.end, o.start))):
                # "填您的卡号、有效期和CVV"
                fired += lists.fire(o, lambda listed: (req.start, listed.end), "polite request and the object after it", words(req))
                paired.add(lists.of[o])
    # "密码是不是六位数的？您直接发过来就可以": an open request reaches back to an object an
    # earlier sentence of the same message left unpaired, when that sentence asked about it or
    # the request points back at it ("这个/那个"); a statement such as "退款会退回原卡。到账后告诉我"
    # is not completed.
    still_open = []
    for req in open_requests:
        sentence = geometry.sentence_of[req.start]
        pointing = lex.pointing.search(text, max(sentence, req.start - t.carry_gap), req.start) is not None
        back = [o for o in live.starting(req.start - t.carry_gap - live.longest, req.start)
                if lists.of[o] not in paired and o.end <= req.start and req.start - o.end <= t.carry_gap
                and (geometry.same_sentence(req, o) and geometry.ends_clause(req.end)
                     or not geometry.same_sentence(req, o) and (pointing or geometry.ends_in_question(o.end)))]
        if back:
            last = max(back, key=lambda o: o.end)
            fired += lists.fire(last, lambda o: (o.start, req.end), "request reaching back to an earlier object", words(req))
            paired.add(lists.of[last])
        else:
            still_open.append(req)
    open_requests = still_open
    if not fired and live and not benign and not negation.cues and not negation.warnings and _bare(text, live.hits, lex):
        # a message that is little more than objects asks for them: "卡号", "cvv2", "1 卡号",
        # "有效期 跟 cvv 🙏" (chat is terse; the ask is the message itself)
        fired += [Evidence(o.rule, o.start, o.end, PAIR, "a message of objects only", words(o)) for o in live.hits]
        paired.update(lists.of.values())
    fired_rules = {e.rule for e in fired}
    open_objects = frozenset(o.rule for o in live.hits if lists.of[o] not in paired and o.rule not in fired_rules)
    hints = frozenset(rule for rule, p in lex.hints.items() for h in find(p, text) if not negation(h)) if open_requests else frozenset()
    span = folded.to_normalized
    return Analysis(
        found=tuple(e.shifted(*span(e.start, e.end)) for e in fired),
        open_objects=open_objects,
        any_objects=frozenset(o.rule for o in objects),
        open_requests=tuple(Hit(*span(r.start, r.end)) for r in open_requests),
        objects=tuple(Hit(*span(o.start, o.end), o.rule) for o in live.hits),
        hints=hints,
        folded=text,
        blocks=tuple(Block(b.rule, *span(b.start, b.end), b.what, b.by, b.words) for b in blocks),
        pretexts=pretexts,
        origin=folded.origin,
        negating=bool(negation.cues or negation.warnings),
    )


def _nearest(geometry: Geometry, req: Hit, objects: Index, gap_: int, weak_gap: int, benign: Index) -> Hit | None:
    """The object a request asks for: the nearest one in its clause, else the nearest in its
    sentence (its list comes with it: "卡号、有效期和背面三位数发我"). Other objects of the sentence
    are context ("信用卡退款必须提供有效期" asks for the expiry only). A request with an argument of
    its own in its clause ("…，下载app", "…，输入序列号") does not reach into another clause."""
    cands = [o for o in objects.around(req, gap_) if gap(req, o) <= gap_ and geometry.same_sentence(req, o)]
    if not cands:
        return None
    pool = [o for o in cands if geometry.same_clause(req, o)]
    if not pool:
        if any(geometry.same_clause(req, b) for b in benign.starting(req.end, req.end + weak_gap)):
            return None
        pool = cands
    return min(pool, key=lambda o: (gap(req, o), o.start))


class _Lists:
    """Objects joined by list words ("卡号、有效期和CVV", "卡号和提现密码"): asking for one of
    them asks for the whole list. Found once per message, so a long message costs linear time."""

    def __init__(self, text: str, ordered: list[Hit], list_link: re.Pattern):
        self.text = text
        self.of: dict[Hit, int] = {}  # object -> its list
        members: list[list[Hit]] = []
        current = None
        for o in ordered:
            if current is None or not (o.start < current.end or list_link.fullmatch(text, current.end, o.start)):
                members.append([])
            if current is None or o.start >= current.end:  # overlapping objects of two rules ("正反面"): both are meant
                current = o
            self.of[o] = len(members) - 1
            members[-1].append(o)
        # per list and rule, the extent of its objects: what a signal's evidence spans
        self.extents: list[dict[str, Hit]] = []
        for listed in members:
            extent: dict[str, Hit] = {}
            for o in listed:
                seen = extent.get(o.rule)
                extent[o.rule] = o if seen is None else Hit(min(seen.start, o.start), max(seen.end, o.end), o.rule)
            self.extents.append(extent)

    def fire(self, obj: Hit, span, how: str, request: tuple[str, ...]) -> list[Evidence]:
        """One paired evidence per rule of `obj`'s list, spanning `span(extent)` over the list's
        objects of that rule."""
        return [Evidence(rule, *span(extent), PAIR, how, (*request, self.text[extent.start:extent.end]))
                for rule, extent in self.extents[self.of[obj]].items()]


def _heads(objects: list[Hit], text: str, modifier_link: re.Pattern | None, modifier_gap: int) -> list[Hit]:
    """Keep the object a phrase is about: the longest of overlapping objects (银行卡密码 is a
    password, not a card number), and not a modifier before another object (信用卡的有效期,
    白条绑定的银行卡号)."""
    kept = []
    index = Index(objects)
    for o in sorted(objects, key=lambda h: (h.start, -(h.end - h.start))):
        near = index.starting(o.start - index.longest, o.end + modifier_gap + 1)
        if any(k.start <= o.start and o.end <= k.end and (k.end - k.start) > (o.end - o.start) for k in near):
            continue
        following = [k for k in near if k.rule != o.rule and (
            (0 <= k.start - o.end <= modifier_gap and _modifies(text[o.end:k.start], modifier_link))
            or o.start < k.start < o.end < k.end)]
        if following:
            continue
        kept.append(o)
    return kept


def _modifies(between: str, modifier_link: re.Pattern | None) -> bool:
    if between in ("", "的"):
        return True
    return modifier_link is not None and modifier_link.fullmatch(between) is not None


def _bare(text: str, objects: list[Hit], lex: Lexicon) -> bool:
    """Is the (folded) message short and, apart from its objects, only filler words?"""
    if len(text) > lex.tuning.bare_length:
        return False
    covered = set()
    for h in [*objects, *find(lex.bare_filler, text)]:
        covered.update(range(h.start, h.end))
    return sum(1 for i, ch in enumerate(text) if i not in covered and ch not in KEEP_PUNCT and not ch.isspace()) <= 2
