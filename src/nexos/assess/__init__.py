"""Assessment: how well each claim is sourced, with reasons a person can check.

Per document (``assess_document``): a provisional grade from citation,
hedging and anonymous sourcing, and check-worthiness. Across the workspace
(``assess_corpus``): corroboration and contradiction between documents
(see ``corroborate``), then the final Admiralty grade: reliability A–F from
the publisher record (F = cannot be judged, the default) and credibility
1–6 from what the claim itself shows:

    1  asserted by ≥3 independent sources, none disputing
    2  asserted by 2 independent sources, none disputing
    3  one source that cites something a reader can open (hedged or not)
    4  one source, uncited but hedged, anonymous, attributed to a speaker,
       or disputed within its own document
    5  disputed by another document
    6  one source, uncited and unattributed: cannot be judged

The first reason always reads "credibility N: ..." followed by the facts
that decided it, e.g. "credibility 3: asserted by 1 document; cites 1
video; hedged". The grade looks at structure only (counts, cues, links),
never at which side a claim favours.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from nexos.assess.audit import describe_citations
from nexos.assess.corroborate import Support, iter_links
from nexos.assess.worthiness import check_worthiness
from nexos.knowledge import fold
from nexos.model import Claim, Extraction, Grade
from nexos.store import Store

__all__ = ["assess_corpus", "assess_document", "credibility", "grade", "reliability_for"]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def credibility(claim: dict[str, Any], support: Support) -> int:
    """The 1–6 credibility of one claim, from its links and its own sourcing."""
    if support.disputed_by_documents:
        return 5
    if support.independent_sources >= 3:
        return 1
    if support.independent_sources == 2:
        return 2
    if claim.get("citations") and not support.disputed_in_same_document:
        return 3
    if (claim.get("citations") or claim.get("hedged") or claim.get("anonymous_source") or claim.get("attributed_to")
            or claim.get("speaker") or support.disputed_in_same_document):
        return 4
    return 6


def _support_reasons(support: Support) -> list[str]:
    n_docs = max(1, len(support.documents))
    if n_docs == 1:
        out = ["asserted by 1 document"]
    else:
        out = [f"asserted by {n_docs} documents from {_plural(support.independent_sources, 'independent source')}"]
    if support.disputed_by_documents:
        out.append("disputed by " + _plural(len(support.disputed_by_documents), "other document"))
    if support.disputed_in_same_document:
        out.append("disputed in the same document")
    if support.disputes_documents:
        cues = ", ".join(f'"{c}"' for c in support.dispute_cues[:3] if c != "negated")
        out.append(f"disputes claims in {_plural(len(support.disputes_documents), 'other document')}"
                   + (f" ({cues})" if cues else ""))
    return out


def _sourcing_reasons(claim: dict[str, Any]) -> list[str]:
    out = []
    cites = claim.get("citations") or []
    out.append("cites " + describe_citations(cites) if cites else "uncited")
    if claim.get("hedged"):
        hedges = list(dict.fromkeys(claim.get("hedges") or []))
        out.append("hedged" + (" (" + ", ".join(f'"{h}"' for h in hedges[:3]) + ")" if hedges else ""))
    if claim.get("anonymous_source"):
        desc = claim.get("source_description")
        out.append("anonymous source" + (f' ("{desc}")' if desc else ""))
    elif claim.get("attributed_to") or claim.get("speaker"):
        out.append("attributed to a named speaker")
    return out


def reliability_for(publisher: str | None, ratings: dict[str, str]) -> tuple[str, str]:
    """(letter, reason): the analyst's rating of the publisher, matched case- and accent-blind."""
    if not publisher:
        return "F", "reliability F: publisher unknown"
    letter = ratings.get(publisher)
    if letter is None:
        folded = fold(publisher).strip()
        letter = next((v for k, v in ratings.items() if fold(k).strip() == folded), None)
    if letter is None:
        return "F", f"reliability F: publisher {publisher} not rated"
    return letter, f"reliability {letter}: publisher {publisher} rated {letter}"


def grade(claim: dict[str, Any], reliability: str = "F", support: Support | None = None,
          reliability_reason: str | None = None) -> Grade:
    """The Admiralty grade of one claim (a dict with the claim record's fields)."""
    support = support or Support(documents={claim.get("document_id") or claim.get("document") or ""})
    cred = credibility(claim, support)
    reasons = [f"credibility {cred}: " + "; ".join(_support_reasons(support) + _sourcing_reasons(claim))]
    reasons.append(reliability_reason or f"reliability {reliability}")
    return Grade(reliability=reliability, credibility=cred, reasons=reasons)


def _claim_dict(c: Claim) -> dict[str, Any]:
    return {"document": c.document, "citations": c.citations, "hedged": c.hedged, "hedges": c.hedges,
            "anonymous_source": c.anonymous_source, "source_description": c.source_description,
            "attributed_to": c.attributed_to, "speaker": c.speaker}


def assess_document(ex: Extraction, ratings: dict[str, str]) -> None:
    """Provisional grades and check-worthiness, before other documents are compared."""
    rel, why = reliability_for(ex.document.publisher, ratings)
    for c in ex.claims:
        c.grade = grade(_claim_dict(c), rel, None, why)
        c.check_worthiness = check_worthiness(c, ex.document.language)


GRADE_BATCH = 500  # claims graded and written together
T = TypeVar("T")


def batched(items: Iterable[T], n: int) -> Iterator[list[T]]:
    """Lists of ``n`` items (the last may be shorter); itertools.batched needs Python 3.12."""
    it = iter(items)
    while batch := list(islice(it, n)):
        yield batch


def assess_corpus(store: Store) -> int:
    """Link corroborating and contradicting claims across documents, then grade every claim.

    Claims are graded and written a batch at a time as linking yields them, so memory does
    not grow with the workspace. Rejected claims keep their last grade; the links of live
    claims never point at a rejected one. Returns the number of claims graded.
    """
    ratings = store.publisher_ratings()
    publishers = {d["id"]: d.get("publisher") for d in store.documents(columns=("publisher",))}
    graded = ("id", "document_id", "citations", "hedged", "hedges", "anonymous_source", "source_description",
              "attributed_to", "speaker")
    done = 0
    for batch in batched(iter_links(store), GRADE_BATCH):
        rows = {c["id"]: c for c in store.rows("claims", columns=graded, ids=[cid for cid, _ in batch])}
        updates = []
        for cid, sup in batch:
            c = rows[cid]
            rel, why = reliability_for(publishers.get(c["document_id"]), ratings)
            g = grade(c, rel, sup, why)
            updates.append((cid, {"corroborated_by": list(sup.corroborated_by),
                                  "contradicted_by": list(sup.contradicted_by), "grade": g.as_dict()}))
        store.update_claims(updates)
        done += len(updates)
    return done
