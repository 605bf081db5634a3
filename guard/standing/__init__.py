"""The standing of an agent (grab privilege): score, tier, daily grab cap and why."""
from guard.standing.explain import Cost, Explanation, Reason, Recovery
from guard.standing.policy import StandingPolicy, load_standing_policy, parse_standing_policy
from guard.standing.records import AgentLog, DayActivity, RuleStats, ViolationRecord, rule_statistics
from guard.standing.scorer import HistoryPoint, Standing, compute_standing, standing_history

__all__ = [
    "AgentLog", "Cost", "DayActivity", "Explanation", "HistoryPoint", "Reason", "Recovery", "RuleStats",
    "Standing", "StandingPolicy", "ViolationRecord", "compute_standing", "load_standing_policy",
    "parse_standing_policy", "rule_statistics", "standing_history",
]
