"""The standing policy file: the packaged one loads; a malformed one fails at load with a
PolicyError naming the file, the key and the problem (unknown keys, misspelt sections,
out-of-range values, references to tiers that do not exist)."""
from __future__ import annotations

import pytest
import yaml

from guard.policy import PolicyError
from guard.solicitation import RULES
from guard.standing import load_standing_policy, parse_standing_policy
from guard.standing.policy import SEVERITIES
from standing_support import DEFAULT_TEXT

CREDENTIAL_RULES = {"ASK_CARD_NUMBER", "ASK_CARD_SECURITY", "ASK_PASSWORD", "ASK_VERIFICATION_CODE"}


def test_the_packaged_standing_policy_loads_with_every_severity_and_the_credential_rules():
    policy = load_standing_policy()
    assert policy.version == "standing-2026.12.1"
    assert set(policy.severities) == set(SEVERITIES)
    assert [t.name for t in policy.tiers] == ["full", "reduced", "probation", "suspended"]
    assert CREDENTIAL_RULES <= set(policy.credential_floor.rules) <= set(RULES)
    weights = [policy.severities[s].weight for s in SEVERITIES]
    assert weights == sorted(weights) and weights[0] < weights[-1]


def _edit(path: str, value=None, delete=False, rename=None):
    data = yaml.safe_load(DEFAULT_TEXT)
    *parents, last = path.split(".")
    target = data
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    if rename:
        target[rename] = target.pop(last)
    elif delete:
        del target[last]
    else:
        target[last] = value
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


# (policy text, key named in the error, words of the problem)
MALFORMED = {
    "unknown top-level key": (_edit("bonus", 1), "bonus", "unknown key; expected one of cap, credential_floor"),
    "misspelt section": (_edit("hysteresis", rename="hysterisis"), "hysterisis", "did you mean hysteresis?"),
    "unknown nested key": (_edit("review.disputed.lapse_to", "full"), "review.disputed.lapse_to",
                           "expected one of provisional_factor, review_days"),
    "misspelt nested key": (_edit("rate.prior_conversations", rename="prior_conversation"),
                            "rate.prior_conversation", "did you mean prior_conversations?"),
    "unknown key in a tier": (_edit("tiers.0.bonus", 1), "tiers.0.bonus", "unknown key"),
    "misspelt key of a severity": (_edit("severities.high.weight", rename="weigth"), "severities.high.weigth",
                                   "did you mean weight?"),
    "missing section": (_edit("escalation", delete=True), "escalation", "is required"),
    "missing version": (_edit("version", delete=True), "version", "is required"),
    "share above one": (_edit("review.disputed.provisional_factor", 1.5), "review.disputed.provisional_factor",
                        "less than or equal to 1"),
    "zero half-life": (_edit("severities.high.half_life_days", 0), "severities.high.half_life_days",
                       "greater than 0"),
    "negative window": (_edit("windows.hard_days", -1), "windows.hard_days", "greater than or equal to 1"),
    "a word for a number": (_edit("windows.hard_days", "half a year"), "windows.hard_days", "valid integer"),
    "unknown severity": (_edit("severities.extreme", {"weight": 50, "half_life_days": 9}), "severities.extreme",
                         "Input should be 'low', 'medium', 'high' or 'critical'"),
    "missing severity": (_edit("severities.low", delete=True), "severities", "missing low"),
    "unknown rule on the floor": (_edit("credential_floor.rules", ["ASK_SHOE_SIZE"]), "credential_floor.rules.0",
                                  "Input should be"),
    "unknown tier for the floor": (_edit("credential_floor.unreviewed_max_tier", "gold"),
                                   "credential_floor.unreviewed_max_tier", "unknown tier 'gold'"),
    "unknown tier for new agents": (_edit("new_agent.lowest_tier", "trainee"), "new_agent.lowest_tier",
                                    "unknown tier"),
    "tiers out of order": (_edit("tiers.0.min_score", 50), "tiers", "best first"),
    "no suspension tier last": (_edit("tiers.3.cap_share", 0.05), "tiers", "the last tier (suspended) is the suspension"),
    "missing review target": (_edit("review.target_hours.critical", delete=True), "review.target_hours",
                              "missing critical"),
    "zero review target": (_edit("review.target_hours.low", 0), "review.target_hours", "above 0"),
    "cap floor above the ceiling": (_edit("cap.floor", 500), "cap.floor", "must not exceed cap.ceiling"),
    "not a mapping": ("- version\n", "(top level)", "expected a mapping"),
    "duplicate key": (DEFAULT_TEXT + "\nversion: again\n", "line", "duplicate key 'version'"),
}


@pytest.mark.parametrize("name", list(MALFORMED))
def test_a_malformed_standing_policy_names_the_file_the_key_and_the_problem(tmp_path, name):
    text, key, problem = MALFORMED[name]
    path = tmp_path / "standing.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_standing_policy(path)
    err = caught.value
    assert err.source == str(path)
    assert err.key.startswith(key) if key == "line" else err.key == key
    assert problem in err.problem
    assert str(err) == f"{path}: {err.key}: {err.problem}"


def test_an_unreadable_standing_policy_names_the_file(tmp_path):
    with pytest.raises(PolicyError) as caught:
        load_standing_policy(tmp_path / "missing.yaml")
    assert caught.value.key == "(file)" and "cannot read" in caught.value.problem


def _key_paths(node, prefix=()):
    """Every key of the packaged policy, as a path (list items by index)."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        path = prefix + (str(key),)
        if isinstance(key, str):
            yield path
        yield from _key_paths(value, path)


# Keys that are severity names are left out: a misspelt severity is an unknown one (above).
SEVERITY_KEYED = (("severities",), ("review", "target_hours"))
SCHEMA_KEYS = [".".join(p) for p in _key_paths(yaml.safe_load(DEFAULT_TEXT)) if p[:-1] not in SEVERITY_KEYED]


@pytest.mark.parametrize("path", SCHEMA_KEYS)
def test_every_key_misspelt_is_refused_with_the_key_meant(path):
    *parents, last = path.split(".")
    text = _edit(path, rename=last + "x")
    with pytest.raises(PolicyError) as caught:
        parse_standing_policy(text, source="standing.yaml")
    assert caught.value.key == ".".join([*parents, last + "x"])
    assert f"did you mean {last}?" in caught.value.problem
