"""The document reader: a document's text cut into segments by the spans extracted from it.

Documents are hostile input. The reader never inserts markup into the text:
it returns plain-text segments, each saying which spans cover it (an entity
mention, a claim, a loaded term, a citation marker); the template escapes
each segment and wraps it in elements it builds itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nexos.errors import NotFound
from nexos.web.index import View, Workspace


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # entity | claim | loaded | citation
    ref: str  # entity id, claim id, loaded-term category, citation URL


def document_marks(view: View, doc_id: str) -> list[Mark]:
    marks = [Mark(s, e, "entity", eid) for s, e, eid in view.mentions_in.get(doc_id, [])]
    for cid in view.claims_in.get(doc_id, []):
        c = view.claims[cid]
        marks.append(Mark(c["start"], c["end"], "claim", cid))
        marks += [Mark(t["start"], t["end"], "loaded", t["category"]) for t in c.get("loaded_term_spans") or []]
    for cit in view.documents[doc_id]["citations"]:
        if cit["start"] is not None and cit["end"] is not None:
            marks.append(Mark(cit["start"], cit["end"], "citation", cit["url"]))
    return [m for m in marks if 0 <= m.start < m.end]


def segments(text: str, marks: list[Mark]) -> list[dict[str, Any]]:
    """Cut ``text`` at every span boundary; each piece names the innermost span of each kind over it."""
    bounds = sorted({0, len(text), *(min(m.start, len(text)) for m in marks), *(min(m.end, len(text)) for m in marks)})
    by_start = sorted(marks, key=lambda m: m.start)
    active: list[Mark] = []
    out: list[dict[str, Any]] = []
    i = 0
    for a, b in zip(bounds, bounds[1:], strict=False):
        while i < len(by_start) and by_start[i].start <= a:
            active.append(by_start[i])
            i += 1
        active = [m for m in active if m.end > a]
        seg: dict[str, Any] = {"text": text[a:b], "start": a}
        for m in sorted(active, key=lambda m: m.end - m.start, reverse=True):
            seg[m.kind] = m.ref  # shortest span of a kind wins: it is the most specific
        out.append(seg)
    return out


def paragraphs(segs: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group segments into paragraphs at blank lines, so the page keeps the document's shape."""
    paras: list[list[dict[str, Any]]] = [[]]
    for seg in segs:
        parts = seg["text"].split("\n\n")
        for j, part in enumerate(parts):
            if j:
                paras.append([])
            if part:
                paras[-1].append(seg | {"text": part})
    return [p for p in paras if p]


def reader(ws: Workspace, view: View, doc_id: str) -> dict[str, Any]:
    doc = view.documents.get(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r} in this workspace")
    text = ws.document_text(doc_id)["text"]
    segs = segments(text, document_marks(view, doc_id))
    names = {eid: view.name(eid) for _s, _e, eid in view.mentions_in.get(doc_id, [])}
    return {"document": doc, "paragraphs": paragraphs(segs), "entity_names": names,
            "claims": [view.claims[c] for c in view.claims_in.get(doc_id, [])]}
