"""Paragraph and sentence offsets for plain text, by a single regex scan.

Later stages anchor every claim to a sentence, so a wrong split either cuts
a claim in half ("Gen." taken as an ending) or glues two claims together.
The rules are deliberately conservative: a period only ends a sentence when
whitespace and a capital (or a digit, an opening quote or a Spanish ¿/¡)
follow, and not after a known abbreviation, an initial or an acronym. No
model is loaded; the scan handles well over a million words a minute.
"""

from __future__ import annotations

import logging
import re

from nexos.ingest.metadata import looks_like_dateline

log = logging.getLogger(__name__)

Spans = list[tuple[int, int]]

# Titles and ranks that precede a name: never an ending.
_TITLE_ABBREVIATIONS = frozenset(
    """mr mrs ms dr dra drs sr sra srta sres srs jr sen sens rep reps gov gob gen gral lic ing prof
    profa arq col cnel tte tcnel cap capt cpt sgto sgt lt adm almte cmdr comdt pres vicepres hon rev fr
    mons st sta sto msgr amb emb dip sec secy atty supt insp ee uu av avda
    vs cf ej aprox approx dept depto ed eds est ud uds dn dña mt ft op ca""".split()
)
# Only an abbreviation when a number follows ("No. 5", "art. 12", "p. 4").
_NUMBER_ABBREVIATIONS = frozenset(
    """no nº núm num nro nos art arts pág pag pp vol fig cap sec ch par
    jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic""".split()
)

_TERMINATOR = re.compile(r"[.!?…]+")
# Capitalised function words that open a sentence and never continue a name written with initials.
_OPENER_WORD = re.compile(r"\s+(?:The|An?|He|She|It|They|We|His|Her|Its|Their|This|That|These|Those|But|"
                          r"El|La|Los|Las|Una?|Su|Sus|Este|Esta|Ese|Esa|Pero|Según|Tras)\s")
# What stays with the sentence after its final mark: closing quotes and
# brackets, then footnote markers such as ¹², [3], [^4] or ^5.
_TRAILER = re.compile(r"(?:[\"'”’»“›)\]]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^?\d{1,3}\]|\^\d{1,3})*")
_OPENERS = "\"'“‘«„‹([*_#•-–—"
_LAST_TOKEN = re.compile(r"[^\s(\[\"'“‘«]+$")
_ACRONYM = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]$")
_QUOTE_PAIRS = {"“": "”", "«": "»", '"': '"', "„": "“", "‹": "›"}
_MAX_QUOTE = 400

_LINE = re.compile(r"[^\n\r\f\v\u2028\u2029]+")
_BULLET = re.compile(r"^(?:[-*•·▪◦–—]\s+|\(?\d{1,3}[.)]\s+|\(?[a-z][.)]\s+)")
_FOOTNOTE_DEF = re.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^?\d{1,3}\]:?|\^\d{1,3})\s*\S")
_URL_ONLY = re.compile(r"^<?(?:https?://|www\.)\S+>?$", re.I)
_MD_HEADING = re.compile(r"^#{1,6}\s+\S")
# Masthead furniture: bylines and breadcrumb trails ("Inicio > Noticias").
_BYLINE = re.compile(r"^(?:[Bb]y|BY|[Pp]or|POR|[Ww]ritten by|[Ee]scrito por)\s+[A-ZÁÉÍÓÚÑ][^.!?]{0,80}$")
_BREADCRUMB = re.compile(r"^[^.!?]{1,40}(?:\s[>»|/]\s[^.!?]{1,40})+$")
_LINE_END = (".", "!", "?", "…", ":", '"', "”", "»", ")")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _lines(text: str) -> Spans:
    out: Spans = []
    for m in _LINE.finditer(text):
        s, e = _strip(text, m.start(), m.end())
        if s < e:
            out.append((s, e))
    return out


def _starts_sentence(text: str, i: int, end: int) -> bool:
    """A capital, a digit or a Spanish ¿/¡ after any opening quotes."""
    while i < end and text[i] in _OPENERS:
        i += 1
    if i >= end:
        return False
    ch = text[i]
    return ch.isupper() or ch.isdigit() or ch in "¿¡"


def _blank_between(text: str, a_end: int, b_start: int) -> bool:
    gap = text[a_end:b_start]
    return (
        gap.count("\n") >= 2 or "\f" in gap or "\u2029" in gap or (gap.count("\r") >= 2 and "\n" not in gap)
    )


def _blocks(text: str) -> list[Spans]:
    """Runs of non-blank lines; a blank line or a page break ends a run."""
    blocks: list[Spans] = []
    for span in _lines(text):
        if blocks and not _blank_between(text, blocks[-1][-1][1], span[0]):
            blocks[-1].append(span)
        else:
            blocks.append([span])
    return blocks


def _is_heading(text: str, block: Spans, i: int, widest: int) -> bool:
    line = text[block[i][0] : block[i][1]]
    if _MD_HEADING.match(line):
        return True
    if i + 1 >= len(block) or line.endswith((".", ",", ";", ":")) or len(line.split()) > 15:
        return False
    if i > 0 and not text[block[i - 1][0] : block[i - 1][1]].endswith(_LINE_END):
        return False
    nxt = text[block[i + 1][0] : block[i + 1][1]]
    # Short against the block's wrap width; the floor lets a heading sit over one short line.
    short = len(line) <= 0.6 * max(widest, 40)
    return short and _starts_sentence(line, 0, len(line)) and _starts_sentence(nxt, 0, len(nxt))


def _line_kind(text: str, block: Spans, i: int, widest: int) -> str:
    """'alone' (its own paragraph), 'start' (opens one) or 'cont' (continues one)."""
    line = text[block[i][0] : block[i][1]]
    if (
        _URL_ONLY.match(line)
        or _BYLINE.match(line)
        or _BREADCRUMB.match(line)
        or looks_like_dateline(line)
        or _is_heading(text, block, i, widest)
    ):
        return "alone"
    if _BULLET.match(line) or _FOOTNOTE_DEF.match(line):
        return "start"
    return "cont"


def paragraphs(text: str) -> Spans:
    """Paragraph spans: blank-line separated, with headings, list items,
    footnote definitions, URL lines and datelines each standing alone."""
    out: Spans = []
    for block in _blocks(text):
        widest = max(e - s for s, e in block)
        open_para = False
        for i, (s, e) in enumerate(block):
            kind = _line_kind(text, block, i, widest) if len(block) > 1 else "alone"
            if kind == "cont" and open_para:
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
            open_para = kind != "alone"
    return out


_QUOTE_OPENER = re.compile("[" + re.escape("".join(_QUOTE_PAIRS)) + "]")


def _quote_interiors(text: str, start: int, end: int) -> Spans:
    """Short, closed quotations inside one paragraph."""
    spans: Spans = []
    i = start
    while (m := _QUOTE_OPENER.search(text, i, end)) is not None:  # the next opening mark, found at C speed
        i = m.start()
        j = text.find(_QUOTE_PAIRS[m.group()], i + 1, min(end, i + 1 + _MAX_QUOTE))
        if j < 0:
            i += 1
            continue
        spans.append((i, j))
        i = j + 1
    return spans


def _is_abbreviation(text: str, start: int, dot: int, after: str) -> bool:
    m = _LAST_TOKEN.search(text, start, dot)
    if not m:
        return False
    token = m.group().strip("¿¡*_")
    low = token.lower()
    if len(token) == 1 and token.isalpha():
        return True  # an initial ("J. Smith") or "p. ej."
    if _ACRONYM.match(token):
        # "U.S", "U.N", "a.m" — unless a word that only opens a sentence follows ("… Dorada S.A. Un empleado")
        return _OPENER_WORD.match(text, dot + 1) is None
    if low in _TITLE_ABBREVIATIONS:
        return True
    return low in _NUMBER_ABBREVIATIONS and after[:1].isdigit()


def _boundary(text: str, start: int, end: int, m: re.Match[str], quotes: Spans) -> int | None:
    """End offset of a sentence closed by terminator ``m``, or None."""
    trailer = _TRAILER.match(text, m.end(), end)
    stop = trailer.end() if trailer else m.end()
    if stop >= end:
        return None
    if not text[stop].isspace():
        return None  # "3.5", "U.S.", "example.org"
    nxt = stop
    while nxt < end and text[nxt].isspace():
        nxt += 1
    after = text[nxt : nxt + 2]
    if nxt >= end or not _starts_sentence(text, nxt, end):
        return None
    mark = m.group()
    if mark == "." and _is_abbreviation(text, start, m.start(), after):
        return None
    if mark in ("…", "...") and m.start() > start and text[m.start() - 1] in "[(":
        return None  # an elision "[…]" inside a sentence
    for qs, qe in quotes:
        if qs < m.start() < qe and stop <= qe:
            return None  # inside a short quotation: the quote stays whole
    return stop


def sentences_in(text: str, start: int, end: int) -> Spans:
    """Sentence spans within one paragraph ``text[start:end]``."""
    quotes = _quote_interiors(text, start, end)
    out: Spans = []
    begin = start
    for m in _TERMINATOR.finditer(text, start, end):
        if m.start() < begin:
            continue
        stop = _boundary(text, start, end, m, quotes)
        if stop is None:
            continue
        s, e = _strip(text, begin, stop)
        if s < e:
            out.append((s, e))
        begin = stop
    s, e = _strip(text, begin, end)
    if s < e:
        out.append((s, e))
    return out


def segment(text: str, language: str = "und") -> tuple[Spans, Spans]:
    """(paragraphs, sentences) of ``text`` as (start, end) offsets, end exclusive.

    ``language`` is accepted for future language-specific rules; the
    abbreviation lists already cover English and Spanish together.
    """
    paras = paragraphs(text)
    sents: Spans = []
    for s, e in paras:
        sents.extend(sentences_in(text, s, e))
    log.debug(
        "segmented %d chars (%s): %d paragraphs, %d sentences", len(text), language, len(paras), len(sents)
    )
    return paras, sents
