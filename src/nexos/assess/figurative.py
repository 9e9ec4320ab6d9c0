"""Figures a writer builds from plain words, found by their shape.

A word list cannot name a metaphor coined for one column ("a grave with
good lighting", "gunboat benevolence") or a sarcasm made of harmless words
("Mission accomplished, no doubt"). But columnists announce such figures
with a few fixed constructions, the same on the left and on the right, in
English and in Spanish:

- the correction: "That is not a wall. It is a gated community with armed
  doormen", "no es una negociación: es una capitulación por entregas". The
  second noun phrase is the writer's (or the quoted speaker's) verdict.
- the christening: "Call it gunboat benevolence", "Welcome to khaki
  populism", "Llámenlo turismo revolucionario". What is named is a coinage.
- the sarcastic aside: "Sovereignty, it seems, is a luxury", "Mission
  accomplished, no doubt", "el Gobierno, claro, no sabía nada". The clause
  it sits in says the opposite of what it means.
- the belittling qualifier: "The reform, such as it is, ...", "el balance,
  si es que puede llamarse así, ...". Unlike an aside it is never sincere,
  so it counts in any register.
- the belittling predicate: "little more than a front for the cartel",
  "no es más que una empresa criminal". Whatever follows is reduced to a
  verdict, in any register; a quantity ("no more than a dozen", "poco más
  que un año") is a measure, not a verdict.
- the simile and the lopsided comparison: "celebrated as if it were a cup
  final", "se parece más a una vitrina que a una política", "less a policy
  than a publicity stunt". The image is the writer's verdict.

Each figure but the qualifier counts only where ``nexos.assess.register``
finds the opinion register; corrections and comparisons count in
quotations too (the quoted speaker's verdict, flagged as theirs), asides do not (an official's "of course" is
sincere more often than not). The markers live in ``lexicon/opinion_*.yaml``
under ``figures``. This module returns spans; it never judges a claim.
"""

from __future__ import annotations

import re
from functools import cache

from nexos.assess.lexicon import fold, settings
from nexos.assess.register import in_spans
from nexos.model.records import LoadedTerm

__all__ = ["find_belittling", "find_figures"]

_WORD = re.compile(r"[\w'\u2019-]+")
# Where a phrase ends: punctuation, a line break, a quotation mark.
# A phrase ending in a pro-form names nothing new.
_PRO_FORMS = {"one", "ones", "thing", "things", "uno", "cosa"}
_STOP = re.compile(r"[.;:!?,\n\"\u201c\u201d\u00ab\u00bb()\u2014\u2013]")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(fold(str(w))).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _conf(lang: str) -> dict:
    return settings("opinion", lang).get("figures") or {}


@cache
def _corrections(lang: str) -> re.Pattern[str] | None:
    """'is not (a) X. It is a Y' and 'no es (un) X: es un Y'; group 'y' starts the verdict."""
    c = _conf(lang).get("correction") or {}
    if not c:
        return None
    neg, subj, cop, art = (_alt(c.get(k) or []) for k in ("negated", "subjects", "copulas", "articles"))
    x = r"(?:[\w'-]+\s+){0,5}?[\w'-]+"  # what it is said not to be: up to six words
    subject = rf"(?:(?:{subj})\s+)?" if subj else ""
    return re.compile(
        rf"(?<![\w'])(?:{neg})\s+{x}\s*[.;:,\u2014\u2013-]+\s+{subject}(?:{cop})\s+(?:{art})\s+(?P<y>\w)"
    )


@cache
def _christenings(lang: str) -> re.Pattern[str] | None:
    words = _conf(lang).get("christening") or []
    return re.compile(rf"(?<![\w'])(?:{_alt(words)})\s+(?P<y>\w)") if words else None


@cache
def _asides(lang: str) -> re.Pattern[str] | None:
    words = _conf(lang).get("asides") or []
    return re.compile(rf",\s+(?:{_alt(words)})(?P<close>\s*,|\s*[.!])") if words else None


@cache
def _qualifiers(lang: str) -> re.Pattern[str] | None:
    words = _conf(lang).get("qualifiers") or []
    return re.compile(rf",\s+(?:{_alt(words)})(?P<close>\s*,|\s*[.!]|[ \t]*(?=\n|$))") if words else None


@cache
def _belittling(lang: str) -> tuple[re.Pattern[str] | None, frozenset[str], frozenset[str]]:
    c = _conf(lang).get("belittling") or {}
    if not c.get("markers"):
        return None, frozenset(), frozenset()
    rx = re.compile(rf"(?<![\w'])(?:{_alt(c['markers'])})\s+(?:{_alt(c.get('articles') or [])})\s+(?P<y>\w)")
    return rx, frozenset(fold(w) for w in c.get("measures") or []), frozenset(fold(w) for w in c.get("stop") or [])


def _belittled(text: str, folded: str, m: re.Match[str], end: int, measures: frozenset[str],
               stop_words: frozenset[str]) -> tuple[int, int] | None:
    """From the marker to the noun phrase's end: up to four words, ending before a clause word or punctuation."""
    stop = _STOP.search(text, m.start("y"), end)
    words = list(_WORD.finditer(folded, m.start("y"), stop.start() if stop else end))
    if not words or words[0].group() in measures or words[0].group()[0].isdigit():
        return None
    last = None
    for w in words[:4]:
        if w.group() in stop_words:
            break
        last = w
    return (m.start(), last.end()) if last else None


@cache
def _comparisons(lang: str) -> list[tuple[re.Pattern[str], str]]:
    """Similes ('as if it were a'), 'more like a X than' and 'less a X than a Y'; group 'y' starts the image.

    The second item says where the flagged span starts: at the marker ('marker')
    or at the image ('image').
    """
    c = _conf(lang).get("comparison") or {}
    art = _alt(c.get("articles") or [])
    out = []
    if c.get("simile"):
        out.append((re.compile(rf"(?<![\w'])(?:{_alt(c['simile'])})\s+(?:{art})\s+(?P<y>\w)"), "marker"))
    if c.get("more") and c.get("than"):
        than = _alt(c["than"])
        x = r"(?:[\w'-]+\s+){0,4}?[\w'-]+"
        out.append((re.compile(rf"(?<![\w'])(?:{_alt(c['more'])})\s+(?:{art})\s+(?P<y>{x})(?=\s+(?:{than})\s)"), "marker"))
    if c.get("less") and c.get("than"):
        than = _alt(c["than"])
        x = r"(?:[\w'-]+\s+){0,4}?[\w'-]+"
        out.append((re.compile(rf"(?<![\w'])(?:{_alt(c['less'])})\s+(?:{art})\s+{x}\s+(?:{than})\s+(?:(?:{art})\s+)?(?P<y>\w)"), "image"))
    return out


def find_figures(
    text: str,
    folded: str,
    lang: str,
    argued: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
    start: int = 0,
    end: int | None = None,
) -> list[LoadedTerm]:
    """Corrections, christenings and sarcastic asides in ``text[start:end]``.

    ``argued`` and ``quoted`` are the opinion-register and quotation spans
    (``register.opinion_spans``, ``language.quoted_spans``).
    """
    end = len(text) if end is None else end
    out: list[LoadedTerm] = []
    rx = _corrections(lang)
    for m in rx.finditer(folded, start, end) if rx else ():
        y = _phrase(text, folded, m.start("y"), end, int(_conf(lang).get("max_words", 7)))
        if y and (in_spans(m.start(), y[1], argued) or in_spans(m.start(), y[1], quoted)):
            out.append(LoadedTerm(y[0], y[1], text[y[0] : y[1]], "loaded_characterisation"))
    rx = _christenings(lang)
    for m in rx.finditer(folded, start, end) if rx else ():
        y = _phrase(text, folded, m.start("y"), end, 4)
        if y and _opens_sentence(text, m.start()) and in_spans(m.start(), y[1], argued) and not in_spans(m.start("y"), y[1], quoted):
            out.append(LoadedTerm(y[0], y[1], text[y[0] : y[1]], "loaded_characterisation"))
    rx = _asides(lang)
    for m in rx.finditer(folded, start, end) if rx else ():
        span = _aside(text, folded, m, lang, start, end)
        if span and in_spans(span[0], span[1], argued) and not _touches(span, quoted):
            out.append(LoadedTerm(span[0], span[1], text[span[0] : span[1]], "loaded_characterisation"))
    rx = _qualifiers(lang)
    # a qualifier may close a heading: the line break, which folding blanks, ends it
    lined = folded
    if rx and len(text) == len(folded):
        lined = "".join("\n" if ch == "\n" else f for ch, f in zip(text, folded, strict=True))
    for m in rx.finditer(lined, start, end) if rx else ():
        span = _aside(text, folded, m, lang, start, end)
        if span:
            out.append(LoadedTerm(span[0], span[1], text[span[0] : span[1]], "loaded_characterisation"))
    for rx, begin in _comparisons(lang):
        for m in rx.finditer(folded, start, end):
            if begin == "marker":
                stop = m.end("y") if m.group("y") and len(m.group("y")) > 1 else None
                y = (m.start("y"), stop) if stop else _phrase(text, folded, m.start("y"), end, 6)
                span = (m.start(), y[1]) if y else None
            else:
                span = _phrase(text, folded, m.start("y"), end, 6)
            if span and (in_spans(span[0], span[1], argued) or in_spans(span[0], span[1], quoted)):
                out.append(LoadedTerm(span[0], span[1], text[span[0] : span[1]], "loaded_characterisation"))
    return out


def find_belittling(text: str, folded: str, lang: str, start: int = 0, end: int | None = None) -> list[LoadedTerm]:
    """Belittling predicates in ``text[start:end]``: 'little more than a front for the cartel'.

    Kept apart from ``find_figures`` because the phrase may hold a listed word
    ('a vehicle for the oligarchs'): the caller lets the whole predicate take
    that word's place, as it does for a listed phrase.
    """
    end = len(text) if end is None else end
    rx, measures, stop_words = _belittling(lang)
    out = []
    for m in rx.finditer(folded, start, end) if rx else ():
        span = _belittled(text, folded, m, end, measures, stop_words)
        if span:
            out.append(LoadedTerm(span[0], span[1], text[span[0] : span[1]], "loaded_characterisation"))
    return out


def _phrase(text: str, folded: str, pos: int, end: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase from ``pos`` to the clause's end, if it ends within ``limit`` words."""
    stop = _STOP.search(text, pos, end)
    last = stop.start() if stop else end
    words = list(_WORD.finditer(folded, pos, last))
    if not words or len(words) > limit or words[-1].group() in _PRO_FORMS:
        return None  # 'not a lawless one. It is a competent one': the noun is the one before
    return (words[0].start(), words[-1].end())


def _aside(text: str, folded: str, m: re.Match[str], lang: str, start: int, end: int) -> tuple[int, int] | None:
    """The clause around a sarcastic aside: 'Sovereignty, it seems, is a luxury'.

    Before the marker, back to the clause's start (at most six words: a
    longer clause is an argument, not a quip); after a mid-clause marker,
    on to the first noun after an article ('is a luxury'), at most five
    words; a marker that closes the clause ('..., no doubt.') ends it.
    """
    clause = max(text.rfind(ch, start, m.start()) for ch in ".;:!?\n\u2014\"\u201c\u201d\u00ab\u00bb")
    head = list(_WORD.finditer(folded, clause + 1, m.start()))
    if not head or len(head) > 6:
        return None
    if m.group("close").strip() != ",":
        return (head[0].start(), m.start("close"))
    arts = {fold(w) for w in _conf(lang).get("correction", {}).get("articles", [])} | {"the", "el", "la", "los", "las"}
    stop = _STOP.search(text, m.end(), end)
    tail = list(_WORD.finditer(folded, m.end(), stop.start() if stop else end))[:5]
    if not tail:
        return None
    cut = len(tail)
    for i, w in enumerate(tail[:-1]):
        if w.group() in arts:
            cut = i + 2
            break
    return (head[0].start(), tail[cut - 1].end())


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence: 'Call it ...', not 'they call it ...'."""
    before = text[max(0, pos - 40) : pos].rstrip(" \t\"\u201c\u00ab")
    return not before or before[-1] in ".!?:\n"


def _touches(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)
