"""`guard demo --seed`: fill a store with three months of realistic history, so the standings,
their history and the rules' review quality have something to show.

Traffic is built from the sample conversations and the labelled development and training
corpora (never the hold-outs): agent lines are put through the real Guard with the turns before
them, so every violation carries the engine's own rule, confidence, trace and masked context.
Lines labelled with `rules` that the guard flags are real asks; flagged lines labelled with none
are false alarms, which reviewers mostly dismiss. Every agent is active every day; a few agents
ask for credentials or move buyers off the platform now and then, most only meet false alarms.
Everything is drawn from one `random.Random(seed)`: the same seed gives the same store.
"""
from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from importlib import resources

import sqlalchemy as sa

from guard.message import Message
from guard.service.inspection import violations_to_log
from guard.standing import load_standing_policy
from guard.standing.timeline import local_zone
from guard.store import DayCount, NewViolation, ViolationStore

# Development and training corpora only (samples/manifest.yaml): hold-outs stay unread.
CORPORA = ("conversations.jsonl", "fraud_dev.jsonl", "sol_w01/sol_w01_scam.jsonl",
           "sol_w01/sol_w01_genuine.jsonl", "sol_w02/sol_w02_scam.jsonl", "sol_w02/sol_w02_genuine.jsonl")
CONTEXT_TURNS = 6
DISPUTE_DAYS = 14  # a dispute younger than this still waits for its decision
# Agent lines put through the guard (a bound on start-up time: ~1 ms a line).
ASK_LINES, GENUINE_LINES = 500, 900
REVIEWERS = ("wang.fang", "li.na", "zhang.wei", "chen.jing")
# (profile, share of agents, real asks and false alarms per 1,000 conversations)
PROFILES = (("careful", 0.6, 0.0, 0.4), ("average", 0.22, 0.08, 0.8),
            ("sloppy", 0.12, 0.3, 1.2), ("rogue", 0.06, 3.0, 1.0))
NOTES = {"confirmed": ("核实为违规索要", "与买家核对后确认", ""),
         "dismissed": ("正常业务话术，误报", "上下文为提醒买家勿泄露", ""),
         "disputed": ("客服申诉：系平台规定话术", "客服申诉中")}
WORK_START, WORK_HOURS = time(9), 13


@dataclass(frozen=True)
class Flagged:
    """An agent line the guard flags, with what the log would keep of it."""

    violations: tuple[NewViolation, ...]
    real: bool  # its labels name a rule the guard found


@dataclass(frozen=True)
class SeedSummary:
    agents: int
    days: int
    conversations: int
    messages: int
    violations: int
    reviews: int


def store_is_empty(store: ViolationStore) -> bool:
    with store.engine.connect() as conn:
        return not any(conn.execute(sa.text(f"SELECT 1 FROM {t} LIMIT 1")).first()
                       for t in ("violations", "agent_days"))


def flagged_lines(guard, rng: random.Random) -> tuple[list[Flagged], list[Flagged]]:
    """Real asks and false alarms of the corpora, as the guard logs them."""
    asks, genuine = [], []
    for conversation in _conversations():
        for n, line in enumerate(conversation):
            if line.get("sender") != "agent":
                continue
            turns = [{"sender": t.get("sender") or "buyer", "text": t["text"]}
                     for t in conversation[max(0, n - CONTEXT_TURNS):n]]
            (asks if line.get("rules") else genuine).append((line, turns))
    rng.shuffle(asks)
    rng.shuffle(genuine)
    real, false = [], []
    for (line, turns), is_ask in [(x, True) for x in asks[:ASK_LINES]] + [(x, False) for x in genuine[:GENUINE_LINES]]:
        message = Message.from_dict({"text": line["text"], "sender": "agent", "agent_id": "seed",
                                     "context": turns})
        logged = violations_to_log(guard, message, guard.inspect(message))
        if not logged:
            continue
        if is_ask and set(line["rules"]) & {v.rule for v in logged}:
            real.append(Flagged(tuple(logged), True))
        elif not is_ask:
            false.append(Flagged(tuple(logged), False))
    return real, false


def seed_demo(store: ViolationStore, guard, seed: int = 11, agents: int = 36, days: int = 90,
              now: datetime | None = None) -> SeedSummary:
    """Write `days` days of history of `agents` agents up to `now` into an empty store."""
    rng = random.Random(seed)
    zone = local_zone(load_standing_policy())
    now = (now or datetime.now(zone)).astimezone(zone)
    real, false = flagged_lines(guard, rng)
    today = now.date()
    first = today - timedelta(days=days - 1)
    counts, events = [], []
    for k in range(1, agents + 1):
        agent = f"agent-{k:03}"
        profile, _, real_rate, false_rate = _profile(rng)
        base = rng.randint(15, 45)
        for d in range(days):
            day = first + timedelta(days=d)
            weekend = day.weekday() >= 5
            n = max(1, round(rng.gauss(base * (1.3 if weekend else 1.0), base * 0.15)))
            conversations = [f"{agent}-{day:%m%d}-{c:03}" for c in range(n)]
            counts.append(DayCount(agent, day, sum(rng.randint(3, 9) for _ in range(n)), frozenset(conversations)))
            for pool, rate in ((real, real_rate), (false, false_rate)):
                for c in range(n):
                    if pool and rng.random() < rate / 1000:
                        events.append(_event(rng, agent, profile, day, conversations[c], pool, zone, now))
    store.add_activity(counts)
    events.sort(key=lambda e: e[0])
    reviews = 0
    for at, items, ids, real_ask, profile in events:
        store.log(items, at=at, ids=ids)
        for vid in ids:
            reviews += _review(store, rng, vid, at, real_ask, profile, now)
    return SeedSummary(agents=agents, days=days, conversations=sum(len(c.conversations) for c in counts),
                       messages=sum(c.messages for c in counts), violations=sum(len(e[2]) for e in events),
                       reviews=reviews)


def _profile(rng: random.Random):
    x, total = rng.random(), 0.0
    for profile in PROFILES:
        total += profile[1]
        if x < total:
            return profile
    return PROFILES[-1]


def _event(rng, agent, profile, day: date, conversation: str, pool: list[Flagged], zone, now: datetime):
    flagged = rng.choice(pool)
    at = datetime.combine(day, WORK_START, zone) + timedelta(seconds=rng.uniform(0, WORK_HOURS * 3600))
    at = min(at, now - timedelta(minutes=1))
    message_id = f"{conversation}-m{rng.randint(1, 20):02}"
    items = [replace(v, agent_id=agent, conversation_id=conversation, message_id=message_id)
             for v in flagged.violations]
    ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in items]
    return at, items, ids, flagged.real, profile


def _review(store, rng, vid: str, created: datetime, real_ask: bool, profile: str, now: datetime) -> int:
    """Reviews as a team works: most entries older than a day are decided within a few days,
    some are disputed by the agent first (a dispute of the last two weeks still waits for its
    decision); recent ones wait."""
    age = (now - created).total_seconds() / 86400
    if age < 1 or rng.random() > (0.85 if age > 7 else 0.45):
        return 0
    delay = timedelta(days=rng.uniform(0.05, min(age, 4.0)))
    written = 0
    if profile != "careful" and rng.random() < 0.12 or not real_ask and rng.random() < 0.15:
        store.review(vid, "disputed", rng.choice(NOTES["disputed"]), rng.choice(REVIEWERS), at=created + delay / 2)
        written += 1
        if age < DISPUTE_DAYS:
            return written  # still waiting for a decision
    if real_ask:
        status = "confirmed" if rng.random() < 0.93 else "dismissed"
    else:
        status = "dismissed" if rng.random() < 0.95 else "confirmed"
    store.review(vid, status, rng.choice(NOTES[status]), rng.choice(REVIEWERS), at=created + delay)
    return written + 1


def _conversations() -> list[list[dict]]:
    by_id: dict[str, list[dict]] = {}
    for name in CORPORA:
        path = resources.files("samples").joinpath(name)
        if not path.is_file():
            continue  # an installed package ships the sample conversations only
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                line = json.loads(raw)
                by_id.setdefault(f"{name}:{line.get('conversation_id')}", []).append(line)
    return list(by_id.values())
