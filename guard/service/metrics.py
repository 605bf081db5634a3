"""Prometheus metrics of the service.

Each app gets its own registry (tests build many apps in one process). With several uvicorn
workers, ``guard serve`` sets PROMETHEUS_MULTIPROC_DIR before the workers start; every worker
then writes its samples to files there and /metrics aggregates all workers, whichever of them
answers the scrape.
"""
from __future__ import annotations

import os

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram
from prometheus_client import disable_created_metrics, generate_latest, multiprocess

# The *_created series double the output and nobody here graphs them.
disable_created_metrics()

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class Metrics:
    def __init__(self) -> None:
        r = self.registry = CollectorRegistry()
        self.requests = Counter(
            "guard_http_requests", "HTTP requests by endpoint and status",
            ["endpoint", "method", "status"], registry=r)
        self.latency = Histogram(
            "guard_http_request_duration_seconds", "Request latency by endpoint",
            ["endpoint"], buckets=LATENCY_BUCKETS, registry=r)
        self.findings = Counter(
            "guard_findings", "PII findings by entity type", ["entity_type"], registry=r)
        self.signals = Counter(
            "guard_signals", "Solicitation and leak signals by rule", ["rule"], registry=r)
        self.violations_logged = Counter(
            "guard_violations_logged", "Violations newly written to the log", ["rule"], registry=r)
        self.violation_log_failures = Counter(
            "guard_violation_log_failures",
            "Violation-log writes that failed (answered 503, retryable)", registry=r)
        self.conversation_state_failures = Counter(
            "guard_conversation_state_failures",
            "Reads or writes of stored conversation state that failed (the message was inspected without it)",
            ["operation"], registry=r)
        self.activity_flushes = Counter(
            "guard_activity_flushes", "Flushes of the agent activity counts", registry=r)
        self.activity_flush_failures = Counter(
            "guard_activity_flush_failures",
            "Activity flushes the database refused (counts kept for the next)", registry=r)
        self.messages = Counter(
            "guard_messages_inspected", "Messages inspected by sender and action",
            ["sender", "action"], registry=r)
        self._children: dict[tuple, object] = {}

    def observe_request(self, endpoint: str, method: str, status: int, seconds: float) -> None:
        self._series(self.requests, endpoint, method, str(status)).inc()
        self._series(self.latency, endpoint).observe(seconds)

    def observe_verdict(self, sender: str, verdict) -> None:
        self._series(self.messages, sender, verdict.action).inc()
        for f in verdict.findings:
            self._series(self.findings, f.entity_type).inc()
        for s in verdict.signals:
            self._series(self.signals, s.rule).inc()

    def count_logged(self, rule: str) -> None:
        self._series(self.violations_logged, rule).inc()

    def _series(self, metric, *labels: str):
        """metric.labels(*labels), looked up once: `labels()` checks and converts its values on
        every call, which showed in the request rate. As many entries as the metric has series."""
        key = (metric, labels)
        series = self._children.get(key)
        if series is None:
            series = self._children[key] = metric.labels(*labels)
        return series

    def render(self) -> tuple[bytes, str]:
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)
            return generate_latest(registry), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
