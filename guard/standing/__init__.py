"""The standing of an agent (grab privilege): score, tier, daily grab cap and why.

Pure functions of their inputs, no database::

    policy = load_standing_policy()                       # policies/standing.yaml
    stats = rule_statistics(all_agents_violations, at)    # per rule: reviewed, confirmed
    log = AgentLog(agent_id, violations, activity, first_seen)
    standing = compute_standing(log, stats, policy, at)   # score, tier, cap, explanation
    chart = standing_history(log, stats, policy, at)      # one point per local day, 90 days
"""
from guard.standing.explain import Cost, Explanation, Reason, Recovery
from guard.standing.policy import StandingPolicy, load_standing_policy, parse_standing_policy
from guard.standing.records import AgentLog, DayActivity, RuleStats, ViolationRecord, rule_statistics
from guard.standing.scorer import HistoryPoint, Standing, compute_standing, standing_history

__all__ = [
    "AgentLog", "Cost", "DayActivity", "Explanation", "HistoryPoint", "Reason", "Recovery", "RuleStats",
    "Standing", "StandingPolicy", "ViolationRecord", "compute_standing", "load_standing_policy",
    "parse_standing_policy", "rule_statistics", "standing_history",
]
