"""The Guard: one message in, one verdict out (normalise → detect → decide → mask)."""
from __future__ import annotations

from pathlib import Path
from typing import Mapping

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

import recognizers
from guard.masking import Masker
from guard.message import DEFAULT_MAX_CHARS, Message
from guard.nlp import ChineseNlpEngine
from guard.normalize import Normalized, normalize
from guard.policy import Policy, load_policy
from guard.verdict import DELIVER, DELIVER_MASKED, HOLD, Finding, Verdict

LANGUAGE = "zh"


def build_analyzer(policy: Policy, recognizer_list: list | None = None) -> AnalyzerEngine:
    """A Presidio AnalyzerEngine for `zh` with guard's recognizers and nothing else."""
    nlp_engine = ChineseNlpEngine()
    nlp_engine.load()
    recognizer_list = recognizer_list if recognizer_list is not None else [r() for r in recognizers.ALL]
    registry = RecognizerRegistry(recognizers=recognizer_list, supported_languages=[LANGUAGE])
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        default_score_threshold=policy.score_threshold,
        # Chinese context words sit a few jieba tokens before the value ("手机号是"), sometimes after.
        context_aware_enhancer=LemmaContextAwareEnhancer(context_prefix_count=6, context_suffix_count=2),
    )


class Guard:
    """Built once per process (it loads jieba and the gazetteer); `inspect` is thread-safe."""

    def __init__(self, policy: Policy, max_chars: int = DEFAULT_MAX_CHARS):
        self.policy = policy
        self.max_chars = max_chars
        self.recognizers = [r() for r in recognizers.ALL]
        self.analyzer = build_analyzer(policy, self.recognizers)
        self.masker = Masker(policy)

    @classmethod
    def from_policy(cls, path: str | Path | None = None, **kwargs) -> "Guard":
        return cls(load_policy(path), **kwargs)

    def inspect(self, message: Message | Mapping) -> Verdict:
        if not isinstance(message, Message):
            message = Message.from_dict(message, max_chars=self.max_chars)
        norm = normalize(message.text)
        findings = self.find_pii(norm)
        masked, held = [], False
        for finding in findings:
            action = self.policy.entities[finding.entity_type].action_for(message.sender)
            if action in ("mask", "hold"):
                masked.append(finding)
            held = held or action == "hold"
        action = HOLD if held else DELIVER_MASKED if masked else DELIVER
        return Verdict(
            id=message.id,
            action=action,
            masked_text=self.masker.mask(message.text, masked),
            findings=findings,
        )

    def find_pii(self, norm: Normalized) -> list[Finding]:
        """PII findings, in original-text offsets, overlaps resolved by score then length."""
        # Cheap gate: the recognizers are compiled regexes with checksums (tens of µs); only
        # when one of them has a candidate is jieba run for Presidio's context enhancement.
        if not any(r.analyze(norm.text, None) for r in self.recognizers):
            return []
        artifacts = self.analyzer.nlp_engine.process_text(norm.text, LANGUAGE)
        results = self.analyzer.analyze(norm.text, language=LANGUAGE, nlp_artifacts=artifacts)
        return _resolve_overlaps([_to_finding(norm, r) for r in results])


def _to_finding(norm: Normalized, result: RecognizerResult) -> Finding:
    start, end = norm.span_to_original(result.start, result.end)
    return Finding(result.entity_type, start, end, round(min(result.score, 1.0), 2))


def _resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    kept: list[Finding] = []
    for f in sorted(findings, key=lambda f: (-f.score, -(f.end - f.start), f.start)):
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)
