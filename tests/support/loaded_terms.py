"""What the loaded-language tests share: the terms found in a text, and the scorer's rule for a match."""

from __future__ import annotations

from nexos.assess.language import find_loaded_terms
from nexos.assess.lexicon import fold


def found(text: str, lang: str) -> list[str]:
    return [fold(t.term) for t in find_loaded_terms(text, lang)]


def covers(found_terms: list[str], expected: str) -> bool:
    """The scorer's rule: a found term and the expected one contain each other, folded."""
    want = fold(expected)
    return any(want in t or t in want for t in found_terms)
