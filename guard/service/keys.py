"""API keys and their roles, as configured (GUARD_API_KEYS / GUARD_API_KEYS_FILE)."""
from __future__ import annotations

from dataclasses import dataclass, field

# dispatch: the dispatch system, which may read standings only.
ROLES = ("chat", "compliance", "dispatch", "admin")
MIN_KEY_CHARS = 16


class ConfigError(ValueError):
    """Configuration the service cannot start with; the text says what to fix."""


@dataclass(frozen=True)
class ApiKey:
    name: str
    role: str
    key: str = field(repr=False)


def parse_keys(text: str, source: str) -> list[ApiKey]:
    """`name:role:key` entries separated by commas or newlines; `#` starts a comment line."""
    keys = []
    for raw in text.replace(",", "\n").splitlines():
        entry = raw.strip()
        if not entry or entry.startswith("#"):
            continue
        parts = entry.split(":", 2)
        if len(parts) != 3 or not all(p.strip() for p in parts):
            # Name the entry by position only: it may contain a secret.
            raise ConfigError(f"{source}: entry {len(keys) + 1} is not name:role:key")
        name, role, key = (p.strip() for p in parts)
        if role not in ROLES:
            raise ConfigError(
                f"{source}: key {name!r} has unknown role {role!r} ({', '.join(ROLES)})")
        if len(key) < MIN_KEY_CHARS:
            raise ConfigError(f"{source}: key {name!r} is shorter than {MIN_KEY_CHARS} characters")
        keys.append(ApiKey(name=name, role=role, key=key))
    names = [k.name for k in keys]
    if len(set(names)) != len(names):
        raise ConfigError(f"{source}: key names must be unique (they identify reviewers)")
    return keys
