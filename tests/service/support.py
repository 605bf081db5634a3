"""Shared helpers of the service tests: keys, sample messages, a live uvicorn server."""
from __future__ import annotations

import os
import secrets
import threading
import time
import uuid
from dataclasses import dataclass

import httpx
import sqlalchemy as sa
import uvicorn

from guard.service.keys import ApiKey
from guard.store import create_engine

PG_URL = os.environ.get("GUARD_TEST_POSTGRES_URL")

# Messages the engine is known to flag (see the engine's own tests).
AGENT_CODE = "您好，麻烦把手机收到的6位验证码报一下，我这边给您办理退款"  # ASK_VERIFICATION_CODE
AGENT_WECHAT = "加我微信 abc12345 给你处理理赔"  # ASK_OFF_PLATFORM
BUYER_PHONE = "我的手机号是13812345678"  # CN_PHONE
PHONE = "13812345678"
CARD = "6222021234567890128"  # Luhn-valid, ICBC prefix
ID_NUMBER = "110105199003071239"  # valid checksum and birth date
RAW_VALUES = (PHONE, CARD, ID_NUMBER)

KEYS = {
    "chat": ApiKey("chat-system", "chat", "chat-" + secrets.token_urlsafe(24)),
    "compliance": ApiKey("alice", "compliance", "comp-" + secrets.token_urlsafe(24)),
    "dispatch": ApiKey("dispatcher", "dispatch", "disp-" + secrets.token_urlsafe(24)),
    "admin": ApiKey("root", "admin", "admin-" + secrets.token_urlsafe(24)),
}


@dataclass
class LiveServer:
    app: object
    url: str
    server: uvicorn.Server
    thread: threading.Thread

    def client(self, role: str | None = None, **kw) -> httpx.Client:
        headers = {"Authorization": f"Bearer {KEYS[role].key}"} if role else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=60, **kw)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(30)


def start_server(app) -> LiveServer:
    # log_config=None: keep pytest's logging (caplog) instead of uvicorn's own setup.
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_config=None, access_log=False,
                            lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("test server did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    return LiveServer(app=app, url=f"http://127.0.0.1:{port}", server=server, thread=thread)


def agent_message(text: str = AGENT_CODE, **fields) -> dict:
    body = {"id": f"m-{uuid.uuid4().hex[:10]}", "conversation_id": "c-1", "sender": "agent",
            "agent_id": "agent-7", "buyer_id": "buyer-9", "text": text}
    body.update(fields)
    return body


def dump_database(url: str) -> str:
    """Every row of every table as text, for "no raw value in the store" checks."""
    engine = create_engine(url)
    try:
        meta = sa.MetaData()
        meta.reflect(engine)
        out = []
        with engine.connect() as conn:
            for table in meta.sorted_tables:
                for row in conn.execute(sa.select(table)):
                    out.append(f"{table.name}: {tuple(row)!r}")
        return "\n".join(out)
    finally:
        engine.dispose()
