"""The Guard: one message in, one verdict out (normalise → detect → decide → mask)."""
from __future__ import annotations

import hashlib
import hmac
import re
from pathlib import Path
from typing import Mapping

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

import recognizers
from guard.context import JiebaContextEnhancer
from guard.masking import Masker
from guard.message import DEFAULT_MAX_CHARS, Message, Turn
from guard.nlp import ChineseNlpEngine
from guard.normalize import Normalized, normalize
from guard.policy import Policy, load_policy
from guard.solicitation import SolicitationDetector, State, Trace
from guard.verdict import DELIVER, DELIVER_MASKED, HOLD, Finding, Notice, Signal, Verdict, ViolationDraft

LANGUAGE = "zh"
RECOGNIZER_ID = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY


def build_analyzer(policy: Policy, recognizer_list: list | None = None) -> AnalyzerEngine:
    """A Presidio AnalyzerEngine for `zh` with guard's recognizers and nothing else."""
    recognizer_list = recognizer_list if recognizer_list is not None else [r() for r in recognizers.ALL]
    context_words = sorted({w for r in recognizer_list for w in r.context})
    nlp_engine = ChineseNlpEngine(context_words=context_words)
    nlp_engine.load()
    registry = RecognizerRegistry(recognizers=recognizer_list, supported_languages=[LANGUAGE])
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        default_score_threshold=policy.score_threshold,
        # Chinese context words sit a few jieba tokens before the value ("手机号是"), sometimes
        # after; read on jieba's words of the message, not a spaCy Doc of it (context.py).
        context_aware_enhancer=JiebaContextEnhancer(nlp_engine.tokenizer, context_words,
                                                     context_prefix_count=6, context_suffix_count=2),
    )


# What a buyer's reply means when the agent's last turn asked for something: words passed to
# Presidio as context, so a bare "385920" after "验证码报一下" is read as a verification code.
ASKED_CONTEXT = {
    "ASK_VERIFICATION_CODE": ["验证码"],
    "ASK_PASSWORD": ["密码"],
    "ASK_CARD_SECURITY": ["安全码", "有效期"],
    "ASK_CARD_NUMBER": ["卡号"],
}
# What an ask's topic makes of a buyer's reply: a bare code, password or security code (ASKED_CONTEXT).
_BARE_DIGITS = re.compile(r"(?<![0-9])[0-9]{3,8}(?![0-9])|[零〇一二三四五六七八九幺两]{3,8}")
_ACTION_RANK = {DELIVER: 0, DELIVER_MASKED: 1, HOLD: 2}
_SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2, "critical": 3}
EVIDENCE = "EVIDENCE"  # pseudo-entity for masking a signal's evidence (rule action deliver_masked)
EXCERPT_MARGIN = 20  # characters kept either side of the evidence in a violation's excerpt


class Guard:
    """Built once per process (it loads jieba and the gazetteer); `inspect` is thread-safe.

    `fingerprint_key` (bytes) enables keyed HMAC fingerprints of credential values in violation
    drafts, so repeated values can be linked without storing them.
    """

    def __init__(self, policy: Policy, max_chars: int = DEFAULT_MAX_CHARS, fingerprint_key: bytes | None = None):
        self.policy = policy
        self.max_chars = max_chars
        self.fingerprint_key = fingerprint_key
        self.recognizers = [r() for r in recognizers.ALL]
        self.analyzer = build_analyzer(policy, self.recognizers)
        self._no_artifacts = NlpArtifacts([], [], [], [], None, LANGUAGE)
        # the score a result of each recognizer needs (AnalyzerEngine's rule: the recognizer's
        # threshold for its entity, else its default, else the engine's)
        self._thresholds = {r.id: r.score_thresholds.get(r.ENTITY, r.score_thresholds.get(
            "default", self.analyzer.default_score_threshold)) for r in self.recognizers}
        self.masker = Masker(policy)
        self.detector = SolicitationDetector(policy.lexicon, policy.signal_model, policy.scoring)
        # a buyer's bare reply answers an ask the guard would at least log
        self._review_floor = min(r.bands.review for r in policy.rules.values())

    def warm(self) -> None:
        """Load now what loads lazily on first use (each jieba tokenizer's dictionary, jieba's
        part-of-speech tagger for requests completed by earlier turns): a worker that reports
        ready must not make its first messages wait for them (about 0.25 s each)."""
        asked = (Turn("agent", "验证码已经发到您手机上了"), Turn("buyer", "收到了"))
        self.inspect(Message(text="收到了吗，发我一下", sender="agent", context=asked))
        self.inspect(Message(text="我的手机号是13812345678，地址浙江省杭州市余杭区文一西路969号", sender="buyer",
                             context=asked))

    @classmethod
    def from_policy(cls, path: str | Path | None = None, **kwargs) -> "Guard":
        return cls(load_policy(path), **kwargs)

    def inspect(self, message: Message | Mapping, state: State | None = None) -> Verdict:
        """`state`: what is remembered of the conversation's earlier messages when the caller
        passes no turns (the service keeps it per conversation; `state_after`)."""
        if not isinstance(message, Message):
            message = Message.from_dict(message, max_chars=self.max_chars)
        norm = normalize(message.text)
        asked: set[str] = set()
        signals: list[Signal] = []
        traces: dict[str, Trace] = {}
        if message.sender == "agent":
            signals = self._signals(norm, message, traces, state)
        elif message.context:
            asked = self.detector.asked(message.context, floor=self._review_floor)
        elif state is not None:
            asked = set(state.asked)  # the latest ask the store remembers
        context_words = [w for rule in sorted(asked) for w in ASKED_CONTEXT.get(rule, ())]
        findings = self.find_pii(norm, context_words)

        action, to_mask, notices = DELIVER, [], []
        for finding in findings:
            spec = self.policy.entities[finding.entity_type]
            entity_action = spec.action_for(message.sender)
            if entity_action in ("mask", "hold"):
                to_mask.append(finding)
                action = _stricter(action, HOLD if entity_action == "hold" else DELIVER_MASKED)
                if spec.notify and message.sender == "buyer":
                    notices.append(("entities", finding.entity_type, 0))
        for signal in signals:
            rule = self.policy.rules[signal.rule]
            band = rule.bands.band(signal.confidence)
            if band == "review":
                continue  # logged for review only: delivered as it is, no notice
            action = _stricter(action, rule.action if band == "hold" or rule.action != HOLD else DELIVER)
            if rule.action == DELIVER_MASKED:
                to_mask.append(Finding(EVIDENCE, signal.start, signal.end, 1.0))
            if rule.notify:
                notices.append(("rules", signal.rule, _SEVERITY_RANK[rule.severity] + 1))
        masked_text = self.masker.mask(message.text, _resolve_overlaps(to_mask, prefer=EVIDENCE))
        return Verdict(
            id=message.id,
            action=action,
            masked_text=masked_text,
            findings=findings,
            signals=signals,
            buyer_notice=self._notice(notices),
            violations=self._violations(message, signals, findings, traces),
        )

    def state_matters(self, message: Message, verdict: Verdict | None = None) -> bool:
        """Could a conversation's state change this message's verdict (read without it), or this
        message change what the state keeps (pretexts, asks)? An agent message that names, asks
        for or sets up something the lexicon knows; a buyer message with a bare run of 3-8
        digits that no finding explains (a code, a password or a security code the agent's ask
        would name). `verdict`: the buyer message's verdict read without a state, if at hand.
        The service reads the stored state only for these messages."""
        norm = normalize(message.text)
        if message.sender == "agent":
            a = self.detector.analyze(norm.text)
            return bool(a.found or a.any_objects or a.open_requests or a.pretexts)
        findings = (verdict or self.inspect(message)).findings
        for m in _BARE_DIGITS.finditer(norm.text):
            start, end = norm.span_to_original(m.start(), m.end())
            if not any(f.start <= start and end <= f.end for f in findings):
                return True
        return False

    def state_after(self, message: Message, state: State | None = None) -> State:
        """The conversation's state once `message` is added to `state` (its turns first)."""
        state = self.detector.state(message.context, state)
        return state.after(message.sender, self.detector.analyze(normalize(message.text).text))

    def find_pii(self, norm: Normalized, context_words: list[str] | None = None) -> list[Finding]:
        """PII and credential findings, in original-text offsets, overlaps resolved."""
        # Cheap gate: the recognizers are compiled regexes with checksums (tens of µs); jieba
        # (hundreds of µs) runs for Presidio's context enhancement only when a candidate could
        # reach the threshold.
        if not any(self._could_report(r, norm.text, context_words) for r in self.recognizers):
            return []
        results = self.analyze(norm.text, context_words)
        return _resolve_overlaps([_to_finding(norm, r) for r in results])

    def analyze(self, text: str, context_words: list[str] | None = None) -> list[RecognizerResult]:
        """What `self.analyzer.analyze(text, language="zh", context=…)` returns (a test pins it),
        in the steps of Presidio's AnalyzerEngine with its own parts (the recognizers, the
        context enhancer, the score thresholds, `remove_duplicates`) but without its per-call
        bookkeeping: the registry searched twice, the results regrouped by recognizer, each
        recognizer's thresholds copied per result. That bookkeeping cost as much as the
        recognizers themselves. No spaCy Doc: the recognizers work on the text and the context
        enhancer on jieba's words around each candidate (context.py)."""
        raw = [result for recognizer in self.recognizers for result in recognizer.analyze(text, None)]
        enhanced = self.analyzer.context_aware_enhancer.enhance_using_context(
            text, raw, self._no_artifacts, self.recognizers, context_words or None)
        kept = [r for r in enhanced if r.score >= self._thresholds[r.recognition_metadata[RECOGNIZER_ID]]]
        return EntityRecognizer.remove_duplicates(kept)

    def _could_report(self, recognizer, text: str, context_words: list[str] | None) -> bool:
        results = recognizer.analyze(text, None)
        if not results:
            return False
        if max(r.score for r in results) >= self.policy.score_threshold:
            return True
        return recognizer.mentions_context(text, context_words or ())

    def _signals(self, norm: Normalized, message: Message, traces: dict[str, Trace],
                 state: State | None = None) -> list[Signal]:
        """Detections at or above their rule's review band, in original offsets; their traces
        (offsets in the original text too) go to `traces`."""
        signals = []
        for found in self.detector.detect(norm.text, message.context, state):
            rule = self.policy.rules[found.rule]
            if rule.bands.band(found.confidence) is None:
                continue
            start, end = norm.span_to_original(found.start, found.end)
            signals.append(Signal(found.rule, rule.severity, start, end, found.confidence, found.basis))
            traces[found.rule] = found.trace.in_original(norm.span_to_original)
        return signals

    def _notice(self, candidates: list[tuple[str, str, int]]) -> Notice | None:
        for kind, name, _ in sorted(candidates, key=lambda c: -c[2]):
            text = self.policy.notice(kind, name)
            if text:
                return Notice(level=text["level"], title=text["title"], body=text["body"])
        return None

    def _violations(self, message: Message, signals: list[Signal], findings: list[Finding],
                    traces: dict[str, Trace]) -> list[ViolationDraft]:
        drafts = []
        for signal in signals:  # signals exist for agent messages only
            rule = self.policy.rules[signal.rule]
            if not rule.log:
                continue
            lo = max(0, signal.start - EXCERPT_MARGIN)
            hi = min(len(message.text), signal.end + EXCERPT_MARGIN)
            for f in findings:  # never cut a value in half: a partial value is not masked
                if f.start < hi and lo < f.end:
                    lo, hi = min(lo, f.start), max(hi, f.end)
            inside = [f for f in findings if lo <= f.start and f.end <= hi]
            excerpt = self.masker.mask(message.text[lo:hi], [
                Finding(f.entity_type, f.start - lo, f.end - lo, f.score) for f in inside
            ])
            drafts.append(ViolationDraft(
                rule=signal.rule, severity=signal.severity, start=signal.start, end=signal.end,
                excerpt=excerpt, fingerprint=self._fingerprint(message.text, inside),
                policy_version=self.policy.version, confidence=signal.confidence, basis=signal.basis,
                trace=traces[signal.rule].for_rule(signal.rule),
            ))
        return drafts

    def _fingerprint(self, text: str, findings: list[Finding]) -> str | None:
        """Keyed HMAC of the values around the evidence (never the values themselves)."""
        if not self.fingerprint_key:
            return None
        values = [normalize(text[f.start:f.end]).text for f in findings]
        if not values:
            return None
        return hmac.new(self.fingerprint_key, "\x1f".join(values).encode("utf-8"), hashlib.sha256).hexdigest()


def _stricter(a: str, b: str) -> str:
    return a if _ACTION_RANK[a] >= _ACTION_RANK[b] else b


def _to_finding(norm: Normalized, result: RecognizerResult) -> Finding:
    start, end = norm.span_to_original(result.start, result.end)
    return Finding(result.entity_type, start, end, round(min(result.score, 1.0), 2))


def _resolve_overlaps(findings: list[Finding], prefer: str | None = None) -> list[Finding]:
    """Keep the best of overlapping findings: the preferred type, then score, then length."""
    kept: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.entity_type != prefer, -f.score, -(f.end - f.start), f.start)):
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)
