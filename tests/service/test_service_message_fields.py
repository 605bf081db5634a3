"""The fields of a message at the HTTP edge: ids (null means absent) and the sender rule,
which is the same in the library, the CLI and the HTTP API."""
from __future__ import annotations

import json
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from guard.cli import main as cli_main
from guard.message import MessageError
from guard.service.schemas import ID_MAX_CHARS, MessageIn

from .support import AGENT_CODE, agent_message

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
ID_FIELDS = ("id", "agent_id", "conversation_id", "buyer_id")


def _error(r, status: int = 422) -> dict:
    assert r.status_code == status, (r.status_code, r.text)
    return r.json()["error"]


# -- ids ------------------------------------------------------------------------------------

def test_the_installed_pydantic_is_in_the_range_pyproject_supports():
    # The id rules below broke silently on a pydantic minor once (2.12); the pin keeps
    # installs on the tested range, and this keeps the pin and the environment honest.
    deps = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    [pin] = [Requirement(d) for d in deps if Requirement(d).name == "pydantic"]
    assert pin.specifier, "pydantic must be pinned to the range the suite has passed on"
    assert pin.specifier.contains(version("pydantic")), (version("pydantic"), str(pin))


@pytest.mark.parametrize("raw,expected", [
    (None, None),
    ("m-1", "m-1"),
    (42, "42"),
    (10**30, str(10**30)),
    ("x" * ID_MAX_CHARS, "x" * ID_MAX_CHARS),
])
@pytest.mark.parametrize("field", ID_FIELDS)
def test_an_id_is_a_string_an_integer_or_null_for_absent(field, raw, expected):
    message = MessageIn.model_validate_json(json.dumps({"text": "hi", field: raw}))
    assert getattr(message, field) == expected


INVALID_IDS = (  # value, what the error message says about it
    (True, "Input should be a valid string"),
    (1.5, "Input should be a valid string"),
    ({"x": 1}, "Input should be a valid string"),
    ("x" * (ID_MAX_CHARS + 1), f"String should have at most {ID_MAX_CHARS} characters"),
    ("a\x00b", "must not contain NUL characters or lone surrogates"),
)


def test_an_invalid_id_is_422_naming_the_field_and_the_problem(server):
    # The whole table against one server; each answer must name the field and the problem
    # (in characters, not "items") without repeating the value.
    got, want = {}, {}
    with server.client("chat") as c:
        for field in ID_FIELDS:
            for n, (raw, problem) in enumerate(INVALID_IDS):
                one = _error(c.post("/v1/inspect", json={"text": "hi", field: raw}))
                batch = _error(c.post("/v1/inspect/batch", json={
                    "messages": [{"text": "ok"}, {"text": "hi", field: raw}]}))
                got[field, n] = (one["message"], batch["message"])
                want[field, n] = (f"{field}: {problem}", f"messages[1].{field}: {problem}")
                assert not isinstance(raw, str) or raw not in json.dumps(one)
    assert got == want


def test_null_ids_mean_absent_on_both_inspect_endpoints(server):
    nulls = dict.fromkeys(ID_FIELDS)
    with server.client("chat") as c:
        one = c.post("/v1/inspect", json=agent_message(AGENT_CODE, **nulls))
        batch = c.post("/v1/inspect/batch",
                       json={"messages": [{"text": "hi", **nulls}, agent_message(**nulls)]})
    assert one.status_code == 200, one.text
    assert batch.status_code == 200, batch.text
    assert one.json()["id"] is None and one.json()["violation_ids"]
    assert [v["id"] for v in batch.json()["verdicts"]] == [None, None]
    with server.client("compliance") as c:
        stored = c.get(f"/v1/violations/{one.json()['violation_ids'][0]}").json()
    assert (stored["message_id"], stored["agent_id"], stored["conversation_id"]) == (None,) * 3


# -- the sender rule: missing or null means buyer, an empty string is invalid ---------------

SENDER_CASES = [
    ({}, "buyer"),
    ({"sender": None}, "buyer"),
    ({"sender": "buyer"}, "buyer"),
    ({"sender": "agent"}, "agent"),
    ({"sender": ""}, "sender"),
    ({"sender": "Agent"}, "sender"),
    ({"sender": 0}, "sender"),
    ({"sender": "agent", "context": [{"text": "退款到了吗"}]}, "agent"),
    ({"sender": "agent", "context": [{"sender": None, "text": "退款到了吗"}]}, "agent"),
    ({"sender": "agent", "context": [{"sender": "", "text": "退款到了吗"}]},
     "context[0].sender"),
]


def _outcome(verdict: dict) -> str:
    """How the message was read: an agent's request for the SMS code is signalled."""
    return "agent" if verdict["signals"] else "buyer"


def test_the_sender_rule_is_the_same_in_library_cli_and_http(server, engine_guard, tmp_path):
    messages = [{"id": f"s-{n}", "text": AGENT_CODE, **fields}
                for n, (fields, _) in enumerate(SENDER_CASES)]
    expected = [want for _, want in SENDER_CASES]

    library = []
    for m in messages:
        try:
            library.append(_outcome(engine_guard.inspect(m).to_dict()))
        except MessageError as err:
            library.append(err.field)

    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(m) + "\n" for m in messages), encoding="utf-8")
    assert cli_main(["scan", str(source), "-o", str(out)]) == 1  # some lines are invalid
    cli = [line["error"].split(":")[0] if "error" in line else _outcome(line)
           for line in map(json.loads, out.read_text(encoding="utf-8").splitlines())]

    http = []
    with server.client("chat") as c:
        for m in messages:
            r = c.post("/v1/inspect", json=m)
            http.append(_error(r)["field"] if r.status_code == 422 else _outcome(r.json()))

    assert library == expected
    assert cli == expected
    assert http == expected
