"""Where a text argues rather than reports: the opinion register.

Many words judge only in some places. "Timid", "bankrolled", "cheerleaders",
"chantaje" or "alfombra roja" are plain in wire copy (a timid witness, a
bankrolled film, the cheerleaders of a football club, the crime of
blackmail, the carpet at a gala) but, in a column arguing against a
government, they are the writer's verdict. The loaded-language layer
therefore admits a broader vocabulary (``lexicon/opinion_*.yaml``) only in
the spans this module returns:

- the whole text, when its head names an opinion section ("OPINIÓN",
  "Opinion | The Review", "Editorial", "Columna");
- otherwise each paragraph that argues: rhetorical questions and
  exclamations in the writer's own words, the writer's "we"/"I", what must
  or should be done, persuasion formulas ("make no mistake", "seamos
  claros"); and the whole text when most of its paragraphs argue.

Markers inside quotations are not counted: an official quoted in wire copy
saying "we must act" does not make the report an opinion piece. What counts
as a marker lives in the same YAML files, under ``register``, per language.
This module only finds spans; it never flags a word itself.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from nexos.assess.lexicon import fold, settings

__all__ = ["opinion_spans", "in_spans"]

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_WORDS = re.compile(r"\w+")


@cache
def _conf(lang: str) -> dict:
    return settings("opinion", lang).get("register") or {}


@cache
def _marker_rx(lang: str, key: str) -> re.Pattern[str] | None:
    words = [fold(str(w)) for w in _conf(lang).get(key) or []]
    if not words:
        return None
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{alt})(?![\w'])")


_DELIMS = r"|\u00b7\u2022\u2014\-:/*#_\[\]()"


@cache
def _label_rx(lang: str) -> re.Pattern[str] | None:
    """A section label standing alone on its line or set off by | · — * # and the like."""
    words = [fold(str(w)) for w in _conf(lang).get("section_labels") or []]
    if not words:
        return None
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|[{_DELIMS}])[\s{_DELIMS}]*(?:{alt})[\s*_]*(?=$|[{_DELIMS}])")


def _langs(language: str) -> list[str]:
    lang = (language or "und").lower()[:2]
    return [lang] if lang in ("en", "es") else ["en", "es"]


def opinion_spans(
    text: str, language: str, quoted: list[tuple[int, int]] | None = None, folded: str | None = None
) -> list[tuple[int, int]]:
    """Spans of ``text`` written in the opinion register, in order, not overlapping.

    ``quoted`` are the spans of reported speech (``language.quoted_spans``);
    markers inside them do not count. ``folded`` is ``fold(text)`` when the
    caller has it.
    """
    folded = fold(text) if folded is None else folded
    langs = _langs(language)
    if any(_labelled(text, lang) for lang in langs):
        return [(0, len(text))]
    quoted = quoted or []
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    arguing = [p for p in paragraphs if any(_argues(folded, p, quoted, lang) for lang in langs)]
    long_ones = [p for p in paragraphs if len(_WORDS.findall(text, p[0], p[1])) >= 30]
    share = float(_conf(langs[0]).get("document_share", 0.5))
    if len(arguing) >= 2 and long_ones and len([p for p in arguing if p in long_ones]) >= share * len(long_ones):
        return [(0, len(text))]
    return arguing


def in_spans(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` lies inside one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)


def _labelled(text: str, lang: str) -> bool:
    """Whether one of the first lines of the text names an opinion section."""
    rx = _label_rx(lang)
    if rx is None:
        return False
    head_lines = int(_conf(lang).get("head_lines", 6))
    lines = [fold(ln) for ln in text[:1500].split("\n") if ln.strip()][:head_lines]
    return any(len(ln) <= 140 and rx.search(ln) for ln in lines)


def _argues(folded: str, span: tuple[int, int], quoted: list[tuple[int, int]], lang: str) -> bool:
    """Whether a paragraph argues: enough persuasion markers of at least two kinds, outside quotes."""
    conf = _conf(lang)
    own = _unquoted(folded, span, quoted)
    kinds: dict[str, int] = {}
    questions = len(re.findall(r"\?", own))
    exclamations = len(re.findall(r"!", own))
    if questions:
        kinds["question"] = questions
    if exclamations:
        kinds["exclamation"] = exclamations
    for key in ("first_person", "prescriptive", "persuasion"):
        rx = _marker_rx(lang, key)
        if rx is not None:
            n = len(rx.findall(own))
            if n:
                kinds[key] = n * (2 if key == "persuasion" else 1)
    score = sum(kinds.values())
    return len(kinds) >= 2 and score >= int(conf.get("paragraph_score", 3))


def _unquoted(folded: str, span: tuple[int, int], quoted: list[tuple[int, int]]) -> str:
    """The paragraph's text with quoted stretches blanked out."""
    s, e = span
    out, pos = [], s
    # quoted spans are sorted and do not overlap: start at the first one that may reach the paragraph
    for qs, qe in quoted[max(0, bisect.bisect_left(quoted, (s, s)) - 1) :]:
        if qs >= e:
            break
        if qe <= s:
            continue
        qs, qe = max(qs, s), min(qe, e)
        out += [folded[pos:qs], " " * (qe - qs)]
        pos = qe
    out.append(folded[pos:e])
    return "".join(out)
