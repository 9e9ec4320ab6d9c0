"""Source audit per document: how the document supports what it asserts.

Reads the same way for any political slant: it counts and lists, it never
judges the thesis. Distinct sources collapse equivalent URLs (three
footnotes citing one video are 3 citations, 1 source).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from nexos.export.native import build_export
from nexos.ingest.citations import canonical_url
from nexos.store import Store


def _audit_one(doc: dict[str, Any], claims: list[dict[str, Any]], names: dict[str, str]) -> dict[str, Any]:
    cits = doc.get("citations") or []
    urls = [c["url"] for c in cits if c["url"]]
    distinct = sorted({canonical_url(u) for u in urls})
    n = len(claims)
    cited = [c for c in claims if c["citations"]]
    anon = [c for c in claims if c["anonymous_source"]]
    hedged = [c for c in claims if c["hedged"]]
    quotes = [c for c in claims if c.get("quote")]
    terms = [(t["term"], t["category"]) for c in claims for t in c.get("loaded_term_spans") or []]
    words = max(1, doc.get("text_length", 0) // 6)
    density = round(100 * len(terms) / words, 2)
    single = sorted((c for c in claims if not c["citations"] and c["kind"] in ("event", "relation", "quantitative",
                                                                                "causal", "characterisation")),
                    key=lambda c: -(c.get("check_worthiness") or 0))
    out = {
        "document": doc["id"], "title": doc["title"], "publisher": doc.get("publisher"), "published": doc.get("published"),
        "claims": n, "cited_claims": len(cited), "uncited_claims": n - len(cited),
        "citations": len(cits), "distinct_sources": len(distinct), "sources": distinct,
        "anonymous_claims": len(anon), "anonymous_share": round(len(anon) / n, 3) if n else 0.0,
        "anonymous_sources": [c.get("source_description") for c in anon],
        "quotes": [{"speaker": names.get(c.get("speaker") or "", None), "quote": c["quote"]} for c in quotes],
        "hedged_claims": len(hedged),
        "loaded_terms": [{"term": t, "category": k} for t, k in terms],
        "loaded_categories": dict(Counter(k for _t, k in terms)),
        "loaded_density_per_100_words": density,
        "check_first": [{"claim": c["id"], "text": c["text"][:240], "score": c.get("check_worthiness")}
                        for c in single[:5]],
    }
    out["summary"] = _summary(out)
    return out


def _summary(a: dict[str, Any]) -> str:
    parts = [f"The document makes {a['claims']} claims; {a['cited_claims']} cite a source and "
             f"{a['uncited_claims']} cite none."]
    if a["citations"]:
        parts.append(f"Its {a['citations']} citation{'s' if a['citations'] != 1 else ''} point to "
                     f"{a['distinct_sources']} distinct source{'s' if a['distinct_sources'] != 1 else ''}.")
    if a["anonymous_claims"]:
        parts.append(f"{a['anonymous_claims']} claim(s) rest on anonymous sources.")
    if a["quotes"]:
        who = ", ".join(sorted({q["speaker"] or "an unidentified speaker" for q in a["quotes"]}))
        parts.append(f"It quotes {who}.")
    if a["loaded_terms"]:
        parts.append(f"It uses {len(a['loaded_terms'])} loaded term(s) "
                     f"({a['loaded_density_per_100_words']} per 100 words).")
    else:
        parts.append("It uses no loaded language that nexos recognises.")
    return " ".join(parts)


def audit_documents(store: Store, document: str | None = None) -> list[dict[str, Any]]:
    data = build_export(store)
    names = {e["id"]: e["name"] for e in data["entities"]}
    docs = data["documents"]
    if document:
        docs = [d for d in docs if d["id"].startswith(document) or (d["path"] or "").endswith(document)]
    return [_audit_one(d, [c for c in data["claims"] if c["document"] == d["id"]], names) for d in docs]


def format_audit(a: dict[str, Any]) -> str:
    lines = [f"{a['title']}  [{a['document']}]", f"  publisher: {a['publisher'] or 'unknown'}   published: "
             f"{a['published'] or 'unknown'}", f"  {a['summary']}"]
    lines.append(f"  citations: {a['citations']}  distinct sources: {a['distinct_sources']}")
    for s in a["sources"]:
        lines.append(f"    - {s}")
    if a["anonymous_sources"]:
        lines.append("  anonymous sourcing: " + "; ".join(x or "?" for x in a["anonymous_sources"]))
    for q in a["quotes"]:
        lines.append(f"  quote ({q['speaker'] or 'unidentified'}): “{q['quote'][:100]}”")
    if a["loaded_terms"]:
        lines.append("  loaded terms: " + ", ".join(f"{t['term']} ({t['category']})" for t in a["loaded_terms"]))
    if a["check_first"]:
        lines.append("  check first:")
        for c in a["check_first"]:
            lines.append(f"    [{c['score']}] {c['text']}")
    return "\n".join(lines)
