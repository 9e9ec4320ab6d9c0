"""What the extraction tests share: a text read the whole way through, and its ties by the names they join."""

from __future__ import annotations

from nexos.extract import extract
from nexos.ingest import build_document
from nexos.model import Extraction


def extracted(text: str, name: str = "t.txt") -> Extraction:
    return extract(build_document(text.encode("utf-8"), name))


def ties(text: str) -> set[tuple[str, str, str]]:
    """(source name, type, target name) of every tie extracted from ``text``."""
    ex = extracted(text)
    names = {e.key: e.name for e in ex.entities}
    return {(names[r.source], r.type, names[r.target]) for r in ex.relations}


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(quote, speaker name or None) of every quote extracted from ``text``."""
    ex = extracted(text)
    names = {e.key: e.name for e in ex.entities}
    return [(c.quote, names.get(c.speaker) if c.speaker else None) for c in ex.claims if c.quote]


def said(got: list[tuple[str, str | None]], words: str) -> str | None:
    """The speaker of the quote holding ``words`` among ``quotes(text)``; fails when no quote holds them."""
    hits = [speaker for quote, speaker in got if words in quote]
    assert hits, f"no quote holds {words!r}: {got}"
    return hits[0]
