"""`guard serve`: refusing to start without keys, and demo mode with two real workers."""
from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

import guard
from guard.service.serve import add_serve_parser

REPO = Path(guard.__file__).resolve().parent.parent


@pytest.fixture
def isolated_environ():
    saved = dict(os.environ)
    for name in list(os.environ):
        if name.startswith("GUARD_") or name == "PROMETHEUS_MULTIPROC_DIR":
            del os.environ[name]
    yield
    os.environ.clear()
    os.environ.update(saved)


def _parse(argv):
    parser = argparse.ArgumentParser(prog="guard")
    add_serve_parser(parser.add_subparsers())
    return parser.parse_args(argv)


def test_refuses_to_start_without_keys(isolated_environ, tmp_path, capsys):
    args = _parse(["serve", "--data-dir", str(tmp_path), "--port", "1"])
    assert args.run(args) == 2
    err = capsys.readouterr().err
    assert "no API keys configured" in err and "--demo" in err


def test_env_fallbacks_and_bad_key_config(isolated_environ, tmp_path, capsys):
    os.environ["GUARD_API_KEYS"] = "ops:root:0123456789abcdefXYZ"
    args = _parse(["serve", "--data-dir", str(tmp_path)])
    assert args.run(args) == 2
    err = capsys.readouterr().err
    assert "unknown role" in err and "0123456789abcdefXYZ" not in err


def test_bad_policy_fails_before_start(isolated_environ, tmp_path, capsys):
    os.environ["GUARD_API_KEYS"] = "ops:admin:0123456789abcdefXYZ"
    args = _parse(["serve", "--data-dir", str(tmp_path), "--policy", str(tmp_path / "nope.yaml")])
    assert args.run(args) == 2
    assert "policy" in capsys.readouterr().err


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_demo_mode_two_workers_seeds_an_empty_store_and_prints_working_curl_lines(tmp_path):
    port = _free_port()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("GUARD_") and k != "PROMETHEUS_MULTIPROC_DIR"}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    log = open(tmp_path / "serve.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "guard.service.serve", "--demo", "--workers", "2",
         "--port", str(port), "--data-dir", str(tmp_path / "var")],
        stdout=subprocess.PIPE, stderr=log, text=True, env=env, cwd=tmp_path)
    try:
        line = proc.stdout.readline()
        m = re.fullmatch(r"curl -s -H 'Authorization: Bearer (demo-[\w-]+)' -d '(.+)' "
                         r"(http://127\.0\.0\.1:\d+/v1/inspect)\n", line)
        assert m, f"no curl line: {line!r}; log: {(tmp_path / 'serve.log').read_text()[-2000:]}"
        key, data, url = m.groups()
        standing_urls = [re.fullmatch(rf"curl -s -H 'Authorization: Bearer {key}' '(http://\S+)'\n",
                                      proc.stdout.readline()) for _ in range(4)]
        assert all(standing_urls), (tmp_path / "serve.log").read_text()[-2000:]
        console = re.fullmatch(r"console: (http://127\.0\.0\.1:\d+/console)\n", proc.stdout.readline())
        reviewer_key = re.fullmatch(r"reviewer key: (reviewer-[\w-]+)\n", proc.stdout.readline())
        assert console and reviewer_key
        headers = {"Authorization": f"Bearer {key}",
                   "Content-Type": "application/x-www-form-urlencoded"}  # what curl -d sends
        response = None
        deadline = time.monotonic() + 240  # two workers each load the engine
        while time.monotonic() < deadline:
            try:
                response = httpx.post(url, content=data.encode(), headers=headers, timeout=30)
                if response.status_code != 503:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, (tmp_path / "serve.log").read_text()[-2000:]
            time.sleep(0.5)
        assert response is not None and response.status_code == 200, response and response.text
        assert "13812345678" not in response.json()["masked_text"]
        base = url.removesuffix("/v1/inspect")
        metrics = httpx.get(f"{base}/metrics", headers=headers, timeout=30)
        assert metrics.status_code == 200
        assert 'guard_http_requests_total{endpoint="/v1/inspect",method="POST",status="200"}' \
            in metrics.text
        assert httpx.get(f"{base}/v1/violations", timeout=30).status_code == 401
        for found in standing_urls:  # the demo history is there at once
            r = httpx.get(found.group(1), headers=headers, timeout=30)
            assert r.status_code == 200, (found.group(1), r.text)
        page = httpx.get(standing_urls[0].group(1), headers=headers, timeout=30).json()
        assert len(page["standings"]) == 5 and all(s["known"] for s in page["standings"])
        # The reviewer key signs in to the console, and the session holds on both workers
        # (sessions live in the store): every page of a few requests is signed in.
        with httpx.Client(timeout=30) as browser:
            form = browser.get(f"{console.group(1)}/signin").text
            token = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
            signed = browser.post(f"{console.group(1)}/signin",
                                  data={"csrf": token, "key": reviewer_key.group(1)})
            assert signed.status_code == 303
            for _ in range(6):
                queue = httpx.get(f"{console.group(1)}/queue", cookies=browser.cookies, timeout=30)
                assert queue.status_code == 200 and "demo-reviewer" in queue.text
        assert "seeding three months of demo history" in (tmp_path / "serve.log").read_text()
        assert (tmp_path / "var" / "guard.db").exists()
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
