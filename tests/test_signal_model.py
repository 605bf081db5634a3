"""The model that confirms weak solicitation evidence: training is deterministic and learns,
the file round-trips, the policy can switch it off or point at another file, a bad file fails
at load, and `guard train-signals` writes a model the policy then uses."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from guard import Guard, Message
from guard.policy import PolicyError, load_policy
from guard.signal_model import SignalModel, SignalModelError, train

ASK = "ASK_CARD_NUMBER"
SAMPLES = [
    ("麻烦提供一下银行卡号", frozenset({ASK})),
    ("卡号发我一下", frozenset({ASK})),
    ("您的银行卡号报一下", frozenset({ASK})),
    ("银行卡号告诉我", frozenset({ASK})),
    ("亲，银行卡信息在支付页面里自己填就行", frozenset()),
    ("这款支持银行卡支付哦", frozenset()),
    ("退款原路退回银行卡", frozenset()),
    ("亲，您好，请问有什么可以帮您", frozenset()),
]


def test_training_is_deterministic_and_separates_the_classes():
    a = train(SAMPLES, [ASK], epochs=30)
    b = train(SAMPLES, [ASK], epochs=30)
    assert a.to_dict() == b.to_dict()
    assert a.probability(ASK, "卡号发我一下") > 0.5 > a.probability(ASK, "这款支持银行卡支付哦")
    assert a.probability("ASK_PASSWORD", "卡号发我一下") is None  # no weights for that rule


def test_a_saved_model_loads_with_the_same_probabilities(tmp_path):
    model = train(SAMPLES, [ASK], epochs=30, trained_on=["x.jsonl"])
    path = tmp_path / "m.json"
    model.save(path)
    loaded = SignalModel.load(path)
    assert loaded.trained_on == ("x.jsonl",)
    for text, _ in SAMPLES:  # int8 storage: close, not equal
        assert abs(loaded.probability(ASK, text) - model.probability(ASK, text)) < 0.02


@pytest.mark.parametrize("content,problem", [
    ("{not json", "invalid JSON"),
    ('{"format": "other/2"}', "expected 'guard-signal-model/1'"),
    ('{"format": "guard-signal-model/1", "buckets": 8, "rules": {"ASK_PASSWORD": {"bias": 0, "scale": 1, "int8": "AAAA"}}}',
     "3 weights, expected 8"),
    ('{"format": "guard-signal-model/1", "rules": {}}', "malformed model"),
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


def test_the_packaged_policy_loads_the_packaged_model():
    policy = load_policy()
    assert policy.signal_model is not None and 0 < policy.signal_confidence < 1
    assert set(policy.signal_model.rules) == set(policy.rules)


def test_the_model_vetoes_weak_evidence_only(tmp_path):
    """A pair (object + request) the model rejects is dropped; a phrase stays whatever it says."""
    off = tmp_path / "off.yaml"
    off.write_text("version: t\nentities: {}\nsignal_model: off\n", encoding="utf-8")
    strict = tmp_path / "strict.yaml"
    model = train(SAMPLES, [ASK], epochs=30)
    model.save(tmp_path / "m.json")
    strict.write_text("version: t\nentities: {}\nsignal_model: m.json\nsignal_confidence: 0.5\n", encoding="utf-8")

    def rules(policy, message):
        return {s.rule for s in Guard.from_policy(policy).inspect(Message(text=message, sender="agent")).signals}

    ask = "您提供一下银行卡号"
    assert model.probability(ASK, ask) >= 0.5
    assert ASK in rules(off, ask) and ASK in rules(strict, ask)
    genuine = "退款退回银行卡，您填一下就行"  # the lexicon pairs 银行卡 with 填一下; the model disagrees
    assert model.probability(ASK, genuine) < 0.5
    assert ASK in rules(off, genuine) and ASK not in rules(strict, genuine)
    phrase = "加我微信 kf_lipei888 给你处理"  # a phrase: never put to the model
    assert rules(strict, phrase) == rules(off, phrase) == {"ASK_OFF_PLATFORM"}


def test_train_signals_command_writes_a_model_the_policy_uses(tmp_path):
    corpus = tmp_path / "c.jsonl"
    lines = [{"id": f"m{i}", "sender": "agent", "text": t, "rules": sorted(r)} for i, (t, r) in enumerate(SAMPLES)]
    lines.append({"id": "b1", "sender": "buyer", "text": "好的", "rules": []})
    lines.append({"id": "c1", "sender": "agent", "text": "发我一下", "rules": [ASK], "tags": ["contextual"]})
    corpus.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    out = tmp_path / "model.json"
    run = subprocess.run([sys.executable, "-m", "guard.cli", "train-signals", str(corpus), "-o", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "on 8 agent lines" in run.stdout  # buyer and contextual lines are left out
    model = SignalModel.load(out)
    assert model.trained_on == ("c.jsonl",)
    assert model.probability(ASK, "卡号发我一下") > model.probability(ASK, "亲，您好，请问有什么可以帮您")

    empty = tmp_path / "empty.jsonl"
    empty.write_text(json.dumps({"id": "b", "sender": "buyer", "text": "x"}) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "guard.cli", "train-signals", str(empty), "-o", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "no labelled agent lines" in run.stderr
