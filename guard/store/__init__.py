"""The violation store: SQLAlchemy 2 over SQLite (embedded default) or PostgreSQL."""
from .activity import DayCount
from .conversations import SavedState
from .db import (DEFAULT_TIMEOUT_MS, StoreTimeout, create_engine, default_url, is_transient,
                 migrate, normalize_url, redact_url)
from .models import REVIEW_STATUSES, STATUSES
from .repository import Filters, LogResult, NewViolation, ViolationStore

__all__ = [
    "DEFAULT_TIMEOUT_MS",
    "DayCount",
    "Filters",
    "LogResult",
    "NewViolation",
    "REVIEW_STATUSES",
    "STATUSES",
    "SavedState",
    "StoreTimeout",
    "ViolationStore",
    "create_engine",
    "default_url",
    "is_transient",
    "migrate",
    "normalize_url",
    "redact_url",
]
