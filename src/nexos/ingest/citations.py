"""Footnote markers, their definitions, and inline URLs, tied to sentences.

A claim is only as good as what backs it, so the assessment stage needs to
know which sentence each source supports. Footnotes come in many costumes
(¹, [1], ^1, [^1], (1)) and converted documents scatter their definitions:
at the end, at each page foot, or right after the paragraph that cites
them. Definitions are found line by line; each body marker is linked to the
nearest following definition with its number, since numbering may restart
on every page. Nothing here judges a source; it only records the link.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

from nexos.model.records import Citation

log = logging.getLogger(__name__)

Spans = list[tuple[int, int]]

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"

# Definition openers at the start of a line, by style. "dot" and "plain"
# are weak: a numbered list looks the same, so they only serve a marker
# that has no definition in a footnote style of its own.
_DEF_START: list[tuple[str, re.Pattern[str]]] = [
    ("sup", re.compile(rf"^([{_SUP}]+)\s*(?=\S)")),
    ("mdfn", re.compile(r"^\[\^(\d{1,3})\]:\s*")),
    ("bracket", re.compile(r"^\[(\d{1,3})\]\s*:?\s*(?=\S)")),
    ("caret", re.compile(r"^\^(\d{1,3})\s+(?=\S)")),
    ("paren", re.compile(r"^\((\d{1,3})\)\s+(?=\S)")),
    ("dot", re.compile(r"^(\d{1,3})[.)]\s+(?=\S)")),
    ("plain", re.compile(r"^(\d{1,3})\s+(?=<?(?:https?://|www\.))", re.I)),
]
_WEAK_STYLES = frozenset({"dot", "plain"})

_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("mdfn", re.compile(r"\[\^(\d{1,3})\]")),
    ("bracket", re.compile(r"(?<!\^)\[(\d{1,3})\](?![(:])")),
    ("caret", re.compile(r"(?<![\[^])\^(\d{1,3})(?!\d)")),
    ("sup", re.compile(rf"[{_SUP}]+")),
    ("paren", re.compile(r"(?<=\S)\((\d{1,3})\)|(?<=\S )\((\d{1,3})\)(?=[\s.,;:])")),
]
# Which definition styles serve a marker style, best first.
_SERVES: dict[str, tuple[str, ...]] = {
    "sup": ("sup", "bracket", "mdfn", "caret", "paren"),
    "bracket": ("bracket", "mdfn", "sup", "caret"),
    "mdfn": ("mdfn", "bracket"),
    "caret": ("caret", "mdfn", "bracket", "sup"),
    "paren": ("paren",),
}
# "km²" and "10³" are units and powers, not footnotes, unless a definition says so.
_UNIT_BEFORE = re.compile(r"(?:\b(?:km|m|cm|mm|ft|mi|in|kg|s)|\d)$")

_URL = re.compile(r"<?(?:https?://|www\.)[^\s<>\"“”‘’«»]+>?", re.I)
_TRAIL = ".,;:!?'\"”’»*_"
_URL_ONLY = re.compile(r"^<?(?:https?://|www\.)\S+>?$", re.I)
_LINE = re.compile(r"[^\n\r\f\v\u2028\u2029]+")
_HEAD_LINES = 5

_TRACKING = re.compile(
    r"^(?:utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|si|feature|ref_src|_ga)$", re.I
)
_YOUTUBE_ID = re.compile(r"^[\w-]{6,}$")


@dataclass
class _Definition:
    number: int
    style: str
    start: int
    end: int
    note: str
    url: str
    opener: str


@dataclass
class _Marker:
    number: int
    style: str
    start: int
    end: int


# --- URLs --------------------------------------------------------------------


def _trim_url(raw: str) -> tuple[int, int]:
    """Offsets of the URL proper inside a regex hit: no <>, no final punctuation."""
    s, e = 0, len(raw)
    if raw.startswith("<"):
        s = 1
    while e > s:
        ch = raw[e - 1]
        if ch in _TRAIL or ch == ">":
            e -= 1
        elif ch in ")]" and raw[s:e].count("(" if ch == ")" else "[") < raw[s:e].count(ch):
            e -= 1
        else:
            break
    return s, e


def normalize_url(url: str) -> str:
    """The URL as a link: stripped of <> and trailing punctuation, with a scheme."""
    raw = url.strip()
    s, e = _trim_url(raw)
    raw = raw[s:e]
    if raw.lower().startswith("www."):
        raw = "https://" + raw
    return raw


def canonical_url(url: str) -> str:
    """A key shared by every spelling of one source (scheme, www., tracking, ...)."""
    raw = normalize_url(url)
    if "://" not in raw:
        raw = "https://" + raw
    try:
        parts = urlsplit(raw)
        host = (parts.hostname or "").lower().rstrip(".")
        port = parts.port
    except ValueError:
        return raw.lower()
    for prefix in ("www.", "m.", "mobile."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    youtube = _youtube_key(host, parts.path, query)
    if youtube:
        return youtube
    path = parts.path.rstrip("/")
    key = host + path
    if query:
        key += "?" + urlencode(sorted(query))
    return key


def _youtube_key(host: str, path: str, query: list[tuple[str, str]]) -> str | None:
    video = None
    if host == "youtu.be":
        video = path.strip("/").split("/")[0]
    elif host in ("youtube.com", "youtube-nocookie.com", "music.youtube.com"):
        if path.rstrip("/") == "/watch":
            video = dict(query).get("v")
        else:
            m = re.match(r"^/(?:shorts|embed|live|v)/([\w-]+)", path)
            video = m.group(1) if m else None
    if video and _YOUTUBE_ID.match(video):
        return f"youtube.com/watch?v={video}"
    return None


def _first_url(text: str) -> str:
    m = _URL.search(text)
    return normalize_url(m.group()) if m else ""


# --- definitions and markers -------------------------------------------------


def _lines(text: str) -> Spans:
    out: Spans = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _def_start(line: str) -> tuple[str, int, int] | None:
    for style, pattern in _DEF_START:
        m = pattern.match(line)
        if m:
            number = int(m.group(1).translate(_SUPERSCRIPT))
            return style, number, m.end()
    return None


def _continues(text: str, prev_end: int, span: tuple[int, int], has_url: bool) -> bool:
    """A wrapped definition: same block, and the next line reads as its tail."""
    line = text[span[0] : span[1]]
    if text[prev_end : span[0]].count("\n") >= 2 or _def_start(line):
        return False
    return not has_url and (line[:1].islower() or bool(_URL.match(line)))


def find_definitions(text: str) -> list[_Definition]:
    """Every footnote definition line (with wrapped continuation lines)."""
    lines = _lines(text)
    defs: list[_Definition] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        opened = _def_start(text[s:e])
        i += 1
        if not opened:
            continue
        style, number, body = opened
        end = e
        extra = 0
        while (
            i < len(lines) and extra < 3 and _continues(text, end, lines[i], bool(_URL.search(text[s:end])))
        ):
            end = lines[i][1]
            i += 1
            extra += 1
        note = " ".join(text[s + body : end].split())
        opener = text[s : s + body].strip().rstrip(":").strip()
        defs.append(_Definition(number, style, s, end, note, _first_url(note), opener))
    if any(d.url for d in defs if d.style not in _WEAK_STYLES):
        # "1. Recruitment has surged. … [1]" beside "[1] Dataset, 2026: https://…": numbered findings in the
        # body are no notes when the notes are written another way (their markers are the body's)
        defs = [d for d in defs if d.style not in _WEAK_STYLES or d.url]
    return defs


def _inside(pos: int, spans: Spans) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def find_markers(text: str, defs: list[_Definition]) -> list[_Marker]:
    """Body markers: every footnote marker outside a definition line."""
    def_spans = sorted((d.start, d.end) for d in defs)
    defined = {(d.style, d.number) for d in defs}
    numbers = {d.number for d in defs}
    covered: set[int] = set()
    found: list[_Marker] = []
    for style, pattern in _MARKERS:
        for m in pattern.finditer(text):
            if _inside(m.start(), def_spans) or any(i in covered for i in range(m.start(), m.end())):
                continue
            digits = next((g for g in m.groups() if g), None) if m.groups() else m.group()
            number = int(str(digits).translate(_SUPERSCRIPT))
            if style == "paren" and not any((st, number) in defined for st in ("paren", "dot", "plain")):
                continue
            if (
                style == "sup"
                and number not in numbers
                and _UNIT_BEFORE.search(text, max(0, m.start() - 4), m.start())
            ):
                continue
            covered.update(range(m.start(), m.end()))
            found.append(_Marker(number, style, m.start(), m.end()))
    return sorted(found, key=lambda mk: mk.start)


def _pick_definition(marker: _Marker, defs: list[_Definition]) -> _Definition | None:
    same = [d for d in defs if d.number == marker.number]
    for tier in (_SERVES[marker.style], tuple(_WEAK_STYLES)):
        pool = [d for d in same if d.style in tier]
        if not pool:
            continue
        following = [d for d in pool if d.start > marker.start]
        if following:
            return min(following, key=lambda d: d.start)
        return min(pool, key=lambda d: abs(marker.start - d.start))
    return None


# --- sentences ---------------------------------------------------------------


def _sentence_for(pos: int, sentences: Spans, starts: list[int]) -> tuple[int | None, int | None]:
    """The sentence holding ``pos``, else the one that ends just before it."""
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and sentences[i][0] <= pos < sentences[i][1]:
        return sentences[i]
    while i >= 0:
        if sentences[i][1] <= pos:
            return sentences[i]
        i -= 1
    return None, None


def _marker_sentence(
    text: str, pos: int, sentences: Spans, starts: list[int]
) -> tuple[int | None, int | None]:
    """A marker that opens a sentence ("... Hamas. (1) Next") backs the one before."""
    s_start, s_end = _sentence_for(pos, sentences, starts)
    if s_start is None or s_start != pos:
        return s_start, s_end
    i = bisect.bisect_left(starts, pos) - 1
    if i >= 0:
        gap = text[sentences[i][1] : pos]
        if not gap.strip() and gap.count("\n") < 2:
            return sentences[i]
    return s_start, s_end


def _url_sentence(text: str, pos: int, sentences: Spans, starts: list[int]) -> tuple[int | None, int | None]:
    """A URL on a line of its own backs the last sentence of prose above it."""
    found = _sentence_for(pos, sentences, starts)
    i = bisect.bisect_right(starts, pos) - 1
    while i >= 0 and _URL_ONLY.match(text[sentences[i][0] : sentences[i][1]]):
        i -= 1
    if found[0] is not None and _URL_ONLY.match(text[found[0] : found[1]]) and i >= 0:
        return sentences[i]
    return found


# --- assembling ----------------------------------------------------------------


def _is_publisher_line(text: str, start: int, end: int, head_end: int) -> bool:
    """A bare site name on its own line near the top is the masthead, not a source."""
    if start >= head_end:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip().strip("<>")
    url = text[start:end]
    if line != url:
        return False
    return not re.search(r"^(?:https?://)?[^/]+/[^\s/]", url, re.I)


def _inline_urls(text: str, skip: Spans) -> list[tuple[int, int, str]]:
    lines = _lines(text)
    head_end = lines[_HEAD_LINES - 1][1] if len(lines) >= _HEAD_LINES else len(text)
    found: list[tuple[int, int, str]] = []
    for m in _URL.finditer(text):
        a, b = _trim_url(m.group())
        start, end = m.start() + a, m.start() + b
        if end <= start or _inside(start, skip) or _is_publisher_line(text, start, end, head_end):
            continue
        found.append((start, end, text[start:end]))
    return found


def _footnote_citations(
    text: str, sentences: Spans, starts: list[int], defs: list[_Definition], markers: list[_Marker]
) -> list[Citation]:
    out: list[Citation] = []
    used: set[int] = set()
    for mk in markers:
        d = _pick_definition(mk, defs)
        if d is not None:
            used.add(id(d))
        s_start, s_end = _marker_sentence(text, mk.start, sentences, starts)
        out.append(
            Citation(
                marker=text[mk.start : mk.end],
                url=d.url if d else "",
                start=mk.start,
                end=mk.end,
                kind="footnote",
                sentence_start=s_start,
                sentence_end=s_end,
                definition_start=d.start if d else None,
                definition_end=d.end if d else None,
                note=d.note if d else "",
            )
        )
    # A definition whose marker was lost in conversion still lists a source.
    for d in defs:
        if id(d) not in used and d.style not in _WEAK_STYLES:
            out.append(
                Citation(
                    marker=d.opener, url=d.url, definition_start=d.start, definition_end=d.end, note=d.note
                )
            )
    return out


def _apply_links(
    text: str,
    links: list[tuple[int, int, str]],
    defs: list[_Definition],
    cites: list[Citation],
    sentences: Spans,
    starts: list[int],
) -> list[Citation]:
    """Anchors from HTML/DOCX: a URL for a definition or marker that lacks one,
    otherwise an inline citation of their sentence."""
    extra: list[Citation] = []
    for start, end, href in links:
        if not re.match(r"^(?:https?://|www\.)", href.strip(), re.I):
            continue
        url = normalize_url(href)
        target = next((d for d in defs if d.start <= start < d.end), None)
        if target is not None:
            if not target.url:
                target.url = url
                for c in cites:
                    if c.definition_start == target.start and not c.url:
                        c.url = url
            continue
        marker = next(
            (
                c
                for c in cites
                if c.start is not None and c.end is not None and c.start < end and start < c.end
            ),
            None,
        )
        if marker is not None:
            if not marker.url:
                marker.url = url
            continue
        s_start, s_end = _sentence_for(start, sentences, starts)
        extra.append(
            Citation(
                marker=url,
                url=url,
                start=start,
                end=end,
                kind="inline",
                sentence_start=s_start,
                sentence_end=s_end,
                note=text[start:end].strip(),
            )
        )
    return extra


def find_citations(
    text: str, sentences: Spans, links: list[tuple[int, int, str]] | None = None
) -> list[Citation]:
    """Footnote and inline-URL citations, each tied to the sentence it supports."""
    sentences = sorted(sentences)
    starts = [s for s, _ in sentences]
    defs = find_definitions(text)
    markers = find_markers(text, defs)
    cites = _footnote_citations(text, sentences, starts, defs, markers)
    # A numbered list nobody cites is not a set of notes: its URLs count as inline.
    cited = {c.definition_start for c in cites}
    def_spans = sorted((d.start, d.end) for d in defs if d.style not in _WEAK_STYLES or d.start in cited)
    for start, end, raw in _inline_urls(text, def_spans):
        s_start, s_end = _url_sentence(text, start, sentences, starts)
        cites.append(
            Citation(
                marker=raw,
                url=normalize_url(raw),
                start=start,
                end=end,
                kind="inline",
                sentence_start=s_start,
                sentence_end=s_end,
            )
        )
    if links:
        seen = {(c.start, canonical_url(c.url)) for c in cites if c.kind == "inline"}
        for c in _apply_links(text, links, defs, cites, sentences, starts):
            overlapping = any(
                o.kind == "inline"
                and o.start is not None
                and o.end is not None
                and c.start is not None
                and c.end is not None
                and o.start < c.end
                and c.start < o.end
                and canonical_url(o.url) == canonical_url(c.url)
                for o in cites
            )
            if (c.start, canonical_url(c.url)) not in seen and not overlapping:
                cites.append(c)
    cites.sort(key=lambda c: c.start if c.start is not None else len(text) + (c.definition_start or 0))
    log.debug("citations: %d (%d definitions, %d markers)", len(cites), len(defs), len(markers))
    return cites
