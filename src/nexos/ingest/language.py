"""Guess the language of a document from its function words.

The corpus is English and Spanish, with the odd Portuguese, French, German
or Italian piece, so a stopword profile is enough: function words make up a
large share of any running text, even a headline and two sentences, and they
barely overlap between these languages. Nothing here downloads or loads a
model. A word shared by several languages counts as a fraction for each, so
"que" or "a" cannot swing Spanish against Portuguese on its own.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict

log = logging.getLogger(__name__)

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """the of and to in is was are were for that with on as by at from this it be
        has have had not but or an which who their its they he she his her been will would
        than into after about said over more also these those there when while against
        what our we you government president""".split()
    ),
    "es": frozenset(
        """el la los las de del y en que por con para una un es fue son han ha se su sus
        al lo como más pero sin sobre entre según durante desde hasta también porque
        este esta estos estas ese esa cuando donde quien muy ya le les nos fueron será
        gobierno presidente dijo""".split()
    ),
    "pt": frozenset(
        """o os as de do da dos das e em no na nos nas que por com para uma um é foi são
        se seu sua ao pelo pela mais mas sem sobre entre segundo durante desde até também
        porque este esta isso quando onde quem muito já não foram será governo disse""".split()
    ),
    "fr": frozenset(
        """le la les de du des et en que qui pour avec une un est été sont par sur dans
        au aux ce cette ces il elle ils leur plus mais sans entre selon pendant depuis
        aussi parce quand où très déjà ne pas été sera gouvernement président""".split()
    ),
    "de": frozenset(
        """der die das den dem des und in ist war sind wurde mit von zu für auf ein eine
        einer nicht sich auch als an bei nach aus über wie oder aber wenn noch nur
        dass sie er es wir hat haben regierung präsident""".split()
    ),
    "it": frozenset(
        """il lo la i gli le di del della dei delle e in che per con una un è stato sono
        al alla nel nella sul sulla ma senza tra secondo durante anche perché questo
        questa quando dove chi molto già non sarà governo presidente""".split()
    ),
}

# Letters and punctuation that only some of these languages use.
_CHAR_HINTS: dict[str, tuple[str, ...]] = {
    "es": ("ñ", "¿", "¡"),
    "pt": ("ã", "õ", "ç"),
    "fr": ("ç", "è", "ê", "œ"),
    "de": ("ß", "ä", "ö", "ü"),
    "it": ("ò", "ù", "ì"),
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_MIN_SCORE = 2.0
# Enough text to be sure; more does not change the answer.
_SAMPLE_CHARS = 20_000


def _word_weights() -> dict[str, dict[str, float]]:
    owners: dict[str, list[str]] = {}
    for lang, words in _STOPWORDS.items():
        for word in words:
            owners.setdefault(word, []).append(lang)
    return {word: {lang: 1.0 / len(langs) for lang in langs} for word, langs in owners.items()}


_WEIGHTS = _word_weights()


def language_scores(text: str) -> dict[str, float]:
    """Score each known language by its function words and telltale letters."""
    sample = text[:_SAMPLE_CHARS].lower()
    scores: dict[str, float] = defaultdict(float)
    for match in _WORD.finditer(sample):
        for lang, weight in _WEIGHTS.get(match.group(), {}).items():
            scores[lang] += weight
    for lang, chars in _CHAR_HINTS.items():
        hits = sum(sample.count(ch) for ch in chars)
        # Capped so a few accented names cannot outvote the grammar.
        scores[lang] += min(hits, 5) * 0.5
    return dict(scores)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the dominant language, or ``und`` when unsure."""
    scores = language_scores(text)
    if not scores:
        return "und"
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best_score < _MIN_SCORE or best_score == runner_up:
        log.debug("language undecided: %s", ranked[:3])
        return "und"
    return best
