"""One typed settings object: flag > NEXOS_* environment > config file > default.

The config file is optional TOML at ``$NEXOS_CONFIG`` or ``./nexos.toml``
with the same keys as the dataclass fields.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from nexos.errors import ConfigError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass
class Settings:
    db: str = "nexos.db"
    max_bytes: int = DEFAULT_MAX_BYTES
    report: str | None = "nexos-report.html"
    actor: str = "analyst"
    jobs: int = 1  # processes that parse and extract documents (0: one per CPU)

    @classmethod
    def load(cls, **flags: Any) -> Settings:
        values: dict[str, Any] = {}
        values.update(_from_file())
        values.update(_from_env())
        values.update({k: v for k, v in flags.items() if v is not None})
        known = {f.name: f for f in fields(cls)}
        unknown = set(values) - set(known)
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}; known: {', '.join(known)}")
        try:
            if "max_bytes" in values:
                values["max_bytes"] = int(values["max_bytes"])
        except ValueError as exc:
            raise ConfigError(f"max_bytes must be a number of bytes, not {values['max_bytes']!r}") from exc
        try:
            if "jobs" in values:
                values["jobs"] = int(values["jobs"])
        except ValueError as exc:
            raise ConfigError(f"jobs must be a number of processes, not {values['jobs']!r}") from exc
        if values.get("jobs", 0) < 0:
            raise ConfigError(f"jobs must be 0 (one per CPU) or more, not {values['jobs']}")
        return cls(**values)


def _from_env() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(Settings):
        v = os.environ.get("NEXOS_" + f.name.upper())
        if v is not None:
            out[f.name] = v
    return out


def _from_file() -> dict[str, Any]:
    path = Path(os.environ.get("NEXOS_CONFIG", "nexos.toml"))
    if not path.is_file():
        return {}
    try:
        return dict(tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from exc
