"""Time render_report on a synthetic export of 1,000 documents (target: under 30 s).

Run: python benchmarks/bench_report.py [n_documents]
"""

from __future__ import annotations

import random
import sys
import time
from typing import Any

from nexos.report.html import render_report

TYPES = ["person", "criminal_group", "armed_group", "state", "government_body", "company", "location"]
RELS = ["allied_with", "supports", "funds", "opposes", "acts_against", "operates_in", "leads"]
EVENTS = ["arrest", "statement", "meeting", "violence", "sanction"]


def synthetic_export(n_docs: int, seed: int = 3) -> dict[str, Any]:
    rng = random.Random(seed)
    n_ents = n_docs * 3
    ents = [{"id": f"e{i}", "name": f"Actor {i}", "type": rng.choice(TYPES), "aliases": [], "mentions": []}
            for i in range(n_ents)]
    docs, claims, rels, events = [], [], [], []
    for d in range(n_docs):
        did = f"d{d}"
        docs.append({"id": did, "title": f"Report {d}", "language": rng.choice(["en", "es"]), "sha256": did,
                     "publisher": f"Outlet {d % 60}", "published": f"20{rng.randint(15, 26)}-{rng.randint(1, 12):02d}",
                     "citations": []})
        for k in range(12):
            a, b = rng.sample(range(n_ents), 2)
            text = f"Document {d} says Actor {a} and Actor {b} worked together (sentence {k})."
            cid = f"{did}:c{k}"
            ents[a]["mentions"].append({"document": did, "start": 0, "end": 5})
            claims.append({"id": cid, "document": did, "start": k * 100, "end": k * 100 + len(text), "text": text,
                           "kind": rng.choice(["relation", "event", "characterisation"]), "citations": [],
                           "hedged": k % 4 == 0, "hedges": ["reportedly"] if k % 4 == 0 else [],
                           "anonymous_source": k % 7 == 0, "loaded_terms": [], "loaded_term_spans": [],
                           "entities": [f"e{a}", f"e{b}"], "corroborated_by": [], "contradicted_by": [],
                           "grade": {"reliability": "F", "credibility": rng.randint(1, 6), "reasons": ["synthetic"]}})
            if k < 6:
                rels.append({"id": f"{did}:r{k}", "type": rng.choice(RELS), "source": f"e{a}", "target": f"e{b}",
                             "claims": [cid], "negated": False,
                             "evidence": [{"document": did, "start": k * 100, "end": k * 100 + 10, "text": text}]})
            if k < 2:
                events.append({"id": f"{did}:v{k}", "type": rng.choice(EVENTS), "date": docs[-1]["published"],
                               "date_precision": "month", "description": text, "participants": [f"e{a}"],
                               "claims": [cid], "evidence": []})
    audits = [{"document": d["id"], "title": d["title"], "publisher": d["publisher"], "published": d["published"],
               "claims": 12, "cited_claims": 0, "uncited_claims": 12, "citations": 0, "distinct_sources": 0,
               "sources": [], "anonymous_claims": 2, "anonymous_share": 0.17, "anonymous_sources": [], "quotes": [],
               "hedged_claims": 3, "loaded_terms": [], "loaded_categories": {}, "loaded_density_per_100_words": 0,
               "check_first": [], "summary": "synthetic"} for d in docs]
    return {"schema": "nexos/export@1", "documents": docs, "entities": ents, "relations": rels, "events": events,
            "claims": claims, "_audits": audits}


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    ex = synthetic_export(n)
    audits = ex.pop("_audits")
    t0 = time.perf_counter()
    html = render_report(ex, audits)
    dt = time.perf_counter() - t0
    print(f"export: {len(ex['documents'])} documents, {len(ex['entities'])} actors, {len(ex['relations'])} ties, "
          f"{len(ex['events'])} events, {len(ex['claims'])} claims")
    print(f"render_report: {dt:.2f}s, {len(html) / 1e6:.1f} MB of HTML (target < 30 s)")


if __name__ == "__main__":
    main()
