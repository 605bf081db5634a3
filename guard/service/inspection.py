"""Inspect messages with the engine and log the agents' violations.

Threads: inspection is CPU-bound, so it never runs on the event loop. It runs on a small
executor of its own (one thread per worker process by default) rather than FastAPI's shared
threadpool: the engine holds the GIL while it works, so more threads add no throughput, only
contention and GIL hand-offs, and a dedicated executor's hop is cheaper than anyio's (measured:
~2,600 vs ~1,900 trivial requests/s per worker). Short requests inspected right on the event
loop, to save the hop, were measured too and lost: 921 against 1,368 requests/s (PII corpus,
16 clients, 2 workers, the same run, a loaded machine), more CPU per request and twice the p99.
The violation-log write waits on the database, so it runs on the group commit's writer thread
instead, where it cannot hold up other inspections, and concurrent requests' writes share one
transaction (guard/store/group_commit.py); the request awaits the writer's future, bounded in
time like every database call (dbcalls.py), with no thread of its own parked on the wait.

Conversation state: a message that comes with a conversation id but no earlier turns is read
with what the store remembers of its conversation (the pretexts and asks of earlier agent
messages: a later ambiguous step counts more after a pretext, and a buyer's bare "385920" after
an ask for the code is masked as one). Agent messages update it; reading and writing it are
bounded like every database call, and a failure costs the state, never the message.
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from sqlalchemy.exc import SQLAlchemyError

from guard.message import Message, MessageError, MessageTooLarge
from guard.solicitation import State

from ..store import NewViolation, SavedState, ViolationStore
from ..store.models import utcnow
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


FORGET_EVERY_SECONDS = 3600  # how often a worker drops the states of quiet conversations


def remembers(message: Message) -> bool:
    """Is this message read with (and, from an agent, does it update) the stored state?"""
    return message.conversation_id is not None and not message.context


def _state(saved: SavedState | None) -> State | None:
    return None if saved is None else State(saved.pretexts, saved.earlier_asks, saved.asked)


def _saved(state: State) -> SavedState:
    return SavedState(state.pretexts, state.earlier_asks, state.asked)


class Inspector:
    def __init__(self, engine: EngineHolder, store: ViolationStore, db: BoundedCalls,
                 metrics: Metrics, max_chars: int, activity: ActivityRecorder, threads: int = 1,
                 state_days: int = 30):
        self.engine, self.store, self.db, self.activity = engine, store, db, activity
        self.metrics, self.max_chars = metrics, max_chars
        self.state_days = state_days  # 0: no stored conversation state
        self._forgotten_at = 0.0
        self.executor = ThreadPoolExecutor(max(1, threads), thread_name_prefix="guard-inspect")
        # Concurrent requests' violations share one transaction (group_commit.py).
        self.writer = GroupCommit(store)

    async def run(self, items: list[MessageIn], where: str = "") -> list[dict]:
        """Verdict dicts for `items`, in order. `where` prefixes field names in errors
        ("messages" for the batch form). Violations are logged before anything is returned:
        if the log cannot be written, the whole request fails with a retryable 503."""
        guard = self.engine.get()
        # Validate every message before inspecting any, so a bad batch costs nothing.
        messages = [self._message(m, f"{where}[{n}]." if where else "") for n, m in enumerate(items)]
        loop = asyncio.get_running_loop()
        verdicts, pending, stateful = await loop.run_in_executor(self.executor, self._inspect, guard, messages)
        changed: dict[str, SavedState] = {}
        if stateful:  # the few messages a stored state could change: read it, then inspect them
            saved = await self._read_states([messages[n] for n in stateful])
            pending, changed = await loop.run_in_executor(
                self.executor, self._inspect_with_state, guard, messages, stateful, saved, verdicts, pending)
        if pending:  # the states changed by these messages share the violations' commit
            await self._log(pending, verdicts, messages, changed)
        elif changed:
            await self._save_states(changed)
        if changed:
            await self._forget_quiet_states()
        # Counted once the request succeeds: a message answered 503 counts when it is retried.
        for m in messages:
            if m.sender == "agent":
                self.activity.record(m.agent_id, m.conversation_id)
        return [v.to_dict() for v in verdicts]

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.writer.close()

    def _inspect(self, guard, messages: list[Message]):
        """Verdicts of the messages a stored state cannot change (None for the others), the
        violations to log, and the indexes of the others (`_inspect_with_state`)."""
        verdicts: list = [None] * len(messages)
        pending, stateful = [], []
        for n, m in enumerate(messages):
            # a buyer message is read first (its findings tell whether a state could matter);
            # an agent message's lexicon analysis tells before it is read
            v = guard.inspect(m) if m.sender != "agent" else None
            if self.state_days and remembers(m) and guard.state_matters(m, v):
                stateful.append(n)  # read with its conversation's state
                continue
            verdicts[n] = self._counted(guard, n, m, v or guard.inspect(m), pending)
        return verdicts, pending, stateful

    def _inspect_with_state(self, guard, messages, stateful, saved, verdicts, pending):
        """The messages a state could change, in order, each reading the state the last left
        (messages of one conversation in a batch)."""
        states = {cid: _state(s) for cid, s in saved.items()}
        changed: dict[str, SavedState] = {}
        for n in stateful:
            m = messages[n]
            before = states.get(m.conversation_id) or State()
            verdicts[n] = self._counted(guard, n, m, guard.inspect(m, state=before), pending)
            if m.sender == "agent":
                after = guard.state_after(m, before)
                states[m.conversation_id] = after
                if _saved(after) != _saved(before):
                    changed[m.conversation_id] = _saved(after)
        return sorted(pending, key=lambda p: p[0]), changed

    def _counted(self, guard, n: int, m: Message, v, pending: list):
        """`v`, the message's final verdict, observed in the metrics and its violations queued."""
        self.metrics.observe_verdict(m.sender, v)
        pending += [(n, nv) for nv in violations_to_log(guard, m, v)]
        return v

    async def _read_states(self, messages: list[Message]) -> dict[str, SavedState]:
        ids = {m.conversation_id for m in messages if remembers(m)} if self.state_days else set()
        if not ids:
            return {}
        try:
            return await self.db.run(self.store.conversation_states, ids)
        except SQLAlchemyError as err:
            self.metrics.conversation_state_failures.labels("read").inc()
            log.warning("conversation state not read for %d conversations (%s): inspecting without it",
                        len(ids), type(err).__name__)
            return {}

    async def _save_states(self, changed: dict[str, SavedState]) -> None:
        try:
            await self.db.wait(self.writer.submit([], changed))  # batched with other requests' writes
        except SQLAlchemyError as err:
            self.metrics.conversation_state_failures.labels("write").inc()
            log.warning("conversation state not saved for %d conversations (%s)", len(changed), type(err).__name__)

    async def _forget_quiet_states(self) -> None:
        """At most once an hour per worker, after a state write on either path (alone, or in
        the violations' commit), drop the states of conversations quiet for `state_days`."""
        if time.monotonic() - self._forgotten_at <= FORGET_EVERY_SECONDS:
            return
        self._forgotten_at = time.monotonic()
        try:
            await self.db.run(self.store.forget_conversation_states, utcnow() - timedelta(days=self.state_days))
        except SQLAlchemyError as err:
            log.warning("quiet conversation states not forgotten (%s): next hour", type(err).__name__)

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

    async def _log(self, pending, verdicts, messages, states=None) -> None:
        try:
            result = await self.db.wait(self.writer.submit([nv for _, nv in pending], states))
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
