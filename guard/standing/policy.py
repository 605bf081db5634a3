"""The standing policy (policies/standing.yaml): every weight, window and threshold the scorer
uses, checked by a strict schema. Unknown keys, misspelt sections and out-of-range values fail at
load with a PolicyError naming the file, the key and the problem."""
from __future__ import annotations

import difflib
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from guard.policy import SEVERITIES, PolicyError, _yaml
from guard.solicitation import RULES

DEFAULT_STANDING_POLICY = "standing.yaml"

Severity = Literal[SEVERITIES]
Rule = Literal[RULES]


def _every_severity(value: dict, what: str) -> None:
    """A mapping by severity must name every one of them (the error names those missing)."""
    missing = [s for s in SEVERITIES if s not in value]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}; every severity needs {what}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SeverityWeight(_Strict):
    weight: float = Field(ge=0, le=1000)
    half_life_days: float = Field(gt=0, le=3650)


class Windows(_Strict):
    hard_days: int = Field(ge=1, le=3650)
    exposure_days: int = Field(ge=1, le=3650)


class ConfirmationPrior(_Strict):
    confirmed: float = Field(gt=0, le=1000)
    dismissed: float = Field(gt=0, le=1000)


class Disputes(_Strict):
    provisional_factor: float = Field(ge=0, le=1)
    review_days: float = Field(gt=0, le=365)


class Confidence(_Strict):
    weigh_unreviewed: bool
    floor: float = Field(ge=0, le=1)


class Review(_Strict):
    confirmation_prior: ConfirmationPrior
    disputed: Disputes
    confidence: Confidence
    # Hours within which an entry of each severity should be reviewed (the console marks the
    # ones waiting longer as overdue); not part of the standing itself.
    target_hours: dict[Severity, float]

    @field_validator("target_hours")
    @classmethod
    def _every_severity_has_a_target(cls, value: dict) -> dict:
        _every_severity(value, "a review target")
        if any(not 0 < hours <= 24 * 365 for hours in value.values()):
            raise ValueError("targets are hours from above 0 to a year")
        return value


class Rate(_Strict):
    per_conversations: int = Field(ge=1, le=1_000_000)
    prior_conversations: float = Field(gt=0, le=1_000_000)
    baseline_points: float = Field(ge=0, le=1_000_000)
    half_score_points: float = Field(gt=0, le=1_000_000)


class Escalation(_Strict):
    window_days: float = Field(ge=0, le=3650)
    step: float = Field(ge=0, le=100)
    max_factor: float = Field(ge=1, le=100)


class Leniency(_Strict):
    severities: tuple[Severity, ...]
    lookback_days: float = Field(ge=0, le=3650)
    factor: float = Field(ge=0, le=1)


class CredentialFloor(_Strict):
    rules: tuple[Rule, ...] = Field(min_length=1)
    unreviewed_min_confidence: float = Field(ge=0, le=1)
    unreviewed_max_tier: str
    confirmed_suspension_days: float = Field(ge=0, le=3650)


class Tier(_Strict):
    name: str = Field(min_length=1, max_length=32, pattern=r"^[a-z][a-z0-9_]*$")
    min_score: float = Field(ge=0, le=100)
    cap_share: float = Field(ge=0, le=1)
    zh: str = Field(min_length=1)


class Hysteresis(_Strict):
    promote_margin: float = Field(ge=0, le=100)
    min_days_in_tier: float = Field(ge=0, le=365)


class Cap(_Strict):
    floor: int = Field(ge=0, le=100_000)
    ceiling: int = Field(ge=1, le=100_000)


class NewAgent(_Strict):
    days: int = Field(ge=0, le=3650)
    conversations: int = Field(ge=0, le=10_000_000)
    cap: int = Field(ge=0, le=100_000)
    lowest_tier: str


class Explanation(_Strict):
    top_costs: int = Field(ge=0, le=50)
    recovery_horizon_days: int = Field(ge=1, le=3650)


class StandingPolicy(_Strict):
    version: str = Field(min_length=1, max_length=64)
    utc_offset_hours: float = Field(ge=-12, le=14)
    windows: Windows
    severities: dict[Severity, SeverityWeight]
    review: Review
    rate: Rate
    escalation: Escalation
    leniency: Leniency
    credential_floor: CredentialFloor
    tiers: tuple[Tier, ...] = Field(min_length=2, max_length=10)
    hysteresis: Hysteresis
    cap: Cap
    new_agent: NewAgent
    explanation: Explanation

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value

    @field_validator("severities")
    @classmethod
    def _every_severity(cls, value: dict) -> dict:
        _every_severity(value, "a weight")
        return value

    @field_validator("tiers")
    @classmethod
    def _tiers_best_first(cls, tiers: tuple[Tier, ...]) -> tuple[Tier, ...]:
        names = [t.name for t in tiers]
        if len(set(names)) != len(names):
            raise ValueError("tier names must be unique")
        for better, worse in zip(tiers, tiers[1:]):
            if not (better.min_score > worse.min_score and better.cap_share >= worse.cap_share):
                raise ValueError(f"tiers go best first: {better.name} needs a higher min_score and no smaller "
                                 f"cap_share than {worse.name}")
        last = tiers[-1]
        if last.min_score != 0 or last.cap_share != 0:
            raise ValueError(f"the last tier ({last.name}) is the suspension: min_score 0 and cap_share 0")
        if any(t.cap_share == 0 for t in tiers[:-1]):
            raise ValueError("only the last tier may have cap_share 0")
        return tiers

    def tier_index(self, name: str) -> int:
        return [t.name for t in self.tiers].index(name)


def _cross_checks(policy: StandingPolicy, source: str) -> None:
    """Checks across sections, each naming its key."""
    names = [t.name for t in policy.tiers]
    for key, name in (("credential_floor.unreviewed_max_tier", policy.credential_floor.unreviewed_max_tier),
                      ("new_agent.lowest_tier", policy.new_agent.lowest_tier)):
        if name not in names:
            raise PolicyError(source, key, f"unknown tier {name!r}; tiers: {', '.join(names)}")
    if policy.cap.floor > policy.cap.ceiling:
        raise PolicyError(source, "cap.floor", f"must not exceed cap.ceiling ({policy.cap.ceiling})")
    if policy.new_agent.cap > policy.cap.ceiling:
        raise PolicyError(source, "new_agent.cap", f"must not exceed cap.ceiling ({policy.cap.ceiling})")


def load_standing_policy(path: str | Path | None = None) -> StandingPolicy:
    """Load and check a standing policy file; None loads the packaged policies/standing.yaml."""
    if path is None:
        text = resources.files("policies").joinpath(DEFAULT_STANDING_POLICY).read_text(encoding="utf-8")
        return parse_standing_policy(text, source=f"policies/{DEFAULT_STANDING_POLICY}")
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(str(path), "(file)", f"cannot read: {exc.strerror or exc}") from None
    return parse_standing_policy(text, source=str(path))


def parse_standing_policy(text: str, source: str = "<standing policy>") -> StandingPolicy:
    data = _yaml(text, source)
    if not isinstance(data, dict):
        raise PolicyError(source, "(top level)", "expected a mapping")
    try:
        policy = StandingPolicy.model_validate(data)
    except ValidationError as exc:
        raise _policy_error(exc, source) from None
    _cross_checks(policy, source)
    return policy


def _policy_error(exc: ValidationError, source: str) -> PolicyError:
    """The first problem pydantic found, as the key path and a message that never echoes a value
    for an unknown key (it may be anything) but suggests the key that was probably meant."""
    errors = exc.errors()
    # A misspelt section shows as an unknown key and a missing one: name the misspelling.
    error = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
    loc = [str(part) for part in error["loc"] if part != "[key]"]
    key = ".".join(loc) or "(top level)"
    if error["type"] == "extra_forbidden":
        known = _known_keys(StandingPolicy, loc[:-1])
        close = difflib.get_close_matches(loc[-1], known, n=1)
        hint = f"; did you mean {close[0]}?" if close else ""
        return PolicyError(source, key, f"unknown key; expected one of {', '.join(known)}{hint}")
    if error["type"] == "missing":
        return PolicyError(source, key, "is required")
    return PolicyError(source, key, error["msg"].removeprefix("Value error, "))


def _known_keys(model: type[BaseModel], path: list[str]) -> list[str]:
    """The keys allowed at a location (following nested models; list indexes and mapping keys
    such as a severity's name are skipped)."""
    for part in path:
        if part not in model.model_fields:
            continue
        annotation = model.model_fields[part].annotation
        inner = getattr(annotation, "__args__", (annotation,))
        model = next(a for a in inner if isinstance(a, type) and issubclass(a, BaseModel))
    return sorted(model.model_fields)
