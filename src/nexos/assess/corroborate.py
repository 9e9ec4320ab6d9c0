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
near-duplicate text (syndicated copies); see ``independence``. Everything
here compares structure, never which side a claim favours.

Memory must not follow the size of the workspace's rows: claims, mentions,
relations and events are read a batch of documents at a time (all a
dispute depends on lies in its own document), what stays is a few
integers per claim and assertion (``_Workspace``), and each claim's
Support is built when it is asked for, for the caller to write.
"""

from __future__ import annotations

import logging
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Set
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, combinations
from typing import Any

from nexos.assess.independence import MAX_BLOCK, Independence, fold_once, shingles
from nexos.assess.language import find_disputes
from nexos.extract.context_ties import EXTRACTOR as INFERRED
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


MAX_LISTED = 50  # corroborating claims listed per claim (all are counted)
BULK_UNIONS = 32  # sets of bulk ties whose documents together are kept (see ``_bulk_documents``)
DOC_BATCH = 200  # documents whose claims, mentions and assertions are read together

@dataclass(frozen=True, slots=True)
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

    documents: Set[str] = field(default_factory=set)
    independent_sources: int = 1
    corroborated_by: list[str] = field(default_factory=list)
    contradicted_by: list[str] = field(default_factory=list)
    disputed_by_documents: set[str] = field(default_factory=set)
    disputes_documents: set[str] = field(default_factory=set)
    disputed_in_same_document: bool = False
    is_dispute: bool = False
    dispute_cues: list[str] = field(default_factory=list)


class TieDocuments(Set[str]):
    """The documents asserting a claim that shares in bulk ties: the ties' own lists, never copied.

    A bulk tie's documents grow with the workspace; a set per claim would cost their
    number in time and memory for each of the tie's claims. The count is worked out
    once, when asked for (grading asks once); membership and iteration are for readers.
    """

    __slots__ = ("_parts", "_len")

    def __init__(self, parts: Iterable[Collection[str]], rest: frozenset[str] | None = None) -> None:
        """``rest``, when given, is the union of every part but the first, which is then a set: the count is
        made at once from the first part read against it (the bulk ties' union, shared by their claims, is made
        once), and ``rest`` is not kept."""
        self._parts = tuple(parts)
        self._len: int | None = None
        if rest is not None:
            self._len = len(rest) + sum(1 for doc in self._parts[0] if doc not in rest)

    def __len__(self) -> int:
        if self._len is None:
            self._len = len(set().union(*self._parts))
        return self._len

    def __contains__(self, doc: object) -> bool:
        return any(doc in part for part in self._parts)

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys(chain.from_iterable(self._parts)))

    def __repr__(self) -> str:
        return f"TieDocuments({sorted(self)!r})"


@dataclass
class Links:
    support: dict[str, Support] = field(default_factory=dict)

    def get(self, claim_id: str) -> Support:
        return self.support.get(claim_id) or Support()


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
    if d1 == d2:
        return True  # (most pairs asked: the same day; agreeing at any precision)
    n = min(PRECISION_LEN.get(p1 or "", len(d1)), PRECISION_LEN.get(p2 or "", len(d2)), len(d1), len(d2))
    return d1[:n] == d2[:n]


def event_types_compatible(a: Assertion, b: Assertion) -> bool:
    if a.type == "other" or b.type == "other":
        return a.type == b.type and bool(a.subtype) and fold(a.subtype or "") == fold(b.subtype or "")
    return a.type == b.type or any({a.type, b.type} <= group for group in EVENT_COMPATIBLE)


def events_agree(a: Assertion, b: Assertion) -> bool:
    # (the cheap tests first: linking asks this of every nearby pair of a participant's events, which share a
    # participant and mostly differ in their day)
    d1, d2 = a.date, b.date
    if not d1 or not d2 or d1 != d2 and not dates_agree(d1, a.precision, d2, b.precision):
        return False
    common = a.participants & b.participants
    if not common or not (a.type == b.type != "other" or event_types_compatible(a, b)):
        return False
    # A place listed among the participants is the setting, not a second actor.
    shared = len(common - {a.location, b.location})
    same_place = a.location is not None and a.location == b.location
    return shared >= 2 or (shared >= 1 and same_place)


# ------------------------------------------------------------------ reading the store


CLAIM_COLUMNS = ("id", "document_id", "start", "end", "text")
DOCUMENT_COLUMNS = ("language", "paragraphs", "publisher", "source_url")
RELATION_COLUMNS = ("id", "document_id", "type", "source", "target", "negated", "claims", "extractor")
EVENT_COLUMNS = ("id", "document_id", "type", "subtype", "date", "date_precision", "location", "participants", "claims")


class _Corpus:
    """One batch of documents' rows, with merges followed, indexed the way dispute finding needs.

    Everything a claim's disputes depend on lies in its own document (its sentence, its
    mentions, the claims before it), so the workspace is read a batch of documents at a time.
    """

    def __init__(self, store: Store, docs: dict[str, dict[str, Any]], merged: dict[str, str],
                 names: dict[Any, Any]) -> None:
        self.docs = docs
        self.merged = merged
        self.names = names  # one object per equal entity id, type or set of participants, shared by assertions
        ids = list(docs)
        self.claims = {c["id"]: c for c in store.rows("claims", columns=CLAIM_COLUMNS, document_ids=ids)}
        # (a tie inferred across sentences is stated by no claim: it neither agrees with others nor is disputed)
        self.relations = [r for r in store.rows("relations", columns=RELATION_COLUMNS, document_ids=ids)
                          if r["extractor"] != INFERRED]
        self.events = store.rows("events", columns=EVENT_COLUMNS, document_ids=ids)
        self.mentions: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for row in store.mention_rows(columns=("document_id", "start", "entity_id"), document_ids=ids):
            self.mentions[row["document_id"]].append((row["start"], self.m(row["entity_id"])))
        self.rels_of_claim: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in self.relations:
            for cid in r["claims"] or []:
                self.rels_of_claim[cid].append(r)
        self.by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for c in sorted(self.claims.values(), key=lambda c: (c["document_id"], c["start"])):
            self.by_doc[c["document_id"]].append(c)

    def k(self, value: str) -> str:
        return self.names.setdefault(value, value)

    def parts(self, value: frozenset[str]) -> frozenset[str]:
        """One object per set of participants: many events name the same actors."""
        return self.names.setdefault(value, value)

    def m(self, entity_id: str) -> str:
        """The entity an id stands for once merges are followed."""
        return self.k(self.merged.get(entity_id, entity_id))

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
        if d.category == "verdict" and not COPULA_BEFORE.search(fold_once(text[max(0, d.start - 40) : d.start])):
            continue
        out.append((claim["start"] + d.start, d.term))
    return out


def _relation_pair(corpus: _Corpus, r: dict[str, Any]) -> frozenset[str]:
    return frozenset((corpus.m(r["source"]), corpus.m(r["target"])))


def _points_back(claim: dict[str, Any], cue_at: int) -> bool:
    """True when an anaphor ("the accusation", "esta afirmación") sits right around the dispute cue."""
    rel = cue_at - claim["start"]
    folded = fold_once(claim["text"])
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
                out.append(Assertion(corpus.claims[cid]["id"], corpus.k(r["document_id"]), "relation",
                                     corpus.k(r["type"]), src, tgt))
    for e in corpus.events:
        parts = corpus.parts(frozenset(corpus.m(p) for p in e["participants"] or []))
        for cid in e["claims"] or []:
            if cid in corpus.claims:
                out.append(Assertion(corpus.claims[cid]["id"], corpus.k(e["document_id"]), "event",
                                     corpus.k(e["type"]), date=e["date"],
                                     precision=e["date_precision"], participants=parts,
                                     location=corpus.m(e["location"]) if e["location"] else None, subtype=e["subtype"]))
    return out


# ------------------------------------------------------------------ linking

def _bounded_pairs(group: list[Assertion]) -> Iterator[tuple[Assertion, Assertion]]:
    """The pairs of a participant's events that could agree: at most MAX_BLOCK places apart, types compatible.

    A block larger than MAX_BLOCK is compared in a sliding window. Within it, only
    events of one type class are paired (``_event_class``): the others never agree,
    and on a large workspace they are most of the window. Pairs come class by class.
    """
    at: dict[str | None, list[int]] = defaultdict(list)
    for pos, a in enumerate(group):
        at[_event_class(a.type)].append(pos)
    for positions in at.values():
        for k, i in enumerate(positions):
            for j in positions[k + 1 : bisect_right(positions, i + MAX_BLOCK, k + 1)]:
                yield group[i], group[j]


@lru_cache(maxsize=256)
def _event_class(typ: str) -> str | None:
    """Event types are compatible exactly when their classes are equal; None for 'other' (subtypes decide)."""
    if typ == "other":
        return None
    return next((min(g) for g in EVENT_COMPATIBLE if typ in g), typ)


def _dispute_hits(disputes: list[Dispute], assertions: list[Assertion]) -> list[tuple[Dispute, Assertion]]:
    by_pair: dict[frozenset[str], list[Assertion]] = defaultdict(list)
    for a in assertions:
        if a.kind == "relation":
            by_pair[frozenset((a.source, a.target))].append(a)
    out = []
    for d in disputes:
        for a in by_pair.get(d.pair, []):
            if _hits(d, a):
                out.append((d, a))
    return out


def _hits(d: Dispute, a: Assertion) -> bool:
    return a.claim != d.claim and (not d.types or a.type in _accepts(d.types))


@lru_cache(maxsize=256)
def _accepts(types: frozenset[str]) -> frozenset[str]:
    """Every relation type compatible with one of ``types`` (a dispute's): one set lookup per allegation."""
    known = set(COMPATIBLE) | {x for xs in COMPATIBLE.values() for x in xs} | set(types)
    return frozenset(x for x in known if any(types_compatible(t, x) for t in types))


class _Workspace:
    """What linking keeps of the whole workspace, compact: a few machine integers per claim and link.

    ``read`` takes the workspace in one batch of documents at a time; ``link`` walks the
    blocks (one entity pair, one event participant) and leaves, per claim, the claims it
    agrees with and the hits that contradict it as integer arrays; ``supports`` then
    builds each claim's Support on its own, in store order, for the caller to write.
    What a dispute meets is the same for every claim of its tie, so ``supports`` keeps
    it per tie (``tie_met``, ``tie_disputes``: about one reference per assertion).
    """

    def __init__(self) -> None:
        self.claim_ids: list[str] = []
        self.claim_doc: list[str] = []
        self.index: dict[str, int] = {}
        self.disputes: list[Dispute] = []
        self.dispute_claim: list[str] = []  # each dispute's claim and document, for lists built at C speed
        self.dispute_document: list[str] = []
        self.cues: dict[int, list[str]] = {}
        self.restated: set[str] = set()
        self.by_pair: dict[frozenset[str], list[Assertion]] = defaultdict(list)  # every relation: disputes meet these
        self.rel_index: dict[frozenset[str], list[Assertion]] = defaultdict(list)  # relations that can agree
        self.ev_index: dict[str, list[Assertion]] = defaultdict(list)
        self.agree: dict[int, array[int]] = defaultdict(lambda: array("i"))
        self.asserts: dict[int, list[Assertion]] = defaultdict(list)  # each claim's relations: disputes meet these
        self.disputes_of: dict[int, range] = {}  # each disputing claim's disputes, by position in ``disputes``
        self.disputes_on: dict[frozenset[str], list[int]] = defaultdict(list)  # the disputes of each tie
        self.bulk: list[tuple[tuple[str, ...], int, list[tuple[str, str]]]] = []
        self.in_bulk: dict[int, list[int]] = defaultdict(list)
        self.bulk_union: dict[tuple[int, ...], frozenset[str]] = {}  # the documents of a few sets of bulk ties
        self.restated_in: dict[frozenset[str], set[str]] = defaultdict(set)  # documents restating a tie
        self.tie_disputes: dict[tuple[frozenset[str], str], list[int]] = {}  # see ``_disputing``
        self.tie_met: dict[tuple[frozenset[str], frozenset[str]], tuple[list[str], tuple[str, ...]]] = {}  # ``_met_by``

    def read(self, corpus: _Corpus) -> None:
        """Take in one batch of documents: its claims, the disputes they make, what they assert."""
        for c in corpus.claims.values():
            self.index[c["id"]] = len(self.claim_ids)
            self.claim_ids.append(c["id"])
            self.claim_doc.append(corpus.k(c["document_id"]))
        disputes: list[Dispute] = []
        covered: set[str] = set()
        for c in corpus.claims.values():
            ds, cov = _disputes_of(corpus, c)
            disputes.extend(ds)
            covered |= cov
        asserted = _assertions(corpus, covered)
        # A document that disputes an allegation only restates it: its assertions of that tie do not
        # count. Both sides are in one document, so one batch decides it.
        restated = {a.claim for d, a in _dispute_hits(disputes, asserted) if a.document == d.document}
        for d in disputes:
            i = self.index[d.claim]
            cues = self.cues.setdefault(i, [])
            cues.extend(t for t in d.cues if t not in cues)
            n = len(self.disputes)  # a claim's disputes come together
            self.disputes_of[i] = range(self.disputes_of.get(i, range(n, n)).start, n + 1)
            self.disputes_on[d.pair].append(n)
            self.disputes.append(d)
            self.dispute_claim.append(d.claim)
            self.dispute_document.append(d.document)
        for a in asserted:
            if a.kind == "relation":
                pair = frozenset((a.source, a.target))
                self.by_pair[pair].append(a)
                self.asserts[self.index[a.claim]].append(a)
                if a.claim not in restated:
                    self.rel_index[pair].append(a)
                else:
                    self.restated_in[pair].add(a.document)
            elif a.claim not in restated:
                for p in a.participants:
                    self.ev_index[p].append(a)
        self.restated |= restated

    def link(self, indep: Independence) -> None:
        """Every agreeing and contradicting pair, block by block; the blocks are dropped after."""
        self._disputes_agree(self._disputes_hit())
        for group in self.rel_index.values():
            if len(group) > MAX_BLOCK:
                self._bulk(indep, group)
                continue
            for a, b in combinations(group, 2):
                if a.document != b.document and relations_agree(a, b):
                    self._agree(a.claim, b.claim)
        for group in self.ev_index.values():
            for a, b in _bounded_pairs(group):
                if a.document != b.document and events_agree(a, b):
                    self._agree(a.claim, b.claim)
        self.rel_index.clear()
        self.ev_index.clear()

    def _agree(self, a: str, b: str) -> None:
        i, j = self.index[a], self.index[b]
        self.agree[i].append(j)
        self.agree[j].append(i)

    def _meets(self, d: Dispute, a: Assertion) -> bool:
        """A dispute meets an allegation of its tie (another document's only if it was not restated)."""
        return _hits(d, a) and (a.claim not in self.restated or a.document == d.document)

    def _disputes_hit(self) -> set[int]:
        """The disputes that meet at least one allegation."""
        return {n for n, d in enumerate(self.disputes) if any(self._meets(d, a) for a in self.by_pair.get(d.pair, ()))}

    def _disputes_agree(self, hit: set[int]) -> None:
        """Claims that dispute the same tie agree with each other."""
        groups: dict[frozenset[str], list[Dispute]] = defaultdict(list)
        for n, d in enumerate(self.disputes):
            if d.types or n in hit:  # a bare name pair counts only once it meets an allegation
                groups[d.pair].append(d)
        for group in groups.values():
            for x, y in combinations(group, 2):
                if x.document != y.document:
                    self._agree(x.claim, y.claim)

    def _bulk(self, indep: Independence, group: list[Assertion]) -> None:
        """A tie more than MAX_BLOCK claims assert is not paired claim by claim (that grows with
        the square of the workspace): every claim of it counts the group's sources, a few are listed."""
        docs = tuple(dict.fromkeys(a.document for a in group))
        firsts: dict[str, str] = {}  # independent source -> its first claim in the group
        for b in group:
            firsts.setdefault(indep.source_of(b.document), b.claim)
        n = len(self.bulk)
        self.bulk.append((docs, indep.count_sources(set(docs)), list(firsts.items())))
        for a in group:
            mine = self.in_bulk[self.index[a.claim]]
            if not mine or mine[-1] != n:
                mine.append(n)

    def supports(self, indep: Independence) -> Iterator[tuple[str, Support]]:
        """(claim id, Support) for every claim, in store order, each built when it is asked for."""
        for i, cid in enumerate(self.claim_ids):
            yield cid, self._support(indep, i)

    def _support(self, indep: Independence, i: int) -> Support:
        sup = Support()
        own = self.claim_doc[i]
        if i in self.agree:
            others = sorted(set(self.agree[i]), key=self.claim_ids.__getitem__)
            sup.documents = {own} | {self.claim_doc[j] for j in others}
            sup.independent_sources = indep.count_sources(sup.documents)
            listed, docs, dependent = sup.corroborated_by, self.claim_doc, indep.dependent_on(own)
            free: dict[str, bool] = {}  # (a document's claims agree with this one together: its answer asked once)
            for j in others:
                if len(listed) >= MAX_LISTED:
                    break  # the count above covers them all; the list is for reading
                doc = docs[j]
                if doc not in free:
                    free[doc] = not dependent(doc)
                if free[doc]:
                    listed.append(self.claim_ids[j])
        self._contradicted(sup, i)
        groups = self.in_bulk.get(i, ())
        if groups:
            sup.documents = TieDocuments([sup.documents, *(self.bulk[g][0] for g in groups)],
                                         self._bulk_documents(groups))
        for g in groups:
            _docs, n, firsts = self.bulk[g]
            sup.independent_sources = max(sup.independent_sources, n)
            own_source = indep.source_of(own)
            for source, first in firsts:
                if len(sup.corroborated_by) >= MAX_LISTED:
                    break
                if source != own_source:
                    _add(sup.corroborated_by, first)
        if not sup.documents:
            sup.documents = {own}
        if i in self.cues:
            sup.is_dispute = True
            sup.dispute_cues = list(self.cues[i])
        return sup

    def _bulk_documents(self, groups: list[int]) -> frozenset[str]:
        """The documents of these bulk ties together, made once for all their claims (a few sets are kept)."""
        key = tuple(groups)
        found = self.bulk_union.get(key)
        if found is None:
            if len(self.bulk_union) >= BULK_UNIONS:
                self.bulk_union.clear()
            found = self.bulk_union[key] = frozenset().union(*(self.bulk[g][0] for g in groups))
        return found

    def _contradicted(self, sup: Support, i: int) -> None:
        """The claims that meet this one, in the order disputes meet allegations (dispute, then allegation).

        Worked out per claim when asked for: all the hits at once grow with disputes times
        allegations of a tie, faster than the workspace. Disputes are numbered claim by
        claim, so this claim's own are one run of numbers, and the disputes against it
        (other claims') fall before or after that run.
        """
        own = self.claim_doc[i]
        mine = self.disputes_of.get(i, range(0))
        against: set[int] = set()
        for a in self.asserts.get(i, ()):
            against.update(self._disputing(a))
        against.difference_update(mine)  # a claim that names a tie twice does not dispute itself
        ordered = sorted(against)
        cut = bisect_left(ordered, mine.start)
        claims = list(map(self.dispute_claim.__getitem__, ordered[:cut]))
        met_docs: set[str] = set()
        for n in mine:
            met, docs = self._met_by(n)
            claims.extend(met)
            met_docs.update(docs)
        claims.extend(map(self.dispute_claim.__getitem__, ordered[cut:]))
        listed = dict.fromkeys(claims)
        listed.pop(self.claim_ids[i], None)  # ``_met_by`` may list this claim's own allegations
        sup.contradicted_by = list(listed)
        by = set(map(self.dispute_document.__getitem__, ordered))
        if own in by:
            sup.disputed_in_same_document = True
            by.discard(own)
        sup.disputed_by_documents = by
        sup.disputes_documents = met_docs - {own}

    def _met_by(self, n: int) -> tuple[list[str], tuple[str, ...]]:
        """The claims of the allegations that dispute ``n`` meets, in the order of its tie, and their documents.

        Which allegations a dispute meets depends on its tie and types alone, except that it
        never meets its own claim, and meets restated allegations only in its own document.
        So the answer is kept per tie and types, with the dispute's own claim left in (the
        caller drops it; its document is the dispute's own), and worked out afresh only for
        a dispute in a document that restates the tie.
        """
        d = self.disputes[n]
        if d.document in self.restated_in.get(d.pair, ()):
            met = [a.claim for a in self.by_pair.get(d.pair, ()) if self._meets(d, a)]
            return met, tuple({self.claim_doc[self.index[c]] for c in met})
        key = (d.pair, d.types)
        if key not in self.tie_met:
            accepted = _accepts(d.types) if d.types else None
            met = [a.claim for a in self.by_pair.get(d.pair, ())
                   if a.claim not in self.restated and (accepted is None or a.type in accepted)]
            self.tie_met[key] = met, tuple({self.claim_doc[self.index[c]] for c in met})
        return self.tie_met[key]

    def _disputing(self, a: Assertion) -> list[int]:
        """The disputes that meet allegation ``a``, in order, apart from its own claim's.

        What a dispute accepts depends only on its tie and the allegation's type, so the
        list is kept per tie and type (a few integers per dispute), and every claim of
        that tie and type reads it instead of testing each dispute again.
        """
        pair = frozenset((a.source, a.target))
        key = (pair, a.type)
        found = self.tie_disputes.get(key)
        if found is None:
            found = [n for n in self.disputes_on.get(pair, ())
                     if not self.disputes[n].types or a.type in _accepts(self.disputes[n].types)]
            self.tie_disputes[key] = found
        if a.claim in self.restated:  # a restated allegation is met only within its own document
            return [n for n in found if self.disputes[n].document == a.document]
        return found


def _linked(store: Store) -> tuple[_Workspace, Independence]:
    """The workspace, read a batch of documents at a time and linked, and its independence checks."""
    docs = {d["id"]: d for d in store.documents(columns=DOCUMENT_COLUMNS)}
    texts = {doc_id: array("q", sorted(shingles(text))) for doc_id, text in store.document_texts()}
    indep = Independence(docs, texts)
    merged, names = store.merge_map(), dict[Any, Any]()
    ws = _Workspace()
    ids = list(docs)
    for start in range(0, len(ids), DOC_BATCH):
        ws.read(_Corpus(store, {d: docs[d] for d in ids[start : start + DOC_BATCH]}, merged, names))
    del docs, names  # Independence and the workspace keep what they need
    ws.link(indep)
    return ws, indep


def iter_links(store: Store) -> Iterator[tuple[str, Support]]:
    """Corroboration, contradiction and independent-source counts, one active claim at a time.

    Claims come in store order. The workspace is read a batch of documents at a time and
    texts one at a time (kept as shingle hashes); what stays in memory is a few integers
    per claim, assertion and link, never the rows themselves.
    """
    ws, indep = _linked(store)
    corroborated = contradicted = 0
    for cid, sup in ws.supports(indep):
        corroborated += bool(sup.corroborated_by)
        contradicted += bool(sup.contradicted_by)
        yield cid, sup
    log.info("linked %d claims: %d corroborated, %d contradicted", len(ws.claim_ids), corroborated, contradicted)


def link_claims(store: Store) -> Links:
    """Every active claim's Support at once (``iter_links`` streams them)."""
    return Links(dict(iter_links(store)))


def _add(items: list[str], x: str) -> None:
    if x not in items:
        items.append(x)
