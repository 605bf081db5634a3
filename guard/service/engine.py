"""The detection engine, shared by all requests of a worker and loaded once.

Loading takes seconds (spaCy, jieba, recognizers), so it happens in a background thread:
/healthz answers at once, /readyz says "loading" until the engine is there, and inspection
answers a retryable 503 meanwhile instead of the worker hanging at start.
"""
from __future__ import annotations

import gc
import logging
import threading

from .errors import ApiError

log = logging.getLogger(__name__)



_frozen = False


def freeze_heap() -> None:
    """Move everything allocated so far (the engine: ~150k objects) out of the collector's
    reach. A full collection over the engine took ~80 ms, stalling every request in flight;
    the engine lives as long as the process, so scanning it can never free anything.
    Once per process: frozen objects are never freed, so later apps (tests) are not frozen."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()


class EngineHolder:
    def __init__(self, guard=None):
        self.guard = guard
        self.error: str | None = None
        self._thread: threading.Thread | None = None

    def start_loading(self, policy: str | None, fingerprint_key: bytes | None = None,
                      max_chars: int | None = None) -> None:
        if self.guard is not None or self._thread is not None:
            return
        options = {"fingerprint_key": fingerprint_key}
        if max_chars is not None:
            options["max_chars"] = max_chars
        self._thread = threading.Thread(target=self._load, args=(policy, options),
                                        name="guard-engine-load", daemon=True)
        self._thread.start()

    def _load(self, policy: str | None, options: dict) -> None:
        try:
            from guard import Guard

            guard = Guard.from_policy(policy, **options)
            # Lazily loaded parts load now, not in the first chat messages' requests.
            guard.warm()
        except Exception as err:  # reported by /readyz; the worker keeps answering health checks
            self.error = f"{type(err).__name__}: {err}"
            log.exception("loading the guard engine failed")
            return
        freeze_heap()
        self.guard = guard
        log.info("guard engine loaded, policy %s", guard.policy.version)

    def wait(self, timeout: float | None = None) -> bool:
        if self._thread is not None:
            self._thread.join(timeout)
        return self.guard is not None

    @property
    def state(self) -> str:
        if self.guard is not None:
            return "ok"
        return "failed" if self.error else "loading"

    def get(self):
        guard = self.guard
        if guard is None:
            raise ApiError(503, "engine_not_ready",
                           "the detection engine is still loading" if not self.error
                           else "the detection engine failed to load",
                           retryable=self.error is None, headers={"Retry-After": "2"})
        return guard
