"""Browser tests of the review console: Playwright driving the system's Chromium (Debian's
`chromium` package, which .ci/run installs), headless; never a downloaded browser.

Without that Chromium (or without playwright) the tests are skipped with the reason, except in
CI (env CI set), where they fail: CI must run them.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from service.conftest import _single_process_metrics, engine_guard  # noqa: F401  (fixtures)
from service.support import KEYS, start_server

from guard.service.app import create_app
from guard.service.settings import Settings

CHROMIUM = Path(os.environ.get("GUARD_TEST_CHROMIUM", "/usr/bin/chromium"))
IN_CI = bool(os.environ.get("CI"))
ACTION_TIMEOUT_MS = 10_000  # any one step
SUITE_SECONDS = 90  # the whole browser suite, from Chromium's start to its end (22 s here)
VIEWPORT = {"width": 1280, "height": 900}


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    if not CHROMIUM.is_file():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium; .ci/run does)"
    return None


@pytest.fixture(scope="module")  # closed after the module's tests: the bound below is theirs alone
def browser():
    missing = _missing()
    if missing:
        if IN_CI:
            pytest.fail(f"browser tests must run in CI: {missing}")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    started = time.monotonic()
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        yield chromium
        chromium.close()
    took = time.monotonic() - started
    assert took < SUITE_SECONDS, f"the browser tests took {took:.0f} s, over their bound of {SUITE_SECONDS} s"


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=VIEWPORT, locale="zh-CN")
    tab = context.new_page()
    tab.set_default_timeout(ACTION_TIMEOUT_MS)
    errors: list[str] = []
    tab.on("pageerror", lambda err: errors.append(str(err)))
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield tab
    context.close()
    assert errors == [], f"errors in the browser (a CSP violation shows here): {errors}"


@pytest.fixture
def server(engine_guard, tmp_path):  # noqa: F811
    settings = Settings(api_keys=tuple(KEYS.values()), data_dir=tmp_path,
                        database_url=f"sqlite:///{tmp_path / 'guard.db'}")
    live = start_server(create_app(settings, guard=engine_guard))
    yield live
    live.stop()
