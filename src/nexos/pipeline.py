"""The main job: ingest → extract → resolve → assess → store, one document at a time.

Each document is written once every stage has run on it, whole or not at
all (on SQLite a few finished documents share a transaction, committed when
the run stops for any reason), so an interrupted batch loses nothing that was
finished. A bad file
is recorded as a problem and the batch goes on. Cross-document assessment
(corroboration, contradiction, grades) runs once the batch is stored.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import logging
import multiprocessing
import multiprocessing.context
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from nexos import assess, extract, resolve
from nexos.errors import IngestError
from nexos.ingest import document_from, document_id, iter_paths, read_source
from nexos.model import Extraction
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


def _read(path: Path, max_bytes: int) -> tuple[bytes, str]:
    """The file's bytes and the id its document will have."""
    data = read_source(path, max_bytes)
    return data, document_id(data)[0]


def _extract(path: Path, data: bytes, max_bytes: int, run_extract: bool) -> Extraction:
    """Parse and extract one document: the part that needs nothing from the store (runs in a worker)."""
    doc = document_from(path, data, max_bytes)
    return extract.extract(doc) if run_extract else extract.empty(doc)


Outcome = tuple[Path, "Extraction | str | None"]


def _outcomes(files: list[Path], store: Store, max_bytes: int, run_extract: bool, jobs: int,
              summary: Summary) -> Iterator[Outcome]:
    """Each new file's extraction (or why it failed), in the order of ``files``.

    Files whose bytes are already in the store are counted and skipped before any parsing. With
    ``jobs`` > 1 parsing and extraction run in that many worker processes, a few documents ahead
    of the caller, which resolves and stores them in order: the store sees the same sequence
    either way, so the workspace is the same.
    """
    seen: set[str] = set()  # a second copy of one file in the batch is skipped like a stored one

    def read(path: Path) -> tuple[bytes, str] | str:
        try:
            data, doc_id = _read(path, max_bytes)
        except IngestError as exc:
            return str(exc)
        except OSError as exc:
            return f"cannot read {path}: {exc.strerror or exc}"
        if doc_id in seen or store.has_document(doc_id):
            summary.skipped_existing += 1
            summary.existing.append(doc_id)
            log.info("%s: already ingested as %s (same bytes), skipped", path, doc_id)
            return ""
        seen.add(doc_id)
        return data, doc_id

    def settle(path: Path, job: Callable[[], Extraction]) -> Outcome:
        try:
            return path, job()
        except IngestError as exc:
            return path, str(exc)
        except Exception as exc:
            # a bug met on one document: the rest of the batch goes on, and the failure is reported
            log.error("%s: extraction failed", path, exc_info=True)
            return path, f"extraction failed ({type(exc).__name__}: {exc}); the rest of the batch was analysed"

    if jobs <= 1:
        for path in files:
            got = read(path)
            if isinstance(got, str):
                yield path, got or None
                continue
            yield settle(path, functools.partial(_extract, path, got[0], max_bytes, run_extract))
        return
    ahead = 2 * jobs  # documents in flight: enough to keep every worker busy, few enough to bound memory
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context()) as pool:
        pending: deque[tuple[Path, Future[Extraction] | str | None]] = deque()
        for path in files:
            got = read(path)
            pending.append((path, (got or None) if isinstance(got, str)
                            else pool.submit(_extract, path, got[0], max_bytes, run_extract)))
            while len(pending) > ahead or (pending and not isinstance(pending[0][1], Future)):
                yield _settled(pending.popleft(), settle)
        while pending:
            yield _settled(pending.popleft(), settle)


def _settled(item: tuple[Path, Future[Extraction] | str | None],
             settle: Callable[[Path, Callable[[], Extraction]], Outcome]) -> Outcome:
    path, got = item
    return settle(path, got.result) if isinstance(got, Future) else (path, got)


def _context() -> multiprocessing.context.BaseContext:
    """Fork where the platform has it (workers start at once, sharing the loaded lists and models)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


# Objects the collector's youngest generation holds before it runs. A document's extraction makes and
# drops hundreds of thousands of small objects, and Python's default (700) ran a collection every few
# hundred of them, and a full one over every loaded list and model every hundred of those: a
# twentieth of the run. Cyclic garbage is still collected, in larger batches.
GC_YOUNG = 50_000


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """The collector's youngest threshold raised to GC_YOUNG for the block (never lowered), then restored."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], GC_YOUNG), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def analyze(
    paths: Iterable[str | Path],
    store: Store,
    max_bytes: int,
    progress: Progress = _noop,
    run_extract: bool = True,
    jobs: int = 1,
) -> Summary:
    """Run every stage over the given files and folders; never stops on one bad file.

    ``jobs`` > 1 parses and extracts documents in that many processes (0: one per CPU); what is
    stored does not depend on it.
    """
    with _fewer_collections():
        return _analyze(paths, store, max_bytes, progress, run_extract, jobs)


def _analyze(paths: Iterable[str | Path], store: Store, max_bytes: int, progress: Progress, run_extract: bool,
             jobs: int) -> Summary:
    summary = Summary()
    files = list(iter_paths(paths))
    ratings = store.publisher_ratings()
    resolver: resolve.Resolver | None = None
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    with store.writer() as writer:  # (on SQLite, finished documents are committed a group at a time)
        for path, ex in _outcomes(files, store, max_bytes, run_extract, min(jobs, len(files)), summary):
            progress(str(path))
            if ex is None:
                continue  # already in the store
            if isinstance(ex, str):
                summary.problems.append(Problem(str(path), ex))
                continue
            if resolver is None:
                resolver = resolve.Resolver(store)
            ids = resolver.resolve(ex)
            assess.assess_document(ex, ratings)
            writer.save_extraction(ex, ids)
            summary.documents += 1
            summary.added.append(ex.document.id)
            summary.entities += len(ex.entities)
            summary.relations += len(ex.relations)
            summary.events += len(ex.events)
            summary.claims += len(ex.claims)
            summary.warnings.extend(Problem(str(path), p) for p in ex.problems)
    resolver = None  # its alias index grows with the batch; the corpus step below does not need it
    if summary.added:
        assess.assess_corpus(store)
    return summary
