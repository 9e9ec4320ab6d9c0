"""The actor knowledge base: YAML files under ``data/``, loaded once and checked.

The knowledge base lists real actors that recur in reports (states, groups,
people, bodies, places) with the names reports use for them, so that stages
can recognise and link names. It records who an actor is and where that is
public; it must never record what a document claims about the actor.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from nexos.errors import NexosError
from nexos.knowledge.folding import fold
from nexos.knowledge.vocabulary import vocabulary

log = logging.getLogger(__name__)

_ID = re.compile(r"^[a-z0-9_]+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
_REQUIRED = ("id", "name", "type", "source")
_KNOWN_KEYS = frozenset(
    {"id", "name", "type", "aliases", "countries", "external_ids", "roles", "source", "ambiguous_aliases"}
)


class KnowledgeBaseError(NexosError):
    """A knowledge-base data file that breaks the rules the loader checks."""


@dataclass(frozen=True)
class KBEntry:
    """One actor as the knowledge base knows it."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    external_ids: Mapping[str, str] | None = None
    roles: tuple[str, ...] = ()
    source: str = ""
    ambiguous_aliases: tuple[str, ...] = ()

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """The name followed by every alias, each once."""
        return tuple(dict.fromkeys((self.name, *self.aliases)))

    def is_ambiguous(self, surface: str) -> bool:
        """True when this form, folded, may also mean something else."""
        key = fold(surface)
        return any(fold(a) == key for a in self.ambiguous_aliases)


class KnowledgeBase:
    """Entries by id and by folded surface form."""

    def __init__(self, entries: Iterable[KBEntry]) -> None:
        self._by_id: dict[str, KBEntry] = {}
        self._by_form: dict[str, list[KBEntry]] = {}
        vague: dict[str, set[str]] = {}
        for entry in entries:
            self._by_id[entry.id] = entry
            forms, vague[entry.id] = _folds(entry)
            for form in forms:
                self._by_form.setdefault(form, []).append(entry)
        # A form's unambiguous holder comes first, so lookup()[0] is the best guess.
        for form, holders in self._by_form.items():
            if len(holders) > 1:
                holders.sort(key=lambda e: form in vague[e.id])  # noqa: B023 (sort runs now)

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[KBEntry]:
        return iter(self._by_id.values())

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._by_id

    def get(self, entry_id: str) -> KBEntry | None:
        return self._by_id.get(entry_id)

    def lookup(self, name: str) -> list[KBEntry]:
        """Entries whose name or alias folds like ``name``; unambiguous first."""
        return list(self._by_form.get(fold(name), ()))

    def names(self) -> Iterator[tuple[str, KBEntry]]:
        """Every (surface form, entry) pair, for building a gazetteer."""
        for entry in self._by_id.values():
            for form in entry.surface_forms:
                yield form, entry

    def by_type(self, entity_type: str) -> list[KBEntry]:
        return [e for e in self._by_id.values() if e.type == entity_type]


def _folds(entry: KBEntry) -> tuple[set[str], set[str]]:
    """The entry's folded surface forms, and those of them marked ambiguous."""
    return {fold(s) for s in entry.surface_forms}, {fold(a) for a in entry.ambiguous_aliases}


def _strings(raw: Any, field: str, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(x, str) and x.strip() for x in raw):
        raise KnowledgeBaseError(f"{where}: `{field}` must be a list of non-empty strings")
    return tuple(dict.fromkeys(x.strip() for x in raw))


def _external_ids(raw: Any, where: str) -> Mapping[str, str] | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise KnowledgeBaseError(f"{where}: `external_ids` must map a scheme to a string id")
    wikidata = raw.get("wikidata")
    if wikidata is not None and not _WIKIDATA.match(wikidata):
        raise KnowledgeBaseError(f"{where}: wikidata id {wikidata!r} is not of the form Q123")
    return dict(raw)


def _entry(raw: Any, where: str, types: Mapping[str, str]) -> KBEntry:
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(f"{where}: each entry must be a mapping")
    unknown = set(raw) - _KNOWN_KEYS
    missing = [k for k in _REQUIRED if not isinstance(raw.get(k), str) or not raw[k].strip()]
    if unknown or missing:
        raise KnowledgeBaseError(
            f"{where} ({raw.get('id', '?')}): unknown keys {sorted(unknown)}, missing {missing}; "
            f"allowed keys are {sorted(_KNOWN_KEYS)}"
        )
    where = f"{where} ({raw['id']})"
    if not _ID.match(raw["id"]):
        raise KnowledgeBaseError(f"{where}: id must be a lowercase slug of a-z, 0-9 and _")
    if raw["type"] not in types:
        raise KnowledgeBaseError(f"{where}: type {raw['type']!r} is not one of {sorted(types)}")
    entry = KBEntry(
        id=raw["id"],
        name=raw["name"].strip(),
        type=raw["type"],
        aliases=_strings(raw.get("aliases"), "aliases", where),
        countries=_strings(raw.get("countries"), "countries", where),
        external_ids=_external_ids(raw.get("external_ids"), where),
        roles=_strings(raw.get("roles"), "roles", where),
        source=raw["source"].strip(),
        ambiguous_aliases=_strings(raw.get("ambiguous_aliases"), "ambiguous_aliases", where),
    )
    _check_forms(entry, where)
    return entry


def _check_forms(entry: KBEntry, where: str) -> None:
    bad = [c for c in entry.countries if not _COUNTRY.match(c)]
    if bad:
        raise KnowledgeBaseError(f"{where}: countries {bad} are not ISO 3166-1 alpha-2 codes")
    forms, vague = _folds(entry)
    if "" in forms:
        raise KnowledgeBaseError(f"{where}: a name or alias folds to nothing; use letters or digits")
    if vague - forms:
        raise KnowledgeBaseError(
            f"{where}: ambiguous_aliases {sorted(vague - forms)} are neither the name nor an alias"
        )


def _check_unique(entries: list[KBEntry]) -> None:
    seen: set[str] = set()
    owner: dict[str, str] = {}
    for entry in entries:
        if entry.id in seen:
            raise KnowledgeBaseError(f"id {entry.id!r} is used twice; ids must be unique")
        seen.add(entry.id)
        forms, vague = _folds(entry)
        for form in forms - vague:
            other = owner.setdefault(form, entry.id)
            if other != entry.id:
                raise KnowledgeBaseError(
                    f"{form!r} names both {other!r} and {entry.id!r}; "
                    "list it under ambiguous_aliases in at least one of them"
                )


def _read_files(paths: Iterable[Path]) -> list[KBEntry]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    types = vocabulary().entity_types
    entries: list[KBEntry] = []
    for path in paths:
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        except yaml.YAMLError as exc:
            raise KnowledgeBaseError(f"cannot parse {path.name}: {exc}; fix the YAML syntax") from exc
        if data is None:
            continue
        if not isinstance(data, list):
            raise KnowledgeBaseError(f"{path.name}: the file must hold a list of entries")
        entries.extend(_entry(raw, f"{path.name} #{i + 1}", types) for i, raw in enumerate(data))
    _check_unique(entries)
    return entries


def _data_files(data_dir: Path | None) -> list[Path]:
    if data_dir is None:
        data_dir = Path(str(resources.files(__package__).joinpath("data")))
    if not data_dir.is_dir():
        raise KnowledgeBaseError(f"knowledge-base folder {data_dir} does not exist")
    return sorted(data_dir.glob("*.yaml"))


@lru_cache(maxsize=4)
def _load_cached(data_dir: Path | None) -> KnowledgeBase:
    files = _data_files(data_dir)
    kb = KnowledgeBase(_read_files(files))
    log.debug("loaded %d knowledge-base entries from %d files", len(kb), len(files))
    return kb


def load_kb(data_dir: str | Path | None = None) -> KnowledgeBase:
    """Load and validate every ``*.yaml`` in ``data_dir`` (default: the packaged data).

    The result is cached per folder; callers share one read-only instance.
    Raises KnowledgeBaseError when a file breaks a rule, naming file and entry.
    """
    return _load_cached(Path(data_dir).resolve() if data_dir is not None else None)
