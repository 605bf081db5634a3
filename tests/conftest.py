"""Shared fixtures for the PII half of the suite.

The Guard is built once per session (loading jieba, spaCy and the gazetteer takes seconds);
later Guards with other policies reuse the loaded dictionaries and are cheap. Test values
(cards, ID numbers, phones) are computed here with the project's own validators instead of
hard-coded, so every "valid" value really is valid and every "invalid" one really is not.
"""
from __future__ import annotations

import os
import random
import tempfile
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import configuration as hypothesis_configuration
from hypothesis import settings

from guard import Guard
from guard.normalize import normalize
from recognizers.bank_card import luhn_valid
from recognizers.id_card import check_character
from recognizers.phone import MOBILE_PREFIXES

# Hypothesis keeps its example database and caches in ./.hypothesis by default; keep the
# working tree clean and put them in the temp directory instead.
hypothesis_configuration.set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "guard-tests-hypothesis")
# CI runs the same examples every time (a run that fails does not land, so it must not depend
# on luck); a developer's runs keep exploring new ones.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Real Chinese issuer BINs (all present in recognizers/data/bank_bins.tsv).
BINS = ("622202", "621700", "622848", "621661", "622588")


def luhn_complete(partial: str) -> str:
    """`partial` plus the one check digit that makes it pass Luhn."""
    return next(partial + d for d in "0123456789" if luhn_valid(partial + d))


def luhn_break(card: str) -> str:
    """The same card with a wrong check digit."""
    return card[:-1] + str((int(card[-1]) + 1) % 10)


def make_card(bin_: str = "622202", length: int = 19, seed: int = 0) -> str:
    rng = random.Random(f"{bin_}-{length}-{seed}")
    body = bin_ + "".join(rng.choice("0123456789") for _ in range(length - len(bin_) - 1))
    return luhn_complete(body)


def make_id(area: str = "110101", birth: str = "19900307", seq: str = "123") -> str:
    first17 = area + birth + seq
    return first17 + check_character(first17)


def make_id_with_x(area: str = "110101", birth: str = "19900307") -> str:
    """An ID number whose check character is X."""
    for n in range(1000):
        first17 = f"{area}{birth}{n:03d}"
        if check_character(first17) == "X":
            return first17 + "X"
    raise AssertionError("no X check character found")  # pragma: no cover


def make_phone(prefix: str = "138", seed: int = 0) -> str:
    assert prefix in MOBILE_PREFIXES
    rng = random.Random(f"{prefix}-{seed}")
    return prefix + "".join(rng.choice("0123456789") for _ in range(8))


VALUES = SimpleNamespace(
    BINS=BINS, luhn_complete=luhn_complete, luhn_break=luhn_break, card=make_card, id=make_id,
    id_with_x=make_id_with_x, phone=make_phone,
)


@pytest.fixture(scope="session")
def values() -> SimpleNamespace:
    """Helpers that compute valid test values (session-scoped so hypothesis tests may use it)."""
    return VALUES


@pytest.fixture(scope="session")
def guard() -> Guard:
    """The real engine with the packaged default policy, built once per session."""
    return Guard.from_policy()


@pytest.fixture(scope="session")
def guard_with_policy(tmp_path_factory):
    """Build a Guard from a policy YAML string (cheap once the first Guard has loaded jieba)."""
    made: dict[str, Guard] = {}

    def build(yaml_text: str) -> Guard:
        yaml_text = textwrap.dedent(yaml_text)
        if yaml_text not in made:
            path = tmp_path_factory.mktemp("policy") / "policy.yaml"
            path.write_text(yaml_text, encoding="utf-8")
            made[yaml_text] = Guard.from_policy(path)
        return made[yaml_text]

    return build


@pytest.fixture(scope="session")
def found():
    """findings of a message as (entity_type, original substring) pairs."""

    def run(guard: Guard, text: str, sender: str = "buyer") -> list[tuple[str, str]]:
        verdict = guard.inspect({"text": text, "sender": sender})
        return [(f.entity_type, text[f.start:f.end]) for f in verdict.findings]

    return run


@pytest.fixture(scope="session")
def score_of(guard):
    """The best raw analyzer score of an entity in a text (threshold 0), or None."""

    def run(text: str, entity: str) -> float | None:
        results = guard.analyzer.analyze(normalize(text).text, language="zh", score_threshold=0.0)
        scores = [r.score for r in results if r.entity_type == entity]
        return max(scores) if scores else None

    return run


def pytest_terminal_summary(terminalreporter):
    """Say loudly when the PostgreSQL half of the store tests did not run (issue 8, item 15)."""
    skipped = [r for r in terminalreporter.stats.get("skipped", [])
               if "GUARD_TEST_POSTGRES_URL" in str(getattr(r, "longrepr", ""))]
    if skipped:
        terminalreporter.write_sep("=", "PostgreSQL tests skipped", yellow=True)
        terminalreporter.write_line(
            f"{len(skipped)} tests against PostgreSQL were skipped: GUARD_TEST_POSTGRES_URL is not set. "
            "Run them with `make test-all` (starts a throwaway server with .ci/postgres.sh), "
            "or export GUARD_TEST_POSTGRES_URL=\"$(bash .ci/postgres.sh)\" first; .ci/run always does.")
