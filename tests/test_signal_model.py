"""The signal model adds evidence instead of vetoing it: training is deterministic and learns,
calibration maps scores to observed rates, the file round-trips and bad files fail at load, a
phrase is never deleted, a weak pairing is scored, the model alone can raise a rule with the
clause it relied on, and `guard train-signals` learns from corpora and reviewed violations."""
from __future__ import annotations

import csv
import json
import math
import subprocess
import sys

import numpy as np
import pytest

from guard.normalize import normalize
from guard.policy import PolicyError, load_policy
from guard.solicitation import SolicitationDetector
from guard.solicitation.detector import Scoring
from guard.solicitation.features import DENSE, State, extract, ngram_buckets
from guard.solicitation.model import RuleModel, SignalModel, SignalModelError
from guard.solicitation.training import Sample, corpus_samples, reliability, train

ASK = "ASK_CARD_NUMBER"
LINES = [
    ("麻烦提供一下银行卡号", [ASK]), ("卡号发我一下", [ASK]), ("您的银行卡号报一下", [ASK]), ("银行卡号告诉我", [ASK]),
    ("收款卡号填一下我这边打款", [ASK]), ("把卡正面的号码拍给我", [ASK]),
    ("亲，银行卡信息在支付页面里自己填就行", []), ("这款支持银行卡支付哦", []), ("退款原路退回银行卡", []),
    ("亲，您好，请问有什么可以帮您", []), ("请勿向任何人透露银行卡号", []), ("物流已经发出了哦", []),
]
BUCKETS = 1 << 12


def _records(lines, prefix="m"):
    return [{"id": f"{prefix}{i}", "conversation_id": f"{prefix}c{i}", "sender": "agent", "text": t, "rules": r}
            for i, (t, r) in enumerate(lines)]


@pytest.fixture(scope="module")
def detector():
    return SolicitationDetector(load_policy(signal_model=False).lexicon)


@pytest.fixture(scope="module")
def samples(detector):
    return corpus_samples(detector, _records(LINES), buckets=BUCKETS)


def _model(samples):
    return train(samples, samples, buckets=BUCKETS, trained_on=["t.jsonl"], calibrated_on=["v.jsonl"])


def test_training_is_deterministic_and_separates_the_classes(samples):
    a, b = _model(samples), _model(samples)
    assert a.to_dict() == b.to_dict()
    p = [a.rules[ASK].probability(s.features, ASK) for s in samples]
    asks = [x for x, s in zip(p, samples) if ASK in s.rules]
    others = [x for x, s in zip(p, samples) if ASK not in s.rules]
    assert min(asks) > max(others)
    assert set(a.rules) == {ASK}  # rules with no positive example get no weights


def test_a_saved_model_loads_with_the_same_probabilities(samples, tmp_path):
    model = _model(samples)
    model.save(tmp_path / "m.json")
    loaded = SignalModel.load(tmp_path / "m.json")
    assert (loaded.trained_on, loaded.calibrated_on) == (("t.jsonl",), ("v.jsonl",))
    for s in samples:  # int8 storage: close, not equal
        assert abs(loaded.rules[ASK].probability(s.features, ASK) - model.rules[ASK].probability(s.features, ASK)) < 0.02


@pytest.mark.parametrize("content, problem", [
    ("{not json", "invalid JSON"),
    ('{"format": "guard-signal-model/1"}', "expected 'guard-signal-model/2'"),
    ('{"format": "guard-signal-model/2", "buckets": 8, "dense": ["x"], "rules": {}}', "not this version's"),
    ('{"format": "guard-signal-model/2", "rules": {}}', "malformed model"),
])
def test_a_bad_model_file_fails_at_load_naming_the_file(tmp_path, content, problem):
    path = tmp_path / "m.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SignalModelError, match=problem):
        SignalModel.load(path)
    policy = tmp_path / "p.yaml"
    policy.write_text("version: t\nentities: {}\nsignal_model: m.json\n", encoding="utf-8")
    with pytest.raises(PolicyError) as err:
        load_policy(policy)
    assert err.value.key == "signal_model" and "m.json" in str(err.value)


def test_the_packaged_policy_loads_the_packaged_calibrated_model():
    model = load_policy().signal_model
    assert model is not None and set(model.rules) == set(load_policy().rules)
    assert model.calibrated_on and model.reliability  # calibrated on a split kept apart from training


def test_reliability_reports_predicted_and_observed_rate_per_band():
    table = reliability([(0.05, False), (0.08, True), (0.95, True), (0.92, True), (0.55, False)])
    assert table == {"0.0-0.1": {"n": 2, "predicted": 0.065, "observed": 0.5},
                     "0.5-0.7": {"n": 1, "predicted": 0.55, "observed": 0.0},
                     "0.9-1.0": {"n": 2, "predicted": 0.935, "observed": 1.0}}


def test_calibration_maps_scores_to_the_observed_rate(detector):
    """Platt scaling on a split where the raw model is overconfident pulls it back."""
    rng = np.random.default_rng(7)
    feats = [extract(detector.analyze(normalize(t).text), [], State(), BUCKETS) for t, _ in LINES]
    # a split where three in four of the lines the model likes are asks, and none of the others
    calibration = [Sample(feats[i % 6], frozenset({ASK}) if rng.random() < 0.75 else frozenset()) for i in range(400)]
    calibration += [Sample(feats[6 + i % 6], frozenset()) for i in range(400)]
    training = [Sample(f, frozenset(r)) for f, (_, r) in zip(feats, LINES)]
    model = train(training, calibration, buckets=BUCKETS)
    liked = np.mean([model.rules[ASK].probability(feats[i], ASK) for i in range(6)])
    assert 0.65 < liked < 0.85


def _guard(tmp_path, model: SignalModel | None, extra: str = ""):
    from guard import Guard

    if model is not None:
        model.save(tmp_path / "m.json")
    (tmp_path / "p.yaml").write_text(
        f"version: t\nentities: {{}}\nsignal_model: {'m.json' if model else 'off'}\n{extra}", encoding="utf-8")
    return Guard.from_policy(tmp_path / "p.yaml")


def _constant(rule: str, logit: float, ngram_weight: float = 0.0, dense: dict | None = None) -> SignalModel:
    """A model that gives `rule` a fixed logit (plus chosen n-gram and dense weights)."""
    weights = np.zeros(len(DENSE), dtype=np.float32)
    for name, w in (dense or {}).items():
        weights[DENSE.index(name)] = w
    return SignalModel({rule: RuleModel(logit, np.full(BUCKETS, ngram_weight, np.float32), weights)}, buckets=BUCKETS)


def _signal(guard, text, rule, context=()):
    verdict = guard.inspect({"text": text, "sender": "agent", "context": list(context)})
    return next((s for s in verdict.signals if s.rule == rule), None), verdict


def test_the_model_cannot_delete_a_phrase_it_only_lowers_its_confidence(tmp_path):
    guard = _guard(tmp_path, _constant("ASK_OFF_PLATFORM", math.log(0.2 / 0.8)))  # p = 0.2
    signal, verdict = _signal(guard, "加我微信 kf_lipei888 给你处理", "ASK_OFF_PLATFORM")
    assert signal is not None and signal.basis == "phrase"
    assert signal.confidence == 0.3  # the phrase floor: logged for review, no notice
    assert verdict.buyer_notice is None and verdict.action == "deliver" and verdict.violations


def test_a_phrase_the_model_is_nearly_sure_asks_nothing_keeps_its_probability_not_the_floor(tmp_path):
    guard = _guard(tmp_path, _constant("ASK_OFF_PLATFORM", math.log(0.1 / 0.9)))  # p = 0.1 < overrule_below
    signal, verdict = _signal(guard, "加我微信 kf_lipei888 给你处理", "ASK_OFF_PLATFORM")
    assert signal is None and not verdict.violations  # below the review band: not reported
    explained = guard.detector.explain("加我微信 kf_lipei888 给你处理")["rules"]["ASK_OFF_PLATFORM"]
    assert explained["confidence"] == 0.1 and any("p < 0.15" in n for n in explained["model"])


def test_overrule_below_is_a_policy_setting(tmp_path):
    guard = _guard(tmp_path, _constant("ASK_OFF_PLATFORM", math.log(0.1 / 0.9)), "confidence: {overrule_below: 0}\n")
    signal, _ = _signal(guard, "加我微信 kf_lipei888 给你处理", "ASK_OFF_PLATFORM")
    assert signal is not None and signal.confidence == 0.3


def test_a_weak_pairing_is_scored_not_dropped(tmp_path):
    text = "退款退回银行卡，您填一下就行"  # the lexicon pairs 银行卡 with 填一下
    for name in ("low", "lower"):
        (tmp_path / name).mkdir()
    signal, _ = _signal(_guard(tmp_path / "low", _constant(ASK, -1.0)), text, ASK)
    assert signal is not None and signal.basis == "pair" and round(signal.confidence, 2) == 0.27
    # below the review band: not reported
    assert _signal(_guard(tmp_path / "lower", _constant(ASK, -3.0)), text, ASK)[0] is None


def test_the_model_alone_raises_a_rule_with_the_clause_it_relied_on(tmp_path):
    hot = np.zeros(BUCKETS, dtype=np.float32)
    hot[ngram_buckets("蝙蝠钱包", BUCKETS)] = 3.0
    model = SignalModel({"ASK_TRANSFER": RuleModel(-4.0, hot, np.zeros(len(DENSE), np.float32))}, buckets=BUCKETS)
    guard = _guard(tmp_path, model)
    text = "您好，这边是售后，请打开蝙蝠钱包"
    signal, _ = _signal(guard, text, "ASK_TRANSFER")
    assert signal is not None and signal.basis == "model" and signal.confidence >= 0.6
    assert text[signal.start:signal.end] == "请打开蝙蝠钱包"
    assert _signal(guard, "您好，这边是售后，请问有什么可以帮您", "ASK_TRANSFER")[0] is None


def test_a_pretext_earlier_in_the_conversation_raises_the_confidence_of_a_later_step(tmp_path):
    model = _constant(ASK, -1.5, dense={"pretext_any": 2.0, "pair_request": 1.0})
    guard = _guard(tmp_path, model)
    text = "您把银行卡号发我一下"
    alone, _ = _signal(guard, text, ASK)
    after, _ = _signal(guard, text, ASK, [{"sender": "agent", "text": "您的快递在运输中丢失了，我们为您办理理赔"},
                                           {"sender": "buyer", "text": "好的"}])
    assert alone.confidence < 0.5 < after.confidence  # logged only on its own; the buyer is warned after a pretext


def test_without_a_pretext_ordinary_talk_stays_below_the_notice(tmp_path):
    model = _constant(ASK, -1.5, dense={"pretext_any": 2.0, "pair_request": 1.0})
    guard = _guard(tmp_path, model)
    signal, verdict = _signal(guard, "您把银行卡号发我一下", ASK, [{"sender": "buyer", "text": "你好，我想问一下发货时间"}])
    assert signal.confidence < 0.5 and verdict.buyer_notice is None


@pytest.mark.parametrize("confidence, action, notice, logged", [
    (0.97, "hold", True, True),
    (0.9, "deliver", True, True),
    (0.3, "deliver", False, True),
    (0.1, None, False, False),
])
def test_graded_actions_follow_the_confidence_bands(tmp_path, confidence, action, notice, logged):
    guard = _guard(tmp_path, None, f"confidence: {{unscored: {{phrase: {confidence}, pair: {confidence}}}, evidence_floor: 0}}\n"
                                   "rules: {ASK_VERIFICATION_CODE: {severity: critical, action: hold}}\n")
    signal, verdict = _signal(guard, "请把短信验证码告诉我", "ASK_VERIFICATION_CODE")
    if action is None:
        assert signal is None and verdict.action == "deliver" and not verdict.violations
        return
    assert signal.confidence == confidence and verdict.action == action
    assert (verdict.buyer_notice is not None) == notice and bool(verdict.violations) == logged
    assert verdict.violations[0].confidence == confidence


def test_a_rule_can_set_its_own_bands(tmp_path):
    guard = _guard(tmp_path, None, "confidence: {unscored: {phrase: 0.9, pair: 0.9}}\n"
                                   "rules: {ASK_VERIFICATION_CODE: {action: hold, confidence: {hold: 0.85}}}\n")
    assert _signal(guard, "请把短信验证码告诉我", "ASK_VERIFICATION_CODE")[1].action == "hold"


@pytest.mark.parametrize("section, problem", [
    ("confidence: {hold: 0.4, notify: 0.5}", "bands must not increase"),
    ("confidence: {holdd: 0.9}", "unknown key"),
    ("confidence: {unscored: {phrase: 2}}", "expected a number from 0.0 to 1.0"),
    ("rules: {ASK_PASSWORD: {confidence: {hold: x}}}", "expected a number"),
])
def test_bad_confidence_settings_fail_at_load(tmp_path, section, problem):
    path = tmp_path / "p.yaml"
    path.write_text(f"version: t\nentities: {{}}\nsignal_model: off\n{section}\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=problem):
        load_policy(path)


def test_train_signals_learns_from_corpora_and_reviewed_violations(tmp_path):
    train_file, validation = tmp_path / "train.jsonl", tmp_path / "validation.jsonl"
    train_file.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _records(LINES)) + "\n", encoding="utf-8")
    validation.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _records(LINES, "v")) + "\n", encoding="utf-8")
    reviews = tmp_path / "export.csv"
    with open(reviews, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, ["id", "rule", "status", "excerpt"])
        writer.writeheader()
        writer.writerow({"id": "1", "rule": ASK, "status": "confirmed", "excerpt": "蝙蝠卡号 发我"})
        writer.writerow({"id": "2", "rule": ASK, "status": "dismissed", "excerpt": "卡号在订单页自己看"})
        writer.writerow({"id": "3", "rule": ASK, "status": "open", "excerpt": "不算"})  # unreviewed: left out
    out_file = tmp_path / "model.json"
    run = subprocess.run([sys.executable, "-m", "guard.cli", "train-signals", str(train_file), "--validation",
                          str(validation), "--reviews", str(reviews), "-o", str(out_file)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert f"on {len(LINES) + 2} samples, calibrated on {len(LINES)}" in run.stdout
    assert "0.0-0.1" in run.stdout  # the reliability table
    model = SignalModel.load(out_file)
    assert model.trained_on == ("train.jsonl", "export.csv") and model.calibrated_on == ("validation.jsonl",)
