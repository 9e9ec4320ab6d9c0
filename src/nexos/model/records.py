"""Record types shared by every stage.

Offsets are Python string indices (code points) into ``Document.text``, end
exclusive, as the export contract says. A record never states a fact: an
entity is "named in these spans", a relation is "asserted by these spans".
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Span:
    """A stretch of one document's extracted text."""

    document: str
    start: int
    end: int
    text: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"document": self.document, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Citation:
    """A footnote marker or inline URL, tied to the sentence it supports.

    ``kind`` is ``footnote`` (a marker with a definition elsewhere) or
    ``inline`` (a URL written in the running text; marker is then the URL).
    """

    marker: str
    url: str
    start: int | None = None
    end: int | None = None
    kind: str = "footnote"
    sentence_start: int | None = None
    sentence_end: int | None = None
    definition_start: int | None = None
    definition_end: int | None = None
    note: str = ""


@dataclass
class Document:
    """One ingested document: its text and what the text says about itself."""

    id: str
    sha256: str
    text: str
    title: str = ""
    path: str | None = None
    language: str = "und"
    publisher: str | None = None
    published: str | None = None
    source_url: str | None = None
    media_type: str = "text/plain"
    size_bytes: int = 0
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    page_breaks: list[int] = field(default_factory=list)
    links: list[tuple[int, int, str]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def span(self, start: int, end: int) -> Span:
        return Span(self.id, start, end, self.text[start:end])

    def same_paragraph(self, a: int, b: int, unknown: bool = False) -> bool:
        """Whether offsets ``a`` and ``b`` lie in one paragraph (``unknown`` when none are known)."""
        if not self.paragraphs:
            return unknown
        para = self.paragraph_at(a)
        return para is not None and b < para[1]

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        """The (start, end) of the sentence holding ``offset``, if any."""
        return _span_at(self.sentences, offset)

    def sentence_start(self, offset: int, back: int = 0) -> int:
        """Where the sentence ``back`` sentences before the one holding ``offset`` starts (the whole text
        counts as one sentence when none are known)."""
        sents = self.sentences or [(0, len(self.text))]
        i = max(0, bisect_right(sents, (offset, float("inf"))) - 1)
        return sents[max(0, i - back)][0]

    def paragraph_at(self, offset: int) -> tuple[int, int] | None:
        """The (start, end) of the paragraph holding ``offset``, if any."""
        return _span_at(self.paragraphs, offset)


def _span_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The span holding ``offset`` in a list of ordered, non-overlapping spans (binary search)."""
    i = bisect_right(spans, (offset, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return spans[i]
    return None


@dataclass
class Mention:
    """One place where a document names an actor (before resolution)."""

    start: int
    end: int
    text: str
    type: str
    extractor: str = "rules"
    confidence: float = 0.5
    kb_id: str | None = None


# An organisation the rules could not type ("other") is the same actor as a typed organisation of the
# same name in another document: "Naviera Costa Azul" is a company in one report, unknown in the next.
ORGANISATIONS = frozenset({"criminal_group", "armed_group", "political_party", "government_body",
                           "international_org", "ngo", "company", "media", "group", "other"})


def types_compatible(a: str, b: str) -> bool:
    """Whether two entity types may name one actor: equal, or an untyped and a typed organisation."""
    return a == b or ("other" in (a, b) and a in ORGANISATIONS and b in ORGANISATIONS)


@dataclass
class Entity:
    """An actor as named by the documents; ``key`` is local until resolved."""

    key: str
    name: str
    type: str
    subtype: str | None = None
    aliases: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    external_ids: dict[str, str] = field(default_factory=dict)
    mentions: list[Span] = field(default_factory=list)
    kb_id: str | None = None
    confidence: float = 0.5
    extractor: str = "rules"


@dataclass
class LoadedTerm:
    start: int
    end: int
    term: str
    category: str


@dataclass
class Grade:
    reliability: str = "F"
    credibility: int = 6
    reasons: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"reliability": self.reliability, "credibility": self.credibility, "reasons": list(self.reasons)}


@dataclass
class Claim:
    """"Document D (or speaker S) asserts X", anchored to its sentence."""

    key: str
    document: str
    start: int
    end: int
    text: str
    kind: str
    attributed_to: str | None = None
    source_description: str | None = None
    anonymous_source: bool = False
    quote: str | None = None
    speaker: str | None = None
    citations: list[str] = field(default_factory=list)
    hedged: bool = False
    hedges: list[str] = field(default_factory=list)
    negated: bool = False
    loaded_terms: list[LoadedTerm] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    corroborated_by: list[str] = field(default_factory=list)
    contradicted_by: list[str] = field(default_factory=list)
    grade: Grade | None = None
    check_worthiness: float = 0.0
    extractor: str = "rules"
    confidence: float = 0.5


@dataclass
class Relation:
    """A tie between two entities, as asserted by evidence spans."""

    key: str
    type: str
    source: str
    target: str
    evidence: list[Span] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    subtype: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    negated: bool = False
    confidence: float = 0.5
    extractor: str = "rules"


@dataclass
class Event:
    """Something a document says happened, with a date at its precision."""

    key: str
    type: str
    date: str | None
    date_precision: str | None = None
    description: str = ""
    location: str | None = None
    participants: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    subtype: str | None = None
    confidence: float = 0.5
    extractor: str = "rules"


@dataclass
class Extraction:
    """What the extract stage found in one document, with local entity keys."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
