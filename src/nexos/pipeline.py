"""The main job: ingest → extract → resolve → assess → store, one document at a time.

Each document is written in its own transaction once every stage has run
on it, so an interrupted batch loses nothing that was finished. A bad file
is recorded as a problem and the batch goes on. Cross-document assessment
(corroboration, contradiction, grades) runs once the batch is stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from nexos import assess, extract, resolve
from nexos.errors import IngestError
from nexos.ingest import ingest_path, iter_paths
from nexos.model import Document
from nexos.store import Store

log = logging.getLogger(__name__)


@dataclass
class Problem:
    path: str
    reason: str


@dataclass
class Summary:
    documents: int = 0
    skipped_existing: int = 0
    entities: int = 0
    relations: int = 0
    events: int = 0
    claims: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "already_ingested": self.skipped_existing,
            "entities": self.entities,
            "relations": self.relations,
            "events": self.events,
            "claims": self.claims,
            "problems": [{"path": p.path, "reason": p.reason} for p in self.problems],
            "warnings": [{"path": p.path, "reason": p.reason} for p in self.warnings],
        }


Progress = Callable[[str], None]


def _noop(_: str) -> None:
    return None


def ingest_one(path: Path, store: Store, max_bytes: int) -> tuple[Document | None, bool]:
    """Read one file; (document, already_in_store)."""
    doc = ingest_path(path, max_bytes)
    return doc, store.has_document(doc.id)


def analyze(
    paths: Iterable[str | Path],
    store: Store,
    max_bytes: int,
    progress: Progress = _noop,
    run_extract: bool = True,
) -> Summary:
    """Run every stage over the given files and folders; never stops on one bad file."""
    summary = Summary()
    files = list(iter_paths(paths))
    ratings = store.publisher_ratings()
    resolver: resolve.Resolver | None = None
    for path in files:
        progress(str(path))
        try:
            doc, existing = ingest_one(path, store, max_bytes)
        except IngestError as exc:
            summary.problems.append(Problem(str(path), str(exc)))
            continue
        except OSError as exc:
            summary.problems.append(Problem(str(path), f"cannot read {path}: {exc.strerror or exc}"))
            continue
        assert doc is not None
        if existing:
            summary.skipped_existing += 1
            summary.existing.append(doc.id)
            log.info("%s: already ingested as %s (same bytes), skipped", path, doc.id)
            continue
        ex = extract.extract(doc) if run_extract else extract.empty(doc)
        if resolver is None:
            resolver = resolve.Resolver(store)
        ids = resolver.resolve(ex)
        assess.assess_document(ex, ratings)
        store.save_extraction(ex, ids)
        summary.documents += 1
        summary.added.append(doc.id)
        summary.entities += len(ex.entities)
        summary.relations += len(ex.relations)
        summary.events += len(ex.events)
        summary.claims += len(ex.claims)
        summary.warnings.extend(Problem(str(path), p) for p in ex.problems)
    resolver = None  # its alias index grows with the batch; the corpus step below does not need it
    if summary.added:
        assess.assess_corpus(store)
    return summary
