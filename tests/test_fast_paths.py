"""Every shortcut of the engine gives exactly what the long way gives: the lexicon's
first-character gate, folding without the per-character loop, the engine's own path through
Presidio's analysis steps, the normaliser leaving plain digit runs alone, masking without the
AnonymizerEngine, the n-gram hashes of all orders at once, folding and clause geometry stretch by
stretch instead of character by character."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import numpy as np
import pytest

from guard.engine import LANGUAGE
from guard.verdict import Finding
from guard.normalize import _fold, _fold_text, normalize
from guard.solicitation import negation
from guard.solicitation.features import NGRAMS, extract, ngram_buckets
from guard.solicitation.gate import first_char_class, gated
from guard.solicitation.negation import Negation
from guard.solicitation.text import CLAUSE_END, SENTENCE_END, Geometry, _starts, fold, fold_each

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SOLICITATION = ["fraud_dev.jsonl", "sol_w01/sol_w01_scam.jsonl", "sol_w01/sol_w01_genuine.jsonl",
                "sol_w07/sol_w07_scam.jsonl", "sol_w07/sol_w07_genuine.jsonl"]
PII = ["pii_dev.jsonl", "pii_address_dev/pii_address_dev.jsonl"]
# What a gated pattern looks like (gate.gated): the look-ahead, then the pattern as written.
_GATED = re.compile(r"\(\?=(\[[^\]]*\])\)\(\?:(.*)\)", re.DOTALL)


def _texts(names: list[str], every: int = 1) -> list[str]:
    out = []
    for name in names:
        lines = (SAMPLES / name).read_text(encoding="utf-8").splitlines()
        out += [json.loads(line)["text"] for line in lines[::every]]
    return out


@pytest.fixture(scope="module")
def lexicon(guard):
    return guard.policy.lexicon


def _lists(lexicon) -> dict[str, re.Pattern]:
    named = {name: getattr(lexicon, name) for name in (
        "strong", "weak", "pair_only", "negation_exceptions", "threats", "warning_frames", "warnings",
        "self_actions", "scope_breaks", "conditions", "mentions", "benign", "list_link", "modifier_link",
        "pointing", "affirmation", "buyer_question", "pointer_nouns", "bare_filler")}
    for section in ("objects", "phrases", "excepts", "hints", "pretexts"):
        named.update({f"{section}.{rule}": p for rule, p in getattr(lexicon, section).items()})
    return {name: p for name, p in named.items() if p is not None}


def test_the_gated_lexicon_finds_exactly_what_the_patterns_as_written_find(lexicon):
    texts = [lexicon.fold(normalize(t).text).text for t in _texts(SOLICITATION)]
    lists = _lists(lexicon)
    gated_lists = {name: p for name, p in lists.items() if _GATED.fullmatch(p.pattern)}
    assert len(gated_lists) > len(lists) // 2  # the gate applies to most lists
    for name, pattern in gated_lists.items():
        plain = re.compile(_GATED.fullmatch(pattern.pattern).group(2))
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], (name, text)


@pytest.mark.parametrize("pattern, starts, not_starts", [
    ("卡号|验证码", "卡验", "号码"),
    ("(?:请|麻烦)?(?:发|报)一下", "请麻发报", "一下"),
    ("(?<![a-z])vx|微信", "v微", "x信"),
    (r"\d+(?:块|元)", "09٣३", "块元"),  # every decimal digit \d matches, not only ASCII
    ("[a-c]{2}码", "abc", "d码"),
])
def test_the_first_character_class_holds_every_character_a_match_can_start_with(pattern, starts, not_starts):
    first = re.compile(first_char_class(pattern))
    assert all(first.fullmatch(ch) for ch in starts)
    assert not any(first.fullmatch(ch) for ch in not_starts)


@pytest.mark.parametrize("pattern", [
    "(?:请)?", "x*", "[^，。]{0,8}验证码", ".码", "(?i)vx", "(?i:vx)|微信", r"(\w)\1", r"\s*码",
])
def test_no_gate_when_a_match_may_be_empty_or_start_with_any_character(pattern):
    assert first_char_class(pattern) is None
    assert gated(pattern) == pattern


def test_folding_without_the_character_loop_agrees_with_the_loop(lexicon):
    texts = [normalize(t).text for t in _texts(SOLICITATION)]
    texts += ["微❤️信", "V / X", "验 证 码报一下", "驗證碼", "ＡＢｃ，卡号", "卡号\n有效期", "KEY-码"]
    variants, run = lexicon.variants, lexicon.tuning.separator_run
    # and random strings of what folding weighs: Chinese, spaces, separators, variants, emoji
    alphabet = "验证码卡号微信加我 -_.*~|/\\=·，。\nAbc1🙂❤️" + "".join(sorted(variants)[:20])
    rng = random.Random(0)
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    for text in texts:
        assert fold(text, variants, run) == fold_each(text, variants, run), text


def _presidio(guard, text: str, context: list[str] | None) -> list[tuple]:
    results = guard.analyzer.analyze(text, language=LANGUAGE, nlp_artifacts=guard._no_artifacts, context=context)
    return sorted((r.entity_type, r.start, r.end, r.score) for r in results)


def _lean(guard, text: str, context: list[str] | None) -> list[tuple]:
    return sorted((r.entity_type, r.start, r.end, r.score) for r in guard.analyze(text, context))


@pytest.mark.parametrize("context", [None, ["验证码"], ["密码"], ["安全码", "有效期"], ["卡号"]])
def test_the_engines_analysis_equals_presidios_analyzer_engine(guard, context):
    for text in _texts(PII, every=4 if context else 1):
        norm = normalize(text).text
        assert _lean(guard, norm, context) == _presidio(guard, norm, context), text


def test_plain_digit_runs_are_left_as_they_are_and_grouped_ones_still_join():
    plain = normalize("订单12345 手机13812345678")
    assert plain.text == plain.original and plain.origin == tuple(range(len(plain.original)))
    assert normalize("手机138 1234 5678").text == "手机13812345678"
    assert normalize("手机一三八12345678").text == "手机13812345678"


def _tokens_of_the_whole_text(lex, text, tokenizer):
    """jieba over the whole message, as negation first did it."""
    pos = 0
    for token in tokenizer.cut(text, HMM=False):
        yield pos, token
        pos += len(token)


def test_negation_cues_found_piece_by_piece_are_those_of_the_whole_message(guard, lexicon, monkeypatch):
    tokenizer = guard.detector.tokenizer
    texts = [lexicon.fold(normalize(t).text).text for t in _texts(SOLICITATION)]
    texts.append("，".join(texts[:300]))  # one long message
    negating = [t for t in texts if lexicon.negation_any.search(t) is not None]
    assert len(negating) > 1000
    piecewise = [Negation(lexicon, t, Geometry(t), tokenizer).cues.hits for t in negating]
    monkeypatch.setattr(negation, "_tokens_with_cues", _tokens_of_the_whole_text)
    assert piecewise == [Negation(lexicon, t, Geometry(t), tokenizer).cues.hits for t in negating]


def test_the_signal_models_probabilities_are_those_of_each_rule_scored_alone(guard):
    detector, model = guard.detector, guard.policy.signal_model
    for text in _texts(SOLICITATION, every=5):
        features = extract(*detector.evidence(normalize(text).text), model.buckets)
        alone = {rule: m.probability(features, rule) for rule, m in model.rules.items()}
        assert model.probabilities(features) == alone, text


def test_masking_spans_one_by_one_gives_the_anonymizer_engines_text(guard):
    masker = guard.masker
    entities = sorted(guard.policy.entities) + ["EVIDENCE"]
    rng = random.Random(0)
    texts = _texts(PII, every=3) + ["浙江省杭州市余杭区文一西路969号 13812345678", "卡号6222 0212 3456 7890 128"]
    for text in texts:
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, 2 * rng.randint(1, 3))))
        # disjoint, non-empty spans, some side by side
        spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a < b]
        findings = [Finding(rng.choice(entities), a, b, 0.9) for a, b in spans]
        assert masker.mask(text, findings) == masker._engine_mask(text, findings), (text, findings)


def test_overlapping_or_empty_spans_still_go_through_the_anonymizer_engine(guard):
    masker = guard.masker
    text = "手机13812345678，身份证110101199003071234"
    overlapping = [Finding("CN_PHONE", 2, 13, 0.9), Finding("CN_ID_CARD", 10, 30, 0.9)]
    empty = [Finding("EVIDENCE", 2, 2, 1.0), Finding("CN_PHONE", 2, 13, 0.9)]
    for findings in (overlapping, empty):
        assert masker.mask(text, findings) == masker._engine_mask(text, findings)


def _ngram_buckets_order_by_order(folded: str, buckets: int) -> np.ndarray:
    """The n-gram hashes as first written: each order's hash built up character by character."""
    multiplier = np.uint64(1_000_003)
    codes = np.frombuffer(f"^{folded}$".encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    parts = []
    with np.errstate(over="ignore"):
        for n in NGRAMS:
            if len(codes) < n:
                continue
            h = np.full(len(codes) - n + 1, np.uint64(0x9E3779B97F4A7C15 * n % (1 << 64)), dtype=np.uint64)
            for k in range(n):
                h = h * multiplier + codes[k:len(codes) - n + 1 + k]
            parts.append(h ^ (h >> np.uint64(29)))
    return np.unique(np.concatenate(parts) % np.uint64(buckets)).astype(np.int64)


def test_ngram_hashes_of_all_orders_at_once_are_those_built_order_by_order(guard):
    buckets = guard.policy.signal_model.buckets
    texts = _texts(SOLICITATION, every=3) + ["", "a", "卡", "🙂" * 9, "验证码" * 2000]
    for text in texts:
        for size in (buckets, 1000):
            fast, slow = ngram_buckets(text, size), _ngram_buckets_order_by_order(text, size)
            assert fast.dtype == slow.dtype and np.array_equal(fast, slow), text


def _fold_text_each(text: str) -> tuple[str, list[int]]:
    """The normaliser's first step character by character, as first written."""
    chars, origin = [], []
    for i, char in enumerate(text):
        for out in _fold(char):
            chars.append(out)
            origin.append(i)
    return "".join(chars), origin


def _starts_each(text: str, ends: frozenset[str]) -> list[int]:
    out, start = [], 0
    for i, ch in enumerate(text):
        out.append(start)
        if ch in ends:
            start = i + 1
    out.append(start)
    return out


# Characters that fold to none (zero width, a variation selector), to several (ﬁ, ㈱) or to one.
_UNICODE_MIX = "卡号 13８①\u200b\ufe0fﬁ㈱８️⃣，。！？\n,;🙂Ａ\u3000x"


def test_the_normalisers_folding_stretch_by_stretch_agrees_with_the_loop():
    rng = random.Random(0)
    texts = _texts(PII, every=5) + ["".join(rng.choice(_UNICODE_MIX) for _ in range(rng.randint(0, 40)))
                                    for _ in range(3000)]
    for text in texts:
        assert _fold_text(text) == _fold_text_each(text), repr(text)


def test_sentence_and_clause_starts_found_from_the_end_marks_agree_with_the_loop():
    rng = random.Random(0)
    texts = _texts(SOLICITATION, every=5) + ["".join(rng.choice(_UNICODE_MIX) for _ in range(rng.randint(0, 40)))
                                             for _ in range(3000)]
    for text in texts:
        for ends in (SENTENCE_END, CLAUSE_END):
            assert _starts(text, ends) == _starts_each(text, ends), repr(text)
