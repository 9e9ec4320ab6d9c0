"""What the extraction tests share: a text read the whole way through, and its ties by the names they join."""

from __future__ import annotations

from nexos.extract import extract
from nexos.extract.coref import resolve_mentions
from nexos.extract.entities import find_candidates
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


def dated_events(text: str) -> list[tuple[str | None, list[str]]]:
    """(date, participant names) of every event extracted from ``text``."""
    ex = extracted(text)
    names = {e.key: e.name for e in ex.entities}
    return [(ev.date, [names.get(p, p) for p in ev.participants]) for ev in ex.events]


def typed_events(text: str) -> list[tuple[str | None, str, list[str]]]:
    """(date, type, participant names) of every event extracted from ``text``."""
    ex = extracted(text)
    names = {e.key: e.name for e in ex.entities}
    return [(ev.date, ev.type, [names.get(p, p) for p in ev.participants]) for ev in ex.events]


def has_event(text: str, date: str, who: str) -> bool:
    """An event on ``date`` one of whose actors' names holds ``who``."""
    return any(d == date and any(who in n for n in names) for d, names in dated_events(text))


def resolved(text: str) -> dict[str, list[str]]:
    """Each pronoun, description or plural reference (its text, in order) → the names it resolved to."""
    doc = build_document(text.encode("utf-8"), "t.txt")
    res = resolve_mentions(doc, find_candidates(doc))
    out: dict[str, list[str]] = {}
    for r in sorted(res.refs, key=lambda r: (r.start, r.key)):
        if r.kind in ("description", "pronoun", "plural"):
            out.setdefault(text[r.start : r.end], []).append(res.by_key[r.key].name)
    return out
