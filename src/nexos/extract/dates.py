"""Find date expressions in English and Spanish text and normalise them.

Events are only as good as their dates, so this module would rather miss an
odd phrasing than invent a date: English month names must be capitalised,
Spanish ones must sit next to a day, a year or a preposition (so "El Mayo"
and "Plaza de Mayo" stay names), bare numbers count as years only when they
look like years, and relative expressions ("last Tuesday", "hace dos
semanas") get a value only when the document's publication date is known.

Spans start at the first word that carries the date: articles and plain
prepositions ("the", "on", "el", "a") are left out, while words that change
the meaning ("last", "pasado", "mid-", "between", "del ... al") are kept.

It finds and normalises; deciding which event a date belongs to is the event
extractor's job.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

logger = logging.getLogger(__name__)


@dataclass
class DateMention:
    """One date expression in a text, with its ISO value at its precision.

    ``value`` is ``'2026'``, ``'2026-01'`` or ``'2026-01-03'`` (``'199'`` for
    the 1990s); for a range it is the range's start and ``end_value`` its end.
    ``value`` and ``precision`` are both None when the text cannot be pinned
    to the calendar (durations, relative dates without an anchor).
    """

    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    kind: str
    end_value: str | None = None


@dataclass
class _Ctx:
    text: str
    lang: str
    anchor: date | None


_Handler = Callable[[re.Match[str], _Ctx], "DateMention | None"]

# --------------------------------------------------------------------------
# Word tables
# --------------------------------------------------------------------------

_EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july",
              "august", "september", "october", "november", "december"]
_EN_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
            "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
              "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
_MONTHS = {name: i + 1 for i, name in enumerate(_EN_MONTHS)}
_MONTHS.update({name: i + 1 for i, name in enumerate(_ES_MONTHS)})
_MONTHS.update(_EN_ABBR)
_MONTHS["setiembre"] = 9

_EN_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ES_WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_WEEKDAYS = {name: i for i, name in enumerate(_EN_WEEKDAYS)}
_WEEKDAYS.update({name: i for i, name in enumerate(_ES_WEEKDAYS)})
_WEEKDAYS.update({"miercoles": 2, "sabado": 5})

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a couple of": 2,
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
    "catorce": 14, "quince": 15, "dieciséis": 16, "dieciseis": 16, "diecisiete": 17,
    "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "un par de": 2,
}
# Counts that say "some" without saying how many: found, never resolved.
_VAGUE = ["a few", "several", "few", "many", "unos", "unas", "varios", "varias",
          "algunos", "algunas", "pocos", "pocas", "muchos", "muchas"]
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9, "veinte": 2, "treinta": 3,
                 "cuarenta": 4, "cincuenta": 5, "sesenta": 6, "setenta": 7, "ochenta": 8,
                 "noventa": 9}
# Named days that are not "the most recent such weekday".
_HOLIDAY_HEADS = {"ash", "black", "good", "super", "holy", "cyber", "easter", "fat",
                  "maundy", "shrove", "bloody", "blue", "green"}

# Words before a number that make it a label rather than a year.
_LABEL_WORDS = {
    "article", "art", "no", "nº", "n°", "num", "number", "resolution", "decree", "page",
    "p", "pp", "room", "flight", "route", "highway", "code", "chapter", "section",
    "case", "model", "version", "unit", "usd", "us", "eur", "cop", "mxn", "bs", "ves",
    "artículo", "número", "núm", "resolución", "decreto", "página", "vuelo", "ruta",
    "carretera", "código", "capítulo", "sección", "caso", "modelo", "versión", "expediente",
    "file", "docket", "bill", "ley", "law", "item", "inciso", "km", "kilómetro", "mile",
}
# Words after a number that make it a quantity.
_QUANTITY_WORDS = {
    "million", "billion", "thousand", "trillion", "percent", "per", "km", "kg", "mi",
    "mil", "millón", "millones", "por", "dollars", "dólares", "pesos", "euros",
    "people", "personas", "tons", "toneladas", "metres", "meters", "metros", "kilos",
}
# Words before a number that make it read as a year even before a plural noun.
_YEAR_CUES = {"in", "since", "by", "until", "during", "the", "from", "before", "after",
              "early", "late", "circa", "year", "en", "desde", "hasta", "durante",
              "el", "del", "año", "antes", "después", "hacia", "para", "of", "de"}
# ... except these, which usually introduce a count ("más de 2000 soldados").
_COUNT_LEADS = {"of", "de"}

# --------------------------------------------------------------------------
# Regex fragments
# --------------------------------------------------------------------------


def _cased(words: list[str]) -> str:
    """An alternation accepting Title and UPPER forms (and lower, for Spanish)."""
    forms: set[str] = set()
    for w in words:
        forms.update({w.capitalize(), w.upper()})
    return "|".join(sorted(forms, key=len, reverse=True))


def _lowered(words: list[str]) -> str:
    forms = {w for w in words} | {w.capitalize() for w in words} | {w.upper() for w in words}
    return "|".join(sorted(forms, key=len, reverse=True))


_YEAR = r"(?:19|20)\d\d"
_EN_MON_FULL = _cased(_EN_MONTHS)
_EN_MON_ABBR = _cased(sorted(_EN_ABBR))
_ES_MON = _lowered(_ES_MONTHS + ["setiembre"])
_EN_WD = _cased(_EN_WEEKDAYS)
_ES_WD_ANY = _lowered(_ES_WEEKDAYS + ["miercoles", "sabado"])
_ES_WD_LOWER = "|".join(_ES_WEEKDAYS + ["miercoles", "sabado"])
_ES_END = r"(?![\wáéíóúñÁÉÍÓÚÑ])"
_NUM = "|".join(sorted(list(_NUMBERS) + _VAGUE, key=len, reverse=True)).replace(" ", r"\s+")
_NUM = rf"(?:\d{{1,3}}|(?i:{_NUM}))"
_ES_MOD = r"(?:[Pp]rincipios|[Cc]omienzos|[Ii]nicios|[Mm]ediados|[Ff]inales|[Ff]ines)"


def _en_mon(g: str, full_only: bool = False) -> str:
    if full_only:
        return rf"(?P<{g}>{_EN_MON_FULL})(?![A-Za-z])"
    return rf"(?P<{g}>{_EN_MON_FULL}|(?:{_EN_MON_ABBR})\.?)(?![A-Za-z])"


def _es_mon(g: str) -> str:
    return rf"(?P<{g}>{_ES_MON}){_ES_END}"


def _y(g: str = "y") -> str:
    return rf"(?P<{g}>{_YEAR})(?!\d)"


# --------------------------------------------------------------------------
# Calendar helpers
# --------------------------------------------------------------------------


def _parse_anchor(anchor: str | None) -> date | None:
    if not anchor:
        return None
    try:
        return date.fromisoformat(anchor.strip()[:10])
    except ValueError:
        logger.debug("ignoring unreadable anchor date %r", anchor)
        return None


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _fmt(d: date, precision: str) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    return date(total // 12, total % 12 + 1, 1)


def _shift(anchor: date, unit: str, n: int) -> tuple[str, str]:
    """Move ``n`` units from the anchor; returns (value, precision)."""
    if unit.startswith(("day", "día", "dia")):
        return _fmt(anchor + timedelta(days=n), "day"), "day"
    if unit.startswith(("week", "semana")):
        return _fmt(anchor + timedelta(weeks=n), "day"), "day"
    if unit.startswith("mes") or unit.startswith("month"):
        return _fmt(_add_months(anchor, n), "month"), "month"
    step = 10 if unit.startswith(("decade", "década")) else 1
    return f"{anchor.year + n * step:04d}", "year"


def _infer_year(anchor: date | None, month: int, day: int | None = None,
                direction: str | None = None) -> int | None:
    """The year a month or day without a year most likely means.

    News looks back more often than forward, so without a hint the nearest
    candidate wins with future distances counted double.
    """
    if anchor is None:
        return None
    best: tuple[float, int] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day is not None:
            d = _day(y, month, day)
            if d is None:
                continue
            diff = (d - anchor).days
        else:
            diff = (y * 12 + month) - (anchor.year * 12 + anchor.month)
        if direction == "past" and (diff > 0 or (day is None and diff == 0)):
            continue
        if direction == "future" and diff <= 0:
            continue
        cost = -diff if diff <= 0 else 2 * diff
        if direction == "past":
            cost = -diff
        if best is None or cost < best[0]:
            best = (cost, y)
    return best[1] if best else None


def _weekday_date(anchor: date, wd: int, mode: str) -> date:
    """Resolve a weekday name: 'past' is strictly before, 'recent' allows today."""
    back = (anchor.weekday() - wd) % 7
    if mode == "past":
        return anchor - timedelta(days=back or 7)
    if mode == "future":
        return anchor + timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    if mode == "week":
        return anchor - timedelta(days=anchor.weekday() - wd)
    return anchor - timedelta(days=back)


def _count(word: str | None) -> int | None:
    if word is None:
        return None
    w = re.sub(r"\s+", " ", word.lower())
    return int(w) if w.isdigit() else _NUMBERS.get(w)


def _month(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")]


def _full_year(y: int, short: str) -> int | None:
    """Second half of "2024-25" or "2024-2029"; None when it cannot end a range."""
    end = int(short) if len(short) == 4 else (y // 100) * 100 + int(short)
    return end if y < end <= y + 60 else None


# --------------------------------------------------------------------------
# Mention builders and guards
# --------------------------------------------------------------------------


def _mk(ctx: _Ctx, start: int, end: int, value: str | None, precision: str | None,
        kind: str, end_value: str | None = None) -> DateMention:
    if value is None:
        precision, end_value = None, None
    return DateMention(start, end, ctx.text[start:end], value, precision, kind, end_value)


def _first(m: re.Match[str], *groups: str) -> int:
    for g in groups:
        if m.group(g) is not None:
            return m.start(g)
    return m.start()


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([\wº°áéíóúñÁÉÍÓÚÑ$]+)\W{0,2}$", text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def _word_after(text: str, pos: int) -> str:
    m = re.match(r"\s+([\wáéíóúñÁÉÍÓÚÑ]+)", text[pos:pos + 30])
    return m.group(1) if m else ""


def _in_token_noise(text: str, start: int, end: int) -> bool:
    """True when the match sits inside a URL, an e-mail or an identifier."""
    left = start
    while left > 0 and not text[left - 1].isspace() and start - left < 200:
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace() and right - end < 200:
        right += 1
    token = text[left:right]
    if re.search(r"://|www\.|[=@_]|[?#]\w", token):
        return True
    outside = text[left:start] + text[end:right]
    return "/" in outside or "\\" in outside


def _day_value(ctx: _Ctx, y: str | None, mon: int, d: int, direction: str | None = None
               ) -> str | None:
    year = int(y) if y else _infer_year(ctx.anchor, mon, d, direction)
    dd = _day(year, mon, d) if year is not None else None
    return dd.isoformat() if dd else None


def _month_value(ctx: _Ctx, y: str | None, mon: int, direction: str | None = None
                 ) -> str | None:
    year = int(y) if y else _infer_year(ctx.anchor, mon, None, direction)
    return f"{year:04d}-{mon:02d}" if year is not None else None


# --------------------------------------------------------------------------
# Handlers: absolute dates
# --------------------------------------------------------------------------


def _h_iso(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    d = _day(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None or _in_token_noise(ctx.text, m.start(), m.end()):
        return None
    return _mk(ctx, m.start(), m.end(), d.isoformat(), "day", "absolute")


def _h_numeric(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    month, day = (a, b) if ctx.lang == "en" else (b, a)
    # A day over 12 settles the order whatever the language's habit.
    d = _day(y, month, day) or _day(y, day, month)
    if d is None or _in_token_noise(ctx.text, m.start(), m.end()):
        return None
    return _mk(ctx, m.start(), m.end(), d.isoformat(), "day", "absolute")


def _h_day(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    """Day with month, optional year, optional second day (a range)."""
    raw = re.sub(r"\D", "", m["d"]) or "1"
    mon, d = _month(m["mon"]), int(raw)
    rel = (m.groupdict().get("rel") or "").lower()
    direction = "past" if rel == "pasado" else "future" if rel == "próximo" else None
    value = _day_value(ctx, m["y"], mon, d, direction)
    start = _first(m, *(g for g in ("pre", "rel", "wd") if g in m.re.groupindex))
    d2 = m.groupdict().get("d2")
    if not d2:
        return _mk(ctx, start, m.end(), value, "day", "absolute")
    if int(d2) <= d or ("pre" in m.re.groupindex and not (m["pre"] or m["dash"])):
        return None  # "3 y 5 de mayo" alone may be two days, not a stretch
    end_value = _day_value(ctx, value[:4] if value else None, mon, int(d2))
    return _mk(ctx, start, m.end(), value, "day", "range", end_value)


def _h_month_year(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    value = f"{int(m['y']):04d}-{_month(m['mon']):02d}"
    return _mk(ctx, _first(m, "mod", "mon"), m.end(), value, "month", "absolute")


def _h_month_cue(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    mon = _month(m["mon"])
    return _mk(ctx, _first(m, "mod", "mon"), m.end(), _month_value(ctx, None, mon),
               "month", "absolute")


def _h_month_rel(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    gd = m.groupdict()
    rel = (gd.get("r1") or gd.get("r2") or "").lower()
    mon = _month(gd.get("m1") or gd["m2"])
    y = gd.get("y")
    if y:
        return _mk(ctx, m.start(), m.end(), f"{int(y):04d}-{mon:02d}", "month", "absolute")
    if rel in ("this", "este"):
        value = f"{ctx.anchor.year:04d}-{mon:02d}" if ctx.anchor else None
    else:
        direction = "past" if rel in ("last", "past", "pasado") else "future"
        value = _month_value(ctx, None, mon, direction)
    return _mk(ctx, m.start(), m.end(), value, "month", "relative")


def _h_year_mod(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    return _mk(ctx, m.start("mod"), m.end(), m["y"], "year", "absolute")


def _h_year_range(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    pairs = {"from": ("to", "until", "through", "till"), "between": ("and",),
             "de": ("a", "al"), "desde": ("hasta", "a", "al"), "entre": ("y",)}
    pre, word = (m["pre"] or "").lower(), (m["word"] or "").lower()
    if word and word not in pairs.get(pre, ()):
        return None
    y = int(m["y"])
    end = _full_year(y, m["y2"])
    if end is None or _in_token_noise(ctx.text, m.start("y"), m.end()):
        return None
    start = m.start("pre") if m["pre"] and word else m.start("y")
    return _mk(ctx, start, m.end(), f"{y:04d}", "year", "range", f"{end:04d}")


def _h_month_range(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    if m2 <= m1 or (m["pre"] is None and m["dash"] is None):
        return None
    y = int(m["y"])
    return _mk(ctx, m.start(), m.end(), f"{y:04d}-{m1:02d}", "month", "range",
               f"{y:04d}-{m2:02d}")


def _h_decade(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    if m["full"]:
        value = m["full"][:3]
    elif m["short"] or m["word"]:
        if not m["art"]:
            return None
        digit = int(m["short"].strip("'")[0]) if m["short"] else _DECADE_WORDS[m["word"].lower()]
        value = f"19{digit}" if digit != 0 else "200"
    else:
        return None
    start = _first(m, *(g for g in ("lead", "mod", "full", "short", "word")
                        if g in m.re.groupindex))
    return _mk(ctx, start, m.end(), value, "decade", "absolute")


def _h_year(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    s, e = m.start(), m.end()
    text = ctx.text
    before = _word_before(text, s)
    if before in _LABEL_WORDS or any(c in before for c in "$€£") or re.search(r"\d[ \-.]$", text[max(0, s - 2):s]):
        return None
    if re.match(r" \d", text[e:e + 2]) or _in_token_noise(text, s, e):
        return None
    after = _word_after(text, e)
    if after.lower() in _QUANTITY_WORDS:
        return None
    plural = len(after) > 3 and after.islower() and after.endswith("s")
    if plural and (before not in _YEAR_CUES or before in _COUNT_LEADS):
        return None
    return _mk(ctx, s, e, m["y"], "year", "absolute")


# --------------------------------------------------------------------------
# Handlers: relative dates and durations
# --------------------------------------------------------------------------

_DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1,
              "this morning": 0, "this afternoon": 0, "this evening": 0,
              "the day before yesterday": -2, "ayer": -1, "hoy": 0, "anoche": -1,
              "anteayer": -2, "antier": -2, "antes de ayer": -2, "mañana": 1,
              "pasado mañana": 2, "esta mañana": 0, "esta tarde": 0, "esta noche": 0}


def _h_day_word(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    key = re.sub(r"\s+", " ", m["w"].lower())
    after = ctx.text[m.end():m.end() + 12].lower()
    if key == "hoy" and re.match(r"\s+(?:en\s+)?día", after):
        return None  # "hoy en día" means "nowadays"
    if key == "mañana" and _word_before(ctx.text, m.start()) in {
            "la", "una", "cada", "de", "por", "toda", "esa", "misma", "esta", "aquella"}:
        return None  # the morning, not tomorrow
    value = _fmt(ctx.anchor + timedelta(days=_DAY_WORDS[key]), "day") if ctx.anchor else None
    return _mk(ctx, m.start(), m.end(), value, "day", "relative")


_WD_MODES = {"last": "past", "past": "past", "this past": "past", "pasado": "past",
             "next": "future", "this coming": "future", "próximo": "future",
             "que viene": "future", "this": "week", "este": "week", "esta": "week"}


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    gd = m.groupdict()
    rel = re.sub(r"\s+", " ", (gd.get("rel") or gd.get("r1") or gd.get("r2") or "").lower())
    pre = (gd.get("pre") or "").lower()
    if ctx.lang == "es" and not (pre or rel):
        return None  # bare "martes" is too often a name or a habit ("los martes")
    if _word_before(ctx.text, m.start()) in _HOLIDAY_HEADS:
        return None
    mode = _WD_MODES.get(rel) or _WD_MODES.get(pre) or "recent"
    wd = _WEEKDAYS[m["wd"].lower()]
    value = _weekday_date(ctx.anchor, wd, mode).isoformat() if ctx.anchor else None
    if ctx.lang == "en":
        start = m.start() if rel and rel != "on" else m.start("wd")
    else:
        start = m.start("pre") if pre in ("este", "esta") else _first(m, "r1", "wd")
    return _mk(ctx, start, m.end(), value, "day", "relative")


def _h_offset(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    """'two weeks ago', 'three years later', 'hace dos semanas', 'dos años después'."""
    n = _count(m["n"])
    gd = m.groupdict()
    if gd.get("desde"):
        return _mk(ctx, m.start(), m.end(), None, None, "duration")
    direction = (gd.get("dir") or "ago").lower()
    follows = ctx.text[m.end():m.end() + 8]
    tied = re.match(r"\s+\w", follows)
    if direction in ("before", "after", "prior", "antes", "después") and tied:
        n = None  # counted from another event, not from publication
    sign = -1 if direction in ("ago", "earlier", "before", "prior", "antes", "atrás") else 1
    if gd.get("hace"):
        sign = -1
    value = precision = None
    if n is not None and ctx.anchor:
        value, precision = _shift(ctx.anchor, m["u"].lower(), sign * n)
    return _mk(ctx, m.start(), m.end(), value, precision, "relative")


_UNIT_STEP = {"last": -1, "next": 1, "this": 0, "following": 1, "previous": -1,
              "prior": -1, "preceding": -1, "pasado": -1, "pasada": -1, "próximo": 1,
              "próxima": 1, "anterior": -1, "siguiente": 1, "que viene": 1,
              "entrante": 1, "este": 0, "esta": 0}


def _h_unit(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    """'last year', 'the following month', 'el año pasado', 'esta semana'."""
    gd = m.groupdict()
    rel = re.sub(r"\s+", " ", (gd.get("r1") or gd.get("r2") or gd.get("r3") or "").lower())
    unit = (gd.get("u1") or gd.get("u2") or gd.get("u3") or "").lower()
    step = _UNIT_STEP[rel.replace("the ", "")]
    start = _first(m, *(g for g in ("mod", "r1", "u2", "r3") if g in m.re.groupindex))
    if ctx.anchor is None:
        return _mk(ctx, start, m.end(), None, None, "relative")
    if unit in ("week", "semana"):
        # A week has no ISO precision of its own: report the month of its midweek.
        mid = _weekday_date(ctx.anchor, 3, "week") + timedelta(weeks=step)
        value, precision = _fmt(mid, "month"), "month"
    else:
        value, precision = _shift(ctx.anchor, unit, step)
    return _mk(ctx, start, m.end(), value, precision, "relative")


def _h_duration(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    unit = m["u"].lower()
    if m["n"] is None and not unit.endswith("s"):
        return None  # "por día" is a rate, not a stretch of time
    return _mk(ctx, m.start(), m.end(), None, None, "duration")


# --------------------------------------------------------------------------
# Rules per language
# --------------------------------------------------------------------------

_ISO = rf"(?<![\w/.\-])(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w\-]|\.\d)"
_NUMERIC = (rf"(?<![\w/.\-])(?P<a>[0-3]?\d)(?P<sep>[/.\-])(?P<b>[0-3]?\d)(?P=sep)"
            rf"(?P<y>{_YEAR})(?![\w/]|[.\-]\d)")
_BARE_YEAR = rf"(?<![\w$€£¥#@/.,:+\-–'])(?P<y>{_YEAR})(?![\w%/@'’]|[.,:]\d|\s?[\-–]\s?\d)"
_ORD = r"(?:st|nd|rd|th)?"

_EN_RULES: list[tuple[str, _Handler]] = [
    (_ISO, _h_iso),
    (_NUMERIC, _h_numeric),
    (rf"(?:(?P<wd>{_EN_WD}),?\s+)?{_en_mon('mon')}\s+(?P<d>[0-3]?\d){_ORD}(?!\d)"
     rf"(?:\s*[\-–]\s*(?P<d2>[0-3]?\d){_ORD}(?!\d))?(?:,?\s+{_y()})?", _h_day),
    (rf"(?<![\w$€£.,])(?:(?P<wd>{_EN_WD}),?\s+)?(?P<d>[0-3]?\d){_ORD}"
     rf"(?:\s*[\-–]\s*(?P<d2>[0-3]?\d){_ORD})?\s+(?:of\s+)?{_en_mon('mon')}(?:,?\s+{_y()})?",
     _h_day),
    (rf"(?:(?P<mod>[Ee]arly|[Ll]ate|[Mm]id)[\-\s]+)?{_en_mon('mon')},?\s+(?:of\s+)?{_y()}",
     _h_month_year),
    (rf"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Dd]uring|[Bb]efore|[Aa]fter|[Bb]y|[Ff]rom|[Tt]hrough)"
     rf"\s+(?:(?P<mod>early|late|mid)[\-\s]+)?{_en_mon('mon', True)}(?!,?\s*\d)", _h_month_cue),
    (rf"\b(?:(?P<r1>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)\s+{_en_mon('m1', True)})"
     rf"(?!,?\s*\d)", _h_month_rel),
    (rf"(?:[Tt]he\s+)?(?P<mod>(?:[Ee]arly|[Ll]ate|[Mm]id)[\-\s]+|(?:end|beginning|start|middle"
     rf"|first\s+half|second\s+half|spring|summer|fall|autumn|winter)\s+of\s+"
     rf"|(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\s+(?:of\s+)?){_y()}(?!s\b|'s)",
     _h_year_mod),
    (rf"(?:(?P<pre>[Ff]rom|[Bb]etween)\s+)?{_y()}(?:\s*[\-–—/]\s*|\s+(?P<word>to|and|until"
     rf"|through|till)\s+)(?P<y2>{_YEAR}|\d\d)(?![\w\-]|[.,]\d)", _h_year_range),
    (rf"(?:(?P<pre>[Bb]etween|[Ff]rom)\s+)?{_en_mon('m1')}(?:\s*(?P<dash>[\-–])\s*|\s+(?:and|to"
     rf"|until|through)\s+){_en_mon('m2')},?\s+{_y()}", _h_month_range),
    (rf"(?:\b(?P<art>[Tt]he)\s+)?(?:(?P<mod>early|mid|late)[\-\s]+)?(?:\b(?P<full>(?:19|20)\d0)"
     rf"'?s|(?<!\w)(?P<short>'?\d0)'?s|(?P<word>(?i:twenties|thirties|forties|fifties|sixties"
     rf"|seventies|eighties|nineties)))\b", _h_decade),
    (_BARE_YEAR, _h_year),
    (r"\b(?P<w>[Tt]he\s+day\s+before\s+yesterday|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight"
     r"|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening))\b", _h_day_word),
    (rf"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|[Pp]ast|[Oo]n)\s+)?"
     rf"(?P<wd>{_EN_WD})\b", _h_weekday),
    (rf"\b(?P<n>{_NUM})\s+(?P<u>days?|weeks?|months?|years?|decades?)\s+(?P<dir>ago|later"
     rf"|earlier|before|after|afterwards?|prior)\b", _h_offset),
    (r"\b(?:(?P<mod>[Ee]arlier|[Ll]ater)\s+)?(?P<r1>[Ll]ast|[Nn]ext|[Tt]his|[Tt]he\s+following"
     r"|[Tt]he\s+previous|[Tt]he\s+next|[Tt]he\s+prior|[Tt]he\s+preceding)\s+"
     r"(?P<u1>day|week|month|year)\b", _h_unit),
    (rf"\b(?:[Ff]or|[Oo]ver\s+the\s+(?:past|last|next)|[Ii]n\s+the\s+(?:past|last|next)"
     rf"|[Dd]uring\s+the\s+(?:past|last)|[Ww]ithin|[Ff]or\s+the\s+(?:past|last|next))\s+"
     rf"(?:(?:nearly|almost|about|around|roughly|approximately|over|more\s+than|less\s+than"
     rf"|at\s+least|some|up\s+to)\s+)?(?:(?P<n>{_NUM})\s+)?(?P<u>decades?|years?|months?"
     rf"|weeks?|days?)\b", _h_duration),
]

_ES_RULES: list[tuple[str, _Handler]] = [
    (_ISO, _h_iso),
    (_NUMERIC, _h_numeric),
    (rf"(?<![\w$€.,])(?:(?P<rel>pasado|próximo|Pasado|Próximo)\s+)?(?:(?P<wd>{_ES_WD_ANY}),?\s+)?"
     rf"(?P<d>[0-3]?\d(?:\s?[º°])?|[Pp]rimero)\s+de\s+{_es_mon('mon')}"
     rf"(?:(?:\s+de|\s+del|,)?\s+{_y()})?", _h_day),
    (rf"(?:(?P<pre>[Dd]el?|[Ee]ntre(?:\s+el)?|[Dd]esde\s+el|[Dd]ías)\s+)?(?P<d>[0-3]?\d)"
     rf"(?:\s*(?P<dash>[\-–])\s*|\s+(?:al?|y(?:\s+el)?|hasta\s+el)\s+)(?P<d2>[0-3]?\d)\s+de\s+"
     rf"{_es_mon('mon')}(?:\s+(?:de|del)\s+{_y()})?", _h_day),
    (rf"(?:(?P<mod>{_ES_MOD})\s+de\s+)?{_es_mon('mon')}(?:\s+de|\s+del|,)?\s+{_y()}",
     _h_month_year),
    (rf"\b(?:[Ee]n|[Dd]esde|[Hh]asta|[Dd]urante|[Pp]ara|(?P<mod>{_ES_MOD})\s+de|[Ee]l\s+mes\s+de)"
     rf"\s+{_es_mon('mon')}(?!\s+(?:de|del)\s+\d|,?\s+\d)", _h_month_cue),
    (rf"\b(?:(?P<r1>pasado|próximo|Pasado|Próximo)\s+(?:mes\s+de\s+)?{_es_mon('m1')}"
     rf"(?:\s+(?:de|del)\s+{_y()})?|{_es_mon('m2')}\s+(?P<r2>pasado|próximo|que\s+viene))",
     _h_month_rel),
    (rf"(?P<mod>(?:{_ES_MOD})\s+(?:de|del)\s+(?:año\s+)?|(?:verano|invierno|primavera|otoño"
     rf"|primer\s+semestre|segundo\s+semestre)\s+(?:de|del)\s+){_y()}", _h_year_mod),
    (rf"(?:(?P<pre>[Dd]e|[Dd]esde|[Ee]ntre)\s+(?:el\s+)?)?{_y()}(?:\s*[\-–—/]\s*|\s+(?P<word>a|al"
     rf"|hasta|y)\s+(?:el\s+)?)(?P<y2>{_YEAR}|\d\d)(?![\w\-]|[.,]\d)", _h_year_range),
    (rf"(?:(?P<pre>[Dd]e|[Ee]ntre|[Dd]esde)\s+)?{_es_mon('m1')}(?:\s*(?P<dash>[\-–])\s*|\s+(?:a"
     rf"|y|hasta)\s+){_es_mon('m2')}(?:\s+(?:de|del))?\s+{_y()}", _h_month_range),
    (rf"(?:\b(?P<art>[Ll]os|[Ll]a)\s+)?\b(?P<lead>años|década\s+de(?:\s+los)?)\s+(?:(?P<full>"
     rf"(?:19|20)\d0)|(?P<short>'?\d0)|(?P<word>veinte|treinta|cuarenta|cincuenta|sesenta"
     rf"|setenta|ochenta|noventa))(?!\d)", _h_decade),
    (_BARE_YEAR, _h_year),
    (rf"\b(?P<w>(?i:anteayer|antier|antes\s+de\s+ayer|ayer|hoy|anoche|pasado\s+mañana|mañana"
     rf"|esta\s+mañana|esta\s+tarde|esta\s+noche)){_ES_END}", _h_day_word),
    (rf"\b(?:(?P<pre>[Ee]l|[Ee]ste|[Ee]sta)\s+)?(?:(?P<r1>pasado|próximo)\s+)?(?P<wd>"
     rf"{_ES_WD_LOWER})(?:\s+(?P<r2>pasado|próximo|que\s+viene))?{_ES_END}", _h_weekday),
    (rf"\b(?P<desde>[Dd]esde\s+)?(?P<hace>[Hh]ace)\s+(?P<n>{_NUM})\s+(?P<u>días?|semanas?"
     rf"|mes(?:es)?|años?|décadas?){_ES_END}", _h_offset),
    (rf"\b(?P<n>{_NUM})\s+(?P<u>días?|semanas?|mes(?:es)?|años?|décadas?)\s+(?P<dir>después"
     rf"|más\s+tarde|antes|atrás){_ES_END}", _h_offset),
    (rf"(?:(?P<mod>{_ES_MOD})\s+(?:de|del)\s+)?(?:\b(?:el|la|al|del)\s+)?(?:(?P<r1>pasado|pasada"
     rf"|próximo|próxima)\s+(?P<u1>año|mes|semana)|\b(?P<u2>año|mes|semana|día)\s+(?P<r2>pasado"
     rf"|pasada|próximo|próxima|anterior|siguiente|que\s+viene|entrante)|\b(?P<r3>[Ee]ste|[Ee]sta)"
     rf"\s+(?P<u3>año|mes|semana)){_ES_END}", _h_unit),
    (rf"\b(?:[Dd]urante|[Pp]or|[Ee]n\s+(?:los|las)\s+(?:últimos|últimas|pasados|pasadas|próximos"
     rf"|próximas)|[Aa]\s+lo\s+largo\s+de)\s+(?:(?:casi|más\s+de|cerca\s+de|alrededor\s+de"
     rf"|al\s+menos|aproximadamente|poco\s+más\s+de)\s+)?(?:(?P<n>{_NUM})\s+)?(?P<u>décadas?|años?"
     rf"|mes(?:es)?|semanas?|días?){_ES_END}", _h_duration),
]

_COMPILED: dict[str, list[tuple[re.Pattern[str], _Handler]]] = {
    "en": [(re.compile(p), h) for p, h in _EN_RULES],
    "es": [(re.compile(p), h) for p, h in _ES_RULES],
}


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def _lang(language: str) -> str:
    code = (language or "").lower()[:2]
    if code not in _COMPILED:
        logger.debug("no date rules for %r; using English ones", language)
        return "en"
    return code


def _pick(found: list[DateMention]) -> list[DateMention]:
    """Keep the longest mentions; a shorter one inside a longer one is a part of it."""
    starts: list[int] = []  # chosen spans never overlap, so both lists stay sorted
    ends: list[int] = []
    chosen: list[DateMention] = []
    for men in sorted(found, key=lambda x: (x.start - x.end, x.start)):
        i = bisect.bisect_right(starts, men.start)
        if i > 0 and ends[i - 1] > men.start:
            continue
        if i < len(starts) and starts[i] < men.end:
            continue
        starts.insert(i, men.start)
        ends.insert(i, men.end)
        chosen.insert(i, men)
    return chosen


def find_dates(text: str, language: str, anchor: str | None = None, start: int = 0,
               end: int | None = None) -> list[DateMention]:
    """Date expressions in ``text[start:end]``, with offsets into ``text``.

    ``anchor`` is the document's publication date (ISO); relative expressions
    and days written without a year are resolved against it, or left with
    value None when it is missing.
    """
    ctx = _Ctx(text, _lang(language), _parse_anchor(anchor))
    stop = len(text) if end is None else min(end, len(text))
    found: list[DateMention] = []
    for pattern, handler in _COMPILED[ctx.lang]:
        for m in pattern.finditer(text, start, stop):
            men = handler(m, ctx)
            if men is not None and men.end > men.start:
                found.append(men)
    return _pick(found)


def normalize_date(expr: str, language: str, anchor: str | None = None
                   ) -> tuple[str | None, str | None]:
    """(value, precision) of one date expression, e.g. ("2024-05", "month")."""
    mentions = find_dates(expr, language, anchor)
    if not mentions:
        return None, None
    best = max(mentions, key=lambda x: x.end - x.start)
    return best.value, best.precision
