"""The jieba context enhancer gives exactly the scores of Presidio's lemma enhancer on a Doc of
the whole message (the rule it replaces), and its cost grows linearly with the message."""
from __future__ import annotations

import json
import time
from pathlib import Path

from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from guard.engine import LANGUAGE
from guard.normalize import normalize

CORPUS = Path(__file__).resolve().parent.parent / "samples" / "pii_dev.jsonl"


def _scores(guard, text, enhancer, doc: bool, context=None):
    analyzer = guard.analyzer
    kept = analyzer.context_aware_enhancer
    try:
        analyzer.context_aware_enhancer = enhancer
        artifacts = analyzer.nlp_engine.process_text(text, LANGUAGE) if doc else guard._no_artifacts
        results = analyzer.analyze(text, language=LANGUAGE, nlp_artifacts=artifacts, context=context,
                                   score_threshold=0)
    finally:
        analyzer.context_aware_enhancer = kept
    return sorted((r.entity_type, r.start, r.end, round(r.score, 6)) for r in results)


def test_it_scores_every_development_message_as_presidios_lemma_enhancer_does(guard):
    lemma = LemmaContextAwareEnhancer(context_prefix_count=6, context_suffix_count=2)
    words = guard.analyzer.context_aware_enhancer
    lines = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()][::3]
    for text in lines:
        norm = normalize(text).text
        assert _scores(guard, norm, words, doc=False) == _scores(guard, norm, lemma, doc=True), text
    # the caller's context words (a buyer's reply to "验证码报一下") count the same way
    assert _scores(guard, "385920", words, False, ["验证码"]) == _scores(guard, "385920", lemma, True, ["验证码"])


def test_it_scores_long_messages_as_presidios_lemma_enhancer_does(guard):
    lemma = LemmaContextAwareEnhancer(context_prefix_count=6, context_suffix_count=2)
    words = guard.analyzer.context_aware_enhancer
    lines = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    for start in range(0, 600, 40):  # messages of 2,000-3,000 characters, many candidates each
        norm = normalize(" ".join(lines[start:start + 40])).text
        assert _scores(guard, norm, words, doc=False) == _scores(guard, norm, lemma, doc=True)


def test_its_cost_grows_linearly_with_the_number_of_candidates(guard):
    words = guard.analyzer.context_aware_enhancer

    def seconds(n):
        text = normalize("联系电话13812345678，" * n).text
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            _scores(guard, text, words, doc=False)
            best = min(best, time.perf_counter() - start)
        return best

    small, large = seconds(50), seconds(400)
    assert large < 24 * small  # 8x the candidates: linear is 8x, quadratic 64x
