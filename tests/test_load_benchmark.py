"""benchmarks/load.py sends every text once in a run (warm-up, rounds and load processes alike),
so that its figures do not measure the engine's analysis cache; --replay sends the corpus as is."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

LOAD_PY = Path(__file__).resolve().parent.parent / "benchmarks" / "load.py"
CORPUS = [{"id": str(n), "text": text, "sender": "agent", "agent_id": "a", "conversation_id": "c"}
          for n, text in enumerate(["加我微信聊", "验证码发我一下", "您好，请问有什么可以帮您"])]


@pytest.fixture(scope="module")
def load():
    spec = importlib.util.spec_from_file_location("load_benchmark", LOAD_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _texts(load, laps, runs):
    """Texts sent by a sequence of runs, each (requests a process, batch, processes)."""
    sent = []
    for requests, batch, procs in runs:
        passes = laps.for_run(len(CORPUS), requests * max(batch, 1), procs)
        for proc in range(procs):
            for request in load.request_messages(CORPUS, requests, batch, proc, passes):
                sent += [m["text"] for m in request]
    return sent


def test_a_run_never_sends_a_text_twice(load):
    warm_up, round_one, round_two = (5, 0, 1), (7, 0, 2), (4, 3, 2)  # batches of 3 in the last
    sent = _texts(load, load.Laps(marked=True), [warm_up, round_one, round_two])
    assert len(sent) == 5 + 7 * 2 + 4 * 3 * 2
    assert len(set(sent)) == len(sent)
    assert sent[:3] == [m["text"] for m in CORPUS]  # the first pass is the corpus as it is


def test_replay_sends_the_corpus_texts_unchanged_pass_after_pass(load):
    sent = _texts(load, load.Laps(marked=False), [(7, 0, 2)])
    assert sent == [CORPUS[n % 3]["text"] for n in range(7)] * 2


def test_distinct_loading_keeps_the_first_of_each_text(load, tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(m, ensure_ascii=False) for m in CORPUS + CORPUS[:1]), encoding="utf-8")
    assert [m["text"] for m in load.load_corpus(path)] == [m["text"] for m in CORPUS]
    assert len(load.load_corpus(path, distinct=False)) == 4


@pytest.mark.parametrize("lap, marker", [(0, ""), (1, "啦"), (7, "噢"), (8, "啦呀"), (65, "啦呀啦")])
def test_each_pass_number_has_a_marker_of_its_own(load, lap, marker):
    assert load.lap_marker(lap) == marker
