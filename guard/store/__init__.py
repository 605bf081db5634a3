"""The violation store: SQLAlchemy 2 over SQLite (embedded default) or PostgreSQL."""
from .db import create_engine, default_url, migrate, normalize_url, redact_url
from .models import REVIEW_STATUSES, STATUSES
from .repository import Filters, LogResult, NewViolation, ViolationStore

__all__ = [
    "Filters",
    "LogResult",
    "NewViolation",
    "REVIEW_STATUSES",
    "STATUSES",
    "ViolationStore",
    "create_engine",
    "default_url",
    "migrate",
    "normalize_url",
    "redact_url",
]
