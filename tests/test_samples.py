"""The corpora in samples/ are findable: every one is listed in the manifest with its role, and
its generator and README exist; every corpus passes the kit's self-check."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from samples.kit import check

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ROLES = ("development", "train", "validation", "hold-out")
MANIFEST = yaml.safe_load((SAMPLES / "manifest.yaml").read_text(encoding="utf-8"))["corpora"]
NOT_CORPORA = {"conversations.jsonl"}  # the demo conversations, package data of `guard demo`


def _listed(entry: dict, key: str) -> list[str]:
    value = entry[key]
    return value if isinstance(value, list) else [value]


def test_every_corpus_file_is_in_the_manifest():
    on_disk = {str(p.relative_to(SAMPLES)) for p in SAMPLES.rglob("*.jsonl")} - NOT_CORPORA
    listed = {f for entry in MANIFEST for f in entry["files"]}
    assert on_disk == listed


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["name"] for e in MANIFEST])
def test_every_manifest_entry_has_a_role_a_writer_a_generator_and_a_readme(entry):
    assert entry["role"] in ROLES
    assert entry["writer"]
    for key in ("generator", "readme"):
        for name in _listed(entry, key):
            assert (SAMPLES / name).is_file(), name


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["name"] for e in MANIFEST])
def test_every_corpus_passes_the_kit_self_check(entry):
    for name in entry["files"]:
        with open(SAMPLES / name, encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
        assert records and check(records) == [], name
