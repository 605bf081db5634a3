"""Service configuration, read from the environment (``guard serve`` flags set the same vars)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..message import DEFAULT_MAX_CHARS
from ..store import DEFAULT_TIMEOUT_MS
from .keys import ROLES, ApiKey, ConfigError, parse_keys

# "public" serves /metrics without a key; any role name requires that role (or admin).
METRICS_ACCESS = ROLES + ("public",)
DEMO_REVIEWER = "demo-reviewer"  # the name demo reviews are attributed to


def _int(env: dict, name: str, default: int, minimum: int = 1) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    return value


def _flag(env: dict, name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    return raw.strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class Settings:
    api_keys: tuple[ApiKey, ...] = ()
    data_dir: Path = Path("./var")
    database_url: str | None = None  # None: SQLite file guard.db under data_dir
    policy: str | None = None  # None: the packaged default policy
    max_chars: int = DEFAULT_MAX_CHARS
    max_body_bytes: int = 2 * 1024 * 1024
    max_batch: int = 100
    metrics_access: str = "admin"
    public_docs: bool = False  # serve /docs and /openapi.json without a key
    migrate_on_start: bool = True
    sqlite_busy_timeout_ms: int = 5000
    # The longest a request waits for the database (and its connect, statement, lock and pool
    # timeouts); then it gets a retryable 503.
    db_timeout_ms: int = DEFAULT_TIMEOUT_MS
    db_pool_size: int = 10
    engine_threads: int = 1  # inspection threads per worker process (see inspection.py)
    standing_policy: str | None = None  # None: the packaged policies/standing.yaml
    # Agent activity is counted in memory and written every this many seconds, or sooner when
    # this many messages wait (activity.py); a crash loses at most one interval of counts.
    # Days a quiet conversation's state is kept for callers that pass no earlier turns; 0 (the
    # default): no stored state. Off by default for its cost on violation-heavy traffic
    # (docs/service.md, "Conversation state").
    conversation_state_days: int = 0
    activity_flush_seconds: float = 5.0
    activity_flush_messages: int = 2000
    demo: bool = False
    demo_key: str | None = field(default=None, repr=False)
    # Demo mode's compliance key, for signing in to the review console (the demo key is admin).
    demo_reviewer_key: str | None = field(default=None, repr=False)
    # Key of the HMAC fingerprints of credential values in violations; shared by every worker
    # and machine so that the same value links across the log. None: no fingerprints.
    fingerprint_key: bytes | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, env: dict | None = None) -> "Settings":
        env = dict(os.environ if env is None else env)
        keys = list(parse_keys(env.get("GUARD_API_KEYS", ""), source="GUARD_API_KEYS"))
        keys_file = env.get("GUARD_API_KEYS_FILE")
        if keys_file:
            try:
                text = Path(keys_file).read_text(encoding="utf-8")
            except OSError as err:
                raise ConfigError(
                    f"GUARD_API_KEYS_FILE: cannot read {keys_file}: {err.strerror}") from None
            keys += parse_keys(text, source=keys_file)
        metrics_access = env.get("GUARD_METRICS_ACCESS", "admin").strip().lower()
        if metrics_access not in METRICS_ACCESS:
            raise ConfigError(
                f"GUARD_METRICS_ACCESS must be one of {', '.join(METRICS_ACCESS)}, "
                f"got {metrics_access!r}"
            )
        demo = _flag(env, "GUARD_DEMO", False)
        return cls(
            api_keys=tuple(keys),
            data_dir=Path(env.get("GUARD_DATA_DIR") or "./var"),
            database_url=env.get("GUARD_DATABASE_URL") or None,
            policy=env.get("GUARD_POLICY") or None,
            max_chars=_int(env, "GUARD_MAX_CHARS", DEFAULT_MAX_CHARS),
            max_body_bytes=_int(env, "GUARD_MAX_BODY_BYTES", 2 * 1024 * 1024),
            max_batch=_int(env, "GUARD_MAX_BATCH", 100),
            metrics_access=metrics_access,
            public_docs=_flag(env, "GUARD_PUBLIC_DOCS", False),
            migrate_on_start=_flag(env, "GUARD_MIGRATE", True),
            sqlite_busy_timeout_ms=_int(env, "GUARD_SQLITE_BUSY_TIMEOUT_MS", 5000, minimum=0),
            db_timeout_ms=_int(env, "GUARD_DB_TIMEOUT_MS", DEFAULT_TIMEOUT_MS, minimum=100),
            db_pool_size=_int(env, "GUARD_DB_POOL_SIZE", 10),
            engine_threads=_int(env, "GUARD_ENGINE_THREADS", 1),
            standing_policy=env.get("GUARD_STANDING_POLICY") or None,
            conversation_state_days=_int(env, "GUARD_CONVERSATION_STATE_DAYS", 0, minimum=0),
            activity_flush_seconds=_int(env, "GUARD_ACTIVITY_FLUSH_SECONDS", 5),
            activity_flush_messages=_int(env, "GUARD_ACTIVITY_FLUSH_MESSAGES", 2000),
            demo=demo,
            # The demo key only exists in demo mode: outside it, the variable is ignored.
            demo_key=(env.get("GUARD_DEMO_KEY") or None) if demo else None,
            demo_reviewer_key=(env.get("GUARD_DEMO_REVIEWER_KEY") or None) if demo else None,
            fingerprint_key=(env.get("GUARD_FINGERPRINT_KEY") or "").encode("utf-8") or None,
        )

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)

    def all_keys(self) -> tuple[ApiKey, ...]:
        if self.demo and self.demo_key and not self.api_keys:
            reviewer = ((ApiKey(name=DEMO_REVIEWER, role="compliance", key=self.demo_reviewer_key),)
                        if self.demo_reviewer_key else ())
            return (ApiKey(name="demo", role="admin", key=self.demo_key), *reviewer)
        return self.api_keys

    def check(self) -> None:
        """Refuse to serve without any key: nothing but health checks would be reachable."""
        if not self.all_keys():
            raise ConfigError(
                "no API keys configured: set GUARD_API_KEYS='name:role:key,…' "
                "(roles: chat, compliance, dispatch, admin) or GUARD_API_KEYS_FILE, "
                "or start with --demo for a temporary demo key"
            )
