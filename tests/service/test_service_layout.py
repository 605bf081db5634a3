"""The service's layout: routes take what they need from typed dependencies (deps.py)."""
from __future__ import annotations

from pathlib import Path

import guard.service.routes as routes


def test_no_route_module_reaches_into_the_app_state():
    modules = sorted(Path(routes.__file__).parent.glob("*.py"))
    assert len(modules) >= 3
    offenders = [m.name for m in modules if "app.state" in m.read_text(encoding="utf-8")]
    assert offenders == []
