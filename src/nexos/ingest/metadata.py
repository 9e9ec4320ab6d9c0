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
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from nexos.patterns import alternation

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

# (the names as a tree of letters, nexos.patterns.alternation: lower-case letters, so one branch at most fits a
# letter under IGNORECASE too, and no weekday's name begins another's)
_MONTH = "(?:" + alternation(_MONTHS) + r")\b\.?"
_WEEKDAY = "(?:" + alternation(
    "monday tuesday wednesday thursday friday saturday sunday "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo".split()) + r")\b,?\s*"
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

_FOUR_DIGITS = re.compile(r"\d{4}")

_LABEL = re.compile(
    r"^(?:first\s+)?(?:published(?:\s+on)?|publication\s+date|date|posted(?:\s+on)?|"
    r"publicad[oa](?:\s+el)?|fecha(?:\s+de\s+publicaci[oó]n)?|"
    r"updated(?:\s+on)?|last\s+updated|actualizad[oa](?:\s+el)?)\s*[:\-–—]?\s*",
    re.I,
)
_UPDATE_LABEL = re.compile(r"^(?:updated|last\s+updated|actualizad)", re.I)
# "(EFE)", "(Agencia Noticias del Sur, ANS)": the agency, maybe with its acronym after a comma
_ACRONYM_AFTER = re.compile(r",\s*[A-Z][A-Za-z]{1,7}\s*$")
_WIRE = re.compile(r"\(\s*([A-Z][\w&.' -]{0,30}?)\s*(?:,\s*[A-Z][A-Za-z]{1,7}\s*)?\)")
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
    return list(_dates_in(text, day_first))


# Reading a document's head and tail asks for the dates of one line several times over (as a dateline, a
# masthead, a "published by" line, a date line): the last few lines' answers are kept.
@lru_cache(maxsize=64)
def _dates_in(text: str, day_first: bool) -> tuple[tuple[int, int, str, str], ...]:
    if not _FOUR_DIGITS.search(text):
        return ()  # every pattern above needs a year
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
    return tuple(sorted(found))


def _place_from_prefix(prefix: str) -> tuple[bool, str | None]:
    """Whether the text before a date can be a dateline head, and its place."""
    head = re.sub(rf"(?i){_WEEKDAY}$", "", prefix.strip()).strip(" ,.-–—|")
    head = re.sub(r"[,\s]+a$", "", head)  # "Morelia, Michoacán, a 27 de marzo de 2026": the official "a" before a date
    head = re.sub(r"\s*\(([^()\n]{2,30})\)", r", \1", head)  # "Cartagena (Colombia)"
    if not head:
        return True, None
    words = re.findall(r"[^\s,]+", head)
    if len(words) > 7 or words[0].lower() in _PROSE_STARTERS:
        return False, None
    if _person_like(head):
        return True, None
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
    if len(text) > 400 and _WIRE_OPEN.match(text):
        text = text[:200]  # "Cartagena (Colombia), 21 jun 2025 (Agencia X).- Al menos…": a wire opens its first paragraph
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
    b.strip()
    for b in """executive summary|resumen ejecutivo|press release|news release|media release|
    comunicado de prensa|comunicado|nota de prensa|boletín de prensa|boletin de prensa|
    for immediate release|para publicación inmediata|para difusión inmediata|summary|resumen|
    abstract|introduction|introducción|introduccion|table of contents|contents|contenido|
    índice|indice|key findings|hallazgos clave|principales hallazgos|foreword|prólogo|prologo|
    preface|prefacio|report|informe|analysis|análisis|analisis|opinion|opinión|news|noticias|
    breaking news|última hora|ultima hora|home|inicio|menu|menú|share|compartir|
    fact check|verificación|verificacion|special report|informe especial|briefing|policy brief|
    op-ed|editorial|column|columna|columnas|columns|politics|política|politica|world|mundo|
    nation|nacional|internacional|international|judicial|justicia|security|seguridad|economy|
    economía|economia|americas|américas|región|region|regional|investigation|investigación|
    investigacion|reportaje|crónica|cronica|entrevista|interview|features|blog|commentary|
    comentario|perspectiva|perspective|latest|lo último|actualidad|sucesos|conflicto|paz|investigations|
    investigaciones|reports|informes|reportajes|crónicas|cronicas|entrevistas|interviews|special reports|
    especiales|fact checks|verificaciones""".split("|")
)
_PRESS = re.compile(
    r"^(?:press\s+release|news\s+release|media\s+release|comunicado(?:\s+de\s+prensa)?|"
    r"nota\s+de\s+prensa|bolet[ií]n(?:\s+de\s+prensa)?)\b\s*(?:[-–—:|·]\s*(?P<org>.+))?$",
    re.I,
)
_IMMEDIATE = re.compile(
    r"^(?:for\s+immediate\s+release|para\s+(?:publicaci[óo]n|difusi[óo]n)\s+inmediata)\b", re.I
)
# "Published by X", "Publicado el 3 de mayo de 2025 por X", "Posted on ... by X".
_BY_ORG = re.compile(
    r"^(?:first\s+)?(?:published|posted|issued|released|compiled|prepared|produced|publicad[oa]|difundid[oa]|emitid[oa]|"
    r"elaborad[oa]|compilad[oa]|preparad[oa])\b"
    r"(?P<mid>.{0,60}?)\s(?:by|por)\s*:?\s+(?P<rest>.+)$",
    re.I,
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
# An opening wire dateline: "BOGOTÁ (Reuters) -", "Caracas, 5 mar (EFE).-",
# "GUAYAQUIL, 7 de marzo de 2025 (Agencia X) -".
_WIRE_OPEN = re.compile(
    r"^(?P<place>[A-ZÁÉÍÓÚÑ][^\s,()]*(?:\s+(?:de|del|la|[A-ZÁÉÍÓÚÑ][^\s,()]*)){0,4})\s*"
    r"(?:\([A-ZÁÉÍÓÚÑ][^()\n]{1,30}\)\s*)?(?:,\s*[^()\n]{1,60}?)?\s*\((?P<agency>[^()\n]{2,40})\)\s*\.?\s*[-–—:]"
)
_NOT_AGENCY = re.compile(r"^(?:GMT|UTC|ET|EST|EDT|CET|COT|VET|AM|PM|hora local|local time)\b", re.I)
_FOOTNOTE_DEF = re.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^?\d{1,3}\]:?|\^\d{1,3}|\(\d{1,3}\))\s+\S")
_BREADCRUMB = re.compile(r"^[^.!?]{1,40}(?:\s[>»/]\s[^.!?]{1,40})+$")
_BYLINE = re.compile(
    r"^(?:(?:by|por|written\s+by|escrito\s+por)\s+|(?:text|texto|autor|autora|author|words|reportería|"
    r"reporting)\s*:\s*)(?-i:[A-ZÁÉÍÓÚÑ])",
    re.I,
)
_ORG_WORDS = re.compile(
    r"\b(?:ministry|ministerio|department|departamento|office|oficina|secretar[ií]a|embassy|embajada|"
    r"fiscal[ií]a|polic[ií]a|police|ej[ée]rcito|army|navy|armada|gobierno|government|council|consejo|"
    r"commission|comisi[óo]n|agency|agencia|foundation|fundaci[óo]n|institute|instituto|association|"
    r"asociaci[óo]n|organi[sz]ation|organizaci[óo]n|party|partido|cent(?:er|re)|centro|unit|unidad|"
    r"presidencia|alcald[ií]a|gobernaci[óo]n|procuradur[ií]a|defensor[ií]a|contralor[ií]a|senate|senado|"
    r"congress|congreso|c[áa]mara|court|corte|tribunal|university|universidad|command|comando|"
    r"observatory|observatorio|network|red|corporation|corporaci[óo]n|inc|ltd|s\.a\.|group|grupo|"
    r"coalition|coalici[óo]n|alliance|alianza|movement|movimiento|colectivo|federation|federaci[óo]n|"
    r"advisory|consulting|consultora|consultores|associates|asociados|partners|analytics|intelligence|"
    r"inteligencia|research|studies|estudios|forum|foro|trust|fund|fondo|society|sociedad|initiative|"
    r"iniciativa|project|proyecto)\b",
    re.I,
)
# Words publications put in their names; a cue that a name is an outlet, not a person.
_OUTLET_WORDS = re.compile(
    r"\b(?:news|noticias|times|post|journal|herald|heraldo|tribune|tribuna|diario|daily|weekly|"
    r"semanario|peri[óo]dico|revista|magazine|gazette|gaceta|cr[óo]nicas?|chronicle|monitor|observer|"
    r"observador|review|wire|press|prensa|radio|tv|televisi[óo]n|channel|canal|media|medios|insight|"
    r"watch|reporte|report|digital|express|expreso|voice|voz|globe|naci[óo]n|universal|today|hoy|"
    r"independent|independiente|correo|comercio|estrella|portal|bulletin|bolet[íi]n|dispatch|ledger|"
    r"standard|tiempo|mirror|sentinel|centinela|informa|investiga|verifica|check|geopol[íi]tica)\b",
    re.I,
)
_ROLE_WORDS = re.compile(
    r"\b(?:correspondent|corresponsal|reporter|reportera?|editor|editora|columnist|columnista|writer|"
    r"contributor|colaborador|colaboradora|periodista|redactora?|staff|analyst|analista|investigadora?|"
    r"researcher|fellow|photographer|fot[óo]grafo|fot[óo]grafa|enviad[oa] especial|director|directora)\b",
    re.I,
)
# A series or issue named in a masthead is not the publisher ("Actor Profile Series").
_SERIES = re.compile(
    r"\b(?:series|serie|brief|paper|profile|perfil|edition|edici[óo]n|issue|n[úu]mero|volume|vol)\b", re.I
)
_NUMBERING = re.compile(r"^(?:no|n[º°o]|n[úu]m|vol|issue|#)\.?\s*\d+$", re.I)
_CONNECTORS = frozenset("de del la las los el y e of the and for on in en para & da do dos das".split())
_DEPARTMENT = re.compile(
    r"^(?:(?:oficina|office|direcci[óo]n|departamento|department|[áa]rea|unidad|gerencia|coordinaci[óo]n|"
    r"equipo|team|jefatura)\s+(?:de|del|of|for)\s+(?:las?\s+|the\s+)?(?:comunicaci|prensa|press|media|"
    r"communicat|relaciones|informaci|information|public)|press\s+office|media\s+(?:relations|contact)|"
    r"sala\s+de\s+prensa|contacto(?:\s+de\s+prensa)?|contact|prensa|press)",
    re.I,
)
_CONTACT = re.compile(
    r"(?:\S+@\S+\.\w+|^(?:tel|tel[ée]fono|phone|cel|whatsapp)\b|^\+?[\d ()-]{7,}$|^#{3}$|^-30-$)", re.I
)
# "(Reporting by the X bureau; editing by Y)", "(Redacción de la Agencia X en Quito)".
_CREDIT = re.compile(
    r"^\(?\s*(?:additional\s+)?(?:reporting|writing|compiled|redacci[óo]n|con\s+informaci[óo]n|"
    r"informaci[óo]n|texto|reporter[íi]a)\s+(?:by|de|por)\s+(?:the\s+|la\s+|el\s+)?(?P<who>[^;)]+)",
    re.I,
)
_CREDIT_TAIL = re.compile(
    r"(?:\s+[A-ZÁÉÍÓÚÑ][\w.'-]*)?\s+(?:bureau|desk|newsroom|staff|team|office)$|"
    r"\s+(?:en|in)\s+[A-ZÁÉÍÓÚÑ][\w.'-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.'-]*)?$",
    re.I,
)
# "X es columnista de La Tribuna del Sur." / "X is a columnist for The Daily Y."
_BIO = re.compile(
    r"\b(?:es|is|fue|was)\s+(?:an?\s+|el\s+|la\s+|[\w-]+\s+(?:y|and)\s+)*"
    r"(?:columnista|columnist|corresponsal|correspondent|reporter|reportera?|periodista|redactora?|"
    r"editor|editora|staff\s+writer)\s+(?:de|del|en|for|at|of|with)\s+(?P<org>[^.,;()]+)",
    re.I,
)
_SEGMENT_SEP = re.compile(r"\s+[·|•—–-]\s+|\s*\|\s*|\s+·|·\s+")


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_BOLD = re.compile(r"(\*\*|__)(.+?)\1")


def _clean(line: str) -> str:
    line = _HEADING_MARK.sub("", line)
    line = _BOLD.sub(r"\2", line)  # "**Pacific Dispatch** | …": markdown bold inside a line
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


# --- is this a publisher's name? ------------------------------------------------


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    try:
        from nexos.extract.lexicon import first_names

        return first_names()
    except Exception as exc:  # the name list only sharpens a guess; never fail ingest for it
        log.debug("given names unavailable: %s", exc)
        return frozenset()


@lru_cache(maxsize=2048)
def _kb_types(name: str) -> frozenset[str]:
    try:
        from nexos.knowledge import load_kb

        return frozenset(e.type for e in load_kb().lookup(name))
    except Exception as exc:  # as above: the knowledge base is a hint here
        log.debug("knowledge base unavailable: %s", exc)
        return frozenset()


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def _name_like(name: str) -> bool:
    """Capitalised words and connectors only, as in "Observatorio Andino de Conflicto (OAC)"."""
    words = name.split()
    if not 1 <= len(words) <= 10 or len(name) > 90 or re.search(r"[:!?;]|\.\s+[A-Z]", name):
        return False
    if _fold(words[0]) in _CONNECTORS and _fold(words[0]) not in {"the", "el", "la", "los", "las"}:
        return False
    for word in words:
        core = word.strip("()[],\"'“”‘’")
        if not core or _fold(core) in _CONNECTORS or core[0].isupper() or core[0].isdigit() or core == "&":
            continue
        if not site_domain(core):
            return False
    return True


def _person_like(name: str) -> bool:
    if "person" in _kb_types(name):
        return True
    words = [w for w in name.split() if not w.startswith("(")]
    return (
        2 <= len(words) <= 5
        and _fold(words[0]) in _given_names()
        and not _OUTLET_WORDS.search(name)
        and not _ORG_WORDS.search(name)
    )


def _has_cue(name: str) -> bool:
    """Evidence that a name belongs to an outlet or organisation."""
    return bool(
        _OUTLET_WORDS.search(name)
        or _ORG_WORDS.search(name)
        or re.match(r"(?:the|el|la|los|las)\s", name, re.I)
        or re.search(r"\(\s*[A-Z]{2,8}\s*\)|\b[A-Z]{2,8}\b", name)
        or site_domain(name)
        or _kb_types(name) - {"location", "state", "person"}
    )


def publisher_name(value: str) -> str | None:
    """``value`` tidied when it can name a publisher; None for a person, place, role or section."""
    name = re.sub(r"\s+", " ", value).strip(" \t,;:|·-–—\"'“”")
    name = re.sub(r"\.$", "", name) if not re.search(r"\b(?:S\.A|Inc|Ltd|Co)\.$", name) else name
    if not name or not _name_like(name) or _ROLE_WORDS.search(name) or _SERIES.search(name):
        return None
    if _is_boilerplate(name) or _person_like(name) or _kb_types(name) & {"location", "state"}:
        return None
    if _LABEL.match(name) and _LABEL.match(name).group().strip():  # type: ignore[union-attr]
        return None
    return name


def _agency(value: str | None) -> str | None:
    if not value or _NOT_AGENCY.match(value.strip()) or len(value.split()) > 6:
        return None
    return publisher_name(_ACRONYM_AFTER.sub("", value))


# --- mastheads: "Outlet · Section · Date", "Published by X | Opinion | Date" ------------


@dataclass
class Masthead:
    """A head line split on its separators: who published it and when."""

    publisher: str | None
    date: DateLine | None
    byline: bool


def _by_org(text: str, day_first: bool) -> tuple[str | None, DateLine | None] | None:
    """Read "Published [date] by X [date]" into (publisher, date), or None."""
    m = _BY_ORG.match(text)
    if not m or _BYLINE.match(m.group("rest")):
        return None
    date = None
    dates = find_dates(text, day_first)
    if dates:
        _, _, iso, precision = dates[0]
        date = DateLine(iso, precision, None, True, True, False, None)
    rest = m.group("rest")
    cut = find_dates(rest, day_first)
    if cut:
        rest = rest[: cut[0][0]]
        # "Compiled by the Observatory, updated 5 March 2026": the label before the date is no part of the name
        rest = re.sub(r"(?:,|\s)+(?:(?:last\s+)?updated|actualizad[oa])(?:\s+(?:on|el))?\s*$", "", rest, flags=re.I)
        rest = re.sub(r"(?:,|\s)+(?:el|on|the|en|in|[-–—|,])?\s*$", "", rest, flags=re.I)
    return publisher_name(rest), date


def _segments(text: str) -> list[str]:
    return [p.strip() for p in _SEGMENT_SEP.split(text) if p.strip()]


def parse_masthead(line: str, day_first: bool = True, byline_nearby: bool = False) -> Masthead | None:
    """Read a masthead line ("La Voz del Valle · Opinión · 3 de mayo de 2025") or None."""
    text = _clean(line)
    words = len(text.split())
    if words > 30:
        return None  # (a paragraph of the story, not a masthead: asked before splitting it, the longer work)
    parts = _segments(text)
    if len(parts) == 1 and words <= 20 and (by := _by_org(text, day_first)) and by[1]:
        # "Compiled by the Coastal Crime Observatory, updated 5 March 2026": one segment, who and when
        return Masthead(by[0], by[1], False)
    if len(parts) < 2 or any(len(p.split()) > 14 for p in parts):
        return None
    publisher: str | None = None
    dates: list[DateLine] = []
    byline = False
    names: list[tuple[int, str]] = []
    for i, part in enumerate(parts):
        by = _by_org(part, day_first)
        if by:
            publisher = publisher or by[0]
            dates += [by[1]] if by[1] else []
        elif (d := parse_dateline(part, day_first)) and d.standalone:
            dates.append(replace(d, labeled=True))
        elif (dated := _outlet_dated(part, day_first)) is not None:
            publisher = publisher or dated[0]  # "OPINIÓN — El Ribereño (Rosario), domingo 19 de abril de 2026"
            dates.append(dated[1])
        elif _BYLINE.match(part):
            byline = True
        else:
            names.append((i, part))
    sections = [p for _, p in names[1:] if _is_boilerplate(p)]
    if not dates and publisher is None and not byline and not sections:
        return None
    if publisher is None and names:
        publisher = _masthead_name(parts, names, byline or byline_nearby)
    if not dates and not byline and publisher is None:
        return None
    fresh = [d for d in dates if not d.updated]
    chosen = fresh or dates
    return Masthead(publisher, chosen[0] if chosen else None, byline)


_OUTLET_HEAD = re.compile(r"(?P<name>(?:(?:El|La|Los|Las|The)\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:de|del|la|las|los|y|of|the|"
                          r"[A-ZÁÉÍÓÚÑ][\w'’.-]*)){0,5})(?:\s*\((?P<city>[^()\n]{2,30})\))?")


def _outlet_dated(part: str, day_first: bool) -> tuple[str, DateLine] | None:
    """A masthead segment that is an outlet's name, its city in brackets and the day: (name, date) or None."""
    days = find_dates(part, day_first)
    if not days or days[-1][3] != "day" or part[days[-1][1] :].strip(" ."):
        return None
    prefix = re.sub(rf"(?i),?\s*{_WEEKDAY}$", "", part[: days[-1][0]].rstrip()).strip().rstrip(",").strip()
    m = _OUTLET_HEAD.fullmatch(prefix)
    if m is None or m.group("name").split()[-1].lower() in _PROSE_STARTERS:
        return None
    return m.group("name"), DateLine(days[-1][2], "day", m.group("city"), True, True, False, None)


def _masthead_name(parts: list[str], names: list[tuple[int, str]], byline: bool) -> str | None:
    """The publication's name leads a masthead (or follows its byline)."""
    i, part = names[0]
    if i > 0 and not _BYLINE.match(parts[i - 1]):
        return None
    if site_domain(part):
        return site_domain(part)
    name = publisher_name(part)
    if name is None:
        return None
    # A bare "Name | Date" may be a person's byline; ask for more before trusting it.
    others = [p for _, p in names[1:] if not _NUMBERING.match(p)]
    if _has_cue(name) or others or byline:
        return name
    return None


# --- head lines -----------------------------------------------------------------


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
        or _BY_ORG.match(line)
        or _COPYRIGHT.match(line)
        or _SOURCE.match(line)
        or _FOOTNOTE_DEF.match(line)
        or _BREADCRUMB.match(line)
        or parse_masthead(line)
    )


def _org_line(line: str) -> bool:
    """A line that is only an organisation's name, as under a press-release heading."""
    return (
        len(line.split()) <= 12
        and _name_like(line)
        and (bool(_ORG_WORDS.search(line)) or (line.isupper() and len(line) <= 80))
    )


def _title(head: list[str]) -> str | None:
    after_press = False
    for i, raw in enumerate(head[:6]):
        line = _clean(raw)
        if (i == 0 and letterhead(line)) or (_DEPARTMENT.match(line) and len(_segments(line)) > 1):
            continue
        line = re.sub(r"^(?:title|t[íi]tulo)\s*:\s*", "", _clean(raw), flags=re.I)
        if after_press and _org_line(line):
            after_press = False
            continue
        if _skippable_head_line(line):
            press = _PRESS.match(line)
            after_press = bool(press) and not press.group("org")  # type: ignore[union-attr]
            continue
        return line if _title_like(line) else None
    return None


# --- publisher ------------------------------------------------------------------


def _explicit_publisher(edges: list[str], day_first: bool) -> str | None:
    for line in map(_clean, edges):
        for part in [line, *_segments(line)]:
            by = _by_org(part, day_first)
            if by and by[0]:
                return by[0]
    return None


def _press_publisher(head: list[str], tail: list[str]) -> str | None:
    is_press = False
    for i, line in enumerate(map(_clean, head)):
        m = _PRESS.match(line)
        if not m:
            is_press = is_press or bool(_IMMEDIATE.match(line))
            continue
        is_press = True
        if m.group("org"):
            name = publisher_name(m.group("org"))
            if name:
                return name
        if i + 1 < len(head) and _org_line(_clean(head[i + 1])):
            return publisher_name(_clean(head[i + 1]))
    return _signature(tail, is_press)


def _signature(tail: list[str], is_press: bool) -> str | None:
    """The issuing body in a closing block ("Oficina de Comunicaciones / Fundación X / email")."""
    block: list[str] = []
    for line in map(_clean, reversed(tail)):
        if _CONTACT.search(line) or site_domain(line) or _URL_LINE.match(line):
            continue
        if len(line.split()) > 10 or line.endswith((".", ":", ";")) or not _name_like(line):
            break
        block.append(line)
    if not (is_press or any(_DEPARTMENT.match(b) for b in block)):
        return None
    for line in block:
        if not _DEPARTMENT.match(line) and _ORG_WORDS.search(line):
            name = publisher_name(line)
            if name:
                return name
    return None


def _wire_publisher(head: list[str], day_first: bool) -> str | None:
    for line in map(_clean, head):
        m = _wire_open(line)
        agency = _agency(m.group("agency")) if m else None
        if agency:
            return agency
        d = parse_dateline(line, day_first)
        agency = _agency(d.wire) if d else None
        if agency:
            return agency
    return None


def _byline_publisher(head: list[str]) -> str | None:
    """A byline that names an agency or outlet rather than a person ("Por Agencia EFE")."""
    for line in map(_clean, head):
        if _BYLINE.match(line) and len(_segments(line)) == 1:
            rest = re.sub(r"^(?:by|por|written\s+by|escrito\s+por|[^\s:]+\s*:)\s*", "", line, flags=re.I)
            name = publisher_name(rest)
            if name and (
                "media" in _kb_types(name)
                or re.search(r"\b(?:agencia|agency|news|noticias|wire)\b", name, re.I)
            ):
                return name
    return None


def letterhead(line: str) -> str | None:
    """An organisation's name in capitals atop the page ("NORTHBRIDGE RISK ADVISORY · Briefs")."""
    cleaned = _clean(line)
    first = _segments(cleaned)[0] if cleaned else ""
    if not first.isupper() or len(first.split()) > 6:
        return None
    name = publisher_name(first)
    cue = name and (
        _OUTLET_WORDS.search(name)
        or _ORG_WORDS.search(name)
        or re.match(r"(?:the|el|la|los|las)\s", name, re.I)
        or _kb_types(name) - {"location", "state", "person"}
    )
    return name if cue else None


def _masthead_publisher(head: list[str], day_first: bool) -> str | None:
    cleaned = [_clean(ln) for ln in head]
    byline_nearby = any(_BYLINE.match(ln) for ln in cleaned)
    for line in cleaned:
        m = parse_masthead(line, day_first, byline_nearby)
        if m and m.publisher:
            return m.publisher
    return None


def _footer_publisher(head: list[str], tail: list[str]) -> str | None:
    edges = [_clean(ln) for ln in head + tail]
    for line in edges:
        m = _COPYRIGHT.match(line)
        name = (
            publisher_name(re.sub(r"^(?:foto|photo|imagen|image)\s*:\s*", "", m.group("org"), flags=re.I))
            if m
            else None
        )
        if name:
            return name
    for line in edges:
        domain = site_domain(line)
        if domain:
            return domain
    return None


def _credit_publisher(head: list[str], tail: list[str]) -> str | None:
    """A newsroom credit, an author's bio or a "Source:" line names the outlet."""
    for line in map(_clean, reversed(tail[-3:])):
        m = _CREDIT.match(line)
        if m:
            who = _CREDIT_TAIL.sub("", m.group("who").strip()).strip()
            name = publisher_name(who)
            if name and (_OUTLET_WORDS.search(name) or _ORG_WORDS.search(name) or "media" in _kb_types(name)):
                return name
        m = _BIO.search(line)
        if m:
            name = publisher_name(m.group("org"))
            if name and _has_cue(name):
                return name
    for line in map(_clean, head + tail):
        m = _SOURCE.match(line)
        if m and not _URL_LINE.match(m.group("val")):
            name = publisher_name(m.group("val"))
            if name:
                return name
    return None


def _publisher(head: list[str], tail: list[str], day_first: bool) -> str | None:
    """Strongest statement first; nothing rather than a guess."""
    return (
        _explicit_publisher(head + tail, day_first)
        or _press_publisher(head, tail)
        or (letterhead(head[0]) if head else None)
        or _masthead_publisher(head, day_first)
        or _wire_publisher(head, day_first)
        or _byline_publisher(head)
        or _footer_publisher(head, tail)
        or _credit_publisher(head, tail)
    )


# --- publication date ----------------------------------------------------------------


# "Transcripción de la entrevista emitida el jueves 22 de mayo de 2025", "Episode aired on May 3, 2025": the
# day a programme went out, or a page went up, said in words before the date; "Press release, Thursday 9 October
# 2025", "Comunicado de prensa No. 45 — 9 de octubre de 2025": the day a release went out
_ISSUED_ON = re.compile(
    r"(?<![\w])(?:emitid[oa]|transmitid[oa]|publicad[oa]|difundid[oa]|grabad[oa]|aired|broadcast|published|"
    r"posted|recorded|released|(?:press|news|media)\s+release|comunicado(?:\s+de\s+prensa)?|nota\s+de\s+prensa|"
    r"bolet[ií]n(?:\s+de\s+prensa|\s+informativo)?)(?:\s+(?:no\.?|n[º°]\.?|#)?\s*\d[\w/-]*)?[\s,:;|·—–-]+"
    r"(?:on\s+|el\s+|en\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|"
    r"(?:lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo),?\s+)?$",
    re.I,
)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _line_date(line: str, day_first: bool) -> DateLine | None:
    text = _clean(line)
    found = parse_dateline(text, day_first)
    if found:
        return found
    by = _by_org(text, day_first)
    if by and by[1]:
        return by[1]
    m = parse_masthead(text, day_first)
    if m and m.date and not m.date.updated:
        return m.date
    # "Published May 22, 2024, 9:10 a.m. CST | Updated May 23, 2024": the update is the answer only when the line
    # gives no other day
    updated = m.date if m and m.date else None
    if not _YEAR.search(text):
        return updated  # (most lines: no year, no date to read)
    for start, _end, iso, precision in find_dates(text, day_first):
        if precision == "day" and _ISSUED_ON.search(text[max(0, start - 60) : start]):
            return DateLine(iso, precision, None, False, True, False, None)
    parts = re.split(r"\s+[|·•]\s+", text)
    if len(parts) >= 2:
        # "Pacific Dispatch | Live coverage, Tuesday, April 21, 2026 | Updated 7:40 p.m.": the day in a segment
        # of a head line split by bars, unless the segment says it was updated
        for part in parts:
            days = [d for d in find_dates(part, day_first) if d[3] == "day"]
            if len(days) == 1 and len(part) <= 80 and not _UPDATE_LABEL.match(part):
                return DateLine(days[0][2], "day", None, False, False, False, None)
    return updated


def _published(head: list[str], tail: list[str], day_first: bool) -> DateLine | None:
    head_dates = [d for d in (_line_date(ln, day_first) for ln in head) if d]
    tail_dates = [d for d in (_line_date(ln, day_first) for ln in tail) if d]
    for d in head_dates + tail_dates:
        if d.labeled and not d.updated:
            return d
    for d in head_dates:
        if d.updated and d.labeled:
            # "Last updated: 30 April 2025" over a timeline whose first entry is "March 2024": the labelled day
            # of the head says when the text was put out; the entries below it are what it is about
            return d
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


def _wire_open(line: str) -> re.Match[str] | None:
    """An opening wire dateline whose place is written as one (capitals, or a known place)."""
    m = _WIRE_OPEN.match(line)
    if m is None:
        return None
    place = m.group("place").strip()
    return m if place.isupper() or _kb_types(place) & {"location", "state"} else None


def _wire_place(head: list[str]) -> str | None:
    for line in map(_clean, head):
        m = _wire_open(line)
        if m and _agency(m.group("agency")):
            return m.group("place").strip(" ,")
    for line in map(_clean, head):
        m = _PLACE_LINE.match(line) or _PLACE_OPENER.match(line)
        if m and (_kb_types(m.group("region").strip()) & {"location", "state"} or not (
                _person_like(m.group("place")) or _person_like(m.group("region")) or m.group("region").isupper()
                or _kb_types(m.group("place").strip()) - {"location", "state"})):
            return m.group("place").strip()
    return None


# A chronicle's place line ("El Zapotal de Arriba, Guerrero") or its opening words ("EL ZAPOTE DE ARRIBA,
# Michoacán.— A las seis…"): a place and the state or country the knowledge base knows it to be in
_PLACE_LINE = re.compile(r"^(?P<place>(?:(?:El|La|Los|Las)\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]+(?:\s+(?:de|del|de la|los|las)?\s*"
                         r"[A-ZÁÉÍÓÚÑ][\w'’.-]+){0,4}),\s*(?P<region>[A-ZÁÉÍÓÚÑ][\w'’.-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’.-]+)?)\.?$")
_PLACE_OPENER = re.compile(r"^(?P<place>[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'’. -]{2,40}),\s*(?P<region>[A-ZÁÉÍÓÚÑ][\w'’.-]+"
                           r"(?:\s+[A-ZÁÉÍÓÚÑ][\w'’.-]+)?)\s*\.?\s*[—–]")


def _edges(text: str) -> tuple[list[str], list[str]]:
    lines = _lines(text)
    head = lines[:_HEAD_LINES]
    # A short text's closing lines are read as its tail too, past the title lines.
    start = min(_HEAD_LINES, max(2, len(lines) - _TAIL_LINES))
    body_tail = [ln for ln in lines[start:] if not _FOOTNOTE_DEF.match(ln) and not _URL_LINE.match(ln)]
    return head, body_tail[-_TAIL_LINES:]


def metadata_from_text(text: str, language: str) -> dict[str, str]:
    """Title, publisher, date, dateline place and source URL the text states."""
    head, tail = _edges(text)
    found: dict[str, str] = {}
    title = _title(head)
    if title:
        found["title"] = title
    publisher = _publisher(head, tail, day_first=language != "en")
    if publisher:
        found["publisher"] = publisher
    date = _published(head, tail, day_first=language != "en")
    if date:
        found["published"] = date.date
        found["published_precision"] = date.precision
        if date.place and not _OUTLET_WORDS.search(date.place.lower()) and not re.search(r"(?i)\bpublished\b|:",
                                                                                         date.place):
            found["dateline_place"] = date.place  # "Revista Umbral — domingo 9 de febrero": an outlet, no place
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
    # A coarse file date ("2025") yields to a finer text date that agrees with it.
    if date and not found.get("published", "").startswith(date[0]):
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
