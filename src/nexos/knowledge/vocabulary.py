"""The shared vocabulary (entity, relation and event types, claim kinds) as data.

One place defines the words every stage may use; extractors and exporters
check against it instead of keeping their own lists.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

from nexos.errors import NexosError

_FILE = "vocabulary.yaml"


@dataclass(frozen=True)
class RelationType:
    name: str
    symmetric: bool
    meaning: str


@dataclass(frozen=True)
class Vocabulary:
    """Read-only view of vocabulary.yaml."""

    entity_types: Mapping[str, str]
    relation_types: Mapping[str, RelationType]
    event_types: tuple[str, ...]
    claim_kinds: Mapping[str, str]

    def is_symmetric(self, relation_type: str) -> bool:
        rel = self.relation_types.get(relation_type)
        return bool(rel and rel.symmetric)


def _safe_loader() -> type:
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse(raw: Mapping[str, Any]) -> Vocabulary:
    try:
        relations = {
            name: RelationType(name, bool(spec["symmetric"]), str(spec.get("meaning", "")))
            for name, spec in raw["relation_types"].items()
        }
        return Vocabulary(
            entity_types=MappingProxyType(dict(raw["entity_types"])),
            relation_types=MappingProxyType(relations),
            event_types=tuple(raw["event_types"]),
            claim_kinds=MappingProxyType(dict(raw["claim_kinds"])),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise NexosError(
            f"the packaged {_FILE} is malformed ({exc!r}); reinstall nexos or restore the file"
        ) from exc


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Return the shared vocabulary, read once per process."""
    text = resources.files(__package__).joinpath(_FILE).read_text(encoding="utf-8")
    return _parse(yaml.load(text, Loader=_safe_loader()))
