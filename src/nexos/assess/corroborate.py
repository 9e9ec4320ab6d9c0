"""Corroboration and contradiction between claims of independent documents.

Two claims corroborate when they assert the same relation (same pair of
entities, compatible type) or the same event (two shared participants and
agreeing dates). A negated or disputing claim about the same pair
contradicts, in both directions. Only independent documents count:
different publishers, no shared cited source (after URL canonicalisation),
and no near-duplicate text (syndicated copies).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from nexos.ingest.citations import canonical_url
from nexos.knowledge import fold
from nexos.store import Store

COMPATIBLE = {
    "allied_with": {"allied_with", "associated_with", "supports"},
    "associated_with": {"allied_with", "associated_with", "supports", "funds", "member_of"},
    "supports": {"supports", "allied_with", "associated_with", "funds"},
    "funds": {"funds", "supports", "associated_with"},
}


@dataclass
class Links:
    corroborated: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    contradicted: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    independent_sources: dict[str, int] = field(default_factory=dict)


def _shingles(text: str, k: int = 5) -> set[str]:
    words = re.findall(r"\w+", fold(text))
    return {" ".join(words[i : i + k]) for i in range(max(0, len(words) - k + 1))}


def _independent(a: dict[str, Any], b: dict[str, Any], doc_cites: dict[str, set[str]],
                 shingles: dict[str, set[str]]) -> bool:
    if a["id"] == b["id"]:
        return False
    pa, pb = fold(a.get("publisher") or ""), fold(b.get("publisher") or "")
    if pa and pa == pb:
        return False
    if doc_cites[a["id"]] & doc_cites[b["id"]]:
        return False
    sa, sb = shingles[a["id"]], shingles[b["id"]]
    if sa and sb and len(sa & sb) / max(1, min(len(sa), len(sb))) > 0.5:
        return False
    return True


def _pair_compatible(t1: str, t2: str) -> bool:
    return t1 == t2 or t2 in COMPATIBLE.get(t1, set()) or t1 in COMPATIBLE.get(t2, set())


def link_claims(store: Store) -> Links:
    docs = {d["id"]: d for d in store.documents(with_text=True)}
    doc_cites = {d: {canonical_url(c["url"]) for c in x["citations"] if c["url"]} for d, x in docs.items()}
    shingles = {d: _shingles(x["text"]) for d, x in docs.items()}
    merged = store.merge_map()
    m = lambda x: merged.get(x, x)  # noqa: E731
    # (pair) -> list of (claim id, doc id, type, negated)
    by_pair: dict[frozenset[str], list[tuple[str, str, str, bool]]] = defaultdict(list)
    for r in store.rows("relations"):
        pair = frozenset((m(r["source"]), m(r["target"])))
        for cid in r["claims"] or []:
            by_pair[pair].append((cid, r["document_id"], r["type"], bool(r["negated"])))
    claims = {c["id"]: c for c in store.rows("claims")}
    _negated_claim_pairs(claims, m, by_pair)
    for e in store.rows("events"):
        parts = sorted({m(p) for p in e["participants"] or []})
        for i in range(len(parts)):
            for j in range(i + 1, len(parts)):
                for cid in e["claims"] or []:
                    by_pair[frozenset((parts[i], parts[j], "event:" + (e["date"] or "")[:7]))].append(
                        (cid, e["document_id"], "event", False))
    links = Links()
    sources: dict[str, set[str]] = defaultdict(set)
    for items in by_pair.values():
        for cid, did, typ, neg in items:
            for cid2, did2, typ2, neg2 in items:
                if did == did2 or not _independent(docs[did], docs[did2], doc_cites, shingles):
                    continue
                if neg != neg2:
                    if cid2 not in links.contradicted[cid]:
                        links.contradicted[cid].append(cid2)
                elif not neg and _pair_compatible(typ, typ2):
                    if cid2 not in links.corroborated[cid]:
                        links.corroborated[cid].append(cid2)
                    sources[cid].add(fold(docs[did2].get("publisher") or did2))
    links.independent_sources = {cid: len(s) for cid, s in sources.items()}
    return links


def _negated_claim_pairs(claims: dict[str, dict[str, Any]], m: Any,
                         by_pair: dict[frozenset[str], list[tuple[str, str, str, bool]]]) -> None:
    """A disputing claim ("there is no evidence that X funds Y") names the pair it disputes."""
    for c in claims.values():
        if not c["negated"]:
            continue
        ents = sorted({m(x) for x in c["entities"] or []})
        for i in range(len(ents)):
            for j in range(i + 1, len(ents)):
                pair = frozenset((ents[i], ents[j]))
                if pair in by_pair and not any(x[0] == c["id"] for x in by_pair[pair]):
                    by_pair[pair].append((c["id"], c["document_id"], "dispute", True))
