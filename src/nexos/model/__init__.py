"""The records nexos stores: documents and the spans that back every assertion.

Everything here is a plain dataclass with no behaviour beyond small helpers,
so every stage can build and read them without importing the store.
"""
from nexos.model.records import (
    ORGANISATIONS,
    Citation,
    Claim,
    Document,
    Entity,
    Event,
    Extraction,
    Grade,
    LoadedTerm,
    Mention,
    Relation,
    Span,
    types_compatible,
)

__all__ = [
    "ORGANISATIONS",
    "Citation",
    "Claim",
    "Document",
    "Entity",
    "Event",
    "Extraction",
    "Grade",
    "LoadedTerm",
    "Mention",
    "Relation",
    "Span",
    "types_compatible",
]
