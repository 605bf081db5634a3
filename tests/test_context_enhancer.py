"""The jieba context enhancer gives exactly the scores of Presidio's lemma enhancer on a Doc of
the whole message (the rule it replaces), and its cost grows linearly with the message."""
from __future__ import annotations

import json
import random
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


def test_it_scores_whitespace_and_distant_context_words_as_presidios_lemma_enhancer_does(guard):
    """Runs of text are segmented one by one and only as far as a candidate's window and the
    context words reach; spaCy's words keep a single space after a word as its trailing space
    and make any other whitespace a word of its own, which counts towards the window."""
    lemma = LemmaContextAwareEnhancer(context_prefix_count=6, context_suffix_count=2)
    words = guard.analyzer.context_aware_enhancer
    pieces = ["手机", "电话", " ", "  ", "\n", "\t", " \n ", "，", "。", "地址", "13812345678", "Tel", "TEL:",
              "abc", "号码", "联系我", "验证码", "385920", "收货", "🙂", "住在", "杭州市余杭区文一西路969号", "的",
              "了", "卡号6222021234567890128", ":", "call", "身份证110101199003071234", "好的谢谢您"]
    rng = random.Random(0)
    for _ in range(400):
        text = normalize("".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))).text
        context = ["验证码"] if rng.random() < 0.2 else None
        assert _scores(guard, text, words, False, context) == _scores(guard, text, lemma, True, context), repr(text)


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
