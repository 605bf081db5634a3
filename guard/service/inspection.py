"""Inspect messages with the engine and log the agents' violations.

Threads: inspection is CPU-bound, so it never runs on the event loop. It runs on a small
executor of its own (one thread per worker process by default) rather than FastAPI's shared
threadpool: the engine holds the GIL while it works, so more threads add no throughput, only
contention and GIL hand-offs, and a dedicated executor's hop is cheaper than anyio's (measured:
~2,600 vs ~1,900 trivial requests/s per worker). Short requests inspected right on the event
loop, to save the hop, were measured too and lost: 921 against 1,368 requests/s (PII corpus,
16 clients, 2 workers, the same run, a loaded machine), more CPU per request and twice the p99.
The violation-log write waits on the database, so it runs on the database threads instead
(bounded in time, see dbcalls.py), where it cannot hold up other inspections, and concurrent
requests' writes share one transaction (guard/store/group_commit.py).
"""
from __future__ import annotations

import asyncio
import json
import logging
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy.exc import SQLAlchemyError

from guard.message import Message, MessageError, MessageTooLarge

from ..store import NewViolation, ViolationStore
from ..store.group_commit import GroupCommit
from .activity import ActivityRecorder
from .dbcalls import BoundedCalls, store_unavailable
from .engine import EngineHolder
from .errors import ApiError
from .metrics import Metrics
from .redact import star_numbers
from .schemas import MessageIn

log = logging.getLogger(__name__)


CONTEXT_KEPT = 6  # earlier turns stored with a violation, masked, for reviewers


def masked_turns(guard, turns) -> tuple[dict, ...]:
    """The last earlier turns as a reviewer may see them: masked like a message, then every
    number a recognizer accepts starred whatever its context (redact.py)."""
    return tuple({"sender": t.sender, "text": star_numbers(guard.inspect(Message(text=t.text)).masked_text)}
                 for t in turns[-CONTEXT_KEPT:])


def violations_to_log(guard, message: Message, verdict) -> list[NewViolation]:
    """What the log keeps of a message's violations (none for a buyer message: only agents are
    held to account; buyer leaks are masked, not logged)."""
    if message.sender != "agent" or not verdict.violations:
        return []
    context = masked_turns(guard, message.context)
    return [NewViolation(
        message_id=message.id, conversation_id=message.conversation_id, agent_id=message.agent_id,
        rule=d.rule, severity=d.severity, start=d.start, end=d.end,
        # Masked by the engine; starred again without regard to cue words, since the store
        # must hold no raw number whatever the context (redact.py).
        excerpt=star_numbers(d.excerpt), fingerprint=d.fingerprint,
        policy_version=d.policy_version, confidence=d.confidence, basis=d.basis,
        trace=json.loads(star_numbers(json.dumps(d.trace, ensure_ascii=False))),
        context=context,
    ) for d in verdict.violations]


class Inspector:
    def __init__(self, engine: EngineHolder, store: ViolationStore, db: BoundedCalls,
                 metrics: Metrics, max_chars: int, activity: ActivityRecorder, threads: int = 1):
        self.engine, self.store, self.db, self.activity = engine, store, db, activity
        self.metrics, self.max_chars = metrics, max_chars
        self.executor = ThreadPoolExecutor(max(1, threads), thread_name_prefix="guard-inspect")
        # Concurrent requests' violations share one transaction (group_commit.py).
        self.writer = GroupCommit(store)

    async def run(self, items: list[MessageIn], where: str = "") -> list[dict]:
        """Verdict dicts for `items`, in order. `where` prefixes field names in errors
        ("messages" for the batch form). Violations are logged before anything is returned:
        if the log cannot be written, the whole request fails with a retryable 503."""
        guard = self.engine.get()
        loop = asyncio.get_running_loop()
        messages, verdicts, pending = await loop.run_in_executor(
            self.executor, self._inspect, guard, items, where)
        if pending:
            await self._log(pending, verdicts, messages)
        # Counted once the request succeeds: a message answered 503 counts when it is retried.
        for m in messages:
            if m.sender == "agent":
                self.activity.record(m.agent_id, m.conversation_id)
        return [v.to_dict() for v in verdicts]

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.writer.close()

    def _inspect(self, guard, items: list[MessageIn], where: str):
        # Validate every message before inspecting any, so a bad batch costs nothing.
        messages = [self._message(m, f"{where}[{n}]." if where else "")
                    for n, m in enumerate(items)]
        verdicts = [guard.inspect(m) for m in messages]
        pending: list[tuple[int, NewViolation]] = []
        for n, (m, v) in enumerate(zip(messages, verdicts, strict=True)):
            self.metrics.observe_verdict(m.sender, v)
            pending += [(n, nv) for nv in violations_to_log(guard, m, v)]
        return messages, verdicts, pending

    def _message(self, item: MessageIn, prefix: str) -> Message:
        try:
            return Message.from_dict(item.as_dict(), max_chars=self.max_chars)
        except MessageTooLarge as err:
            raise ApiError(413, "message_too_large", f"{prefix}{err.field}: {err.problem}",
                           field=f"{prefix}{err.field}") from None
        except MessageError as err:
            # The problem text may quote the offending value ("got '…'"): cut that off.
            problem = err.problem.split(", got ")[0]
            raise ApiError(422, "invalid_request", f"{prefix}{err.field}: {problem}",
                           field=f"{prefix}{err.field}") from None

    async def _log(self, pending, verdicts, messages) -> None:
        try:
            result = await self.db.run(self.writer.log, [nv for _, nv in pending])
        except SQLAlchemyError as err:
            self.metrics.violation_log_failures.inc()
            # Ids and counts only: the exception text could carry statement parameters.
            log.error("violation log write failed: %d violations of messages %s (%s)",
                      len(pending), sorted({str(messages[n].id) for n, _ in pending}),
                      type(err).__name__)
            raise store_unavailable(err) from None
        for (n, nv), vid, new in zip(pending, result.ids, result.inserted, strict=True):
            if vid not in verdicts[n].violation_ids:
                verdicts[n].violation_ids.append(vid)
            if new:
                self.metrics.count_logged(nv.rule)
        log.info("logged %d violations (%d new) for %d messages",
                 len(pending), sum(result.inserted), len({n for n, _ in pending}))
