"""The policy: what happens to each entity per direction, and (later sections) to each rule.

A policy is YAML data (policies/default.yaml ships with the package). Loading validates every
key; a malformed policy fails at load with a PolicyError naming the file, the key and the problem.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

import yaml

ENTITY_TYPES = ("CN_PHONE", "CN_BANK_CARD", "CN_ID_CARD", "CN_ADDRESS")
ENTITY_ACTIONS = ("mask", "allow", "hold")
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

    def action_for(self, sender: str) -> str:
        return self.buyer if sender == "buyer" else self.agent


@dataclass(frozen=True)
class Policy:
    version: str
    source: str
    score_threshold: float = 0.5
    entities: Mapping[str, EntityPolicy] = field(default_factory=dict)


def load_policy(path: str | Path | None = None) -> Policy:
    """Load and validate a policy file; None loads the packaged default."""
    if path is None:
        ref = resources.files("policies").joinpath(DEFAULT_POLICY)
        return parse_policy(ref.read_text(encoding="utf-8"), source=f"policies/{DEFAULT_POLICY}")
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(str(path), "(file)", f"cannot read: {exc.strerror or exc}") from None
    return parse_policy(text, source=str(path))


def parse_policy(text: str, source: str = "<policy>") -> Policy:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "(yaml)"
        raise PolicyError(source, where, f"invalid YAML: {getattr(exc, 'problem', exc)}") from None
    reader = _Reader(source)
    root = reader.mapping(data, "(top level)")
    reader.only(root, "(top level)", {"version", "score_threshold", "entities"})
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
    return Policy(version=version, source=source, score_threshold=threshold, entities=entities)


def _entity(reader: "_Reader", name: str, spec: Any) -> EntityPolicy:
    key = f"entities.{name}"
    spec = reader.mapping(spec, key)
    reader.only(spec, key, {"buyer", "agent", "keep_first", "keep_last", "keep"})
    defaults = EntityPolicy()
    return EntityPolicy(
        buyer=reader.choice(spec.get("buyer", defaults.buyer), f"{key}.buyer", ENTITY_ACTIONS),
        agent=reader.choice(spec.get("agent", defaults.agent), f"{key}.agent", ENTITY_ACTIONS),
        keep_first=reader.integer(spec.get("keep_first", 0), f"{key}.keep_first", 0, 8),
        keep_last=reader.integer(spec.get("keep_last", 0), f"{key}.keep_last", 0, 8),
        keep=reader.choice(spec.get("keep", defaults.keep), f"{key}.keep", ADDRESS_KEEP),
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

    def integer(self, value: Any, key: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(key, f"expected a whole number from {low} to {high}, got {value!r}")
        return value


def _kind(value: Any) -> str:
    return "nothing" if value is None else type(value).__name__
