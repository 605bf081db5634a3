"""The policy: what happens to each entity per direction, and (later sections) to each rule.

A policy is YAML data (policies/default.yaml ships with the package). Loading validates every
key; a malformed policy fails at load with a PolicyError naming the file, the key and the problem.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

import yaml

from guard.names import ENTITY_TYPES, RULES, SEVERITIES
from guard.solicitation import Lexicon, LexiconError
from guard.solicitation.detector import Scoring
from guard.solicitation.model import SignalModel, SignalModelError

ENTITY_ACTIONS = ("mask", "allow", "hold")
RULE_ACTIONS = ("deliver", "deliver_masked", "hold")
NOTICE_LANGUAGES = ("zh", "en")
NOTICE_LEVELS = ("info", "warning", "danger")
ADDRESS_KEEP = ("none", "province", "prefecture", "county")
DEFAULT_POLICY = "default.yaml"


class PolicyError(ValueError):
    def __init__(self, source: str, key: str, problem: str):
        super().__init__(f"{source}: {key}: {problem}")
        self.source, self.key, self.problem = source, key, problem


@dataclass(frozen=True)
class EntityPolicy:
    """What to do with an entity sent by a buyer (to the agent) or by an agent (to the buyer)."""

    buyer: str = "mask"
    agent: str = "mask"
    keep_first: int = 0
    keep_last: int = 0
    keep: str = "county"  # addresses: the last administrative level left visible
    notify: bool = False  # tell the buyer when their own value was held back from the agent

    def action_for(self, sender: str) -> str:
        return self.buyer if sender == "buyer" else self.agent


BANDS = ("hold", "notify", "review")


@dataclass(frozen=True)
class Bands:
    """Confidence bands of a signal: at `hold` and above the rule's action holds the message; at
    `notify` and above the buyer sees the notice (and deliver_masked masks the evidence); at
    `review` and above the violation is logged for review without a notice; below, nothing."""

    hold: float = 0.95
    notify: float = 0.5
    review: float = 0.25

    def band(self, confidence: float) -> str | None:
        for name in BANDS:
            if confidence >= getattr(self, name):
                return name
        return None


@dataclass(frozen=True)
class RulePolicy:
    """What happens to an agent message that breaks a solicitation rule."""

    severity: str = "high"
    action: str = "deliver"  # deliver (with the notice) | deliver_masked (evidence masked) | hold
    notify: bool = True  # show the buyer the rule's notice
    log: bool = True  # log a violation against the agent
    bands: Bands = field(default_factory=Bands)


@dataclass(frozen=True)
class Policy:
    version: str
    source: str
    score_threshold: float = 0.5
    entities: Mapping[str, EntityPolicy] = field(default_factory=dict)
    rules: Mapping[str, RulePolicy] = field(default_factory=dict)
    notice_language: str = "zh"
    lexicon: Lexicon | None = field(default=None, repr=False)
    notices: Mapping[str, Any] = field(default_factory=dict, repr=False)
    signal_model: SignalModel | None = field(default=None, repr=False)
    scoring: Scoring = field(default_factory=Scoring)

    def notice(self, kind: str, name: str) -> Mapping[str, str] | None:
        """The notice text for a rule ("rules") or an entity ("entities") in the policy's language."""
        return self.notices.get(self.notice_language, {}).get(kind, {}).get(name)


def load_policy(path: str | Path | None = None, signal_model: bool = True) -> Policy:
    """Load and validate a policy file; None loads the packaged default.

    `lexicon` and `notices` name YAML files relative to the policy file; when a policy leaves them
    out, the packaged ones are used.
    """
    if path is None:
        ref = resources.files("policies").joinpath(DEFAULT_POLICY)
        return parse_policy(ref.read_text(encoding="utf-8"), source=f"policies/{DEFAULT_POLICY}", signal_model=signal_model)
    path = Path(path)
    return parse_policy(_read(path, str(path), "(file)"), source=str(path), base=path.parent, signal_model=signal_model)


def parse_policy(text: str, source: str = "<policy>", base: Path | None = None, signal_model: bool = True) -> Policy:
    data = _yaml(text, source)
    reader = _Reader(source)
    root = reader.mapping(data, "(top level)")
    reader.only(root, "(top level)", {"version", "score_threshold", "entities", "rules", "notice_language", "lexicon",
                                      "notices", "signal_model", "confidence"})
    version = reader.string(reader.required(root, "version", "(top level)"), "version")
    threshold = reader.number(root.get("score_threshold", 0.5), "score_threshold", 0.0, 1.0)
    entities = {
        name: _entity(reader, name, spec)
        for name, spec in reader.mapping(reader.required(root, "entities", "(top level)"), "entities").items()
    }
    for name in entities:
        if name not in ENTITY_TYPES:
            raise PolicyError(source, f"entities.{name}", f"unknown entity type; known: {', '.join(ENTITY_TYPES)}")
    for name in ENTITY_TYPES:
        entities.setdefault(name, EntityPolicy())
    scoring, bands = _confidence(reader, root.get("confidence", {}))
    rules = {name: _rule(reader, name, spec, bands) for name, spec in reader.mapping(root.get("rules", {}), "rules").items()}
    for name in rules:
        if name not in RULES:
            raise PolicyError(source, f"rules.{name}", f"unknown rule; known: {', '.join(RULES)}")
    for name in RULES:
        rules.setdefault(name, RulePolicy(bands=bands))
    language = reader.choice(root.get("notice_language", "zh"), "notice_language", NOTICE_LANGUAGES)
    lexicon_source, lexicon_data = _side_file(reader, root, "lexicon", base)
    try:
        lexicon = Lexicon(reader.mapping(lexicon_data, "lexicon"), source=lexicon_source)
    except LexiconError as exc:
        raise PolicyError(source, "lexicon", str(exc)) from None
    _, notices = _side_file(reader, root, "notices", base)
    _check_notices(reader, notices, root.get("notices", "notices"))
    model = _signal_model(reader, root, base) if signal_model else None
    return Policy(version=version, source=source, score_threshold=threshold, entities=entities, rules=rules,
                  notice_language=language, lexicon=lexicon, notices=notices, signal_model=model, scoring=scoring)


def _confidence(reader: "_Reader", spec: Any) -> tuple[Scoring, Bands]:
    """The `confidence` section: how evidence becomes a confidence, and the default bands."""
    spec = reader.mapping(spec, "confidence")
    reader.only(spec, "confidence", {"evidence_floor", "overrule_below", "model_only", "unscored", *BANDS})
    default = Scoring()
    unscored = reader.mapping(spec.get("unscored", {}), "confidence.unscored")
    reader.only(unscored, "confidence.unscored", {"phrase", "context", "pair"})
    unscored = {**default.unscored, **unscored}
    scoring = Scoring(
        evidence_floor=reader.number(spec.get("evidence_floor", default.evidence_floor), "confidence.evidence_floor", 0.0, 1.0),
        overrule_below=reader.number(spec.get("overrule_below", default.overrule_below), "confidence.overrule_below", 0.0, 1.0),
        model_only=reader.number(spec.get("model_only", default.model_only), "confidence.model_only", 0.0, 1.0),
        unscored={k: reader.number(v, f"confidence.unscored.{k}", 0.0, 1.0) for k, v in unscored.items()},
    )
    return scoring, _bands(reader, spec, "confidence", Bands())


def _bands(reader: "_Reader", spec: dict, key: str, default: Bands) -> Bands:
    values = {name: reader.number(spec.get(name, getattr(default, name)), f"{key}.{name}", 0.0, 1.0) for name in BANDS}
    if not values["hold"] >= values["notify"] >= values["review"]:
        raise reader.fail(key, f"bands must not increase: hold {values['hold']} >= notify {values['notify']} >= review {values['review']}")
    return Bands(**values)


def _signal_model(reader: "_Reader", root: dict, base: Path | None) -> SignalModel | None:
    """The model that confirms weak solicitation evidence: a JSON file relative to the policy,
    the packaged one when the key is absent, none when it is `off`."""
    name = root.get("signal_model")
    if name is False or (isinstance(name, str) and name.lower() in ("off", "none")):
        return None
    try:
        if name is None:
            ref = resources.files("policies").joinpath(_PACKAGED["signal_model"])
            if not ref.is_file():  # not trained yet (guard train-signals writes it)
                return None
            return SignalModel.from_dict(json.loads(ref.read_text(encoding="utf-8")), source=f"policies/{_PACKAGED['signal_model']}")
        return SignalModel.load((base or Path.cwd()) / reader.string(name, "signal_model"))
    except (SignalModelError, json.JSONDecodeError) as exc:
        raise PolicyError(reader.source, "signal_model", str(exc)) from None


def _side_file(reader: "_Reader", root: dict, key: str, base: Path | None) -> tuple[str, dict]:
    """A YAML file the policy refers to (lexicon, notices), or the packaged one."""
    name = root.get(key)
    if name is None:
        ref = resources.files("policies").joinpath(f"{_PACKAGED[key]}")
        text, source = ref.read_text(encoding="utf-8"), f"policies/{_PACKAGED[key]}"
    else:
        path = (base or Path.cwd()) / reader.string(name, key)
        text, source = _read(path, reader.source, key), str(path)
    return source, _Reader(source).mapping(_yaml(text, source), "(top level)")


_PACKAGED = {"lexicon": "solicitation.yaml", "notices": "notices.yaml", "signal_model": "signal_model.json"}


def _check_notices(reader: "_Reader", notices: dict, where: str) -> None:
    for language, sections in notices.items():
        if language not in NOTICE_LANGUAGES:
            raise reader.fail(f"{where}: {language}", f"unknown language; expected one of {', '.join(NOTICE_LANGUAGES)}")
        for kind, texts in reader.mapping(sections, f"{where}: {language}").items():
            for name, notice in reader.mapping(texts, f"{where}: {language}.{kind}").items():
                key = f"{where}: {language}.{kind}.{name}"
                notice = reader.mapping(notice, key)
                reader.choice(notice.get("level"), f"{key}.level", NOTICE_LEVELS)
                reader.string(notice.get("title"), f"{key}.title")
                reader.string(notice.get("body"), f"{key}.body")


def _read(path: Path, source: str, key: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(source, key, f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise PolicyError(source, key, f"{path} is not UTF-8 text") from None


class _StrictLoader(yaml.SafeLoader):
    """A YAML loader that refuses duplicate keys (the later one would silently win)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _yaml(text: str, source: str) -> Any:
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(yaml)"
        raise PolicyError(source, where, f"invalid YAML: {getattr(exc, 'problem', exc)}") from None


def _rule(reader: "_Reader", name: str, spec: Any, bands: Bands) -> RulePolicy:
    key = f"rules.{name}"
    spec = reader.mapping(spec, key)
    reader.only(spec, key, {"severity", "action", "notify", "log", "confidence"})
    defaults = RulePolicy()
    own = reader.mapping(spec.get("confidence", {}), f"{key}.confidence")
    reader.only(own, f"{key}.confidence", set(BANDS))
    return RulePolicy(
        severity=reader.choice(spec.get("severity", defaults.severity), f"{key}.severity", SEVERITIES),
        action=reader.choice(spec.get("action", defaults.action), f"{key}.action", RULE_ACTIONS),
        notify=reader.boolean(spec.get("notify", defaults.notify), f"{key}.notify"),
        log=reader.boolean(spec.get("log", defaults.log), f"{key}.log"),
        bands=_bands(reader, own, f"{key}.confidence", bands),
    )


def _entity(reader: "_Reader", name: str, spec: Any) -> EntityPolicy:
    key = f"entities.{name}"
    spec = reader.mapping(spec, key)
    reader.only(spec, key, {"buyer", "agent", "keep_first", "keep_last", "keep", "notify"})
    defaults = EntityPolicy()
    return EntityPolicy(
        buyer=reader.choice(spec.get("buyer", defaults.buyer), f"{key}.buyer", ENTITY_ACTIONS),
        agent=reader.choice(spec.get("agent", defaults.agent), f"{key}.agent", ENTITY_ACTIONS),
        keep_first=reader.integer(spec.get("keep_first", 0), f"{key}.keep_first", 0, 8),
        keep_last=reader.integer(spec.get("keep_last", 0), f"{key}.keep_last", 0, 8),
        keep=reader.choice(spec.get("keep", defaults.keep), f"{key}.keep", ADDRESS_KEEP),
        notify=reader.boolean(spec.get("notify", defaults.notify), f"{key}.notify"),
    )


class _Reader:
    """Typed access to YAML data that fails with the key path in the message."""

    def __init__(self, source: str):
        self.source = source

    def fail(self, key: str, problem: str) -> PolicyError:
        return PolicyError(self.source, key, problem)

    def mapping(self, value: Any, key: str) -> dict:
        if not isinstance(value, dict):
            raise self.fail(key, f"expected a mapping, got {_kind(value)}")
        return value

    def required(self, data: dict, name: str, key: str) -> Any:
        if name not in data:
            raise self.fail(name if key == "(top level)" else f"{key}.{name}", "is required")
        return data[name]

    def only(self, data: dict, key: str, allowed: set[str]) -> None:
        unknown = sorted(set(map(str, data)) - allowed)
        if unknown:
            where = unknown[0] if key == "(top level)" else f"{key}.{unknown[0]}"
            raise self.fail(where, f"unknown key; expected one of {', '.join(sorted(allowed))}")

    def string(self, value: Any, key: str) -> str:
        if not isinstance(value, (str, int, float)) or isinstance(value, bool) or str(value).strip() == "":
            raise self.fail(key, f"expected a non-empty string, got {_kind(value)}")
        return str(value)

    def choice(self, value: Any, key: str, options: tuple[str, ...]) -> str:
        if value not in options:
            raise self.fail(key, f"expected one of {', '.join(options)}, got {value!r}")
        return value

    def number(self, value: Any, key: str, low: float, high: float) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            raise self.fail(key, f"expected a number from {low} to {high}, got {value!r}")
        return float(value)

    def boolean(self, value: Any, key: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(key, f"expected true or false, got {value!r}")
        return value

    def integer(self, value: Any, key: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(key, f"expected a whole number from {low} to {high}, got {value!r}")
        return value


def _kind(value: Any) -> str:
    return "nothing" if value is None else type(value).__name__
