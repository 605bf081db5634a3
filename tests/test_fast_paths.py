"""Every shortcut of the engine gives exactly what the long way gives: the lexicon's
first-character gate, folding without the per-character loop, the engine's own path through
Presidio's analysis steps, and the normaliser leaving plain digit runs alone."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from guard.engine import LANGUAGE
from guard.normalize import normalize
from guard.solicitation import negation
from guard.solicitation.features import extract
from guard.solicitation.gate import first_char_class, gated
from guard.solicitation.negation import Negation
from guard.solicitation.text import Geometry, fold, fold_each

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
