"""Corroboration and contradiction between claims of different documents.

Two claims *agree* when they assert the same relation (same pair of
entities after merges, compatible type, same direction unless a symmetric
type is involved) or the same event (compatible type, at least two shared
participants or one plus the same place, dates that agree at the coarser
of the two precisions). A claim *disputes* a relation when its sentence
carries a dispute cue ("there is no evidence that", "desmintió", "es
falso") and names the pair, or points back to the previous sentence's
allegation ("rejected the accusation", "rechaza esta afirmación"); a
relation stored as negated disputes too. Disputes are linked to what they
dispute in both directions.

A document that disputes a pair is not counted as asserting it, even when
it restates the allegation first ("Claim: X funds Y" in a fact check), so
reporting an accusation in order to rebut it never corroborates it.

Only independent documents add a source: different publishers, no shared
cited URL (after canonicalisation), neither cites the other's URL, and no
near-duplicate text (syndicated copies). Everything here compares
structure, never which side a claim favours.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from nexos.assess.language import find_disputes
from nexos.ingest.citations import canonical_url
from nexos.knowledge import fold
from nexos.store import Store

log = logging.getLogger(__name__)

# Symmetric types per the shared vocabulary: written either way round.
SYMMETRIC = {"allied_with", "associated_with", "negotiates_with"}
# Types that say the same tie in more or less specific words.
COMPATIBLE: dict[str, set[str]] = {
    "associated_with": {"allied_with", "supports", "funds", "member_of", "leads", "controls"},
    "allied_with": {"associated_with", "supports"},
    "supports": {"allied_with", "associated_with", "funds"},
    "funds": {"supports", "associated_with"},
    "member_of": {"associated_with", "leads"},
    "leads": {"member_of", "associated_with", "controls"},
    "controls": {"leads", "associated_with"},
}
# Ties read off appositions ("X, a lawyer for Y, denied ..."): not what a denial disputes.
ROLE_TYPES = {"member_of", "leads"}
EVENT_COMPATIBLE = [{"violence", "military_action"}, {"arrest", "legal_action"}, {"meeting", "negotiation"}]
PRECISION_LEN = {"year": 4, "month": 7, "day": 10}
NEAR_DUPLICATE = 0.5

# A disputing sentence that points back at an allegation instead of naming it.
ANAPHOR = re.compile(
    r"(?<![\w])(?:the|this|that|these|those|such|its|their|the same|"
    r"la|el|las|los|esta|este|estas|estos|esa|ese|esas|esos|dicha|dicho|dichas|dichos|tal|tales)\s+"
    r"(?:\w+\s+){0,2}?"
    r"(?:claims?|allegations?|accusations?|charges?|reports?|assertions?|version|story|"
    r"afirmacion(?:es)?|acusacion(?:es)?|senalamientos?|version(?:es)?|denuncias?|informacion(?:es)?|"
    r"imputacion(?:es)?|alegacion(?:es)?|publicacion(?:es)?|columna|nota)(?![\w])"
)
# A verdict word disputes only when it rates something ("is false", "Verdict: false"),
# not when it describes a thing ("fake invoices", "documentos falsos").
COPULA_BEFORE = re.compile(
    r"(?:^|[:\-–—]|(?<![\w])(?:is|are|was|were|be|been|as|rated|es|son|fue|fueron|era|eran|resulta|resulto|"
    r"como|calificada|calificado)(?:\s+\w+ly|\s+\w+mente)?)\s*$"
)


SKETCH = 8  # smallest shingle hashes kept per document for near-duplicate blocking
MAX_BLOCK = 64  # assertions compared pairwise within one block (a giant block is compared in a sliding window)
MAX_LISTED = 50  # corroborating claims listed per claim (all are counted)

@dataclass(frozen=True)
class Assertion:
    """One claim's relation or event, with entity ids already followed through merges."""

    claim: str
    document: str
    kind: str  # 'relation' | 'event'
    type: str
    source: str = ""
    target: str = ""
    date: str | None = None
    precision: str | None = None
    participants: frozenset[str] = frozenset()
    location: str | None = None
    subtype: str | None = None


@dataclass
class Dispute:
    """A claim that disputes a tie between two entities (``types`` empty: any tie)."""

    claim: str
    document: str
    pair: frozenset[str]
    types: frozenset[str]
    cues: tuple[str, ...]


@dataclass
class Support:
    """What other documents say about one claim."""

    documents: set[str] = field(default_factory=set)
    independent_sources: int = 1
    corroborated_by: list[str] = field(default_factory=list)
    contradicted_by: list[str] = field(default_factory=list)
    disputed_by_documents: set[str] = field(default_factory=set)
    disputes_documents: set[str] = field(default_factory=set)
    disputed_in_same_document: bool = False
    is_dispute: bool = False
    dispute_cues: list[str] = field(default_factory=list)


@dataclass
class Links:
    support: dict[str, Support] = field(default_factory=dict)

    def get(self, claim_id: str) -> Support:
        return self.support.get(claim_id) or Support()


# ------------------------------------------------------------------ independence


def shingles(text: str, k: int = 5) -> set[int]:
    """Hashed word 5-grams: what near-duplicate detection compares (ints keep memory small)."""
    words = re.findall(r"\w+", fold(text or ""))
    return {hash(" ".join(words[i : i + k])) for i in range(max(0, len(words) - k + 1))}


class Independence:
    """Decides whether two documents are independent sources, with memoised pair checks."""

    def __init__(self, docs: dict[str, dict[str, Any]], shingle_sets: dict[str, set[int]] | None = None) -> None:
        self.docs = docs
        self.cites = {d: {canonical_url(c["url"]) for c in x.get("citations") or [] if c.get("url")}
                      for d, x in docs.items()}
        self.own_url = {d: canonical_url(x["source_url"]) if x.get("source_url") else None for d, x in docs.items()}
        self.shingles = shingle_sets if shingle_sets is not None else \
            {d: shingles(x.get("text") or "") for d, x in docs.items()}
        self.publisher = {d: fold(x.get("publisher") or "").strip() for d, x in docs.items()}
        # a min-hash sketch: near-duplicates share some of their smallest shingle hashes
        self.sketch = {d: sorted(sh)[:SKETCH] for d, sh in self.shingles.items()}
        self._memo: dict[frozenset[str], str | None] = {}
        self._root: dict[str, str] | None = None

    def why_dependent(self, a: str, b: str) -> str | None:
        """None when ``a`` and ``b`` are independent, else the reason they are not."""
        if a == b:
            return "same document"
        key = frozenset((a, b))
        if key not in self._memo:
            self._memo[key] = self._check(a, b)
        return self._memo[key]

    def _check(self, a: str, b: str) -> str | None:
        pa, pb = fold(self.docs[a].get("publisher") or "").strip(), fold(self.docs[b].get("publisher") or "").strip()
        if pa and pa == pb:
            return "same publisher"
        if self.cites[a] & self.cites[b]:
            return "cite the same source"
        if (self.own_url[a] and self.own_url[a] in self.cites[b]) or (self.own_url[b] and self.own_url[b] in self.cites[a]):
            return "one cites the other"
        sa, sb = self.shingles[a], self.shingles[b]
        if sa and sb and len(sa & sb) / min(len(sa), len(sb)) > NEAR_DUPLICATE:
            return "near-duplicate text"
        return None

    def count_sources(self, documents: set[str]) -> int:
        """Documents grouped by dependence: each group is one source.

        Groups are the connected components of dependence over the whole workspace,
        computed once (a syndication chain A→B→C makes one source even when B does
        not assert the claim). Candidate pairs come only from blocks that could make
        two documents dependent (same publisher, a shared cited or own URL, a shared
        min-hash shingle), so the cost is near-linear in the number of documents.
        """
        if self._root is None:
            self._root = self._components()
        return len({self._root.get(d, d) for d in documents})

    def source_of(self, document: str) -> str:
        """The independent source (dependence group) a document belongs to."""
        if self._root is None:
            self._root = self._components()
        return self._root.get(document, document)

    def _components(self) -> dict[str, str]:
        parent = {d: d for d in self.docs}

        def root(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        blocks: dict[tuple[str, Any], list[str]] = defaultdict(list)
        for d in sorted(self.docs):
            if self.publisher[d]:
                blocks[("publisher", self.publisher[d])].append(d)
            for u in self.cites[d] | ({self.own_url[d]} if self.own_url[d] else set()):
                blocks[("url", u)].append(d)
            for h in self.sketch[d]:
                blocks[("text", h)].append(d)
        for (kind, _v), members in blocks.items():
            if len(members) < 2:
                continue
            if kind == "text":
                for a, b in combinations(members[:MAX_BLOCK], 2):
                    if root(a) != root(b) and self.why_dependent(a, b):
                        parent[root(a)] = root(b)
            else:
                for m in members[1:]:
                    if root(m) != root(members[0]) and self.why_dependent(members[0], m):
                        parent[root(m)] = root(members[0])
        return {d: root(d) for d in parent}


# ------------------------------------------------------------------ matching


def types_compatible(t1: str, t2: str) -> bool:
    return t1 == t2 or t2 in COMPATIBLE.get(t1, set()) or t1 in COMPATIBLE.get(t2, set())


def relations_agree(a: Assertion, b: Assertion) -> bool:
    if not types_compatible(a.type, b.type):
        return False
    if a.source == b.source and a.target == b.target:
        return True
    crossed = a.source == b.target and a.target == b.source
    return crossed and (a.type in SYMMETRIC or b.type in SYMMETRIC)


def dates_agree(d1: str | None, p1: str | None, d2: str | None, p2: str | None) -> bool:
    if not d1 or not d2:
        return False
    n = min(PRECISION_LEN.get(p1 or "", len(d1)), PRECISION_LEN.get(p2 or "", len(d2)), len(d1), len(d2))
    return d1[:n] == d2[:n]


def event_types_compatible(a: Assertion, b: Assertion) -> bool:
    if a.type == "other" or b.type == "other":
        return a.type == b.type and bool(a.subtype) and fold(a.subtype or "") == fold(b.subtype or "")
    return a.type == b.type or any({a.type, b.type} <= group for group in EVENT_COMPATIBLE)


def events_agree(a: Assertion, b: Assertion) -> bool:
    if not event_types_compatible(a, b) or not dates_agree(a.date, a.precision, b.date, b.precision):
        return False
    # A place listed among the participants is the setting, not a second actor.
    shared = len((a.participants - {a.location, b.location}) & (b.participants - {a.location, b.location}))
    same_place = a.location is not None and a.location == b.location
    return shared >= 2 or (shared >= 1 and same_place)


# ------------------------------------------------------------------ reading the store


CLAIM_COLUMNS = ("id", "document_id", "start", "end", "text", "negated", "entities", "kind")
RELATION_COLUMNS = ("id", "document_id", "type", "source", "target", "negated", "claims")
EVENT_COLUMNS = ("id", "document_id", "type", "subtype", "date", "date_precision", "location", "participants", "claims")


class _Corpus:
    """The store's rows, with merges followed, indexed the way the linking needs."""

    def __init__(self, store: Store) -> None:
        # Texts are read one at a time and kept only as hashed shingles; rows carry only the
        # columns linking reads, so memory stays a small multiple of the number of claims.
        self.docs = {d["id"]: d for d in store.documents(with_text=False)}
        self.shingles = {doc_id: shingles(text) for doc_id, text in store.document_texts()}
        self.merged = store.merge_map()
        self.claims = {c["id"]: c for c in store.rows("claims", columns=CLAIM_COLUMNS)}
        self.relations = store.rows("relations", columns=RELATION_COLUMNS)
        self.events = store.rows("events", columns=EVENT_COLUMNS)
        self.mentions: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for row in store.mention_rows(columns=("document_id", "start", "entity_id")):
            self.mentions[row["document_id"]].append((row["start"], self.m(row["entity_id"])))
        self.rels_of_claim: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in self.relations:
            for cid in r["claims"] or []:
                self.rels_of_claim[cid].append(r)
        self.by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for c in sorted(self.claims.values(), key=lambda c: (c["document_id"], c["start"])):
            self.by_doc[c["document_id"]].append(c)

    def m(self, entity_id: str) -> str:
        """The entity an id stands for once merges are followed."""
        return self.merged.get(entity_id, entity_id)

    def language(self, doc_id: str) -> str:
        lang = (self.docs.get(doc_id) or {}).get("language") or "und"
        return lang if lang in ("en", "es") else "und"

    def entities_after(self, claim: dict[str, Any], offset: int) -> set[str]:
        """Entities with a mention in the claim's sentence at or after ``offset`` (document offsets)."""
        return {e for s, e in self.mentions[claim["document_id"]] if offset <= s < claim["end"]}

    def previous_claims(self, claim: dict[str, Any], limit: int = 2) -> list[dict[str, Any]]:
        """Up to ``limit`` claims before this one, nearest first, in the same paragraph when known."""
        paras = (self.docs.get(claim["document_id"]) or {}).get("paragraphs") or []
        para = next(((s, e) for s, e in paras if s <= claim["start"] < e), None)
        out = [c for c in self.by_doc[claim["document_id"]] if c["start"] < claim["start"] and c["id"] != claim["id"]
               and (para is None or para[0] <= c["start"])]
        return list(reversed(out))[:limit]


def _dispute_cues(corpus: _Corpus, claim: dict[str, Any]) -> list[tuple[int, str]]:
    """(document offset, cue) for each dispute cue that really rates or denies something."""
    text = claim["text"]
    out = []
    for d in find_disputes(text, corpus.language(claim["document_id"])):
        if d.category == "verdict" and not COPULA_BEFORE.search(fold(text[max(0, d.start - 40) : d.start])):
            continue
        out.append((claim["start"] + d.start, d.term))
    return out


def _relation_pair(corpus: _Corpus, r: dict[str, Any]) -> frozenset[str]:
    return frozenset((corpus.m(r["source"]), corpus.m(r["target"])))


def _points_back(claim: dict[str, Any], cue_at: int) -> bool:
    """True when an anaphor ("the accusation", "esta afirmación") sits right around the dispute cue."""
    rel = cue_at - claim["start"]
    folded = fold(claim["text"])
    return any(rel - 40 <= m.start() <= rel + 80 for m in ANAPHOR.finditer(folded))


def _disputes_of(corpus: _Corpus, claim: dict[str, Any]) -> tuple[list[Dispute], set[str]]:
    """The disputes a claim makes, and the ids of its own relations that they cover."""
    cues = _dispute_cues(corpus, claim)
    own = corpus.rels_of_claim.get(claim["id"], [])
    out: list[Dispute] = []
    covered: set[str] = set()
    doc = claim["document_id"]
    for r in own:
        if r["negated"]:
            out.append(Dispute(claim["id"], doc, _relation_pair(corpus, r), frozenset({r["type"]}), ("negated",)))
            covered.add(r["id"])
    if not cues:
        return out, covered
    first = min(pos for pos, _ in cues)
    terms = tuple(dict.fromkeys(t for _, t in cues))
    after = corpus.entities_after(claim, first)
    for r in own:
        pair = _relation_pair(corpus, r)
        if r["id"] not in covered and len(pair) == 2 and (pair & after or r["type"] not in ROLE_TYPES):
            out.append(Dispute(claim["id"], doc, pair, frozenset({r["type"]}), terms))
            covered.add(r["id"])
    named = {frozenset(d.pair) for d in out}
    for a, b in combinations(sorted(after), 2):
        if frozenset((a, b)) not in named:
            out.append(Dispute(claim["id"], doc, frozenset((a, b)), frozenset(), terms))
    if not out and _points_back(claim, first):
        for prev in corpus.previous_claims(claim):
            rels = [r for r in corpus.rels_of_claim.get(prev["id"], []) if not r["negated"]]
            for r in rels:
                out.append(Dispute(claim["id"], doc, _relation_pair(corpus, r), frozenset({r["type"]}), terms))
            if rels:
                break
    return out, covered


def _assertions(corpus: _Corpus, covered: set[str]) -> list[Assertion]:
    out = []
    for r in corpus.relations:
        if r["negated"] or r["id"] in covered:
            continue
        src, tgt = corpus.m(r["source"]), corpus.m(r["target"])
        if src == tgt:
            continue
        for cid in r["claims"] or []:
            if cid in corpus.claims:
                out.append(Assertion(cid, r["document_id"], "relation", r["type"], src, tgt))
    for e in corpus.events:
        parts = frozenset(corpus.m(p) for p in e["participants"] or [])
        for cid in e["claims"] or []:
            if cid in corpus.claims:
                out.append(Assertion(cid, e["document_id"], "event", e["type"], date=e["date"],
                                     precision=e["date_precision"], participants=parts,
                                     location=corpus.m(e["location"]) if e["location"] else None, subtype=e["subtype"]))
    return out


# ------------------------------------------------------------------ linking


def _agreeing_pairs(assertions: list[Assertion],
                    bulk: list[list[Assertion]] | None = None) -> list[tuple[Assertion, Assertion]]:
    """Pairs of assertions from different documents that say the same thing.

    A tie asserted by more than MAX_BLOCK claims is not paired claim by claim (that grows
    with the square of the workspace): the whole group goes to ``bulk`` and is linked as one.
    """
    rel_index: dict[frozenset[str], list[Assertion]] = defaultdict(list)
    ev_index: dict[str, list[Assertion]] = defaultdict(list)
    for a in assertions:
        if a.kind == "relation":
            rel_index[frozenset((a.source, a.target))].append(a)
        else:
            for p in a.participants:
                ev_index[p].append(a)
    out: dict[tuple[str, str], tuple[Assertion, Assertion]] = {}
    for group in rel_index.values():
        if len(group) > MAX_BLOCK and bulk is not None:
            bulk.append(group)
            continue
        for a, b in _bounded_pairs(group):
            if a.document != b.document and relations_agree(a, b):
                out.setdefault((a.claim, b.claim), (a, b))
    for group in ev_index.values():
        for a, b in _bounded_pairs(group):
            if a.document != b.document and (a.claim, b.claim) not in out and events_agree(a, b):
                out[(a.claim, b.claim)] = (a, b)
    return list(out.values())


def _bounded_pairs(group: list[Assertion]) -> Any:
    if len(group) <= MAX_BLOCK:
        yield from combinations(group, 2)
        return
    for i, a in enumerate(group):
        for b in group[i + 1 : i + 1 + MAX_BLOCK]:
            yield a, b


def _dispute_hits(disputes: list[Dispute], assertions: list[Assertion]) -> list[tuple[Dispute, Assertion]]:
    by_pair: dict[frozenset[str], list[Assertion]] = defaultdict(list)
    for a in assertions:
        if a.kind == "relation":
            by_pair[frozenset((a.source, a.target))].append(a)
    out = []
    for d in disputes:
        for a in by_pair.get(d.pair, []):
            if a.claim != d.claim and (not d.types or any(types_compatible(t, a.type) for t in d.types)):
                out.append((d, a))
    return out


def link_claims(store: Store) -> Links:
    """Corroboration, contradiction and independent-source counts for every active claim."""
    corpus = _Corpus(store)
    indep = Independence(corpus.docs, corpus.shingles)
    disputes: list[Dispute] = []
    covered: set[str] = set()
    for c in corpus.claims.values():
        ds, cov = _disputes_of(corpus, c)
        disputes.extend(ds)
        covered |= cov
    hits = _dispute_hits(disputes, _assertions(corpus, covered))
    # A document that disputes an allegation only restates it: its assertions of that tie do not count.
    restated = {a.claim for d, a in hits if a.document == d.document}
    hits = [(d, a) for d, a in hits if a.claim not in restated or a.document == d.document]
    assertions = [a for a in _assertions(corpus, covered) if a.claim not in restated]
    links = Links({cid: Support() for cid in corpus.claims})
    agree: dict[str, set[str]] = defaultdict(set)
    bulk: list[list[Assertion]] = []
    for a, b in _agreeing_pairs(assertions, bulk):
        agree[a.claim].add(b.claim)
        agree[b.claim].add(a.claim)
    _link_disputes(links, agree, disputes, hits)
    for cid, others in agree.items():
        _corroborate(links, corpus, indep, cid, others)
    for group in bulk:
        _corroborate_bulk(links, indep, group)
    for cid, sup in links.support.items():
        if not sup.documents:
            sup.documents = {corpus.claims[cid]["document_id"]}
    log.info("linked %d claims: %d corroborated, %d contradicted", len(links.support),
             sum(1 for s in links.support.values() if s.corroborated_by),
             sum(1 for s in links.support.values() if s.contradicted_by))
    return links


def _link_disputes(links: Links, agree: dict[str, set[str]], disputes: list[Dispute],
                   hits: list[tuple[Dispute, Assertion]]) -> None:
    for d in disputes:
        links.support[d.claim].is_dispute = True
        cues = links.support[d.claim].dispute_cues
        cues.extend(t for t in d.cues if t not in cues)
    for d, a in hits:
        sd, sa = links.support[d.claim], links.support[a.claim]
        _add(sd.contradicted_by, a.claim)
        _add(sa.contradicted_by, d.claim)
        if d.document == a.document:
            sa.disputed_in_same_document = True
        else:
            sa.disputed_by_documents.add(d.document)
            sd.disputes_documents.add(a.document)
    # Claims that dispute the same tie agree with each other.
    hit = {id(d) for d, _ in hits}
    by_pair: dict[frozenset[str], list[Dispute]] = defaultdict(list)
    for d in disputes:
        if d.types or id(d) in hit:  # a bare name pair counts only once it meets an allegation
            by_pair[d.pair].append(d)
    for group in by_pair.values():
        for x, y in combinations(group, 2):
            if x.document != y.document:
                agree[x.claim].add(y.claim)
                agree[y.claim].add(x.claim)


def _corroborate(links: Links, corpus: _Corpus, indep: Independence, cid: str, others: set[str]) -> None:
    sup = links.support[cid]
    own = corpus.claims[cid]["document_id"]
    docs = {own} | {corpus.claims[o]["document_id"] for o in others}
    sup.documents = docs
    sup.independent_sources = indep.count_sources(docs)
    for o in sorted(others):
        if len(sup.corroborated_by) >= MAX_LISTED:
            break  # the count above covers them all; the list is for reading
        if not indep.why_dependent(own, corpus.claims[o]["document_id"]):
            _add(sup.corroborated_by, o)


def _corroborate_bulk(links: Links, indep: Independence, group: list[Assertion]) -> None:
    """A tie many documents assert: every claim of it counts the group's sources; a few are listed."""
    docs = {a.document for a in group}
    n = indep.count_sources(docs)
    by_source: dict[str, list[Assertion]] = defaultdict(list)  # one list per independent source
    for b in group:
        by_source[indep.source_of(b.document)].append(b)
    for a in group:
        sup = links.support[a.claim]
        sup.documents = docs if not sup.documents else sup.documents | docs  # shared, not copied
        sup.independent_sources = max(sup.independent_sources, n)
        own = indep.source_of(a.document)
        for src, members in by_source.items():
            if len(sup.corroborated_by) >= MAX_LISTED:
                break
            if src != own:
                _add(sup.corroborated_by, members[0].claim)


def _add(items: list[str], x: str) -> None:
    if x not in items:
        items.append(x)
