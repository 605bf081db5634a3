"""No raw phone, card or ID number in the store, in log lines or in error bodies."""
from __future__ import annotations

import json
import logging

from .support import AGENT_CODE, CARD, ID_NUMBER, PHONE, RAW_VALUES, agent_message, dump_database


def test_raw_values_never_reach_store_logs_or_error_bodies(make_server, database_url, caplog):
    caplog.set_level(logging.DEBUG)  # everything, SQLAlchemy's statement log included
    server = make_server(max_chars=200)
    outputs: list[str] = []  # every response body the service sent
    with server.client("chat") as c:
        def post(path, **kw):
            r = c.post(path, **kw)
            outputs.append(r.text)
            return r

        for n, text in enumerate((f"我的手机号是{PHONE}", f"我的卡号是{CARD}", f"身份证号{ID_NUMBER}")):
            r = post("/v1/inspect", json={"id": f"buyer-{n}", "sender": "buyer", "text": text})
            assert r.status_code == 200 and r.json()["findings"], r.text
        leaky = agent_message(f"{AGENT_CODE}，您的卡号是{CARD}，手机{PHONE}，身份证{ID_NUMBER}对吧")
        r = post("/v1/inspect", json=leaky)
        assert r.status_code == 200 and r.json()["violation_ids"]
        violation_id = r.json()["violation_ids"][0]
        # Errors about fields that hold the raw values.
        errors = [
            post("/v1/inspect", json={"text": f"电话{PHONE}" * 20}),                      # 413
            post("/v1/inspect", json={"text": "hi", "sender": PHONE}),                     # 422
            post("/v1/inspect", json={"text": int(PHONE)}),                                # 422
            post("/v1/inspect", json={"text": "hi", "agent_id": {"card": CARD}}),          # 422
            post("/v1/inspect", json={"text": "hi", "context": [{"sender": ID_NUMBER,
                                                                 "text": "x"}]}),          # 422
            post("/v1/inspect/batch", json={"messages": [{"text": CARD, "sender": CARD}]}),  # 422
            post("/v1/inspect", content=f'{{"text": "{CARD}",'.encode(),
                 headers={"Content-Type": "application/json"}),                           # 422
            post("/v1/inspect", json={"text": 7, "id": PHONE * 30}),                      # 422
        ]
        assert [e.status_code for e in errors] == [413] + [422] * 7
    with server.client("compliance") as c:
        r = c.post(f"/v1/violations/{violation_id}/review",
                   json={"status": "confirmed", "note": f"买家手机{PHONE}，卡号{CARD}，身份证{ID_NUMBER}"})
        assert r.status_code == 200, r.text
        outputs += [r.text, c.get(f"/v1/violations/{violation_id}").text,
                    c.get("/v1/violations").text, c.get("/v1/violations/export.csv").text]
        assert json.loads(outputs[-4])["reviews"][0]["note"].startswith("买家手机")

    store = dump_database(database_url)
    assert "violations:" in store and "violation_reviews:" in store
    logs = caplog.text
    assert "violation" in logs  # the service did log about the violations it wrote
    for value in RAW_VALUES:
        assert value not in store, f"raw value in the store: {value}"
        assert value not in logs, f"raw value in the logs: {value}"
        for body in outputs:
            assert value not in body, f"raw value in a response: {body[:200]}"
