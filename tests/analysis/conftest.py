"""A tiny export builder: actors, asserted ties and events written as tuples."""

from __future__ import annotations

from typing import Any

import pytest


def build(ties: list[tuple[str, str, str, str, str]], *, docs: dict[str, tuple[str | None, str | None]] | None = None,
          types: dict[str, str] | None = None, events: list[dict[str, Any]] | None = None,
          grades: dict[str, tuple[str, int]] | None = None, disputed: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """ties: (source name, target name, relation type, sentence, document id)."""
    docs = docs or {"d1": ("Outlet One", "2025-01-10")}
    names = sorted({t[0] for t in ties} | {t[1] for t in ties}
                   | {p for e in events or [] for p in e.get("participants", [])})
    eid = {n: "e_" + n.lower().replace(" ", "_") for n in names}
    ents = [{"id": eid[n], "name": n, "type": (types or {}).get(n, "person"), "aliases": [],
             "mentions": [{"document": d, "start": 0, "end": 1, "text": n} for d in docs]} for n in names]
    rels, claims = [], []
    for i, (a, b, typ, sentence, doc) in enumerate(ties):
        cid = f"{doc}:c{i}"
        rel, cred = (grades or {}).get(cid, ("F", 6))
        claims.append({"id": cid, "document": doc, "start": 0, "end": len(sentence), "text": sentence,
                       "kind": "relation", "citations": [], "hedged": False, "anonymous_source": False,
                       "loaded_terms": [], "entities": [eid[a], eid[b]], "corroborated_by": [],
                       "contradicted_by": list((disputed or {}).get(cid, [])),
                       "grade": {"reliability": rel, "credibility": cred, "reasons": [f"credibility {cred}"]}})
        rels.append({"id": f"{doc}:r{i}", "type": typ, "source": eid[a], "target": eid[b], "claims": [cid],
                     "evidence": [{"document": doc, "start": 0, "end": len(sentence), "text": sentence}],
                     "negated": False})
    evs = []
    for j, e in enumerate(events or []):
        evs.append({"id": f"v{j}", "type": e.get("type", "statement"), "date": e["date"],
                    "date_precision": e.get("precision"), "description": e.get("description", ""),
                    "participants": [eid[p] for p in e.get("participants", [])],
                    "claims": [c["id"] for c in claims if c["text"] in e.get("claim_texts", [])],
                    "evidence": [{"document": e.get("document", "d1"), "start": 0, "end": 1, "text": "x"}]})
    return {"schema": "nexos/export@1",
            "documents": [{"id": d, "title": f"Doc {d}", "language": "en", "sha256": d, "publisher": p,
                           "published": when, "citations": []} for d, (p, when) in docs.items()],
            "entities": ents, "relations": rels, "events": evs, "claims": claims}


@pytest.fixture
def mk():
    return build
