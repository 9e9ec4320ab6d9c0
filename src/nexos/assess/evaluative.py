"""Loaded words found by what they are, not by name: the layer behind the word lists.

The lists in ``lexicon/loaded_*.yaml`` name loaded terms one by one, so a
slur or a sneer nobody listed goes unseen. This module adds two rules that
reach words the lists do not name:

- English: a strongly negative, highly subjective adjective or noun from
  ``lexicon/evaluative_en.tsv`` (derived from the public-domain
  Pattern/TextBlob subjectivity lexicon; see
  ``scripts/derive_evaluative_lexicon.py``) used to judge something: before
  a noun ("an idiotic plan", "those moronic hawks") or after a copula ("the
  policy is pathetic", "it is not only immoral but insane"). Thresholds
  and an exclusion list live in ``loaded_en.yaml`` under ``evaluative``;
  the exclusions keep out feelings ("afraid", "sad") and the vocabulary of
  the crime itself ("brutal", "violent", "deadly", "corrupt"), which is
  the topic of a report, not the writer's verdict.
- Spanish: an evaluative adjective or noun from ``lexicon/evaluative_es.tsv``
  (written for nexos; lemmas only, the inflected forms and the -mente
  adverb are derived here: "vergonzoso", "nefastas", "descaradamente",
  "viles", "cinismo"), and a pejorative suffix on a word for a person,
  office or institution ("politicastro", "gobiernucho", "periodistucho",
  "reyezuelo"), from the stems and suffixes in ``loaded_es.yaml`` under
  ``pejorative_morphology``. Spanish adjectives judge wherever they stand
  (before or after the noun, after "es"), so no position check is made;
  only a capitalised word inside a sentence, a name, is left alone. A
  superlative in -ísimo ("gravísimo", "peligrosísimas") counts as
  hyperbole, save quantities and forms of address ("muchísimos",
  "excelentísimo"), listed under ``superlative_not``.

Like the lists, these rules flag words inside quotations as well; the
caller tells reported speech apart with ``language.quoted_spans``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nexos.assess.lexicon import LEXICON_DIR, fold, settings
from nexos.model.records import LoadedTerm

__all__ = ["find_evaluative_terms"]

_WORD = re.compile(r"\w+(?:[-'\u2019\u2010\u2011]\w+)*")
# What may stand between a copula and a predicative adjective.
_ADVERBS = set(
    "not only so too very utterly simply downright truly just plainly frankly both merely quite "
    "rather really also equally more most less even nothing but either neither nor".split()
)
_COPULAS = set(
    "is are was were be been being seems seem seemed looks look looked sounds sound remains remain "
    "became become becomes proved prove proves".split()
)
# After these an adjective is not judging the noun that follows it.
_NOT_ATTRIBUTIVE = set("to of for about that with at in by than as from on".split())


@dataclass(frozen=True)
class _Word:
    pos: str
    polarity: float
    subjectivity: float


@cache
def _evaluative_en() -> dict[str, _Word]:
    """Words of ``evaluative_en.tsv`` that pass the thresholds in ``loaded_en.yaml``."""
    conf = settings("loaded", "en").get("evaluative") or {}
    max_pol = float(conf.get("max_polarity", -0.5))
    min_subj = float(conf.get("min_subjectivity", 0.8))
    exclude = {fold(w) for w in conf.get("exclude", [])}
    words = {}
    for line in (LEXICON_DIR / "evaluative_en.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        form, pos, pol, subj = line.split("\t")
        entry = _Word(pos, float(pol), float(subj))
        if entry.polarity <= max_pol and entry.subjectivity >= min_subj and form not in exclude:
            words[form] = entry
    return words


@cache
def _evaluative_es() -> frozenset[str]:
    """Every form of the lemmas in ``evaluative_es.tsv``, folded."""
    forms: set[str] = set()
    for line in (LEXICON_DIR / "evaluative_es.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lemma, pos = line.split("\t")[:2]
            forms.update(spanish_forms(fold(lemma), pos == "ADJ"))
    return frozenset(forms)


def spanish_forms(lemma: str, adjective: bool) -> list[str]:
    """Gender and number forms of a Spanish lemma, and an adjective's -mente adverb.

    'vergonzoso' gives vergonzosa, vergonzosos, vergonzosas and
    vergonzosamente; 'vil' gives viles and vilmente; 'falaz' gives falaces.
    """
    if lemma.endswith("o") and adjective:
        stem = lemma[:-1]
        return [stem + end for end in ("o", "a", "os", "as", "amente")]
    if lemma.endswith(("a", "e", "i", "o", "u")):
        plural = lemma + "s"
    elif lemma.endswith("z"):
        plural = lemma[:-1] + "ces"
    else:
        plural = lemma + "es"
    return [lemma, plural] + ([lemma + "mente"] if adjective else [])


_SUPERLATIVE = re.compile(r"[a-z]{3,}isim[oa]s?")


@cache
def _superlative_not() -> frozenset[str]:
    return frozenset(fold(w) for w in settings("loaded", "es").get("superlative_not") or [])


@cache
def _pejorative_es() -> tuple[re.Pattern[str] | None, frozenset[str]]:
    conf = settings("loaded", "es").get("pejorative_morphology") or {}
    stems, suffixes = conf.get("stems") or [], conf.get("suffixes") or []
    if not stems or not suffixes:
        return None, frozenset()
    alt = lambda xs: "|".join(sorted((re.escape(fold(x)) for x in xs), key=len, reverse=True))  # noqa: E731
    return re.compile(rf"(?:{alt(stems)})(?:{alt(suffixes)})"), frozenset(
        fold(w) for w in conf.get("not", [])
    )


def find_evaluative_terms(
    text: str, language: str, start: int = 0, end: int | None = None, folded: str | None = None
) -> list[LoadedTerm]:
    """Loaded words that the rules above find in ``text[start:end]``, offsets into ``text``.

    ``folded`` is ``fold(text)`` when the caller has it.
    """
    end = len(text) if end is None else end
    folded = fold(text) if folded is None else folded
    words = [(m.start(), m.end()) for m in _WORD.finditer(folded, start, end)]
    lang = (language or "und").lower()[:2]
    out: list[LoadedTerm] = []
    if lang in ("en", "un"):
        out += _find_en(text, folded, words)
    if lang in ("es", "un"):
        out += _find_es(text, folded, words)
    return sorted(out, key=lambda t: (t.start, t.end))


def _find_en(text: str, folded: str, words: list[tuple[int, int]]) -> list[LoadedTerm]:
    lexicon = _evaluative_en()
    out = []
    for i, (s, e) in enumerate(words):
        entry = _lookup(lexicon, folded[s:e])
        if entry is None:
            continue
        if entry.pos.startswith("JJ") and not _judges(folded, words, i):
            continue
        out.append(LoadedTerm(s, e, text[s:e], "loaded_characterisation"))
    return out


def _lookup(lexicon: dict[str, _Word], word: str) -> _Word | None:
    """The entry of ``word``, or of its singular when the lexicon lists only that noun ('imbeciles')."""
    entry = lexicon.get(word)
    if entry is None and word.endswith("s"):
        entry = lexicon.get(word[:-1])
        if entry is not None and not entry.pos.startswith("NN"):
            entry = None
    return entry


def _judges(folded: str, words: list[tuple[int, int]], i: int) -> bool:
    """Whether the adjective at ``words[i]`` is said of something: before a noun or after a copula."""
    e = words[i][1]
    if i + 1 < len(words):
        ns, ne = words[i + 1]
        gap = folded[e:ns]
        if gap.strip() in ("", ",") and "\n" not in gap and folded[ns:ne] not in _NOT_ATTRIBUTIVE:
            return True
    j = i - 1
    while j >= 0 and folded[words[j][1] : words[j + 1][0]].strip() in ("", ","):
        prev = folded[words[j][0] : words[j][1]]
        if prev in _COPULAS or prev.endswith(("'s", "\u2019s")):
            return True
        if prev not in _ADVERBS and not prev.endswith("ly"):
            return False
        j -= 1
    return False


def _find_es(text: str, folded: str, words: list[tuple[int, int]]) -> list[LoadedTerm]:
    pattern, skip = _pejorative_es()
    evaluative = _evaluative_es()
    out = []
    for s, e in words:
        word = folded[s:e]
        if text[s].isupper() and not _sentence_start(text, s):
            continue  # a surname or a place, not a sneer
        if word in evaluative:
            out.append(LoadedTerm(s, e, text[s:e], "loaded_characterisation"))
        elif _SUPERLATIVE.fullmatch(word) and word not in _superlative_not():
            out.append(LoadedTerm(s, e, text[s:e], "exaggeration"))
        elif pattern is not None and word not in skip and pattern.fullmatch(word):
            out.append(LoadedTerm(s, e, text[s:e], "name_calling"))
    return out


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"“«'—-")
    return not before or before[-1] in ".!?\n:"
