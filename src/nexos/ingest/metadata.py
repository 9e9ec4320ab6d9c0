"""What a document says about itself: title, publisher, date, place, URL.

Only the head and the tail of a document are read for this. A date in the
running prose ("In August 2025, ...") is an event the document reports, not
the day it was published, so it must never be taken as ``published``.
Values from the file's own metadata (HTML ``<meta>``, PDF info) win over
anything read from the text. Each key is present only when found.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

# How many non-empty lines at each end may hold title, byline and dateline.
_HEAD_LINES = 8
_TAIL_LINES = 8

_MONTHS: dict[str, int] = {}
for _names, _num in (
    ("january jan enero ene", 1),
    ("february feb febrero", 2),
    ("march mar marzo", 3),
    ("april apr abril abr", 4),
    ("may mayo", 5),
    ("june jun junio", 6),
    ("july jul julio", 7),
    ("august aug agosto ago", 8),
    ("september sep sept septiembre setiembre set", 9),
    ("october oct octubre", 10),
    ("november nov noviembre", 11),
    ("december dec diciembre dic", 12),
):
    for _name in _names.split():
        _MONTHS[_name] = _num

_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\b,?\s*"
)
_ORD = r"(?:st|nd|rd|th|º|°|o)?"

# Most specific first; a later pattern never overrides an earlier match.
_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "iso",
        re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\b"),
    ),
    ("num", re.compile(r"\b(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})[/.\-](?P<y>\d{4})\b")),
    (
        "mdy",
        re.compile(
            rf"\b(?:{_WEEKDAY})?(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})\b", re.I
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"\b(?:{_WEEKDAY})?(?P<d>\d{{1,2}}){_ORD}\s+(?:de\s+)?(?P<mon>{_MONTH}),?\s+(?:de(?:l)?\s+)?(?P<y>\d{{4}})\b",
            re.I,
        ),
    ),
    ("my", re.compile(rf"\b(?P<mon>{_MONTH}),?\s+(?:de(?:l)?\s+)?(?P<y>\d{{4}})\b", re.I)),
]

_LABEL = re.compile(
    r"^(?:first\s+)?(?:published(?:\s+on)?|publication\s+date|date|posted(?:\s+on)?|"
    r"publicad[oa](?:\s+el)?|fecha(?:\s+de\s+publicaci[oó]n)?|"
    r"updated(?:\s+on)?|last\s+updated|actualizad[oa](?:\s+el)?)\s*[:\-–—]?\s*",
    re.I,
)
_UPDATE_LABEL = re.compile(r"^(?:updated|last\s+updated|actualizad)", re.I)
_WIRE = re.compile(r"\(\s*([A-Z][\w&.' -]{0,30}?)\s*\)")
_TIME = re.compile(
    r"^\s*(?:[-–—|,]\s*)?(?:a\s+las\s+|at\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?\s?m\.?|hrs?|h))?"
    r"(?:\s*\(?(?:GMT|UTC|ET|EST|EDT|CET|COT|VET)[^)]*\)?)?",
    re.I,
)
# Words that start prose about an event, never a dateline's place.
_PROSE_STARTERS = frozenset(
    """in on at by since until during before after around from as of for through
    en el la los las a al desde hasta durante antes después despues para por hacia
    entre tras sobre the this that este esta""".split()
)
_BY_SUFFIX = re.compile(r"^\s*[,|–—-]?\s*(?:by|por)\s+[A-ZÁÉÍÓÚÑ][^.!?]{0,60}\.?$")
_PLACE_CONNECTORS = frozenset("de del la las los el y d.c. dc of the upon da do".split())


@dataclass
class DateLine:
    """A line that states a date, read as a possible publication date."""

    date: str
    precision: str
    place: str | None
    standalone: bool
    labeled: bool
    updated: bool
    wire: str | None


def _valid(y: int, m: int, d: int | None = None) -> bool:
    return 1900 <= y <= 2100 and 1 <= m <= 12 and (d is None or 1 <= d <= 31)


def _iso(y: int, m: int | None, d: int | None) -> tuple[str, str]:
    if m is None:
        return f"{y:04d}", "year"
    if d is None:
        return f"{y:04d}-{m:02d}", "month"
    return f"{y:04d}-{m:02d}-{d:02d}", "day"


def _match_value(kind: str, m: re.Match[str], day_first: bool) -> tuple[str, str] | None:
    y = int(m.group("y"))
    day: int | None
    if kind == "iso":
        mon, day = int(m.group("m")), int(m.group("d"))
    elif kind == "num":
        a, b = int(m.group("a")), int(m.group("b"))
        # A number over 12 settles the order; otherwise the language does.
        mon, day = (b, a) if a > 12 or (day_first and b <= 12) else (a, b)
    else:
        mon = _MONTHS[m.group("mon").rstrip(".").lower()]
        day = int(m.group("d")) if kind in ("mdy", "dmy") else None
    if not _valid(y, mon, day):
        return None
    return _iso(y, mon, day)


def find_dates(text: str, day_first: bool = True) -> list[tuple[int, int, str, str]]:
    """Every date written in ``text`` as (start, end, iso, precision), in order."""
    found: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value = _match_value(kind, m, day_first)
            if value is None:
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), value[0], value[1]))
    return sorted(found)


def _place_from_prefix(prefix: str) -> tuple[bool, str | None]:
    """Whether the text before a date can be a dateline head, and its place."""
    head = re.sub(rf"(?i){_WEEKDAY}$", "", prefix.strip()).strip(" ,.-–—|")
    if not head:
        return True, None
    words = re.findall(r"[^\s,]+", head)
    if len(words) > 7 or words[0].lower() in _PROSE_STARTERS:
        return False, None
    for word in words:
        if word.lower() in _PLACE_CONNECTORS:
            continue
        if not word[0].isupper():
            return False, None
    return True, head


def _suffix_kind(suffix: str) -> tuple[bool, bool, str | None]:
    """(allowed, standalone, wire) for the text after a date on a dateline."""
    rest = suffix
    time = _TIME.match(rest)
    if time:
        rest = rest[time.end() :]
    wire = None
    w = _WIRE.match(rest.lstrip())
    if w:
        wire = w.group(1).strip()
        rest = rest.lstrip()[w.end() :]
    rest = _BY_SUFFIX.sub("", rest).strip()
    if not rest or re.fullmatch(r"[.\-–—:|,]+", rest):
        return True, True, wire
    # An opening dateline: "CARACAS, 5 de marzo de 2025 (EFE) - El gobierno ..."
    if re.match(r"^[-–—:.]\s*\S", rest) or (wire and rest):
        return True, False, wire
    return False, False, None


def parse_dateline(line: str, day_first: bool = True) -> DateLine | None:
    """Read ``line`` as a dateline ("Madrid, 12 de febrero de 2026.") or None."""
    text = line.strip().strip("*_#").strip()
    if not text or len(text) > 400:
        return None
    label = _LABEL.match(text)
    labeled = label is not None and bool(label.group().strip())
    body = text[label.end() :] if label is not None and labeled else text
    dates = find_dates(body[:120], day_first)
    if not dates:
        if labeled and re.fullmatch(r"\d{4}\.?", body.strip()):
            year = int(body.strip(" ."))
            return DateLine(f"{year:04d}", "year", None, True, True, False, None) if _valid(year, 1) else None
        return None
    start, end, iso, precision = dates[0]
    ok, place = _place_from_prefix(body[:start])
    if not ok:
        return None
    allowed, standalone, wire = _suffix_kind(body[end:])
    if not allowed:
        return None
    if not standalone and not (place or wire):
        return None
    updated = bool(label and _UPDATE_LABEL.match(text))
    return DateLine(iso, precision, place, standalone, labeled, updated, wire)


def looks_like_dateline(line: str) -> bool:
    """A line that is nothing but a dateline (place, date, wire tag)."""
    parsed = parse_dateline(line)
    return parsed is not None and parsed.standalone


# --- reading the head and tail of the text ------------------------------------

_BOILERPLATE = frozenset(
    """executive summary|resumen ejecutivo|press release|news release|media release|
    comunicado de prensa|comunicado|nota de prensa|boletín de prensa|boletin de prensa|
    for immediate release|para publicación inmediata|para difusión inmediata|summary|resumen|
    abstract|introduction|introducción|introduccion|table of contents|contents|contenido|
    índice|indice|key findings|hallazgos clave|principales hallazgos|foreword|prólogo|prologo|
    preface|prefacio|report|informe|analysis|análisis|analisis|opinion|opinión|news|noticias|
    breaking news|última hora|ultima hora|home|inicio|menu|menú|share|compartir|
    fact check|verificación|verificacion|special report|informe especial|briefing|policy brief""".replace(
        "\n", ""
    ).split("|")
)
_BOILERPLATE = frozenset(b.strip() for b in _BOILERPLATE)
_PRESS = re.compile(
    r"^(?:press\s+release|news\s+release|media\s+release|comunicado(?:\s+de\s+prensa)?|"
    r"nota\s+de\s+prensa|bolet[ií]n(?:\s+de\s+prensa)?)\b\s*(?:[-–—:|]\s*(?P<org>.+))?$",
    re.I,
)
_PUBLISHED_BY = re.compile(
    r"^(?:published|posted|issued)\s+by\s*:?\s+(?P<org>.+?)\.?$|^publicad[oa]\s+por\s*:?\s+(?P<org2>.+?)\.?$",
    re.I,
)
_PUBLISHED_DATE_BY = re.compile(
    r"^(?:published|posted|publicad[oa])\b.{1,50}?\s(?:by|por)\s+(?P<org>[A-ZÁÉÍÓÚÑ][^.!?]{0,60}?)\.?$", re.I
)
_SOURCE = re.compile(r"^(?:source|fuente)\s*:\s*(?P<val>.+?)\.?$", re.I)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?P<org>[^.]+?)"
    r"\.?(?:\s+(?:all rights reserved|todos los derechos reservados).*)?$",
    re.I,
)
_SOURCE_URL = re.compile(
    r"^(?:source|fuente|url|link|enlace|originally\s+published\s+(?:at|on|in)|"
    r"publicado\s+originalmente\s+en|available\s+at|disponible\s+en)\s*:?\s*<?(?P<url>https?://\S+?)>?\.?$",
    re.I,
)
_URL_LINE = re.compile(r"^<?(?P<url>https?://[^\s<>]+)>?$", re.I)
_SITE = re.compile(
    r"^(?:https?://)?(?P<host>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?P<tld>[a-z]{2,12}))/?$", re.I
)
_FILE_EXTENSIONS = frozenset("pdf doc docx htm html txt jpg jpeg png gif csv xls xlsx ppt pptx md".split())
_SECOND_LEVEL = frozenset("com org net gov gob edu mil co ac nom int web info".split())
_WIRE_AGENCIES = re.compile(
    r"\((?P<agency>Reuters|AP|AFP|EFE|Europa Press|Xinhua|dpa|DPA|ANSA|Bloomberg|Prensa Latina|"
    r"Sputnik|Andina|ANDINA|Télam|Telam|Notimex|NTN24|Colprensa|AVN)\)"
)
_WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ.' -]{1,40}(?:,\s*[A-ZÁÉÍÓÚÑa-záéíóúñ.' -]{1,40})?)\s*"
    r"\((?P<agency>[A-Z][\w&.' ]{0,25})\)\s*[-–—]"
)
_FOOTNOTE_DEF = re.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^?\d{1,3}\]:?|\^\d{1,3}|\(\d{1,3}\))\s+\S")
_BREADCRUMB = re.compile(r"^[^.!?]{1,40}(?:\s[>»|/]\s[^.!?]{1,40})+$")
_BYLINE = re.compile(r"^(?:by|por|written\s+by|escrito\s+por)\s+[A-ZÁÉÍÓÚÑ]", re.I)
_ORG_WORDS = re.compile(
    r"\b(?:ministry|ministerio|department|departamento|office|oficina|secretar[ií]a|embassy|embajada|"
    r"fiscal[ií]a|polic[ií]a|police|ej[ée]rcito|army|navy|armada|gobierno|government|council|consejo|"
    r"commission|comisi[óo]n|agency|agencia|foundation|fundaci[óo]n|institute|instituto|association|"
    r"asociaci[óo]n|organi[sz]ation|organizaci[óo]n|party|partido|cent(?:er|re)|centro|unit|unidad|"
    r"presidencia|alcald[ií]a|gobernaci[óo]n|procuradur[ií]a|defensor[ií]a|contralor[ií]a|senate|senado|"
    r"congress|congreso|c[áa]mara|court|corte|tribunal|university|universidad|command|comando|"
    r"observatory|observatorio|network|corporation|inc|ltd|s\.a\.)\b",
    re.I,
)


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def _clean(line: str) -> str:
    line = re.sub(r"^#{1,6}\s+", "", line)
    return line.strip().strip("*_").strip()


def site_domain(line: str) -> str | None:
    """The registrable domain when ``line`` is nothing but a site name."""
    m = _SITE.match(line.strip())
    if not m or m.group("tld").lower() in _FILE_EXTENSIONS:
        return None
    return registrable_domain(m.group("host"))


def registrable_domain(host: str) -> str:
    """``news.example.org`` -> ``example.org``; ``www.diario.com.co`` -> ``diario.com.co``."""
    labels = host.lower().strip(".").split(".")
    if labels and labels[0] == "www":
        labels = labels[1:]
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def _is_boilerplate(line: str) -> bool:
    return line.lower().strip(" :.-–—|") in _BOILERPLATE or bool(_PRESS.match(line))


def _title_like(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 25
        and len(line) <= 200
        and not line.endswith((".", ",", ";", ":"))
        and any(ch.isalpha() for ch in line)
        and not _URL_LINE.match(line)
    )


def _skippable_head_line(line: str) -> bool:
    return bool(
        _is_boilerplate(line)
        or site_domain(line)
        or _URL_LINE.match(line)
        or parse_dateline(line)
        or _BYLINE.match(line)
        or _PUBLISHED_BY.match(line)
        or _COPYRIGHT.match(line)
        or _SOURCE.match(line)
        or _FOOTNOTE_DEF.match(line)
        or _BREADCRUMB.match(line)
    )


def _org_line(line: str) -> bool:
    return (
        len(line.split()) <= 12
        and not line.endswith(".")
        and (bool(_ORG_WORDS.search(line)) or (line.isupper() and len(line) <= 80))
    )


def _title(head: list[str]) -> str | None:
    after_press = False
    for raw in head[:6]:
        line = re.sub(r"^(?:title|t[íi]tulo)\s*:\s*", "", _clean(raw), flags=re.I)
        if after_press and _org_line(line):
            after_press = False
            continue
        if _skippable_head_line(line):
            after_press = bool(_PRESS.match(line)) and not _PRESS.match(line).group("org")  # type: ignore[union-attr]
            continue
        return line if _title_like(line) else None
    return None


def _publisher(head: list[str], tail: list[str]) -> str | None:
    edges = head + tail
    for line in map(_clean, edges):
        m = _PUBLISHED_BY.match(line)
        if m:
            return (m.group("org") or m.group("org2")).strip()
        m = _PUBLISHED_DATE_BY.match(line)
        if m:
            return m.group("org").strip()
    for i, line in enumerate(head):
        m = _PRESS.match(line)
        if m and m.group("org"):
            return m.group("org").strip()
        if m and i + 1 < len(head) and _org_line(head[i + 1]):
            return head[i + 1].strip()
    for line in head:
        m = _WIRE_DATELINE.match(line) or _WIRE_AGENCIES.search(line[:160])
        if m:
            return m.group("agency").strip()
    for line in edges:
        domain = site_domain(_clean(line))
        if domain:
            return domain
    for line in edges:
        m = _SOURCE.match(line)
        if m and not _URL_LINE.match(m.group("val")):
            return m.group("val").strip()
        m = _COPYRIGHT.match(line)
        if m and m.group("org").strip():
            return m.group("org").strip(" ,")
    return None


def _published(head: list[str], tail: list[str], day_first: bool) -> DateLine | None:
    head_dates = [d for d in (parse_dateline(_clean(ln), day_first) for ln in head) if d]
    tail_dates = [d for d in (parse_dateline(_clean(ln), day_first) for ln in tail) if d]
    for d in head_dates + tail_dates:
        if d.labeled and not d.updated:
            return d
    for d in head_dates:
        if not d.updated:
            return d
    for d in reversed(tail_dates):
        if not d.updated:
            return d
    either = head_dates + tail_dates
    return either[0] if either else None


def _source_url(head: list[str], tail: list[str]) -> str | None:
    for line in head + tail:
        m = _SOURCE_URL.match(line)
        if m:
            return m.group("url").rstrip(".,;")
    for line in head[:3]:
        m = _URL_LINE.match(line)
        if m and re.search(r"https?://[^/]+/\S", m.group("url")):
            return m.group("url").rstrip(".,;")
    return None


def _wire_place(head: list[str]) -> str | None:
    for line in head:
        m = _WIRE_DATELINE.match(line)
        if m:
            return m.group("place").strip(" ,")
    return None


def _edges(text: str) -> tuple[list[str], list[str]]:
    lines = _lines(text)
    head = lines[:_HEAD_LINES]
    body_tail = [ln for ln in lines[_HEAD_LINES:] if not _FOOTNOTE_DEF.match(ln) and not _URL_LINE.match(ln)]
    return head, body_tail[-_TAIL_LINES:]


def metadata_from_text(text: str, language: str) -> dict[str, str]:
    """Title, publisher, date, dateline place and source URL the text states."""
    head, tail = _edges(text)
    found: dict[str, str] = {}
    title = _title(head)
    if title:
        found["title"] = title
    publisher = _publisher(head, tail)
    if publisher:
        found["publisher"] = publisher
    date = _published(head, tail, day_first=language != "en")
    if date:
        found["published"] = date.date
        found["published_precision"] = date.precision
        if date.place:
            found["dateline_place"] = date.place
    if "dateline_place" not in found:
        place = _wire_place(head)
        if place:
            found["dateline_place"] = place
    url = _source_url(head, tail)
    if url:
        found["source_url"] = url
    return found


# --- file metadata -------------------------------------------------------------

_META_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "og:title", "dc.title", "citation_title", "twitter:title"),
    "publisher": ("publisher", "og:site_name", "site_name", "dc.publisher", "citation_publisher"),
    "published": (
        "published",
        "datepublished",
        "article:published_time",
        "dc.date",
        "dc.date.issued",
        "citation_publication_date",
        "citation_date",
        "pubdate",
        "publish_date",
        "date",
    ),
    "source_url": ("source_url", "og:url", "canonical", "url"),
}
# A file's creation date is weaker evidence than a dateline in the text.
_WEAK_DATE_KEYS = ("creationdate", "creation_date", "created", "moddate")


def normalize_date(value: Any) -> tuple[str, str] | None:
    """An ISO date and its precision from a metadata value, or None."""
    text = str(value or "").strip()
    pdf = re.match(r"^D:(\d{4})(\d{2})?(\d{2})?", text)
    if pdf:
        y, m, d = pdf.groups()
        if _valid(int(y), int(m or 1), int(d or 1)):
            return _iso(int(y), int(m) if m else None, int(d) if d else None)
        return None
    ym = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?", text)
    if ym:
        y, m = int(ym.group(1)), ym.group(2)
        return _iso(y, int(m) if m else None, None) if _valid(y, int(m or 1)) else None
    dates = find_dates(text[:80])
    return (dates[0][2], dates[0][3]) if dates else None


def _meta_lookup(meta: dict[str, Any], keys: tuple[str, ...]) -> Any:
    folded = {str(k).lower().lstrip("/"): v for k, v in meta.items()}
    for key in keys:
        value = folded.get(key)
        if value not in (None, "", [], {}):
            return value[0] if isinstance(value, list) else value
    return None


def _apply_meta(found: dict[str, str], meta: dict[str, Any]) -> None:
    for field in ("title", "publisher", "source_url"):
        value = _meta_lookup(meta, _META_KEYS[field])
        if value is not None and str(value).strip():
            found[field] = str(value).strip()
    date = normalize_date(_meta_lookup(meta, _META_KEYS["published"]))
    if date is None and "published" not in found:
        date = normalize_date(_meta_lookup(meta, _WEAK_DATE_KEYS))
    if date:
        found["published"], found["published_precision"] = date
    place = _meta_lookup(meta, ("dateline_place",))
    if place:
        found["dateline_place"] = str(place)


def detect_metadata(text: str, language: str, meta: dict[str, Any] | None = None) -> dict[str, str]:
    """Metadata the document states; ``meta`` (from the file format) wins."""
    found = metadata_from_text(text, language)
    if meta:
        _apply_meta(found, meta)
    log.debug("metadata: %s", found)
    return found
