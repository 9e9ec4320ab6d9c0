"""Extraction: one document in, its actors, ties, events, quotes and claims out.

Order matters: mentions → within-document resolution → relations and
events (which need resolved mentions) → quotes → claims (which link to
everything before). Keys are local; ``resolve`` gives store ids.
"""

from __future__ import annotations

from nexos.extract.claims import extract_claims
from nexos.extract.coref import resolve_mentions
from nexos.extract.entities import find_candidates
from nexos.extract.events import extract_events
from nexos.extract.quoted_ties import quoted_actor_ties
from nexos.extract.quotes import find_quotes
from nexos.extract.relations import extract_relations
from nexos.model import Document, Extraction


def extract(doc: Document) -> Extraction:
    cands = find_candidates(doc)
    res = resolve_mentions(doc, cands)
    relations = extract_relations(doc, res)
    events = extract_events(doc, res, relations)
    quotes = find_quotes(doc, res)
    relations += quoted_actor_ties(doc, res, quotes, relations)
    claims = extract_claims(doc, res, relations, events, quotes)
    entities = [e for e in res.entities if e.mentions]
    return Extraction(document=doc, entities=entities, relations=relations,
                      events=events, claims=claims)


def empty(doc: Document) -> Extraction:
    """Ingest only: the document with no assertions extracted yet."""
    return Extraction(document=doc)
