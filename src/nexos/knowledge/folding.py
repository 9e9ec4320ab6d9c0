"""Name folding shared by the knowledge base, the extractors and the scorer.

Two surface forms name the same thing for matching purposes when their folds
are equal. The rules match the gold scorer's ``fold`` exactly, so that what
nexos treats as "the same name" is what it is measured on; change them only
together with the scorer.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NOT_WORD = re.compile(r"[^\w\s-]")
_SEPARATORS = re.compile(r"[\s_-]+")
_LEADING_ARTICLE = re.compile(r"^(the|el|la|los|las) ")


@lru_cache(maxsize=65536)
def fold(s: str | None) -> str:
    """Fold a name: strip accents, casefold, drop punctuation, collapse spaces,
    and drop one leading English or Spanish article ("the", "el", "la", "los", "las").

    >>> fold("  Los Chóneros ")
    'choneros'
    >>> fold("U.S.")
    'us'
    """
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    # Typographic apostrophe and dashes become their ASCII forms before
    # punctuation is dropped, so "Maduro–Petro" folds like "Maduro-Petro".
    s = s.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = _NOT_WORD.sub("", s)
    s = _SEPARATORS.sub(" ", s).strip()
    return _LEADING_ARTICLE.sub("", s)
