"""Speed of the standing scorer: standings (with explanations) for many agents with a year of
history each, generated deterministically at realistic rates, on one core. Prints the time and
the conditions.

    python benchmarks/standing_speed.py [--agents 10000] [--days 365] [--seed 7] [--history]

Rates (per agent): 5-100 conversations a working day (log-normal, median 30), one or two rest
days a week; violations at 0.1 % of conversations (detector noise, 90 % dismissed on review),
0.5 % for the 5 % of risky agents (70 % confirmed); rules by the default policy's severities,
detector confidence 0.3-1.0; 95 % reviewed within five days, 3 % disputed, 2 % never reviewed;
a tenth of the agents joined during the year.
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone

import numpy

from guard.policy import load_policy
from guard.standing import (AgentLog, DayActivity, ViolationRecord, compute_standing, load_standing_policy,
                            rule_statistics, standing_history)

AT = datetime(2026, 12, 7, 4, 0, tzinfo=timezone.utc)
RULE_MIX = {
    "ASK_OFF_PLATFORM": 40, "ASK_VERIFICATION_CODE": 15, "ASK_CARD_NUMBER": 10, "ASK_TRANSFER": 10,
    "ASK_LOAN_OR_CREDIT": 10, "ASK_PASSWORD": 5, "ASK_CARD_SECURITY": 5, "ASK_SCREEN_SHARE": 5,
}
NOISE_RATE, RISKY_RATE, RISKY_SHARE = 0.001, 0.005, 0.05


def generate(agents: int, days: int, seed: int) -> list[AgentLog]:
    rng = random.Random(seed)
    severity = {name: rule.severity for name, rule in load_policy(signal_model=False).rules.items()}
    rules, weights = list(RULE_MIX), list(RULE_MIX.values())
    today = AT.date()
    logs = []
    for a in range(agents):
        joined = rng.randrange(days) if rng.random() < 0.1 else days
        first = today - timedelta(days=joined)
        mean = min(100.0, max(5.0, rng.lognormvariate(3.4, 0.6)))
        risky = rng.random() < RISKY_SHARE
        rate = RISKY_RATE if risky else NOISE_RATE
        activity, violations = [], []
        for d in range(joined + 1):
            day = first + timedelta(days=d)
            if day.weekday() >= 5 and rng.random() < 0.7:
                continue
            conversations = max(0, round(rng.gauss(mean, mean / 4)))
            activity.append(DayActivity(day, conversations, conversations * rng.randint(6, 14)))
            for _ in range(_poisson(rng, conversations * rate)):
                violations.append(_violation(rng, f"a{a}-{len(violations)}", day, rules, weights, severity, risky))
        logs.append(AgentLog(f"agent-{a}", tuple(violations), tuple(activity), first))
    return logs


def _violation(rng, vid, day, rules, weights, severity, risky) -> ViolationRecord:
    rule = rng.choices(rules, weights)[0]
    created = datetime(day.year, day.month, day.day, tzinfo=timezone(timedelta(hours=8))) \
        + timedelta(seconds=rng.randrange(9 * 3600, 22 * 3600))
    record = dict(id=vid, rule=rule, severity=severity[rule], confidence=round(rng.uniform(0.3, 1.0), 2),
                  created_at=created)
    reviewed = created + timedelta(hours=rng.uniform(2, 120))
    roll = rng.random()
    if reviewed < AT and roll < 0.95:
        confirmed = rng.random() < (0.7 if risky else 0.1)
        record.update(status="confirmed" if confirmed else "dismissed", status_changed_at=reviewed)
    elif reviewed < AT and roll < 0.98:
        record.update(status="disputed", status_changed_at=reviewed, disputed_at=reviewed)
    return ViolationRecord(**record)


def _poisson(rng: random.Random, mean: float) -> int:
    count, limit, product = 0, 2.718281828459045 ** -mean, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agents", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--history", action="store_true", help="also time the 90-day history of every agent")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, comparable across runs
    policy = load_standing_policy()
    started = time.perf_counter()
    logs = generate(args.agents, args.days, args.seed)
    generated = time.perf_counter() - started
    every = [v for log in logs for v in log.violations]
    stats = rule_statistics(every, AT)
    started = time.perf_counter()
    standings = [compute_standing(log, stats, policy, AT) for log in logs]
    elapsed = time.perf_counter() - started
    print(f"agents {args.agents}, {args.days} days each (10% joined later), "
          f"{sum(len(log.activity) for log in logs)} active days, {len(every)} violations "
          f"(max {max(len(log.violations) for log in logs)} for one agent), policy {policy.version}")
    load = ", load average %.1f" % os.getloadavg()[0] if hasattr(os, "getloadavg") else ""
    print(f"one core of {os.cpu_count()} ({platform.machine()}){load}, Python {sys.version.split()[0]}, "
          f"numpy {numpy.__version__}")
    print(f"generated in {generated:.1f} s")
    print(f"standings with explanations: {elapsed:.1f} s ({elapsed / args.agents * 1000:.2f} ms an agent)")
    print("tiers:", dict(sorted(Counter(s.tier for s in standings).items())))
    print("limited by:", dict(sorted(Counter(r.code for s in standings for r in s.explanation.reasons
                                             if r.code in ("credential_floor", "suspended", "new_agent")).items())))
    if args.history:
        started = time.perf_counter()
        for log in logs:
            standing_history(log, stats, policy, AT)
        elapsed = time.perf_counter() - started
        print(f"90-day histories: {elapsed:.1f} s ({elapsed / args.agents * 1000:.2f} ms an agent)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
