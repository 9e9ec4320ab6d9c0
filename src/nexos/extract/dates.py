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

from nexos.patterns import needs_digit

logger = logging.getLogger(__name__)


@dataclass
class DateMention:
    """One date expression in a text, with its ISO value at its precision.

    ``value`` is ``'2026'``, ``'2026-01'`` or ``'2026-01-03'`` (``'199'`` for
    the 1990s); for a range it is the range's start and ``end_value`` its end.
    ``value`` and ``precision`` are both None when the text cannot be pinned
    to the calendar (durations, relative dates without an anchor).

    ``story`` is set on dates that count from the date the story last gave,
    which only the reader of the whole story knows ("in August of that year",
    "the following March", "el 9 de ese mes"); ``in_story`` resolves them.
    """

    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    kind: str
    end_value: str | None = None
    story: tuple[str, int, int, int] | None = None


@dataclass
class _Ctx:
    text: str
    lang: str
    anchor: date | None


_Handler = Callable[[re.Match[str], _Ctx], "DateMention | None"]

# Word tables

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
_ES_ABBR = {"ene": 1, "abr": 4, "ago": 8, "set": 9, "dic": 12}
_MONTHS.update(_ES_ABBR)

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
    "case", "model", "version", "unit", "usd", "eur", "cop", "mxn", "bs", "ves",
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
# 'por ciento', 'per cent', 'per year': where 'por'/'per' after a number makes it a rate, not a year's agent
_RATE_AFTER = re.compile(r"\s+(?:por|per)\s+(?:ciento|cent|centum|year|month|week|day|capita|head|a[nñ]o|mes|semana|d[ií]a|cabeza)\b",
                         re.I)
# Words before a number that make it read as a year even before a plural noun.
_YEAR_CUES = {"in", "since", "by", "until", "during", "the", "from", "before", "after",
              "early", "late", "circa", "year", "en", "desde", "hasta", "durante",
              "el", "del", "año", "antes", "después", "hacia", "para", "of", "de"}
# ... except these, which usually introduce a count ("más de 2000 soldados").
_COUNT_LEADS = {"of", "de"}

# Regex fragments. Leading words are plain literal alternations (no classes,
# no optional groups), which lets ``re`` skip quickly to places worth trying.


def _v(*words: str, lower: bool = True) -> str:
    """Literal alternation of (lower,) Title and UPPER forms, longest first."""
    forms = {f for w in words for f in ((w,) if lower else ()) + (w[0].upper() + w[1:], w.upper())}
    # escaped: the dot of "Nov." is a dot ("3 Nov 2025" matched "Nov." with its space, and crashed)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))


_YEAR = r"(?:19|20)\d\d"
_EN_MON_FULL = _v(*_EN_MONTHS, lower=False)
_EN_MON_ANY = _v(*_EN_MONTHS, *_EN_ABBR, *(a + "." for a in _EN_ABBR), lower=False)
_ES_MON = _v(*_ES_MONTHS, "setiembre")
_EN_WD = _v(*_EN_WEEKDAYS, lower=False)
_ES_WD_ANY = _v(*_ES_WEEKDAYS, "miercoles", "sabado")
_ES_WD_LOWER = "|".join(_ES_WEEKDAYS + ["miercoles", "sabado"])
_ES_END = r"(?![\wáéíóúñÁÉÍÓÚÑ])"
_NUM = "|".join(sorted(list(_NUMBERS) + _VAGUE, key=len, reverse=True)).replace(" ", r"\s+")
_NUM = rf"(?:\d{{1,3}}|(?i:{_NUM}))"
_ES_MOD = r"(?:[Pp]rincipios|[Cc]omienzos|[Ii]nicios|[Mm]ediados|[Ff]inales|[Ff]ines)"


def _en_mon(g: str, full_only: bool = False) -> str:
    return rf"(?P<{g}>{_EN_MON_FULL if full_only else _EN_MON_ANY})(?![A-Za-z])"


def _es_mon(g: str) -> str:
    return rf"(?P<{g}>{_ES_MON}){_ES_END}"


def _y(g: str = "y") -> str:
    return rf"(?P<{g}>{_YEAR})(?!\d)"


# Calendar helpers


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
    if unit.startswith(("fortnight", "quincena")):
        return _fmt(anchor + timedelta(weeks=2 * n), "day"), "day"
    if unit.startswith("mes") or unit.startswith("month"):
        return _fmt(_add_months(anchor, n), "month"), "month"
    step = 10 if unit.startswith(("decade", "década")) else 1
    return f"{anchor.year + n * step:04d}", "year"


def _shift_exactly(anchor: date, unit: str, n: int) -> str:
    """'Hace exactamente un año', 'exactly two months ago': the same day so many units back (the day, not the year)."""
    if unit.startswith(("day", "día", "dia", "week", "semana", "fortnight", "quincena")):
        return _shift(anchor, unit, n)[0]
    months = n * (120 if unit.startswith(("decade", "década")) else 12 if unit.startswith(("year", "año", "ano")) else 1)
    first = _add_months(anchor, months)
    last_day = ((_add_months(first, 1)) - timedelta(days=1)).day
    return _fmt(first.replace(day=min(anchor.day, last_day)), "day")


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
        if direction == "done" and diff > 0:
            continue  # told in the past tense: this month or day, or one gone
        if direction == "future" and diff <= 0:
            continue
        cost = -diff if diff <= 0 else 2 * diff
        if direction in ("past", "done"):
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


# Mention builders and guards


def _mk(ctx: _Ctx, start: int, end: int, value: str | None, precision: str | None,
        kind: str, end_value: str | None = None) -> DateMention:
    if value is None:
        precision, end_value = None, None
    return DateMention(start, end, ctx.text[start:end], value, precision, kind, end_value)


def _story(ctx: _Ctx, start: int, end: int, story: tuple[str, int, int, int]) -> DateMention:
    """A date that counts from the story's last date: no value until ``in_story`` gives it one."""
    return DateMention(start, end, ctx.text[start:end], None, None, "relative", None, story)


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
# Left context
#
# Every rule's pattern starts with a literal word, digit or class, which lets
# ``re`` skip ahead quickly; optional words before the core ("last", "del",
# "mid-", a weekday) are read afterwards from the text just left of the match.
# --------------------------------------------------------------------------

_NB = r"(?<![\wáéíóúñÁÉÍÓÚÑ])"


def _lx(body: str) -> re.Pattern[str]:
    return re.compile(rf"{_NB}(?:{body})$")


def _left(rx: re.Pattern[str], text: str, pos: int, reach: int = 60) -> re.Match[str] | None:
    """A match of ``rx`` that ends exactly at ``pos``."""
    return rx.search(text, max(0, pos - reach), pos)


_L = {
    "en_wd": _lx(rf"(?P<wd>{_EN_WD}),?\s+(?:the\s+)?"),
    "en_mod": _lx(r"(?P<mod>[Ee]arly|[Ll]ate|[Mm]id)[\-\s]+"),
    "en_month": _lx(r"(?:(?P<story>[Tt]he\s+following|[Tt]he\s+next|[Ff]ollowing|(?P<that>[Tt]hat))"
                    r"|(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)|(?:[Ii]n|[Ss]ince|[Uu]ntil"
                    r"|[Dd]uring|[Bb]efore|[Aa]fter|[Bb]y|[Ff]rom|[Tt]hrough)(?:\s+(?P<mod>early"
                    r"|late|mid))?|(?P<mod2>[Ee]arly|[Ll]ate|[Mm]id)"
                    # "the first week of May", "the second half of April", "at the end of May": within the month
                    r"|(?:(?:first|second|third|fourth|last|final)\s+(?:week|half|fortnight|days|weekend)|end|beginning"
                    r"|start|middle)\s+of)[\-\s]+"),
    "en_range": _lx(r"(?P<pre>[Ff]rom|[Bb]etween)\s+"),
    "en_year_mod": _lx(r"(?P<mod>(?:[Ee]arly|[Ll]ate|[Mm]id)[\-\s]+|(?:end|beginning|start|middle"
                       r"|first\s+half|second\s+half|spring|summer|fall|autumn|winter)\s+of\s+"
                       r"|(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\s+(?:of\s+)?)"),
    "en_decade": _lx(r"(?P<art>[Tt]he)\s+(?:(?P<mod>early|mid|late)[\-\s]+)?"),
    "en_weekday": _lx(r"(?P<rel>[Ll]ast|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|[Pp]ast"
                      r"|[Oo]n|[Tt]hat\s+same|[Tt]he\s+same)\s+"),
    "en_unit": _lx(r"(?:(?P<mod>[Ee]arlier|[Ll]ater)\s+)?(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]he"
                   r"\s+(?:following|previous|next|prior|preceding))\s+"),
    "en_dur": _lx(r"(?:[Ff]or|[Oo]ver|[Ii]n|[Dd]uring|[Ww]ithin)\s+(?:(?P<span>the)\s+(?:past|last|next)\s+)?"
                  r"(?:(?:nearly|almost|about|around|roughly|approximately|over|more\s+than"
                  rf"|less\s+than|at\s+least|some|up\s+to)\s+)?(?:(?P<n>{_NUM})\s+)?"),
    "en_before_yday": _lx(r"[Tt]he\s+day\s+before\s+"),
    "num": _lx(rf"(?P<n>{_NUM})\s+"),
    "es_day": _lx(rf"(?:(?P<pre>[Dd]el?|[Ee]ntre(?:\s+el)?|[Dd]esde\s+el|días)\s+|(?P<rel>pasado"
                  rf"|próximo|Pasado|Próximo)\s+(?:(?P<wd>{_ES_WD_ANY}),?\s+)?|(?P<wd2>"
                  rf"{_ES_WD_ANY}),?\s+)"),
    "es_mod": _lx(rf"(?P<mod>{_ES_MOD}\s+(?:de|del)|(?:pasado|próximo|Pasado|Próximo)"
                  r"(?:\s+mes\s+de)?)\s+"),
    # "su informe de mayo", "la alerta temprana de abril": "de" before a month written in lower case
    "es_month": _lx(rf"(?:(?P<rel>pasado|próximo|Pasado|Próximo)(?:\s+mes\s+de)?|(?:[Ee]n|[Dd]esde"
                    rf"|[Hh]asta|[Dd]urante|[Pp]ara|[Ee]l\s+mes\s+de)|(?P<mod>{_ES_MOD})\s+de|(?P<de>de))\s+"),
    "es_range": _lx(r"(?P<pre>[Dd]e|[Dd]esde|[Ee]ntre)\s+(?:el\s+)?"),
    "es_year_mod": _lx(rf"(?P<mod>{_ES_MOD}\s+(?:de|del)\s+(?:año\s+)?|(?:verano|invierno"
                       r"|primavera|otoño|primer\s+semestre|segundo\s+semestre)\s+(?:de|del)\s+)"),
    "es_decade": _lx(r"(?P<art>[Ll]os|[Ll]a)\s+"),
    "en_weekend": _lx(r"(?P<rel>[Ll]ast|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|[Pp]ast|[Tt]hat|(?P<art>[Tt]he))\s+"),
    "es_weekend": _lx(r"(?P<pre>[Ee]l|[Ee]ste|[Ee]se|[Aa]quel)\s+(?:(?P<rel>pasado|próximo)\s+)?"),
    # "la madrugada del sábado", "en su alocución del martes", "la reunión del lunes": "del" is "de el"
    # ("el mismo miércoles", "ese mismo martes": the day named before, the most recent such one)
    "es_weekday": _lx(r"(?:(?P<pre>[Ee]l|[Ee]ste|[Ee]sta|[Ee]se|(?<![Ll]os\s)(?<![Ll]as\s)del)\s+)?(?:mismo\s+)?"
                      r"(?:(?P<rel>pasado|próximo)\s+)?"),
    "es_unit": _lx(rf"(?:(?P<mod>{_ES_MOD})\s+(?:de|del)\s+)?(?:(?:el|la|al|del)\s+)?"
                   r"(?P<rel>pasad[oa]|próxim[oa]|[Ee]ste|[Ee]sta)\s+"),
    "es_unit_mod": _lx(rf"(?P<mod>{_ES_MOD})\s+(?:de|del)\s+(?:(?:el|la)\s+)?"),
    "es_dur": _lx(r"(?:[Dd]urante|[Pp]or|[Ee]n|[Aa]\s+lo\s+largo\s+de)\s+(?:(?P<span>los|las|el|la)\s+"
                  r"(?:últimos|últimas|último|última|pasados|pasadas|próximos|próximas)\s+)?(?:(?:casi|más\s+de"
                  r"|cerca\s+de|alrededor\s+de|al\s+menos|aproximadamente|poco\s+más\s+de)\s+)?"
                  rf"(?:(?P<n>{_NUM})\s+)?"),
    "es_desde": _lx(r"[Dd]esde\s+"),
}


def _g(m: re.Match[str] | None, *names: str) -> str | None:
    """The first of ``names`` that matched in ``m``."""
    if m is None:
        return None
    gd = m.groupdict()
    return next((gd[n] for n in names if gd.get(n)), None)


# Handlers: absolute dates


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


# "October 8 last year", "8 de octubre del año pasado": the year said in words after the day or month.
_YEAR_WORDS = {
    "en": re.compile(r",?\s+(?:of\s+)?(?P<rel>last|next|this)\s+year(?![A-Za-z])"),
    "es": re.compile(r",?\s+(?:del?\s+)?(?:año\s+(?P<rel>pasado|próximo|que\s+viene)|(?P<rel2>este|pasado|próximo)"
                     r"\s+año)(?![\wáéíóúñ])"),
}
_YEAR_STEP = {"last": -1, "pasado": -1, "next": 1, "próximo": 1, "que viene": 1, "this": 0, "este": 0}


# "in August of that year", "October the following year", "en noviembre de ese año", "en marzo del año siguiente":
# the year of the date the story last gave, or the one after or before it
_STORY_YEAR = {
    "en": re.compile(r",?\s+(?:of\s+)?(?:(?:that|the\s+same)|(?P<next>the\s+(?:following|next))"
                     r"|(?P<prev>the\s+(?:previous|prior|preceding)))\s+year(?![A-Za-z])"),
    "es": re.compile(r",?\s+(?:de\s+(?:ese|aquel)\s+(?:mismo\s+)?año|del\s+mismo\s+año"
                     r"|del\s+año\s+(?:(?P<next>siguiente|posterior)|(?P<prev>anterior)))(?![\wáéíóúñ])"),
}


def _story_year(ctx: _Ctx, end: int) -> tuple[int, int] | None:
    """(years after the story's year, where the mention ends) when words after ``end`` name the story's year."""
    w = _STORY_YEAR[ctx.lang].match(ctx.text, end)
    if w is None:
        return None
    return (1 if w["next"] else -1 if w["prev"] else 0), w.end()


def in_story(m: DateMention, prev: str) -> DateMention | None:
    """The value of a date written against the story's last date ``prev`` (ISO at its own precision).

    "in August of that year" after "in March 2023" is 2023-08; "the following March" after "October 2023" is
    2024-03; "el 9 de ese mes" after "en julio" is the 9th of that July. None when ``prev`` is too coarse.
    """
    if m.story is None:
        return m
    kind, month, day, shift = m.story
    year = int(prev[:4])
    if kind == "same_day":  # "that night", "esa misma tarde", "la víspera": the story's day, or one either side
        if len(prev) < 10:  # "a finales de febrero … Ese mismo día": within that month, no finer
            return DateMention(m.start, m.end, m.text, prev, "month" if len(prev) == 7 else "year", "relative",
                               None, m.story) if shift == 0 else None
        value = (date.fromisoformat(prev[:10]) + timedelta(days=shift)).isoformat()
        return DateMention(m.start, m.end, m.text, value, "day", "relative", None, m.story)
    if kind == "weekday":  # "ese domingo", "that same Wednesday": the story's day if it is that weekday, else the next one
        if len(prev) < 10:
            return m if m.value else None
        d0 = date.fromisoformat(prev[:10])
        value = (d0 + timedelta(days=(day - d0.weekday()) % 7)).isoformat()
        return DateMention(m.start, m.end, m.text, value, "day", "relative", None, m.story)
    if kind == "same_month":  # "a finales de mes", "later that month": the story's month
        if len(prev) < 7:
            return None
        return DateMention(m.start, m.end, m.text, prev[:7], "month", "relative", None, m.story)
    if kind == "same_year":  # "later that year", "ese mismo año": the story's year
        return DateMention(m.start, m.end, m.text, prev[:4], "year", "relative", None, m.story)
    if kind == "month":  # a day of the story's month
        if len(prev) < 7:
            return None
        month = int(prev[5:7])
    elif kind == "next":  # the first such month after the story's date
        year += 1 if len(prev) < 7 or month <= int(prev[5:7]) else 0
    else:
        year += shift
    d = _day(year, month, day or 1)
    if d is None:
        return None
    value, precision = (d.isoformat(), "day") if day else (f"{year:04d}-{month:02d}", "month")
    return DateMention(m.start, m.end, m.text, value, precision, "relative")


# A part of the story's day, or the day beside it: "that night", "later that day", "the same afternoon", "hours
# later", "the next morning", "the night before"; "esa misma noche", "ese día", "horas después", "la víspera",
# "la noche anterior", "a la mañana siguiente", "al otro día"
_STORY_DAY = {
    "en": [(r"(?:(?:[Ll]ater|[Ee]arlier)\s+)?(?:[Tt]hat|[Tt]he\s+same)\s+(?:same\s+)?"
            r"(?:day|night|evening|afternoon|morning)", 0),
           (r"(?:[Hh]ours|[Mm]inutes)\s+(?:later|afterwards)", 0),
           (r"(?:[Tt]he\s+)?(?:following|next)\s+(?:morning|night|evening|afternoon)", 1),
           (r"[Tt]he\s+(?:previous|prior|preceding)\s+(?:night|evening|afternoon|morning)", -1),
           (r"[Tt]he\s+(?:night|evening|day)\s+before(?!\s+(?:yesterday|last)\b)(?![ \t]+[\w\"“])", -1)],
    "es": [(r"(?:[Ee]s[ea]|[Aa]quel(?:la)?)\s+(?:mism[ao]\s+)?(?:noche|tarde|mañana|madrugada|día)", 0),
           (r"(?:[Ee]l|[Ll]a)\s+mism[ao]\s+(?:noche|tarde|mañana|madrugada|día)", 0),
           (r"(?:[Hh]oras|[Mm]inutos)\s+(?:después|más\s+tarde)", 0),
           (r"(?:[Aa]\s+)?[Ll]a\s+(?:mañana|noche|tarde|madrugada)\s+siguiente", 1),
           (r"[Aa]l\s+otro\s+día", 1),
           (r"[Ll]a\s+víspera", -1),
           (r"(?:[Ll]a|[Ee]l)\s+(?:noche|tarde|día)\s+anterior", -1)],
}
# The story's month or year, or a part of it: "later that month", "at the end of the month", "that same year";
# "a finales de mes", "ese mismo mes", "aquel año", "más tarde ese año"
_STORY_SPAN = {
    "en": [r"(?:(?:[Ll]ater|[Ee]arlier|[Ll]ate|[Ee]arly)\s+)?(?:in\s+)?(?:[Tt]hat|[Tt]he\s+same)\s+(?:same\s+)?"
           r"(?P<u>month|year)",
           r"(?:[Aa]t|[Tt]owards?)\s+the\s+(?:end|beginning|start|middle)\s+of\s+the\s+(?P<u>month)"],
    "es": [r"(?:(?:[Mm]ás\s+tarde|[Aa]\s+finales\s+de|[Aa]\s+principios\s+de)\s+)?(?:[Ee]s[ea]|[Aa]quel(?:la)?)"
           r"\s+(?:mism[ao]\s+)?(?P<u>mes|año)",
           r"(?:[Ee]l|[Aa]l)\s+mismo\s+(?P<u>mes|año)",
           r"(?:[Aa]\s+)?(?:[Ff]inales|[Ff]ines|[Ff]in|[Mm]ediados|[Pp]rincipios|[Cc]omienzos|[Ii]nicios)\s+de"
           r"\s+(?P<u>mes)"],
}


def _h_story_same_day(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    """'that night', 'esa misma tarde', 'horas después', 'la víspera': the day the story last gave, or the one
    beside it. 'Since that night' is how long, not when."""
    if _word_before(ctx.text, m.start()) in _SINCE:
        return None
    return _story(ctx, m.start(), m.end(), ("same_day", 0, 0, _STORY_SHIFT[m.re.pattern]))


def _h_story_span(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    """'a finales de mes', 'later that month', 'ese mismo año': the month or year the story last gave; a year only
    with a word that marks it ('later that year', 'ese mismo año')."""
    if _word_before(ctx.text, m.start()) in _SINCE:
        return None
    unit = m["u"].lower()
    if unit in ("year", "año") and not _MARKED.search(m.group(0)):
        return None  # a bare "that year" / "ese año" is too often inside what someone said would happen
    ahead = re.split(r"[.;:!?\n]", ctx.text[m.end() : m.end() + 120])[0]
    if ctx.anchor and unit in ("month", "mes") and not _THAT.search(m.group(0)) \
            and (_future_clause(ctx, m.start()) or _FUTURE[ctx.lang].search(ahead)):
        # "A finales de mes, la Fiscalía presentará la acusación": the month the news comes out in
        return _mk(ctx, m.start(), m.end(), _fmt(ctx.anchor, "month"), "month", "relative")
    return _story(ctx, m.start(), m.end(), ("same_month" if unit in ("month", "mes") else "same_year", 0, 0, 0))


_SINCE = {"since", "until", "till", "desde", "hasta"}
_MARKED = re.compile(r"(?i)\b(?:later|earlier|late|early|same|mism[oa]|tarde|finales|principios)\b")
_THAT = re.compile(r"(?i)\b(?:that|same|es[ea]|aquel|mismo)\b")
_STORY_SHIFT = {p: shift for rules in _STORY_DAY.values() for p, shift in rules}


def _year_in_words(ctx: _Ctx, end: int) -> tuple[str | None, int]:
    """(year, where the mention ends) when words after ``end`` give the year against the anchor."""
    w = _YEAR_WORDS[ctx.lang].match(ctx.text, end)
    if w is None or ctx.anchor is None:
        return None, end
    rel = re.sub(r"\s+", " ", (w["rel"] or w.groupdict().get("rel2") or "").lower())
    return f"{ctx.anchor.year + _YEAR_STEP[rel]:04d}", w.end()


def _h_day(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    """A day and month, maybe a year, maybe a second day ("3-5 March")."""
    mon, d = _month(m["mon"]), int(re.sub(r"\D", "", m["d"]))
    d2 = m.groupdict().get("d2")
    lx = _left(_L["es_day" if ctx.lang == "es" else "en_wd"], ctx.text, m.start())
    rel = (_g(lx, "rel") or "").lower()
    direction = {"pasado": "past", "próximo": "future"}.get(rel) or (None if m["y"] else _tense(ctx, m.start()))
    story = None if m["y"] or m.groupdict().get("d2") else _story_year(ctx, m.end())
    if story:  # "el 3 de marzo de ese año"
        start = lx.start() if lx and not _g(lx, "pre") else m.start()
        return _story(ctx, start, story[1], ("year", mon, d, story[0]))
    y, end = (m["y"], m.end()) if m["y"] else _year_in_words(ctx, m.end())
    value = _day_value(ctx, y, mon, d, direction)
    pre = _g(lx, "pre")
    if not d2:
        start = lx.start() if lx and not pre else m.start()
        return _mk(ctx, start, end, value, "day", "absolute")
    if int(d2) <= d or (ctx.lang == "es" and not (pre or m["dash"])):
        return None  # "3 y 5 de mayo" alone may be two days, not a stretch
    end_value = _day_value(ctx, value[:4] if value else None, mon, int(d2))
    return _mk(ctx, lx.start() if lx else m.start(), m.end(), value, "day", "range", end_value)


def _h_story_day(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    """'el 9 de ese mes', 'on the 9th of that month': a day of the month the story last gave."""
    d = int(m["d"])
    return _story(ctx, m.start(), m.end(), ("month", 0, d, 0)) if 1 <= d <= 31 else None


# the days a year's feasts fall on: "New Year's Day 2012", "la Nochebuena de 2019"
_FEASTS = {"new year's day": (1, 1), "new year’s day": (1, 1), "new year's eve": (12, 31), "new year’s eve": (12, 31),
           "christmas day": (12, 25), "christmas eve": (12, 24), "año nuevo": (1, 1), "nochevieja": (12, 31),
           "navidad": (12, 25), "nochebuena": (12, 24)}


def _h_feast(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    month, day = _FEASTS[re.sub(r"\s+", " ", m["feast"].lower())]
    return _mk(ctx, m.start(), m.end(), f"{int(m['y']):04d}-{month:02d}-{day:02d}", "day", "absolute")


def _h_month_year(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    value = f"{int(m['y']):04d}-{_month(m['mon']):02d}"
    lx = _left(_L["es_mod" if ctx.lang == "es" else "en_mod"], ctx.text, m.start())
    return _mk(ctx, lx.start() if lx else m.start(), m.end(), value, "month", "absolute")


def _h_month_bare(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    """A month name alone: a date only after a cue ("in May", "el pasado marzo")."""
    lx = _left(_L["es_month" if ctx.lang == "es" else "en_month"], ctx.text, m.start())
    if _g(lx, "de") and not m["mon"].islower():
        lx = None  # "la Plaza de Mayo": a name
    story = _story_year(ctx, m.end()) if not _g(lx, "rel", "story") and not m.groupdict().get("r2") else None
    if story:  # "in August of that year", "en noviembre de ese año"
        start = lx.start("mod") if lx is not None and _g(lx, "mod") else m.start()
        return _story(ctx, start, story[1], ("year", _month(m["mon"]), 0, story[0]))
    if _g(lx, "story"):  # "the following March", "that October"
        kind = "year" if _g(lx, "that") else "next"
        return _story(ctx, lx.start("story"), m.end(), (kind, _month(m["mon"]), 0, 0))
    rel = re.sub(r"\s+", " ", (_g(lx, "rel") or m.groupdict().get("r2") or "").lower())
    year, end = (None, m.end()) if rel else _year_in_words(ctx, m.end())
    if year:  # "October last year", "en octubre del año pasado"
        start = lx.start("mod") if lx is not None and _g(lx, "mod") else m.start()
        return _mk(ctx, start, end, _month_value(ctx, year, _month(m["mon"])), "month", "absolute")
    if lx is None and not rel:
        return None
    mon = _month(m["mon"])
    start = lx.start() if rel and lx else m.start()
    if lx is not None and _g(lx, "mod", "mod2"):
        start = lx.start("mod") if lx["mod"] else lx.start("mod2")
    if not rel:
        return _mk(ctx, start, m.end(), _month_value(ctx, None, mon, _tense(ctx, start)), "month", "absolute")
    if rel in ("this", "este"):  # "que viene" falls through to the future
        value = f"{ctx.anchor.year:04d}-{mon:02d}" if ctx.anchor else None
    else:
        direction = "past" if rel in ("last", "past", "pasado") else "future"
        value = _month_value(ctx, None, mon, direction)
    return _mk(ctx, start, m.end(), value, "month", "relative")


def _h_es_month(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    """Spanish month names are lower case, so one scan serves every month rule."""
    if m["m2"]:
        return _h_month_range(m, ctx)
    if m["y"]:
        return _h_month_year(m, ctx)
    return _h_month_bare(m, ctx)  # "marzo de 2024" and "3 de marzo" are longer and win


def _h_month_range(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    m1, m2 = _month(m.groupdict().get("m1") or m["mon"]), _month(m["m2"])
    lx = _left(_L["es_range" if ctx.lang == "es" else "en_range"], ctx.text, m.start())
    if m2 <= m1 or not (lx or m["dash"]):
        return None
    y = int(m["y2"])
    return _mk(ctx, lx.start() if lx else m.start(), m.end(), f"{y:04d}-{m1:02d}", "month",
               "range", f"{y:04d}-{m2:02d}")


_PAIRS = {"from": ("to", "until", "through", "till"), "between": ("and",), "de": ("a", "al"),
          "desde": ("hasta", "a", "al"), "entre": ("y",)}


def _h_year_range(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    lx = _left(_L["es_range" if ctx.lang == "es" else "en_range"], ctx.text, m.start())
    pre, word = (_g(lx, "pre") or "").lower(), (m["word"] or "").lower()
    if word and word not in _PAIRS.get(pre, ()):
        return None
    y = int(m["y"])
    end = _full_year(y, m["y2"])
    if end is None or _in_token_noise(ctx.text, m.start(), m.end()):
        return None
    start = lx.start() if lx and word else m.start()
    return _mk(ctx, start, m.end(), f"{y:04d}", "year", "range", f"{end:04d}")


def _h_decade(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    gd = m.groupdict()
    lang_key = "es_decade" if ctx.lang == "es" else "en_decade"
    lx = _left(_L[lang_key if not gd.get("full") else "en_mod"], ctx.text, m.start())
    if gd.get("full"):
        if ctx.text[m.start() - 1:m.start()] in ("-", "–") and not lx:
            return None
        value = gd["full"][:3]
    else:
        short = (gd.get("short") or "").strip("'’")
        if not (lx and lx.groupdict().get("art")) and not gd.get("lead", "").startswith("d"):
            return None  # "the 90s", "los años noventa"; "in their 20s" is an age
        if short and not re.fullmatch(r"\d0", short):
            return None
        digit = int(short[0]) if short else _DECADE_WORDS[gd["word"].lower()]
        value = f"19{digit}" if digit else "200"
    start = lx.start("mod") if lx and lx.groupdict().get("mod") else m.start()
    return _mk(ctx, start, m.end(), value, "decade", "absolute")


def _h_year(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    s, e, text = m.start(), m.end(), ctx.text
    lx = _left(_L["es_year_mod" if ctx.lang == "es" else "en_year_mod"], text, s)
    if lx is not None:
        return _mk(ctx, lx.start(), e, m["y"], "year", "absolute")
    before = _word_before(text, s)
    if text[s - 1:s] in ("-", "–"):
        return None
    if before in _LABEL_WORDS or any(c in before for c in "$€£") or text[s - 2:s] in _DIGIT_GAPS:
        return None
    if re.match(r" \d", text[e:e + 2]) or _in_token_noise(text, s, e):
        return None
    after = _word_after(text, e)
    if after.lower() in _QUANTITY_WORDS and not (after.lower() in ("por", "per") and not _RATE_AFTER.match(text, e)):
        return None  # ('2000 por ciento', '2,000 per month'; not 'capturado en 2023 por la Policía', 'by 2023 per the deal')
    plural = len(after) > 3 and after.islower() and after.endswith("s")
    if plural and (before not in _YEAR_CUES or before in _COUNT_LEADS):
        return None  # "2000 soldiers", "más de 2000 soldados"
    return _mk(ctx, s, e, m["y"], "year", "absolute")


_DIGIT_GAPS = {f"{d}{c}" for d in "0123456789" for c in " -."}

# Handlers: relative dates and durations

_DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1,
              "this morning": 0, "this afternoon": 0, "this evening": 0, "ayer": -1,
              "hoy": 0, "anoche": -1, "anteayer": -2, "antier": -2, "antes de ayer": -2,
              "mañana": 1, "pasado mañana": 2, "esta mañana": 0, "esta tarde": 0,
              "esta noche": 0}
_MORNING_LEADS = {"la", "una", "cada", "por", "toda", "esa", "misma", "aquella", "otra", "primera", "segunda",
                  "tercera", "cuarta", "quinta", "sexta", "última", "ultima", "media"}  # "la cuarta mañana": a morning


def _h_day_word(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    key = re.sub(r"\s+", " ", m["w"].lower())
    offset, start = _DAY_WORDS[key], m.start()
    if key == "hoy" and re.match(r"\s+(?:en\s+)?día", ctx.text[m.end():m.end() + 12].lower()):
        return None  # "hoy en día" means "nowadays"
    if key in ("hoy", "today") and UNTIL_NOW.search(ctx.text[max(0, start - 20) : start]):
        return None  # "hasta hoy no hay capturados", "to this day": how things stand, not when anything happened
    if key == "mañana" and _word_before(ctx.text, start) in _MORNING_LEADS:
        return None  # the morning, not tomorrow
    lx = _left(_L["en_before_yday"], ctx.text, start) if key == "yesterday" else None
    if lx:
        offset, start = -2, lx.start()
    value = _fmt(ctx.anchor + timedelta(days=offset), "day") if ctx.anchor else None
    return _mk(ctx, start, m.end(), value, "day", "relative")


UNTIL_NOW = re.compile(r"(?<![\w])(?:hasta|until|till|up\s+to|as\s+of)\s+(?:el\s+día\s+de\s+)?$", re.I)


_WD_MODES = {"last": "past", "past": "past", "this past": "past", "pasado": "past",
             "next": "future", "this coming": "future", "próximo": "future",
             "que viene": "future", "this": "week", "este": "week", "esta": "week"}


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    es = ctx.lang == "es"
    lx = _left(_L["es_weekday" if es else "en_weekday"], ctx.text, m.start())
    rel = re.sub(r"\s+", " ", (_g(lx, "rel") or m.groupdict().get("r2") or "").lower())
    pre = (_g(lx, "pre") or "").lower()
    if es and not (pre or rel):
        return None  # bare "martes" is too often a name or a habit ("los martes")
    if _word_before(ctx.text, lx.start() if lx else m.start()) in _HOLIDAY_HEADS:
        return None
    if pre == "ese" or rel in ("that same", "the same") or (lx is not None and "mismo" in lx.group().lower()):
        # "Ese domingo", "el mismo miércoles", "that same Wednesday": the weekday of the story's last day
        start = lx.start() if lx is not None and (pre == "ese" or rel) else m.start()
        wd = _WEEKDAYS[m["wd"].lower()]
        # (with no day of the story to count from, the most recent such weekday, as for "el miércoles")
        recent = _weekday_date(ctx.anchor, wd, "recent").isoformat() if ctx.anchor else None
        return DateMention(start, m.end(), ctx.text[start : m.end()], recent, "day" if recent else None, "relative",
                           None, ("weekday", 0, wd, 0))
    mode = _WD_MODES.get(rel) or _WD_MODES.get(pre) or "recent"
    if mode == "recent" and _future_clause(ctx, lx.start() if lx else m.start()):
        mode = "future"
    value, end = None, m.end()
    if ctx.anchor:
        value = _weekday_date(ctx.anchor, _WEEKDAYS[m["wd"].lower()], mode).isoformat()
    numbered = _DAY_NUMBER.match(ctx.text, m.end()) if es and not m.groupdict().get("r2") else None
    if numbered and ctx.anchor:  # "el lunes 3": the 3rd, in the month nearest the anchor where it is a Monday
        value, end = _numbered_weekday(ctx.anchor, _WEEKDAYS[m["wd"].lower()], int(numbered[1])), numbered.end()
    week_before = _WEEK_BEFORE.match(ctx.text, m.end()) if not numbered and not m.groupdict().get("r2") else None
    if week_before:
        # "on Thursday of last week", "el jueves de la semana pasada": that weekday of the calendar week before
        end = week_before.end()
        if ctx.anchor:
            value = (_weekday_date(ctx.anchor, _WEEKDAYS[m["wd"].lower()], "week") - timedelta(days=7)).isoformat()
    start = m.start()
    if lx and (_g(lx, "rel") or pre in ("este", "esta")) and rel != "on":
        start = lx.start("pre") if pre in ("este", "esta") else lx.start("rel")
    return _mk(ctx, start, end, value, "day", "relative")


_WEEK_BEFORE = re.compile(r"\s+(?:of\s+(?:last|the\s+previous|the\s+prior)\s+week|de\s+la\s+semana\s+(?:pasada|anterior))"
                          r"(?![\w])", re.I)


# "el lunes 3," / "el lunes 3 a la vereda": a day number, not a count ("el lunes 40 agentes")
_DAY_NUMBER = re.compile(r"\s+(\d{1,2})(?![.,:]\d)(?=\s*[,.;:)]|\s*$|\s+(?:a|al|en|por|la|el|los|las|y|cuando|se|con)\b)")


def _numbered_weekday(anchor: date, wd: int, day: int) -> str | None:
    """The date that is day ``day`` of a month and falls on weekday ``wd``, nearest the anchor (past first)."""
    best: tuple[int, date] | None = None
    for shift in (-2, -1, 0, 1):
        first = _add_months(anchor, shift)
        d = _day(first.year, first.month, day)
        if d is None or d.weekday() != wd:
            continue
        diff = (d - anchor).days
        cost = -diff if diff <= 0 else 2 * diff
        if best is None or cost < best[0]:
            best = (cost, d)
    return best[1].isoformat() if best else None


# Words before a day in its clause that put it ahead: "solicitará el jueves", "will rule on Monday".
_FUTURE = {
    "en": re.compile(r"\b(?:will|shall|due|scheduled|set\s+to|expected\s+to|plans?\s+to)\b|\bfor\s+$"),
    "es": re.compile(r"\w(?:rá|rán)\b|\b(?:va|van)\s+a\s+\w+r\b|\bprevist[oa]s?\b|\bprogramad[oa]s?\b"
                     r"|\bpara\s+(?:el\s+)?$"),
}


# Verbs before a month or day in its sentence that tell of something done: 'was detained in February', 'arrested
# on March 3', 'fue detenido en febrero', 'lo capturaron el 3 de marzo', 'había huido en mayo'.
_DONE = {
    # (a word in -ed only as a verb, with what it did after it: 'arrested Ana Ruiz', 'detained in', not 'organized
    # crime' or 'the armed group')
    "en": re.compile(r"\b(?:was|were|had|did)\b|\b[a-z]{3,}ed\s+(?:in|on|at|by|from|into|the|a|an|his|her|their|its"
                     r"|him|them|[A-Z])"),
    "es": re.compile(r"\b(?:fue|fueron|era|había|habían|estuvo|[a-záéíóúñ]{2,}(?:ó|aron|ieron|ió))\b"),
}


# what keeps a clause from telling of something done: a plan, a wish, a condition ('would', 'to be', 'sería')
_UNDONE = {
    "en": re.compile(r"\b(?:would|could|should|might|to|if|unless|until|before)\b|'d\b"),
    "es": re.compile(r"\b(?:para|si|hasta|antes)\b|\w(?:ría|rían|ra|ran|se|sen)\b"),
}


def _tense(ctx: _Ctx, pos: int) -> str | None:
    """For a month or day with no year: 'future' when a future verb comes before it in its clause, 'done' when
    the sentence before it tells of something done (then a month still to come is not meant: 'is in custody after
    being detained in February', written in November, is the February gone)."""
    if _future_clause(ctx, pos):
        return "future"
    left = re.split(r"[.;:!?\n]", ctx.text[max(0, pos - 100) : pos])[-1]
    # only the clause the date is in: 'announced that the vote would be held in January' reports a plan
    left = re.split(r"\b(?:that|que)\b", left)[-1]
    if _UNDONE[ctx.lang].search(left.lower()):
        return None
    return "done" if _DONE[ctx.lang].search(left if ctx.lang == "en" else left.lower()) else None


def _future_clause(ctx: _Ctx, pos: int) -> bool:
    """A future verb or "para el"/"for" earlier in the day's clause: the coming day, not the one gone."""
    left = ctx.text[max(0, pos - 60) : pos]
    left = re.split(r"[.;:!?,\n]", left)[-1]
    return _FUTURE[ctx.lang].search(left) is not None


def _h_weekend(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    """'last weekend', 'el fin de semana pasado': a weekend has no ISO precision, so its Saturday's month."""
    es = ctx.lang == "es"
    lx = _left(_L["es_weekend" if es else "en_weekend"], ctx.text, m.start())
    if lx is None:
        return None  # "at weekends", "cada fin de semana": a habit, not a date
    rel = re.sub(r"\s+", " ", (_g(lx, "rel") or m.groupdict().get("r2") or "").lower())
    if _g(lx, "art") or rel == "that":
        rel = ""
    mode = _WD_MODES.get(rel) or {"anterior": "past", "ese": "recent", "aquel": "recent"}.get(rel) \
        or _WD_MODES.get((_g(lx, "pre") or "").lower(), "recent")
    if mode == "recent" and _future_clause(ctx, lx.start()):
        mode = "future"
    value = _fmt(_weekday_date(ctx.anchor, 5, mode), "month") if ctx.anchor else None
    start = lx.start("rel") if _g(lx, "rel") and not _g(lx, "art") else m.start()
    return _mk(ctx, start, m.end(), value, "month", "relative")


_UNIT_STEP = {"last": -1, "next": 1, "this": 0, "following": 1, "previous": -1,
              "prior": -1, "preceding": -1, "pasado": -1, "pasada": -1, "antepasado": -2, "antepasada": -2, "próximo": 1,
              "próxima": 1, "anterior": -1, "siguiente": 1, "que viene": 1,
              "entrante": 1, "este": 0, "esta": 0}
_BACKWARD = {"ago", "earlier", "before", "prior", "antes", "atrás"}
_TIED = {"before", "after", "prior", "antes", "después"}


def _offset(ctx: _Ctx, start: int, end: int, n: int | None, unit: str, sign: int
            ) -> DateMention:
    value = precision = None
    if n is not None and ctx.anchor:
        value, precision = _shift(ctx.anchor, unit, sign * n)
    return _mk(ctx, start, end, value, precision, "relative")


def _relative_unit(ctx: _Ctx, start: int, end: int, unit: str, rel: str) -> DateMention:
    step = _UNIT_STEP[re.sub(r"\s+", " ", rel.lower()).replace("the ", "")]
    if ctx.anchor is None:
        return _mk(ctx, start, end, None, None, "relative")
    if unit in ("week", "semana"):
        # A week has no ISO precision of its own: report the month of its midweek.
        mid = _weekday_date(ctx.anchor, 3, "week") + timedelta(weeks=step)
        return _mk(ctx, start, end, _fmt(mid, "month"), "month", "relative")
    value, precision = _shift(ctx.anchor, unit, step)
    return _mk(ctx, start, end, value, precision, "relative")


def _h_unit(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    """Everything built on a unit word: '2 weeks ago', 'last year', 'for years'."""
    es, text = ctx.lang == "es", ctx.text
    unit, word = m["u"].lower(), re.sub(r"\s+", " ", (m["dir"] or "").lower())
    if word and word not in _UNIT_STEP:
        lx = _left(_L["num"], text, m.start())
        if lx is None:
            return None
        n = _count(lx["n"])
        if word in _TIED and re.match(r"\s+\w", text[m.end():m.end() + 4]):
            n = None  # counted from another event ("two years after the coup")
        exact = re.search(r"(?<![\w])exactly\s+$", text[max(0, lx.start() - 10) : lx.start()])
        if exact and n is not None and ctx.anchor and word == "ago":
            # ('exactly a year ago': that day, a year back)
            return _mk(ctx, lx.start() - len(exact.group()), m.end(), _shift_exactly(ctx.anchor, unit, -n), "day",
                       "relative")
        return _offset(ctx, lx.start(), m.end(), n, unit, -1 if word in _BACKWARD else 1)
    if word:
        lx = _left(_L["es_unit_mod"], text, m.start())
        return _relative_unit(ctx, lx.start() if lx else m.start(), m.end(), unit, word)
    dur = _left(_L["es_dur" if es else "en_dur"], text, m.start())
    if dur is not None and (dur["n"] or dur["span"]):
        return _mk(ctx, dur.start(), m.end(), None, None, "duration")  # "over the past year"
    lx = _left(_L["es_unit" if es else "en_unit"], text, m.start())
    if lx is not None and (unit.rstrip("s") == unit or unit == "mes"):
        start = lx.start("mod") if lx["mod"] else lx.start("rel")
        return _relative_unit(ctx, start, m.end(), unit, lx["rel"])
    if dur is None or not unit.endswith("s"):
        return None  # "por día" is a rate, not a stretch of time
    return _mk(ctx, dur.start(), m.end(), None, None, "duration")


def _h_hace(m: re.Match[str], ctx: _Ctx) -> DateMention | None:
    since = _left(_L["es_desde"], ctx.text, m.start())
    if since:  # "desde hace dos años" is how long, not when
        return _mk(ctx, since.start(), m.end(), None, None, "duration")
    n = _count(m["n"])
    if m["exact"] and n is not None and ctx.anchor:
        return _mk(ctx, m.start(), m.end(), _shift_exactly(ctx.anchor, m["u"].lower(), -n), "day", "relative")
    return _offset(ctx, m.start(), m.end(), n, m["u"].lower(), -1)


# Rules per language: (pattern, handler, characters that may not precede it)


_ORD = r"(?:st|nd|rd|th)?"
_ISO = rf"(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w\-]|\.\d)"
_NUMERIC = rf"(?P<a>\d\d?)(?P<sep>[/.\-])(?P<b>\d\d?)(?P=sep){_y()}(?![\w/]|[.\-]\d)"
_YEAR_RANGE_TAIL = rf"(?P<y2>{_YEAR}|\d\d)(?![\w\-]|[.,]\d)"
_BARE_YEAR = rf"{_y()}(?![\w%/@'’]|[.,:]\d|\s?[\-–]\s?\d)"
_FULL_DECADE = r"(?P<full>(?:19|20)\d0)['’]?s(?!\w)"
_SHORT_DECADE = r"(?P<short>[0-9'’][0-9]0?)['’]?s(?!\w)"
_NUMERAL_LEFT = "/.-"
_YEAR_LEFT = "$€£¥#@/.,:+'’"  # a dash is judged by the handler: "mid-2024" vs "ID-2024"
_EN_UNITS = r"(?P<u>days?|weeks?|fortnights?|months?|years?|decades?)(?![A-Za-z])"
_ES_UNITS = rf"(?P<u>días?|semanas?|mes(?:es)?|años?|décadas?){_ES_END}"

_EN_RULES: list[tuple[str, _Handler, str]] = [
    (_ISO, _h_iso, _NUMERAL_LEFT),
    (r"(?P<d>\d\d?)(?:st|nd|rd|th)?\s+of\s+(?:that|the\s+same)\s+month(?![A-Za-z])", _h_story_day, "$€.,"),
    (_NUMERIC, _h_numeric, _NUMERAL_LEFT),
    (rf"{_en_mon('mon')}\s+(?P<d>\d\d?){_ORD}(?!\d)(?:\s*[\-–]\s*(?P<d2>\d\d?){_ORD}(?!\d))?"
     rf"(?:,?\s+{_y()})?", _h_day, ""),
    (rf"(?P<d>\d\d?){_ORD}(?:\s*[\-–]\s*(?P<d2>\d\d?){_ORD})?\s+(?:of\s+)?{_en_mon('mon')}"
     rf"(?:,?\s+{_y()})?", _h_day, "$€£.,"),
    (rf"{_en_mon('mon')},?\s+(?:of\s+)?{_y()}", _h_month_year, ""),
    (rf"(?P<feast>New\s+Year[’']s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve)),?\s+(?:of\s+)?{_y()}", _h_feast, ""),
    (_en_mon("mon", True), _h_month_bare, ""),
    (rf"{_en_mon('m1')}(?:\s*(?P<dash>[\-–])\s*|\s+(?:and|to|until|through)\s+){_en_mon('m2')}"
     rf",?\s+{_y('y2')}", _h_month_range, ""),
    (rf"{_y()}(?:\s*[\-–—/]\s*|\s+(?P<word>to|and|until|through|till)\s+){_YEAR_RANGE_TAIL}",
     _h_year_range, _YEAR_LEFT),
    (_FULL_DECADE, _h_decade, _YEAR_LEFT),
    (_SHORT_DECADE, _h_decade, ""),
    (rf"(?P<word>{_v('twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties')})\b",
     _h_decade, ""),
    (_BARE_YEAR, _h_year, _YEAR_LEFT),
    (rf"(?P<w>{_v('yesterday', 'today', 'tomorrow', 'tonight', 'last night', 'this morning', 'this afternoon', 'this evening')})\b",
     _h_day_word, ""),
    (rf"(?P<wd>{_EN_WD})(?![A-Za-z])", _h_weekday, ""),
    (r"(?P<w>weekend)(?![A-Za-z])", _h_weekend, ""),
    (rf"{_EN_UNITS}(?:\s+(?P<dir>ago|later|earlier|before|after|afterwards|prior)\b)?",
     _h_unit, ""),
]

_ES_RULES: list[tuple[str, _Handler, str]] = [
    (_ISO, _h_iso, _NUMERAL_LEFT),
    (rf"(?P<d>\d\d?)\s+(?:de\s+(?:ese|aquel)\s+(?:mismo\s+)?mes|del\s+mismo\s+mes){_ES_END}", _h_story_day, "$€.,"),
    (_NUMERIC, _h_numeric, _NUMERAL_LEFT),
    (rf"(?P<d>\d\d?(?:\s?[º°])?)(?:(?:\s*(?P<dash>[\-–])\s*|\s+(?:al?|y(?:\s+el)?|hasta\s+el)\s+)"
     rf"(?P<d2>\d\d?))?\s+de\s+{_es_mon('mon')}(?:(?:\s+de|\s+del|,)?\s+{_y()})?", _h_day, "$€.,"),
    # "21 jun 2025", "3 ago. 2024": an abbreviated month, only with its year ("mar" is also the sea)
    (rf"(?P<d>\d\d?)\s+(?P<mon>{_v(*_ES_ABBR, *_EN_ABBR, 'may')})\.?\s+{_y()}", _h_day, "$€.,"),
    (rf"{_es_mon('mon')}(?:(?:\s*(?P<dash>[\-–])\s*|\s+(?:a|y|hasta)\s+){_es_mon('m2')}"
     rf"(?:\s+(?:de|del))?\s+{_y('y2')}|(?:\s+de|\s+del|,)?\s+{_y()}|\s+(?P<r2>pasado|próximo"
     rf"|que\s+viene){_ES_END})?", _h_es_month, ""),
    (rf"(?:[Dd]ía\s+de\s+)?(?P<feast>Año\s+Nuevo|Nochevieja|Navidad|Nochebuena)\s+(?:de|del)\s+{_y()}", _h_feast, ""),
    (rf"{_y()}(?:\s*[\-–—/]\s*|\s+(?P<word>a|al|hasta|y)\s+(?:el\s+)?){_YEAR_RANGE_TAIL}",
     _h_year_range, _YEAR_LEFT),
    (r"(?P<lead>años|Años|década|Década)\s+(?:de\s+(?:los\s+)?)?(?:(?P<full>(?:19|20)\d0)"
     r"|(?P<short>['’]?\d0)|(?P<word>veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta"
     r"|noventa))(?!\d)", _h_decade, ""),
    (_BARE_YEAR, _h_year, _YEAR_LEFT),
    (rf"(?P<w>{_v('anteayer', 'antier', 'antes de ayer', 'ayer', 'hoy', 'anoche', 'pasado mañana', 'mañana', 'esta mañana', 'esta tarde', 'esta noche')}){_ES_END}",
     _h_day_word, ""),
    (rf"(?P<wd>{_ES_WD_LOWER})(?:\s+(?P<r2>pasado|próximo|que\s+viene))?{_ES_END}", _h_weekday, ""),
    (rf"fin\s+de\s+semana(?:\s+(?P<r2>pasado|anterior|próximo|que\s+viene))?{_ES_END}", _h_weekend, ""),
    # ('Hace exactamente una semana', 'hace justo un año', 'hace casi dos meses': a word on how exact, then the span)
    (rf"(?:hace|Hace|HACE)\s+(?:(?P<exact>exactamente|justo|justamente)\s+|(?:apenas|casi|ya|unos|unas|aproximadamente|cerca\s+de|"
     rf"alrededor\s+de|más\s+o\s+menos|tan\s+solo|solo|sólo|poco\s+más\s+de|poco\s+menos\s+de|algo\s+más\s+de|"
     rf"más\s+de|menos\s+de)\s+){{0,2}}(?P<n>{_NUM})\s+{_ES_UNITS}", _h_hace, ""),
    (rf"{_ES_UNITS}(?:\s+(?P<dir>después|más\s+tarde|antes|atrás|pasad[oa]|antepasad[oa]|próxim[oa]|anterior"
     rf"|siguiente|que\s+viene|entrante){_ES_END})?", _h_unit, ""),
]

for _lng, _rules in (("en", _EN_RULES), ("es", _ES_RULES)):
    _rules += [(p, _h_story_same_day, "") for p, _shift in _STORY_DAY[_lng]]
    _rules += [(p, _h_story_span, "") for p in _STORY_SPAN[_lng]]

_COMPILED: dict[str, list[tuple[re.Pattern[str], _Handler, str]]] = {
    "en": [(re.compile(p), h, left) for p, h, left in _EN_RULES],
    "es": [(re.compile(p), h, left) for p, h, left in _ES_RULES],
}
# _COMPILED with, for each pattern, whether its every match holds a digit: a stretch with none skips those
_RULES: dict[str, list[tuple[re.Pattern[str], _Handler, str, bool]]] = {
    lang: [(p, h, left, needs_digit(p)) for p, h, left in rules] for lang, rules in _COMPILED.items()
}
_DIGIT = re.compile(r"\d")


# Public API


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
        if (i > 0 and ends[i - 1] > men.start) or (i < len(starts) and starts[i] < men.end):
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
    digits = _DIGIT.search(text, start, stop) is not None
    for pattern, handler, left_bad, needs in _RULES[ctx.lang]:
        if needs and not digits:
            continue  # (no digit in the stretch: this pattern cannot match there)
        for m in pattern.finditer(text, start, stop):
            s = m.start()
            if s and (text[s - 1].isalnum() or text[s - 1] == "_" or text[s - 1] in left_bad):
                continue  # the match starts inside a word or a number
            men = handler(m, ctx)
            if men is not None and men.end > men.start and men.start >= start:
                found.append(men)
    return _this_month_years_ago(ctx, _pick(found))


THIS_MONTH = re.compile(r",?\s+$")
THIS_MONTH_WORDS = re.compile(r"(?:this|este)\s+(?:month|mes)$", re.I)


def _this_month_years_ago(ctx: _Ctx, found: list[DateMention]) -> list[DateMention]:
    """"Two years ago this month", "hace dos años este mes": that month, so many years back — one date, not a
    year and the month the document came out."""
    out: list[DateMention] = []
    for men in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "relative" and prev.precision == "year" and prev.value \
                and men.kind == "relative" and men.precision == "month" and men.value \
                and THIS_MONTH_WORDS.fullmatch(men.text) and THIS_MONTH.fullmatch(ctx.text[prev.end : men.start]):
            out[-1] = _mk(ctx, prev.start, men.end, f"{prev.value[:4]}{men.value[4:7]}", "month", "relative")
            continue
        out.append(men)
    return out


def normalize_date(expr: str, language: str, anchor: str | None = None
                   ) -> tuple[str | None, str | None]:
    """(value, precision) of one date expression, e.g. ("2024-05", "month")."""
    mentions = find_dates(expr, language, anchor)
    if not mentions:
        return None, None
    best = max(mentions, key=lambda x: x.end - x.start)
    return best.value, best.precision
