"""Assessment: how well each claim is sourced, with reasons a person can check.

Per document (``assess_document``): a provisional grade from citation,
hedging and anonymous sourcing. Across the workspace (``assess_corpus``):
corroboration and contradiction between claims of *independent* documents
(different publishers, no shared cited source, not near-duplicate text),
then the final Admiralty grade: reliability A–F from the publisher record
(F = cannot be judged, the default) and credibility 1–6:

    1  asserted by ≥3 independent sources, none disputing
    2  asserted by 2 independent sources, none disputing
    3  one source, citing evidence, not hedged
    4  one source, hedged, anonymous, or only attributed to a speaker
    5  disputed by an independent source
    6  one source, uncited and unattributed: cannot be judged
"""

from __future__ import annotations

from typing import Any

from nexos.assess.corroborate import link_claims
from nexos.assess.worthiness import check_worthiness
from nexos.model import Claim, Extraction, Grade
from nexos.store import Store


def grade(claim: dict[str, Any], reliability: str, n_sources: int) -> Grade:
    reasons: list[str] = []
    cites = len(claim.get("citations") or [])
    contradicted = len(claim.get("contradicted_by") or [])
    if contradicted:
        cred = 5
        reasons.append(f"disputed by {contradicted} claim(s) in other documents")
    elif n_sources >= 3:
        cred = 1
    elif n_sources == 2:
        cred = 2
    elif cites and not claim.get("hedged") and not claim.get("anonymous_source"):
        cred = 3
    elif claim.get("hedged") or claim.get("anonymous_source") or claim.get("attributed_to") or cites:
        cred = 4
    else:
        cred = 6
    reasons.insert(0, f"asserted by {n_sources} independent source{'s' if n_sources != 1 else ''}")
    if cites:
        reasons.append(f"cites {cites} source{'s' if cites != 1 else ''}")
    else:
        reasons.append("uncited")
    if claim.get("hedged"):
        reasons.append("hedged (" + ", ".join(claim.get("hedges") or []) + ")")
    if claim.get("anonymous_source"):
        reasons.append("anonymous source")
    if claim.get("attributed_to") or claim.get("speaker"):
        reasons.append("attributed to a named speaker")
    reasons.append("publisher reliability " + (reliability if reliability != "F" else "F (not rated)"))
    return Grade(reliability=reliability, credibility=cred, reasons=[f"credibility {cred}: " + "; ".join(reasons)])


def _claim_dict(c: Claim) -> dict[str, Any]:
    return {"citations": c.citations, "hedged": c.hedged, "hedges": c.hedges, "anonymous_source": c.anonymous_source,
            "attributed_to": c.attributed_to, "speaker": c.speaker, "contradicted_by": []}


def assess_document(ex: Extraction, ratings: dict[str, str]) -> None:
    """Provisional grades and check-worthiness, before other documents are compared."""
    rel = ratings.get(ex.document.publisher or "", "F")
    for c in ex.claims:
        c.grade = grade(_claim_dict(c), rel, 1)
        c.check_worthiness = check_worthiness(c, ex.document.language)


def assess_corpus(store: Store) -> None:
    """Link corroborating and contradicting claims across documents, then grade every claim."""
    links = link_claims(store)
    ratings = store.publisher_ratings()
    docs = {d["id"]: d for d in store.documents(with_text=False)}
    updates = []
    for c in store.rows("claims", active_only=False):
        corr = links.corroborated.get(c["id"], [])
        contra = links.contradicted.get(c["id"], [])
        c = dict(c, corroborated_by=corr, contradicted_by=contra)
        publisher = docs.get(c["document_id"], {}).get("publisher") or ""
        n_sources = 1 + links.independent_sources.get(c["id"], 0)
        g = grade(c, ratings.get(publisher, "F"), n_sources)
        if n_sources > 1:
            g.reasons.append(f"asserted by {1 + len(corr)} documents from {n_sources} independent sources")
        updates.append((c["id"], {"corroborated_by": corr, "contradicted_by": contra, "grade": g.as_dict()}))
    store.update_claims(updates)
