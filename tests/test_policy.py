"""Policy loading: the default loads, a malformed policy fails at load with a PolicyError naming
the file, the key and the problem, and the entity actions change what the guard delivers."""
from __future__ import annotations


import pytest

from guard.policy import ENTITY_TYPES, EntityPolicy, PolicyError, load_policy, parse_policy
from guard.names import RULES


def test_the_packaged_default_loads_with_the_documented_entities():
    policy = load_policy()
    assert policy.source == "policies/default.yaml"
    assert policy.version
    assert 0.0 < policy.score_threshold <= 1.0
    assert set(policy.entities) == set(ENTITY_TYPES)
    assert set(policy.rules) == set(RULES)
    phone, card, id_, address = (policy.entities[k] for k in ("CN_PHONE", "CN_BANK_CARD", "CN_ID_CARD", "CN_ADDRESS"))
    assert (phone.buyer, phone.agent, phone.keep_first, phone.keep_last) == ("mask", "mask", 3, 4)
    assert (card.keep_first, card.keep_last, card.notify) == (0, 4, True)
    assert (id_.keep_first, id_.keep_last) == (6, 4)
    assert address.keep == "county"
    assert policy.lexicon is not None and policy.notices


def test_a_minimal_policy_fills_in_defaults(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("version: 7\nentities:\n  CN_PHONE: {buyer: allow}\n", encoding="utf-8")
    policy = load_policy(path)
    assert policy.version == "7" and policy.source == str(path)
    assert policy.score_threshold == 0.5
    assert policy.entities["CN_PHONE"] == EntityPolicy(buyer="allow")
    assert policy.entities["CN_BANK_CARD"] == EntityPolicy()
    assert policy.entities["CN_PHONE"].action_for("buyer") == "allow"
    assert policy.entities["CN_PHONE"].action_for("agent") == "mask"


# (policy text, key named in the error, words of the problem)
MALFORMED = {
    "missing-version": ("entities: {CN_PHONE: {buyer: mask}}\n", "version", "is required"),
    "empty-version": ("version:\nentities: {}\n", "version", "non-empty string"),
    "missing-entities": ("version: 1\n", "entities", "is required"),
    "unknown-top-level-key": ("version: 1\nentities: {}\nmasking: on\n", "masking", "unknown key"),
    "unknown-entity": ("version: 1\nentities:\n  CN_PASSPORT: {buyer: mask}\n", "entities.CN_PASSPORT", "unknown entity type"),
    "unknown-entity-key": ("version: 1\nentities:\n  CN_PHONE: {redact: true}\n", "entities.CN_PHONE.redact", "unknown key"),
    "bad-action": ("version: 1\nentities:\n  CN_PHONE: {buyer: erase}\n", "entities.CN_PHONE.buyer", "expected one of mask, allow, hold, got 'erase'"),
    "bad-agent-action": ("version: 1\nentities:\n  CN_ID_CARD: {agent: deliver}\n", "entities.CN_ID_CARD.agent", "expected one of mask, allow, hold"),
    "negative-keep-first": ("version: 1\nentities:\n  CN_PHONE: {keep_first: -1}\n", "entities.CN_PHONE.keep_first", "got -1"),
    "keep-first-as-string": ("version: 1\nentities:\n  CN_PHONE: {keep_first: '3'}\n", "entities.CN_PHONE.keep_first", "whole number"),
    "keep-last-as-bool": ("version: 1\nentities:\n  CN_PHONE: {keep_last: true}\n", "entities.CN_PHONE.keep_last", "whole number"),
    "keep-last-as-float": ("version: 1\nentities:\n  CN_BANK_CARD: {keep_last: 4.5}\n", "entities.CN_BANK_CARD.keep_last", "whole number"),
    "bad-address-keep": ("version: 1\nentities:\n  CN_ADDRESS: {keep: street}\n", "entities.CN_ADDRESS.keep", "expected one of none, province, prefecture, county"),
    "notify-not-bool": ("version: 1\nentities:\n  CN_BANK_CARD: {notify: 'yes'}\n", "entities.CN_BANK_CARD.notify", "true or false"),
    "entities-a-list": ("version: 1\nentities: [CN_PHONE]\n", "entities", "expected a mapping, got list"),
    "entity-a-string": ("version: 1\nentities:\n  CN_PHONE: mask\n", "entities.CN_PHONE", "expected a mapping, got str"),
    "threshold-a-word": ("version: 1\nscore_threshold: high\nentities: {}\n", "score_threshold", "expected a number"),
    "threshold-out-of-range": ("version: 1\nscore_threshold: 1.5\nentities: {}\n", "score_threshold", "from 0.0 to 1.0"),
    "bad-language": ("version: 1\nentities: {}\nnotice_language: fr\n", "notice_language", "expected one of zh, en"),
    "unknown-rule": ("version: 1\nentities: {}\nrules:\n  ASK_SHOE_SIZE: {severity: low}\n", "rules.ASK_SHOE_SIZE", "unknown rule"),
    "bad-severity": ("version: 1\nentities: {}\nrules:\n  ASK_PASSWORD: {severity: extreme}\n", "rules.ASK_PASSWORD.severity", "expected one of low"),
    "empty-file": ("", "(top level)", "expected a mapping, got nothing"),
    "top-level-list": ("- version\n- entities\n", "(top level)", "expected a mapping, got list"),
    "missing-lexicon-file": ("version: 1\nentities: {}\nlexicon: nowhere.yaml\n", "lexicon", "cannot read"),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_a_malformed_policy_names_the_file_the_key_and_the_problem(tmp_path, name):
    text, key, problem = MALFORMED[name]
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    err = caught.value
    assert err.source == str(path) and err.key == key
    assert problem in err.problem
    assert str(err) == f"{path}: {key}: {err.problem}"


@pytest.mark.parametrize("text,line", [
    ("version: 1\nentities:\n  CN_PHONE: {buyer: mask\n  CN_ID_CARD: {}\n", 4),
    ("version: 1\nentities:\n  CN_PHONE:\n    buyer: mask\n   agent: allow\n", 5),
    ("version: 1\nentities: {}\nrules: [unclosed\n", 4),
])
def test_invalid_yaml_names_the_line(tmp_path, text, line):
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert caught.value.key.startswith(f"line {line}, column ")
    assert "invalid YAML" in caught.value.problem
    assert str(caught.value).startswith(f"{path}: line {line}, column ")


def test_an_unreadable_path_fails_with_the_path(tmp_path):
    missing = tmp_path / "nope.yaml"
    with pytest.raises(PolicyError) as caught:
        load_policy(missing)
    assert caught.value.source == str(missing)
    assert "cannot read" in caught.value.problem and "No such file" in caught.value.problem
    with pytest.raises(PolicyError) as caught:
        load_policy(tmp_path)  # a directory
    assert "cannot read" in caught.value.problem
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe\x00\x81version")
    with pytest.raises(PolicyError) as caught:
        load_policy(binary)
    assert "not UTF-8" in caught.value.problem


def test_policy_error_is_a_value_error_with_its_parts():
    with pytest.raises(ValueError):
        parse_policy("entities: {}\n", source="inline")
    try:
        parse_policy("version: 1\nentities:\n  CN_PHONE: {keep_first: 99}\n", source="inline")
    except PolicyError as err:
        assert (err.source, err.key) == ("inline", "entities.CN_PHONE.keep_first")
        assert "from 0 to 8" in err.problem and "99" in err.problem
    else:  # pragma: no cover
        pytest.fail("keep_first 99 was accepted")


def test_lexicon_and_notices_paths_are_relative_to_the_policy_file(tmp_path):
    sub = tmp_path / "conf"
    sub.mkdir()
    (sub / "policy.yaml").write_text("version: 1\nentities: {}\nnotices: notices.yaml\n", encoding="utf-8")
    (sub / "notices.yaml").write_text("zh:\n  entities:\n    CN_PHONE: {level: loud, title: t, body: b}\n", encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(sub / "policy.yaml")
    assert "level" in caught.value.key and "expected one of info, warning, danger" in caught.value.problem


# ------------------------------------------------------------------------------ actions
def test_allow_delivers_the_phone_unmasked_but_still_lists_it(guard_with_policy, values):
    g = guard_with_policy("""
        version: allow-phone
        entities:
          CN_PHONE: {buyer: allow}
    """)
    card = values.card("622202", 19)
    text = f"我的手机是13812345678，卡号{card}"
    verdict = g.inspect({"text": text})
    assert [(f.entity_type, text[f.start:f.end]) for f in verdict.findings] == [
        ("CN_PHONE", "13812345678"), ("CN_BANK_CARD", card)]
    assert "13812345678" in verdict.masked_text
    assert card[:15] not in verdict.masked_text  # the card is still masked
    assert verdict.action == "deliver_masked"

    only_phone = g.inspect({"text": "我的手机是13812345678"})
    assert only_phone.action == "deliver"
    assert only_phone.masked_text == "我的手机是13812345678"
    assert [f.entity_type for f in only_phone.findings] == ["CN_PHONE"]
    # the agent direction keeps its own default (mask, and no keep_first/keep_last given)
    assert g.inspect({"text": "您的手机是13812345678吗", "sender": "agent"}).masked_text == "您的手机是***********吗"


def test_hold_gives_action_hold(guard_with_policy, values):
    g = guard_with_policy("""
        version: hold-id
        entities:
          CN_ID_CARD: {buyer: hold}
          CN_PHONE: {buyer: allow}
    """)
    id_, card = values.id(), values.card("621700", 16)
    verdict = g.inspect({"text": f"身份证{id_}，手机13812345678"})
    assert verdict.action == "hold"
    assert [f.entity_type for f in verdict.findings] == ["CN_ID_CARD", "CN_PHONE"]
    assert id_[6:14] not in verdict.masked_text
    # hold wins over mask in the same message
    g2 = guard_with_policy("""
        version: hold-phone
        entities:
          CN_PHONE: {buyer: hold}
    """)
    mixed = g2.inspect({"text": f"手机13812345678，卡号{card}"})
    assert mixed.action == "hold"
    assert g2.inspect({"text": f"卡号{card}"}).action == "deliver_masked"


def test_a_duplicate_key_fails_at_load(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text("version: 1\nentities:\n  CN_PHONE: {buyer: mask}\n  CN_PHONE: {buyer: allow}\n", encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert "CN_PHONE" in str(caught.value) and str(path) in str(caught.value)


def test_a_bad_lexicon_fails_at_load_naming_the_policy_and_the_pattern(tmp_path):
    (tmp_path / "lexicon.yaml").write_text(
        "requests: {strong: ['报(一下'], weak: []}\nnegations: {tokens: []}\n"
        "structure: {list_link: ['和'], pointing: ['这个'], affirmation: ['(是的)'], buyer_question: ['吗']}\n"
        "rules: {}\ntuning: {strong_gap: 18, weak_gap: 6, carry_gap: 40, modifier_gap: 5, context_turns: 3,"
        " ask_turns: 2, argument_window: 30, separator_run: 8, bare_length: 16}\n", encoding="utf-8")
    path = tmp_path / "policy.yaml"
    path.write_text("version: t\nentities: {}\nlexicon: lexicon.yaml\n", encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    message = str(caught.value)
    assert str(path) in message and "lexicon.yaml: requests.strong[0]: bad pattern" in message


def test_a_missing_lexicon_file_fails_at_load(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text("version: t\nentities: {}\nlexicon: nowhere.yaml\n", encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert "lexicon" in str(caught.value) and "nowhere.yaml" in str(caught.value)
