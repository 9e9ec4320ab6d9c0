"""Dated events: a date in a clause, a trigger that types it, and the actors in it.

Dates come from ``dates.find_dates`` anchored on the publication date, so
"last Tuesday" lands on a day. Durations ("for nearly two decades") are not
events; the document's own dateline is metadata, not an event. A clause
that opens with "these provocations"/"estas acciones" and names fewer than
two actors inherits the actors of the sentences before it. A year-only
date right after a sentence that dated the same year to a month takes that
month ("Similar provocations followed in September 2025. At the 2025 …").
"""

from __future__ import annotations

import re
from dataclasses import replace

from nexos.extract.answers import CRITICISM_NOUNS, POINTING
from nexos.extract.coref import Resolution, dateline_entity
from nexos.extract.dates import DateMention, find_dates, in_story
from nexos.extract.descriptions import demonym_codes
from nexos.extract.lexicon import event_triggers, fold_text
from nexos.extract.phrases import clause_spans
from nexos.extract.phrases import groups as _groups
from nexos.extract.phrases import units as _units
from nexos.extract.place_refs import GROUP_TYPES, TOWN_CALLED, called_town, pointed_by_sentence
from nexos.model import Document, Entity, Event, Relation

ANAPHORIC_OPENER = re.compile(
    r"^\s*(?:by [^,]{0,40},\s*)?(?:these|this|such|similar|those|the same|estas|estos|esta|este|dichas|dichos|tales|"
    r"similares|esas|esos)\b", re.I)
NON_PARTICIPANT = {"location"}
EVENT_CLAUSE_BREAK = re.compile(r";\s+")  # a date belongs to its clause; only semicolons split one here
NARRATIVE = re.compile(
    r"(?:(?:the\s+)?(?:following|next|previous)\s+(day|week|month|year)|(?:(?:el|al)\s+)?(dia|mes|ano)\s+siguiente|"
    r"(\w+)\s+(days?|weeks?|months?|years?|dias?|semanas?|mes(?:es)?|anos?)\s+(later|after|earlier|before|despues|mas tarde|antes))",
    re.I)
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
           "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30}
THIS_YEAR = re.compile(r"(?:so far )?this year|este ano|en lo que va del ano|en lo que va de ano", re.I)
WIRE_DATELINE = re.compile(r"^[A-ZÁÉÍÓÚÑ][\w .,'’-]{1,60},\s+[^()\n]{3,40}\([^)]{2,60}\)\s*\.?\s*[-—–]\s*")


STAMP_WORD = re.compile(r"(?:published|updated|posted|publicado|publicada|actualizado|actualizada)\b", re.I)


def _tells_in_words(doc: Document, sent: tuple[int, int], dm: DateMention) -> bool:
    """A short line of the body that tells something ('El Ejército llegó el miércoles.', 'The MPN expels him the
    following week'), or heads an entry of a timeline with another day than the document's ('Three weeks later',
    '9 de julio de 2024.' in a chronology published on the 23rd): a lower-case word of four letters or more
    besides the date, or a date counted in words or a day not the document's own, and no masthead mark or
    'Published'/'Actualizado' that makes it a stamp ('Court filings desk · Published March 10, 2026')."""
    s, e = sent
    line = doc.text[s : dm.start] + " " + doc.text[dm.end : e]
    if s < _body_start(doc) or MASTHEAD.search(line) or STAMP_WORD.search(line):
        return False
    if dm.kind == "relative" or (dm.precision == "day" and doc.published and dm.value != doc.published[:10]):
        return True
    return any(w.islower() and len(w) > 3 for w in re.findall(r"\w+", line))


_WORD = re.compile(r"\w+")
_PLACE_HEAD = re.compile(r"\s*[A-ZÁÉÍÓÚÑ][\w .,]{0,40},\s*")  # 'Bogotá, Colombia, ' before a dateline's date


def _is_dateline(doc: Document, sent: tuple[int, int], dm: DateMention) -> bool:
    """'Bogotá, Colombia, January 13, 2026.' or 'CARACAS, 5 de marzo (EFE) -' is the document's own date.

    A short sentence of the body that tells something ('El Ejército llegó el miércoles.') is no dateline,
    even in the month the document came out."""
    s, e = sent
    words = _WORD.findall(doc.text[s:e])
    if len(words) <= 9 and dm.value and doc.published and dm.value.startswith(doc.published[:7]) \
            and not _tells_in_words(doc, sent, dm):
        return True
    head = doc.text[s : dm.start]
    return bool(_PLACE_HEAD.fullmatch(head)) and dm.value == doc.published


OPEN_QUOTE = {"“": "”", "«": "»"}


def _quoted(doc: Document, pos: int) -> bool:
    """Inside quotation marks of its paragraph: somebody's words, not the story's own telling."""
    para = doc.paragraph_at(pos)
    head = doc.text[para[0] if para else max(0, pos - 400) : pos]
    return head.count('"') % 2 == 1 or any(head.count(o) > head.count(c) for o, c in OPEN_QUOTE.items())


def _looks_back(doc: Document, d: DateMention, current: str | None, same_sentence: bool) -> bool:
    """A coarser date before the one the story is at, in the same sentence or in someone's words, looks back
    and does not move the story: "May 2019 - A judge frees him, citing the 2011 acquittal. The following
    month …" counts from May 2019; so does a year in a quote after "On 3 June 2024, …"."""
    if not current or not d.value or len(d.value) >= len(current) or d.value >= current[: len(d.value)]:
        return False
    return same_sentence or _quoted(doc, d.start)


# "…, one day after he was flown to New York", "…, dos días después de que fuera trasladado": what the clause after
# "after" tells happened so long BEFORE the date the sentence just gave
AFTER_CLAUSE = re.compile(r"\s+(?:(?:de\s+)?que|de\s+(?:su|sus|la|el|los|las)|he|she|they|it|his|her|their|its|the)\s",
                          re.I)
AFTER_WORD = re.compile(r"(?:after|despues)$")


def _counts_back_to_clause(text: str, prev: DateMention, dm: DateMention) -> bool:
    """A count ('one day after') that follows, after a comma, a date of the same sentence and opens a clause."""
    return dm.kind == "relative" and prev.value is not None and AFTER_WORD.search(fold_text(dm.text)) is not None \
        and re.fullmatch(r"[^.;:]{0,160},\s*", text[prev.end : dm.start]) is not None \
        and AFTER_CLAUSE.match(text, dm.end) is not None


# "two days after the video appeared", "dos días después de que el video circulara", "a week after the raid"
AFTER_THING = re.compile(r"\s+(?:the|el|la|los|las|de\s+(?:que\s+)?(?:el|la|los|las))\s+([\w-]+)(?:\s+([\w-]+))?")
AFTER_COUNT = re.compile(r"(?:after|despues(?:\s+de)?)$")
THING_BACK = 8  # how many dated sentences back the thing counted from may have been dated


def _counted_after(dm: DateMention) -> bool:
    """'two days after', 'dos semanas después de': a count forward that ends on 'after'/'después'."""
    folded = fold_text(dm.text)
    return bool(AFTER_COUNT.search(folded) and NARRATIVE.search(folded))


def _after_told(doc: Document, sent: tuple[int, int], dm: DateMention, counted: DateMention) -> bool:
    """A count after the sentence's verb that ties what follows it to the story's day ('The transfer was authorised
    less than four weeks after soldiers recaptured the fugitive', 'El desplazamiento se produce dos semanas después
    del asesinato de …') and that, counted forward, would land after the document came out: what follows the count
    happened that long before the story's day."""
    if not _counted_after(dm) or re.match(r"\s+\w", doc.text[dm.end : dm.end + 3]) is None:
        return False
    if not re.search(r"\w", doc.text[sent[0] : dm.start]) or "," in doc.text[sent[0] : dm.start][-3:]:
        return False  # "Two days after the video appeared, …": the count opens the sentence
    published = doc.published or ""
    value = counted.value or ""
    return bool(published and value) and value[: len(published)] > published[: len(value)]


def _after_thing(text: str, folded: str, dm: DateMention, seen: list[tuple[tuple[int, int], str]]) -> str | None:
    """The day a count is counted from when it names the thing ('Two days after the video appeared, …', 'replied
    two days after the clip appeared', 'Two days after the arrest -'): the day (or the month) of the last sentence
    before that named that thing and gave one ('A video posted on October 28 …', 'August 2024 - … arrest …')."""
    if not _counted_after(dm):
        return None
    m = AFTER_THING.match(folded, dm.end)
    if m is None:
        return None
    for w in (w for w in m.groups() if w and len(w) >= 4 and w.isalpha()):  # "the video", "the viral clip"
        word = re.compile(rf"(?<![\w]){re.escape(w)}(?![\w])")
        for (s, e), day in reversed(seen[-THING_BACK:]):
            if e <= dm.start and word.search(folded, s, e):
                return day
    return None


def _narrative(dm: DateMention, prev: str | None, back: bool = False) -> DateMention | None:
    """'the following day' / 'dos semanas después' count from the date the story last gave, not from today.

    ``prev`` is that date at its own precision: days and weeks need a day to count from (from a month
    they give a month), months count in calendar months, years in years.
    """
    from datetime import date, timedelta

    if dm.story is not None:  # "in August of that year", "the following March", "el 9 de ese mes"
        return in_story(dm, prev) if prev else (dm if dm.value else None)
    m = NARRATIVE.search(fold_text(dm.text))
    if m is None:
        return dm
    if not prev:
        return None
    unit = (m.group(1) or m.group(2) or m.group(4) or "").lower()
    count = (m.group(3) or "").lower()
    if back and count not in NUMBERS and not count.isdigit():
        return None  # "pocos meses después de la llegada de Petro": too vague to count back
    n = NUMBERS.get(count, int(count) if count.isdigit() else 1)
    sign = -1 if back or (m.group(5) or "").lower() in ("earlier", "before", "antes") or "previous" in fold_text(dm.text) \
        else 1
    year = int(prev[:4])
    if unit[0] in "ya":  # year / año
        return DateMention(dm.start, dm.end, dm.text, f"{year + sign * n:04d}", "year", "relative", None)
    if len(prev) < 7:
        return None  # a month or a day counted from a bare year is not a date
    if unit[0] == "m":  # month / mes: calendar months
        total = year * 12 + int(prev[5:7]) - 1 + sign * n
        return DateMention(dm.start, dm.end, dm.text, f"{total // 12:04d}-{total % 12 + 1:02d}", "month", "relative", None)
    days = (7 if unit[0] in "ws" else 1) * n * sign
    if len(prev) < 10:
        shifted = date(year, int(prev[5:7]), 15) + timedelta(days=days)  # from the middle of the month
        return DateMention(dm.start, dm.end, dm.text, shifted.isoformat()[:7], "month", "relative", None)
    value = (date.fromisoformat(prev[:10]) + timedelta(days=days)).isoformat()
    return DateMention(dm.start, dm.end, dm.text, value, "day", "relative", None)


# "no hay capturados", "nadie ha sido detenido", "no arrests have been made", "no one was charged": the word
# says the thing has not happened
DENIED_BEFORE = re.compile(r"(?<![\w])(?:no|not|never|nunca|sin|ni|nadie|nobody|no\s+one|ningun|ninguna|ninguno|"
                           r"without)\s+(?:(?:ha|han|hay|habido|hubo|sido|se|been|has|have|had|was|were|yet|any|"
                           r"single|aun|todavia|ya|le|lo|la|los|las|a|an|one)\s+){0,3}$")


def _trigger(folded: str, s: int, e: int, near: int) -> str | None:
    best: tuple[int, str] | None = None
    for typ, rx in event_triggers():
        for m in rx.finditer(folded, s, e):
            if DENIED_BEFORE.search(folded, max(s, m.start() - 40), m.start()):
                continue
            d = abs(m.start() - near)
            if best is None or d < best[0]:
                best = (d, typ)
    return best[1] if best else None


REFERENCE_ENTRY = re.compile(r"\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^?\d{1,3}\]:?|\^\d{1,3})\s+\S")
URL = re.compile(r"https?://|www\.")


def _reference_entry(doc: Document, pos: int) -> bool:
    """'[2] Executive Decree 111, Presidency of Ecuador, 9 January 2024. https://…': a source in the notes, whose
    date is when it was issued, not an event the text tells."""
    para = doc.paragraph_at(pos)
    if para is None:
        return False
    line = doc.text[para[0] : para[1]]
    return REFERENCE_ENTRY.match(line) is not None and URL.search(line) is not None


RESTATING = re.compile(r"[\s,]*(?:on|el|the)?\s*$", re.I)


def _restated(text: str, d: DateMention, nxt: DateMention | None) -> bool:
    """'Two weeks earlier, on February 18, …': a counted date that the calendar date beside it restates."""
    return d.kind == "relative" and nxt is not None and nxt.kind == "absolute" and nxt.value is not None \
        and RESTATING.fullmatch(text[d.end : nxt.start]) is not None


def _leads_paragraph(doc: Document, pos: int) -> bool:
    """A date at the head of its paragraph dates what the paragraph tells ('- 26 November 2017: …')."""
    para = doc.paragraph_at(pos)
    return para is not None and pos - para[0] <= 12 and not re.search(r"[.!?]", doc.text[para[0] : pos])


def _within_story(d: DateMention, anchor: str, published: str | None) -> DateMention:
    """A month written without its year, in the paragraph of a dated story, falls in that story's year.

    Of the anchor's year and the years either side, the one that puts the month nearest the anchor wins
    ("26 November 2017: … a new vote in December" is December 2017; "December 2022 … In March" is March
    2023), never after the document's own date.
    """
    if not d.value or len(d.value) < 7:
        return d
    if len(anchor) == 4:  # "Mid-2018: … a rival is shot dead in October": that year's October
        fits = not published or f"{anchor}{d.value[4:7]}" <= published[:7]
        return replace(d, value=f"{anchor}{d.value[4:]}") if fits else d
    year, month, own = int(anchor[:4]), int(anchor[5:7]), int(d.value[5:7])
    options = [y for y in (year - 1, year, year + 1)
               if not published or f"{y:04d}{d.value[4:7]}" <= published[:7]] or [year]
    best = min(options, key=lambda y: abs((y * 12 + own) - (year * 12 + month)))
    return replace(d, value=f"{best:04d}{d.value[4:]}")


# an event names at most this many participants, whichever pass adds them
MAX_PARTICIPANTS = 8


def _join(ev: Event, key: str) -> None:
    """``key`` takes part in ``ev`` too, unless it already does or the event has its most participants."""
    if key not in ev.participants and len(ev.participants) < MAX_PARTICIPANTS:
        ev.participants.append(key)


def extract_events(doc: Document, res: Resolution, relations: list[Relation] | None = None) -> list[Event]:
    text, folded = doc.text, fold_text(doc.text)
    events: dict[tuple[str, str, tuple[str, ...]], Event] = {}
    sents = doc.sentences or [(0, len(text))]
    prev_month: dict[str, str] = {}
    history: list[list[str]] = []
    last_day: str | None = None
    pending: tuple[DateMention, int, tuple[int, int]] | None = None  # a date no actor took up yet
    dated: set[int] = set()  # starts of the sentences that hold a date
    anchor: tuple[str, int] | None = None  # the last date written with its year, and where
    last_any: str | None = None  # the last date the story gave, at any precision
    lede = _lede(doc, folded)
    today = _stamped_entries(doc)
    heading: DateMention | None = None  # a timeline's date written on a line of its own, for the entry below it
    day_story: bool | None = None  # whether the first date the body gives is the day the document came out
    dated_para: int | None = None  # where the paragraph of the last date the story gave starts
    day_at: tuple[int, int] | None = None  # the sentence that gave last_day
    any_at: tuple[int, int] | None = None  # the sentence that gave last_any
    # a date counted from the story's last one → the sentence that gave it; keyed by identity, the mention itself kept
    # beside its sentence so that no later mention can take a freed one's id
    counted: dict[int, tuple[DateMention, tuple[int, int]]] = {}
    carried: list[tuple[Event, tuple[int, int]]] = []
    entries: dict[int, list[Event]] = {}  # a timeline entry's paragraph start → the events its leading date made
    seen_days: list[tuple[tuple[int, int], str]] = []  # the sentences that gave a day or a month, with the first
    counted_entries: set[int] = set()  # the entries whose date is counted from the one above ('Two months later —')
    body = _body_start(doc)
    for si, sent in enumerate(sents):
        found: list[DateMention] = []
        raw = [] if _reference_entry(doc, sent[0]) else find_dates(text, doc.language, doc.published, *sent)
        if heading is not None and (not raw or raw[0].start > sent[0]):
            # the entry under a date heading is of that date, whatever other dates it mentions ("Three weeks
            # later / … retake the police station, abandoned since June")
            under = DateMention(sent[0], sent[0], "", heading.value, heading.precision, "absolute")
            if id(heading) in counted:
                counted[id(under)] = (under, counted[id(heading)][1])
            raw = [under, *raw]
        heading = None
        if not raw and lede is not None and sent[0] <= lede.start < sent[1]:
            raw = [lede]  # "A federal grand jury has returned an indictment …": news of the day it was published
        elif not raw and doc.published and sent[0] in today and _trigger(folded, sent[0], sent[1], sent[0]):
            # "1:10 p.m. — Soldiers have entered pavilions 3 and 4": an entry of a live blog is the blog's day
            raw = [DateMention(sent[0], sent[0], "", doc.published, "day", "absolute")]
        elif all(d.kind == "duration" for d in raw) and doc.published and len(doc.published) == 10 \
                and (last_any == doc.published or (day_story and dated_para != _para_start(doc, sent[0]))) \
                and _said_today(doc, folded, sent, res):
            # "Quito, 14 mar.- … este viernes …" then "El ministro … anunció que …": in a story of the day, what
            # an official said with no date of its own ("ampliará por 60 días" is no date) was said that day; a
            # paragraph that looked back to another day ("abatido el martes pasado") leaves the next one in the day
            raw = [DateMention(sent[0], sent[0], "", doc.published, "day", "absolute")]
        for d in (d for d, nxt in zip(raw, [*raw[1:], None], strict=False) if not _restated(text, d, nxt)):
            if d.kind == "duration" or (d.kind == "relative" and THIS_YEAR.fullmatch(fold_text(d.text))):
                continue
            d2 = _narrative(d, last_day or last_any) if d.kind == "relative" else d
            since_thing = _after_thing(text, folded, d, seen_days) if d.kind == "relative" else None
            if since_thing is not None:
                d2 = _narrative(d, since_thing)  # "two days after the video appeared": the day the video was posted
            elif d2 is not None and d2.value and _after_told(doc, sent, d, d2):
                # "El operativo se produjo tres semanas después de que la Guardia Civil incautara …": the seizure
                # came three weeks before the story's day, not after it
                d2 = _narrative(d, last_day or last_any, back=True)
            if d2 is not None and d2.value and found and _counts_back_to_clause(text, found[-1], d):
                d2 = _narrative(d, found[-1].value, back=True)  # "…on Monday, one day after he was flown": Sunday
            elif d2 is not None and d2 is not d and d.story is None and NARRATIVE.search(fold_text(d.text)):
                since = day_at if last_day else any_at
                if since is not None and since != sent:
                    counted[id(d2)] = (d2, since)  # "Two days later", "al día siguiente": counted from that day
            if d2 is None or not d2.value:
                continue
            with_year = re.search(r"\d{4}", d2.text) is not None
            if d2.kind == "absolute" and not with_year and anchor and doc.same_paragraph(anchor[1], d2.start) \
                    and d2.precision in ("month", "day"):
                d2 = _within_story(d2, anchor[0], doc.published)  # "26 November 2017: … calls for a new vote in December"
                own_line = _is_dateline(doc, sent, d2)
            else:
                own_line = _is_dateline(doc, sent, d2)
                if with_year and d2.value and not own_line and _leads_paragraph(doc, d2.start) \
                        and (d2.precision in ("month", "day") or (d2.precision == "year" and d2.kind == "absolute")):
                    anchor = (d2.value, d2.start)
            found.append(d2)
            if _looks_back(doc, d2, last_day or last_any, len(found) > 1):
                continue  # "August 2024 - … the 2009 killings": the story stays in August 2024
            if len(found) > 1 and _reporting(doc, folded, sent[0], d2, REPORTED_ON_ANY):
                continue  # "X fue capturado el martes, informó este viernes la Policía. Esa misma noche …": Tuesday
            if d2.precision == "day":
                last_day, day_at = d2.value, sent
            elif not own_line:
                last_day = None  # "March 2024: … Three months later" counts from March 2024
            if not own_line:
                last_any, any_at = d2.value, sent
                dated_para = _para_start(doc, sent[0])
                if day_story is None and sent[0] >= body:
                    day_story = d2.value == doc.published
        dates = _span_ends(text, found)
        if len(found) == 1 and DATE_HEADING.fullmatch(text[sent[0] : sent[1]].replace(found[0].text, "", 1)) \
                and found[0].text and found[0].value and not _is_dateline(doc, sent, found[0]) \
                and (sent[0] >= body or (si + 1 < len(sents) and sents[si + 1][0] == body
                                         and found[0].value != doc.published)) \
                and text[sent[1] : sent[1] + 2].lstrip(" \t")[:1] in ("\n", ""):
            # "March 2024" / "Two days later" over an entry: the entry's date, not an event of its own; the first
            # heading of a timeline sits right over the first line of the body ("Marzo de 2021\nLa Policía …")
            heading, dates = found[0], []
        subj_keys = _sentence_subject_keys(text, sent, res)
        made = 0
        for clause in clause_spans(text, sent, EVENT_CLAUSE_BREAK):
            for dm in (d for d in dates if clause[0] <= d.start < clause[1]):
                if _is_dateline(doc, sent, dm):
                    continue
                ev = _event_for(doc, res, folded, sent, clause, dm, history, prev_month, len(events))
                if ev is None:
                    continue
                made += 1
                k = (ev.date or "", ev.type, tuple(sorted(ev.participants)))
                if k not in events:
                    events[k] = ev
                if _heads_entry(doc, dm):
                    entries.setdefault(_para_start(doc, dm.start), []).append(events[k])
                    if dm.kind == "relative":
                        counted_entries.add(_para_start(doc, dm.start))
                if id(dm) in counted and sum(res.by_key[p].type not in NON_PARTICIPANT for p in ev.participants) < 2:
                    carried.append((events[k], counted[id(dm)][1]))
        if not dates and pending and doc.same_paragraph(pending[1], sent[0]):
            # "El lunes pasado, la cooperativa paró. … Al frente iba el padre Julián Ocampo.": the date of the
            # sentence before, which named no actor, dates this one
            ev = _event_for(doc, res, folded, sent, sent, pending[0], history, prev_month, len(events))
            if ev is not None and (_trigger(folded, pending[2][0], pending[2][1], pending[0].start) is not None
                                   or _trigger(folded, sent[0], sent[1], sent[0]) is not None):
                ev.evidence.insert(0, doc.span(*pending[2]))
                events.setdefault((ev.date or "", ev.type, tuple(sorted(ev.participants))), ev)
            pending = None
        else:
            usable = [d for d in dates if not _is_dateline(doc, sent, d)]
            pending = (usable[0], sent[1], sent) if usable and not made and not subj_keys else None
        # only the sentence right before can lend its month to a year-only date
        prev_month = {d.value[:4]: d.value[:7] for d in dates if d.precision in ("month", "day") and d.value}
        days = [d.value for d in found if d.precision in ("day", "month") and d.value]
        if days:
            seen_days.append((sent, days[0]))
        history.append(subj_keys)
        if dates and (made or any(d.story is None for d in dates)):
            # "Su madre, doña Tuta, todavía guarda la gorra que él llevaba ese día": a sentence whose only date
            # is the story's own day, and that tells nothing new, goes on telling the event before it
            dated.add(sent[0])
    out = list(events.values())
    _lead_in(doc, res, out)  # on the actors of the event's own sentence, before the sentences after add theirs
    _follow_paragraph(doc, res, out, dated)
    _answered(doc, res, out)
    _demonym_states(doc, res, out)
    for ev, since in carried:
        # "The clip was posted last Saturday by X. Two days later, Y shared the clip": what a day counted from the
        # story's last one tells, with one actor named, follows on from what that day told, and the actors of that
        # day's events (or of its sentence, where it made none) take part. With two named ("The following year, he
        # names X to run the agency") the sentence says who took part itself.
        told = [key for other in out if other.evidence and other.evidence[0].start == since[0]
                for key in other.participants if res.by_key[key].type not in NON_PARTICIPANT]
        for key in dict.fromkeys(told or _actors(res, since)):
            _join(ev, key)
    _pointed_setting(doc, res, out)  # a place the sentence points at wins over the story's setting
    _dateline_setting(doc, res, out)
    _central_actor(res, out)
    _affiliations(res, relations or [], out)
    _home_states(res, out)
    _generic_forces(doc, res, out)
    _previous_entry(doc, res, entries, counted_entries)
    return out


# "the appeal", "the U.S. request", "la apelación", "dicha solicitud": a definite article and the words after it
DEFINITE = re.compile(r"(?<![\w])(?:the|this|that|these|those|el|la|los|las|esa|ese|esos|esas|esta|este|estos|estas|"
                      r"dicha|dicho|dichas|dichos)\s+((?:[\w.]+\s+){0,2}[\w.]+)")
NOT_BACK = {"that", "this", "with", "from", "into", "will", "would", "have", "been", "were", "está", "esta", "para",
            "como", "sobre", "entre", "desde", "hasta", "contra", "sido", "había", "habia", "están", "estan", "queda",
            # the calendar words of a count ('the following year', 'el mismo mes') point back at no thing
            "year", "years", "month", "months", "week", "weeks", "days", "following", "next", "same", "last", "first",
            "time", "anos", "meses", "semana", "semanas", "dias", "siguiente", "mismo", "misma", "primer", "primera",
            "ultimo", "ultima"}


def _points_back(doc: Document, entry: tuple[int, int], above: tuple[int, int]) -> bool:
    """The entry names with a definite article a thing (a lower-case word of four letters or more) the entry above
    it names too: 'The appeal is formally filed' under '… announces an appeal'."""
    said = set(re.findall(r"[a-z]{4,}", fold_text(doc.text[above[0] : above[1]]))) - NOT_BACK
    text = fold_text(doc.text[entry[0] : entry[1]])
    for m in DEFINITE.finditer(text):
        raw = doc.text[entry[0] + m.start(1) : entry[0] + m.end(1)]
        words = [w for w, r in zip(m.group(1).split(), raw.split(), strict=False) if r[:1].islower()]
        if any(w in said for w in words if len(w) >= 4 and w.isalpha()):
            return True
    return False


ENTRY_MARK = re.compile(r"[\s*_]*[—–:-]\s")  # the dash or colon between a timeline entry's date and what it tells


def _heads_entry(doc: Document, dm: DateMention) -> bool:
    """'July 18, 2025 — A federal judge sentences …', 'The next day — Honduras requests …', '- 2013: he founds …':
    the date opens its paragraph and a dash or a colon sets it off from what the entry tells."""
    return bool(dm.text) and _leads_paragraph(doc, dm.start) and ENTRY_MARK.match(doc.text, dm.end) is not None


def _previous_entry(doc: Document, res: Resolution, entries: dict[int, list[Event]], counted: set[int]) -> None:
    """'Four days later — Rivero's lawyer, Esteban Montaño, announces an appeal.' / 'September 30, 2026 — The appeal
    is formally filed.', '… the United States files a competing extradition request' / 'April 2026 — A Guatemalan
    court rules that the U.S. request takes priority.': an entry of a timeline that points back, with a definite
    article, at a thing the entry right above it named goes on with what that entry told, and its actors take part.
    So does an entry counted from the one above it that names fewer than two actors other than states ('October
    2024 — He pleads guilty in Manhattan federal court …' / 'Two months later — Court records show Santos begins
    cooperating'). An entry that points back at nothing ('- 23 November 2018: Tony Hernández is arrested in
    Miami.') tells its own happening. Only from an entry to the one right below it, both opened by their dates."""
    paras = doc.paragraphs
    if not entries or not paras:
        return
    index = {s: i for i, (s, _e) in enumerate(paras)}
    before = {start: [k for ev in evs for k in ev.participants if res.by_key[k].type not in NON_PARTICIPANT]
              for start, evs in entries.items()}  # as they stood, before any entry took from the one above
    for start, evs in entries.items():
        i = index.get(start)
        if not i or paras[i - 1][0] not in before:
            continue
        own = {k for ev in evs for k in ev.participants if res.by_key[k].type not in NON_PARTICIPANT | {"state"}}
        if not _points_back(doc, paras[i], paras[i - 1]) and not (start in counted and len(own) < 2):
            continue
        for ev in evs:
            for k in dict.fromkeys(before[paras[i - 1][0]]):
                _join(ev, k)


def _dateline_setting(doc: Document, res: Resolution, events: list[Event]) -> None:
    """'El Zapotal de Arriba, Guerrero' over a chronicle that goes on naming El Zapotal: what the story tells
    without naming a place ('El jueves pasado, un convoy del Ejército atravesó la calle principal') happened in
    the town it is datelined from. Only when the body names that town again, so that a wire sent from a capital
    does not put there what happened elsewhere. A town the headline calls a town comes first, then one the text
    calls a town anywhere or sent its reporter to ('En Villa Aurora, un pueblo minero …'), then the dateline's."""
    body = _body_start(doc)
    place = _titled_town(doc, res, body)
    if place is None:
        called = called_town(res, fold_text(doc.text))
        place = res.by_key[called] if called else None
    if place is None:
        place = dateline_entity(doc, res.entities)
        if place is None or sum(1 for m in place.mentions if m.start >= body) < 2:
            return
    described: dict[str, int] = {}
    for r in res.refs:
        if r.kind == "description" and res.by_key[r.key].type in NON_PARTICIPANT:
            described[r.key] = described.get(r.key, 0) + 1
    home = max(described, key=lambda k: described[k], default=None)
    folded = fold_text(doc.text)
    if home is not None and home != place.key and described[home] >= 2 and not described.get(place.key):
        # "Cúcuta, 20 de octubre … La Ceibita, el pueblo donde …": the village the text goes on calling "el
        # pueblo" is where its story happens, not the city the magazine dates it from
        place = res.by_key[home]
    for ev in events:
        if len(ev.participants) < MAX_PARTICIPANTS and not _placed(doc, res, ev, folded):
            _join(ev, place.key)


def _titled_town(doc: Document, res: Resolution, body: int) -> Entity | None:
    """The place a chronicle's headline names and calls a town, when the body names it again: where the story is
    set, whatever the dateline says."""
    folded = fold_text(doc.text)
    for r in sorted(res.refs, key=lambda r: r.start):
        if r.start >= body:
            break
        ent = res.by_key[r.key]
        if r.kind == "name" and ent.type == "location" and TOWN_CALLED.match(folded, r.end) \
                and any(m.start >= body for m in ent.mentions):
            return ent
    return None


def _pointed_setting(doc: Document, res: Resolution, events: list[Event]) -> None:
    """'Tres semanas después, el Ejército instaló un puesto de control a la entrada del pueblo', 'the shooting inside
    the prison started before eleven': an event told in a sentence that points at a place instead of naming it
    happened there (the place named before of that kind, or the story's setting; see ``place_refs``)."""
    pointed = pointed_by_sentence(doc, res)
    if not pointed:
        return
    folded = fold_text(doc.text)
    for ev in events:
        if _placed(doc, res, ev, folded):
            continue
        where = next((pointed[(sp.start, sp.end)] for sp in ev.evidence if (sp.start, sp.end) in pointed), None)
        if where and len(ev.participants) < MAX_PARTICIPANTS:
            ev.participants.append(where[0])
            ev.location = ev.location or where[0]


# "frente a la gomería de la avenida Costanera", "on Calle Real": a street, a square or a quarter is inside the town,
# no other place than the story's setting
STREET_BEFORE = re.compile(r"(?<![\w])(?:avenida|av\.|calle|carrera|callejon|bulevar|boulevard|paseo|plaza|plazuela|"
                           r"barrio|colonia|mercado|avenue|street|road|square|neighbou?rhood)\s+(?:(?:de|del)\s+)?(?:(?:la|las|los|el|the)\s+)?$")
STREET_WORD = re.compile(r"(?<![\w])(?:avenue|street|road|square|boulevard|st\.|ave\.|avenida|calle)$")
STREET_AFTER = re.compile(r"\s+(?:avenue|street|road|square|boulevard|st\.|ave\.)(?![\w])")


def _placed(doc: Document, res: Resolution, ev: Event, folded: str) -> bool:
    """Whether the event's own sentence says where it happened: a place it names there, other than a street or a
    quarter. The places the sentences after it add ('Murió camino al hospital de Villamontes') say where the story
    went on, not where this happened."""
    if not ev.evidence:
        return any(res.by_key[k].type in NON_PARTICIPANT for k in ev.participants)
    own = ev.evidence[0]
    for r in res.refs:
        if own.start <= r.start < own.end and r.key in ev.participants and res.by_key[r.key].type in NON_PARTICIPANT \
                and not STREET_BEFORE.search(folded, max(own.start, r.start - 25), r.start) \
                and not STREET_WORD.search(folded, r.start, r.end) and not STREET_AFTER.match(folded, r.end):
            return True
    return False


# the bare common nouns for a force ("police", "soldiers", "prosecutors", "la policía", "los fiscales"), each with
# what the name of the one body of that kind the text names holds ("Haitian National Police", "Ejército Nacional")
FORCES = {
    "police": (r"police|policemen|police officers|officers|policia|policias|agentes|uniformados|elementos|efectivos",
               r"police|policia|carabineros|gendarmeria"),
    # ('Los elementos llegaron el jueves': the Mexican word for a force's members)
    "guard": (r"guardsmen|guardias|elementos|efectivos", r"guardia nacional|national guard"),
    "army": (r"soldiers|troops|the military|soldados|militares|tropas|elementos|efectivos",
             r"army|armed forces|ejercito|fuerzas armadas|fuerza armada|military"),
    "prosecution": (r"prosecutors|fiscales|la fiscalia|el ministerio publico",
                    r"prosecutor|prosecution|attorney general|attorney's office|attorneys office|fiscalia|"
                    r"ministerio publico|public ministry|procuraduria"),
}
# where the text names no army, the ministry that commands the soldiers ("SEDENA", "el Ministerio de Defensa") is who
# its soldiers act for
FORCE_FALLBACK = {"army": re.compile(r"(?<![\w])(?:defensa nacional|ministerio de (?:la )?defensa|defen[cs]e ministry|"
                                     r"ministry of (?:national )?defen[cs]e|department of (?:national )?defen[cs]e|sedena)"
                                     r"(?![\w])")}
FORCE_NOUN = {k: re.compile(rf"(?<![\w])(?:{n})(?![\w])") for k, (n, _b) in FORCES.items()}
FORCE_BODY = {k: re.compile(rf"(?<![\w])(?:{b})(?![\w])") for k, (_n, b) in FORCES.items()}
# what makes the noun no actor of the clause: "Peruvian police" (another country's), "former police officer",
# "cooperating with prosecutors", "a police post", "officers from the X mission", "helicópteros militares"
FORCE_NOT_BEFORE = re.compile(r"(?:(?!(?:Los|Las|Sus|Unos|Unas|Varios|The|Its|Their)\s)[A-ZÁÉÍÓÚÑ][\w.'’-]*|former|ex|retired|a|an|one|with|to|for|from|of|about|against|"
                              r"among|including|without|con|sin|para|contra|entre|un|una)\s+$")
FORCE_NOT_AFTER = re.compile(r"\s+(?:post|posts|station|stations|escort|escorts|academy|records?|reports?|cars?|trucks?|"
                             r"pickups?|vehicles?|uniforms?|officer|presence|sources?|from|of|de|del)(?![\w])")
ES_DETERMINER = re.compile(r"(?:los|las|sus|unos|unas|varios|varias|\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
                           r"diez|cien|[a-z]+ientos|[a-z]+enta|doce|veinte)\s+$")
FORCE_WINDOW = 1500  # how far back the body must have been referred to: the text's own police, not a far one
FORCE_AHEAD = 1500  # or how soon after
NATION_BEFORE = re.compile(r"([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\s+$")


def _own_nation(body: Entity, before: str) -> bool:
    """'Honduran troops' when the army the text names is Honduras's ('the Honduran Armed Forces'): the demonym
    says whose force it is, not another country's."""
    m = NATION_BEFORE.search(before)
    code = demonym_codes().get(fold_text(m.group(1))) if m else None
    if code is None:
        return False
    return code in body.countries or any(demonym_codes().get(w) == code for w in fold_text(body.name).split())


def _generic_forces(doc: Document, res: Resolution, events: list[Event]) -> None:
    """'Three days later, officers detained his wife', 'In 2024, police briefly cleared the hillside', 'while
    prosecutors investigate', 'los soldados revisaron las casas': the police, the army or the prosecution a text
    names as a body and then calls by a bare common noun take part in what the noun does. Only when the text names
    one body of that kind, and has referred to it shortly before; never a noun that another word makes no actor
    of its own ('Peruvian police', 'a police post', 'cooperating with prosecutors', 'helicópteros militares')."""
    text, folded = doc.text, fold_text(doc.text)
    bodies: dict[str, set[str]] = {}
    for e in res.entities:
        if e.type == "government_body" and e.mentions:
            for kind, rx in FORCE_BODY.items():
                if rx.search(fold_text(e.name)):
                    bodies.setdefault(kind, set()).add(e.key)
    for kind, rx in FORCE_FALLBACK.items():
        if kind not in bodies:
            found = {e.key for e in res.entities if e.type == "government_body" and e.mentions
                     and rx.search(fold_text(e.name) + " " + " ".join(fold_text(a) for a in e.aliases))}
            if found:
                bodies[kind] = found
    lone = {kind: next(iter(keys)) for kind, keys in bodies.items() if len(keys) == 1}
    if not lone:
        return
    for ev in events:
        if not ev.evidence or len(ev.participants) >= MAX_PARTICIPANTS:
            continue
        sp = ev.evidence[0]
        named = [(r.start, r.end) for r in res.refs if sp.start <= r.start < sp.end]
        for kind, key in lone.items():
            # (a wire's lead says 'troops', 'police' and names the bodies in the paragraphs after it)
            if key in ev.participants or not any(sp.start - FORCE_WINDOW <= r.start < sp.end + FORCE_AHEAD
                                                 for r in res.refs if r.key == key):
                continue
            for m in FORCE_NOUN[kind].finditer(folded, sp.start, sp.end):
                before = text[max(sp.start, m.start() - 40) : m.start()]
                if text[m.start()].isupper() and m.start() > sp.start \
                        or FORCE_NOT_BEFORE.search(before) and not _own_nation(res.by_key[key], before) \
                        or FORCE_NOT_AFTER.match(folded, m.end()) or any(s < m.end() and m.start() < e for s, e in named):
                    continue  # "the Police Directorate", "la Fiscalía" (a name, resolved already), "Peruvian police"
                if doc.language == "es" and not m.group().startswith(("la ", "el ")) \
                        and not ES_DETERMINER.search(fold_text(before)):
                    continue  # "los soldados", "sus agentes", "cuarenta policías": a noun, not "helicóptero militar"
                ev.participants.append(key)
                break


CENTRAL_TYPES = {"person"} | GROUP_TYPES
CENTRAL_REFS = 3  # a story's central actor is referred to at least this often


def _central_actor(res: Resolution, events: list[Event]) -> None:
    """'La investigación comenzó en agosto de 2024', 'Al mes siguiente, un ómnibus de la empresa fue baleado', 'The
    trial opened on Monday': in a story about one gang or one defendant, what it tells with one actor or none named
    beside it is about that gang or that defendant. The story's central actor (the person or group it refers to most,
    names and references together, and at least CENTRAL_REFS times) takes part in each event that names fewer than
    two actors. A country is no second actor here: it is the setting more often than who acts ('la Policía Nacional
    del Perú detuvo a tres hombres', 'U.S. District Judge X'); the actors' own states join after the central actor
    has, its own among them (``_home_states``). A minister named once in a wire about a prison riot is no central actor."""
    counts: dict[str, int] = {}
    for r in res.refs:
        if res.by_key[r.key].type in CENTRAL_TYPES:
            counts[r.key] = counts.get(r.key, 0) + 1
    if not counts:
        return
    central = max(counts, key=lambda k: counts[k])  # the first referred to wins a tie
    if counts[central] < CENTRAL_REFS:
        return
    for ev in events:
        actors = [k for k in ev.participants if res.by_key[k].type not in NON_PARTICIPANT | {"state"}]
        if len(actors) < 2:
            _join(ev, central)


DATE_HEADING = re.compile(r"\s*(?:(?:early|late|mid|mid-|end of|beginning of|the end of|a principios de|principios de|"
                          r"a finales de|finales de|a mediados de|mediados de|a comienzos de|comienzos de|fines de)\s*)?"
                          r"[\s:—–.-]*", re.I)
SAID_TODAY = re.compile(r"(?<![\w])(?:anuncio|anunciaron|informo|informaron|detallo|detallaron|preciso|preciso|explico|"
                        r"afirmo|aseguro|declaro|senalo|indico|agrego|anadio|dijo|remarco|sostuvo|confirmo|atribuyo|"
                        r"advirtio|reconocio|insistio|testifico|"
                        r"announced|said|told reporters|confirmed|added|stated|explained|testified|warned|"
                        r"acknowledged|insisted)(?![\w])")


def _para_start(doc: Document, pos: int) -> int:
    para = doc.paragraph_at(pos)
    return para[0] if para else pos


SPAN_OPEN = re.compile(r"(?<![\w])(?:between|from|entre|desde)\s+(?:el\s+|the\s+)?$", re.I)
SPAN_JOIN = re.compile(r"\s+(?:and|to|until|through|y|a|al|hasta)\s+(?:el\s+|the\s+)?")


def _span_ends(text: str, found: list[DateMention]) -> list[DateMention]:
    """"between January 2024 and March 2025", "entre agosto de 2024 y junio de 2025": a stretch over which
    something was counted; neither end is a happening of its own."""
    drop: set[int] = set()
    for a, b in zip(found, found[1:], strict=False):
        if a.text and b.text and SPAN_JOIN.fullmatch(text, a.end, b.start) \
                and SPAN_OPEN.search(text, max(0, a.start - 15), a.start):
            drop.update((id(a), id(b)))
    # 'entre 2022 y 2024', 'between 2019 and 2021': one mention for a stretch of years, when the money came in or
    # the killings were counted; no happening of its own
    drop.update(id(d) for d in found if d.kind == "range" and d.end_value and d.value
                and d.value[:4] != d.end_value[:4] and RANGE_WORDS.match(d.text))
    return [d for d in found if id(d) not in drop]


RANGE_WORDS = re.compile(r"(?:between|from|entre|desde)\s", re.I)


def _said_today(doc: Document, folded: str, sent: tuple[int, int], res: Resolution) -> bool:
    """A sentence that reports what a named person or body said (past tense, no date of its own). A verb inside
    someone's quoted words ('"… and the DEA has confirmed it," X says in the video') is theirs, not the report's."""
    m = next((m for m in SAID_TODAY.finditer(folded, *sent) if not _quoted(doc, m.start())), None)
    if m is None:
        return False
    return any(res.by_key[u.key].type in ("person", "government_body", "international_org", "ngo")
               for u in _units(res.refs, sent[0], m.start()))


AFFILIATION = {"member_of", "leads"}


def _affiliations(res: Resolution, relations: list[Relation], events: list[Event]) -> None:
    """'"…," said Marta Cordero, director of the OIJ', 'la fiscal Ana Ruiz, de la FECOR, informó que …': what a
    person does in the name of the body the document ties them to (a member of it, or at its head), that body takes
    part in: the OIJ in its director's statement, the party in its deputy's motion. Only bodies, not places; the
    person's own state joins as ``_home_states`` says."""
    bodies: dict[str, list[str]] = {}
    for r in relations:
        if r.type not in AFFILIATION or r.negated:
            continue
        for person, body in ((r.source, r.target), (r.target, r.source)):
            if res.by_key[person].type == "person" and res.by_key[body].type not in {"person"} | NON_PARTICIPANT:
                bodies.setdefault(person, []).append(body)
    if not bodies:
        return
    for ev in events:
        for k in list(ev.participants):
            for body in bodies.get(k, ()):
                _join(ev, body)


def _home_states(res: Resolution, events: list[Event]) -> None:
    """'Hernández takes office', 'the U.S. designates the Sinaloa Cartel': what an actor does, its own state takes
    part in, when the document names that state. An actor's own state is the first of its countries; one listed
    in more than two is transnational and has none."""
    states = {e.countries[0]: e.key for e in res.entities if e.type == "state" and len(e.countries) == 1 and e.mentions}
    for ev in events:
        for k in list(ev.participants):
            countries = res.by_key[k].countries
            home = states.get(countries[0]) if countries and len(countries) <= 2 else None
            if home:
                _join(ev, home)


# "Figueroa dismissed the criticism", "calls the accusation a lynching", "Terceros respondió que esas críticas …": what
# is answered is what the sentences before said
ANSWERED = re.compile(POINTING + r"(?:" + CRITICISM_NOUNS + r"|charges?|claims?)(?![\w])")
ANSWER_BACK = 3  # how many sentences back the words answered are looked for


def _answered(doc: Document, res: Resolution, events: list[Event]) -> None:
    """'Not everyone celebrated. Lawmaker X of the Y party accused the ministry of staging seizures. / Figueroa
    dismissed the criticism. "…," the minister wrote on Wednesday': an event that answers a criticism or an
    accusation its own sentence, or the one before it, points at, takes the actors of the sentence that made it (the
    nearest before that names someone other than the event's own actors), in the paragraph before too."""
    sents = doc.sentences or [(0, len(doc.text))]
    index = {s: i for i, (s, _e) in enumerate(sents)}
    folded = fold_text(doc.text)
    for ev in events:
        i = index.get(ev.evidence[0].start) if ev.evidence else None
        if i is None:
            continue
        at = next((j for j in (i, i - 1) if j >= 0 and (j == i or doc.same_paragraph(sents[j][0], sents[i][0]))
                   and ANSWERED.search(folded, *sents[j])), None)
        if at is None:
            continue
        own = set(ev.participants)
        for j in range(at - 1, max(-1, at - 1 - ANSWER_BACK), -1):
            others = [k for k in _actors(res, sents[j]) if k not in own]
            if others:
                for k in dict.fromkeys(_actors(res, sents[j])):
                    _join(ev, k)
                break


WORD = re.compile(r"[a-z]+")


def _demonym_states(doc: Document, res: Resolution, events: list[Event]) -> None:
    """'un dron estadounidense sobrevoló la sierra', 'firmaron en la capital cubana', 'Mexican soldiers raided the
    lab': the state a nationality word of the event's own sentence names takes part, when the document names that
    state. A nationality inside a name ('the Mexican Navy') is that name's, resolved already."""
    states = {e.countries[0]: e.key for e in res.entities if e.type == "state" and len(e.countries) == 1 and e.mentions}
    if not states:
        return
    folded = fold_text(doc.text)
    codes = demonym_codes()
    for ev in events:
        if not ev.evidence or len(ev.participants) >= MAX_PARTICIPANTS:
            continue
        sp = ev.evidence[0]
        named = [(r.start, r.end) for r in res.refs if sp.start <= r.start < sp.end]
        for m in WORD.finditer(folded, sp.start, sp.end):
            key = states.get(codes.get(m.group()) or "")
            if key and not any(s <= m.start() < e for s, e in named) and not _quoted(doc, m.start()):
                _join(ev, key)


LEAD_BACK = 3  # how many sentences back an event with one actor looks for the setting


def _actors(res: Resolution, sent: tuple[int, int]) -> list[str]:
    return [u.key for u in _units(res.refs, *sent) if res.by_key[u.key].type not in NON_PARTICIPANT]


def _lead_in(doc: Document, res: Resolution, events: list[Event]) -> None:
    """'He wins a seat in the National Congress. In January 2018 he takes office …': an event told with one
    actor takes the actors of the sentence before it in its paragraph, the setting the story just gave. A
    sentence before that names nobody ("En febrero dijo que no podía más.") is passed over for the one before
    it, up to LEAD_BACK sentences back."""
    sents = doc.sentences or [(0, len(doc.text))]
    index = {s: i for i, (s, _e) in enumerate(sents)}
    for ev in events:
        own = [k for k in ev.participants if res.by_key[k].type not in NON_PARTICIPANT]
        i = index.get(ev.evidence[0].start) if ev.evidence else None
        if len(own) != 1 or not i or not doc.same_paragraph(sents[i - 1][0], sents[i][0]):
            continue
        j = i - 1
        while j > 0 and i - j < LEAD_BACK and doc.same_paragraph(sents[j - 1][0], sents[i][0]) \
                and not _actors(res, sents[j]):
            j -= 1
        for u in _units(res.refs, *sents[j]):
            if res.by_key[u.key].type not in NON_PARTICIPANT:
                _join(ev, u.key)


FOLLOW = 2  # undated sentences after an event's own that still tell it
# "The clash began …", "La captura se produjo …": a paragraph that opens by naming an event retells the last one
RETELLING = re.compile(r"\s*(?:the|this|that|these|those|el|la|los|las|esta|este|estos|estas|dicha|dicho|dichos|dichas)\s+(?:([a-z]+)\s+)?", re.I)


def _retells(folded: str, sent: tuple[int, int]) -> bool:
    """The sentence opens with an article and an event word, maybe after one adjective ("The deadly raid")."""
    m = RETELLING.match(folded, sent[0], sent[1])
    if m is None:
        return False
    heads = [m.end()] + ([m.start(1)] if m.group(1) else [])
    return any(rx.match(folded, p) for _t, rx in event_triggers() for p in heads)


OPENING = re.compile(r"[\W_]*(?:(?:the|el|la|los|las)\s+)?", re.I)


def _goes_on_about(doc: Document, res: Resolution, sent: tuple[int, int], ev: Event) -> bool:
    """The paragraph opens with an actor of the event, named as the subject: "X, 56, is on trial in …", "Y,
    de 40 años, está acusado de …" after the paragraph that told what X or Y did goes on telling it."""
    us = _units(res.refs, *sent)
    if not us or us[0].key not in ev.participants or res.by_key[us[0].key].type in NON_PARTICIPANT:
        return False
    return OPENING.fullmatch(doc.text, sent[0], us[0].start) is not None


def _follow_paragraph(doc: Document, res: Resolution, events: list[Event], dated: set[int]) -> None:
    """'Nov. 26, 2017: X seeks a second term. The count is halted; the OAS questions the result.'

    The undated sentences right after an event's sentence, in its paragraph, go on telling that
    event: their actors take part in it and the sentences join its evidence. A sentence with a
    date of its own starts another event. The next paragraph goes on telling it too when it opens
    by naming an event ("The clash began …", "La captura se produjo …").
    """
    sents = doc.sentences or [(0, len(doc.text))]
    index = {s: i for i, (s, _e) in enumerate(sents)}
    folded = fold_text(doc.text)
    for ev in events:
        i = index.get(ev.evidence[-1].start) if ev.evidence else None
        if i is None:
            continue
        for j in range(i + 1, min(len(sents), i + 1 + FOLLOW)):
            nxt = sents[j]
            if nxt[0] in dated:
                break
            if not doc.same_paragraph(sents[j - 1][0], nxt[0]) \
                    and not (j == i + 1 and (_retells(folded, nxt) or _goes_on_about(doc, res, nxt, ev))):
                break
            for u in _units(res.refs, *nxt):
                _join(ev, u.key)
            ev.evidence.append(doc.span(*nxt))


def _sentence_subject_keys(text: str, sent: tuple[int, int], res: Resolution) -> list[str]:
    units = _units(res.refs, *sent)
    groups = _groups(text, units)
    for g in groups:
        keys = [u.key for u in g if res.by_key[u.key].type not in NON_PARTICIPANT]
        if keys:
            return keys
    return []


SUBJECT_BACK = 3  # how many sentences back a dated clause that names nobody looks for its subject
MASTHEAD = re.compile(r"[|·]")


def _tells(doc: Document, sent: tuple[int, int], dm: DateMention, trigger: str | None) -> bool:
    """A dated clause that names no actor still tells the story's happening, unless it is the masthead or a
    heading ('Revista Sur · Publicado el 28 de abril') or a count that lands after the document's own date
    ('Tres años después, …' in a column that looks ahead)."""
    if trigger:
        return True
    if sent[0] < _body_start(doc) or MASTHEAD.search(doc.text, sent[0], sent[1]):
        return False
    return not (dm.kind == "relative" and doc.published and (dm.value or "") > doc.published)


# a lede told in the present perfect ("has returned an indictment", "ha detenido a"): it happened as the story went out
PERFECT = re.compile(r"(?<![\w])(?:has|have|ha|han)\s+(?:(?:also|just|now|ya)\s+)?(?:been\s+)?"
                     r"[a-z]+(?:ed|en|ado|ido|ada|ida|ados|idos|ought|ung)(?![\w])")


# a live blog's entry opens with the time it was posted: "**10:42 a.m. —**", "14:05 —", "10.30 h |"
TIMESTAMP = re.compile(r"[\s*_]*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?|h|hrs|horas)?[\s*_]*[—–|-]")


def _stamped_entries(doc: Document) -> set[int]:
    """Starts of the sentences that belong to time-stamped entries, in a document with two or more of them
    that gives its publication day: each entry runs until the next one or a rule line."""
    if not doc.published or len(doc.published) != 10:
        return set()
    text = doc.text
    opens = [m.start() for m in re.finditer(r"(?m)^", text) if TIMESTAMP.match(text, m.start())]
    if len(opens) < 2:
        return set()
    out: set[int] = set()
    for i, start in enumerate(opens):
        end = opens[i + 1] if i + 1 < len(opens) else len(text)
        rule = re.search(r"(?m)^\s*(?:-{3,}|\*{3,}|_{3,}|#{1,6}\s)", text[start:end])
        if rule and rule.start() > 0:
            end = start + rule.start()
        out.update(s for s, _e in doc.sentences if start <= s < end)
    return out


def _lede(doc: Document, folded: str) -> DateMention | None:
    """The publication day, placed on the verb of a lede that gives no date of its own but tells news in the
    present perfect; None for any other first sentence."""
    if not doc.published or len(doc.published) != 10:
        return None
    body = _body_start(doc)
    sent = next(((s, e) for s, e in doc.sentences if s >= body and re.search(r"[.!?][\"”»']?\s*$", doc.text[s:e])),
                None)  # (a headline ends in no full stop)
    if sent is None:
        return None
    m = PERFECT.search(folded, *sent)
    if m is None or _trigger(folded, sent[0], sent[1], m.start()) is None:
        return None
    return DateMention(m.start(), m.start(), "", doc.published, "day", "absolute")


def _body_start(doc: Document) -> int:
    """Where the body starts: the paragraph of the first sentence of a dozen words or more."""
    for s, e in doc.sentences:
        if len(re.findall(r"\w+", doc.text[s:e])) >= 12:
            para = doc.paragraph_at(s)
            return para[0] if para else s
    return 0


BORN = re.compile(r"(?<![\w])(?:born|b\.|nacid[oa]s?|date of birth|fecha de nacimiento|DOB)(?:\s+(?:on|el|en))?:?\s*$", re.I)


# a question answered yes or no opens with an auxiliary ("Did …?", "Was …?") or, in Spanish, with no question word
YES_NO_EN = re.compile(r"(?:[A-Z][\w ]{0,20}:\s*)?(?:did|does|do|was|were|is|are|has|have|had|can|could|will|would)\s",
                       re.I)
QUESTION_WORD_ES = re.compile(r"(?:(?:a|de|en|con|para|por|desde|hasta)\s+)?(?:qu[eé]|qui[eé]n(?:es)?|cu[aá]ndo|d[oó]nde|"
                              r"c[oó]mo|cu[aá]l(?:es)?|cu[aá]nt[oa]s?|ad[oó]nde)\b", re.I)


def _yes_no_question(text: str, sent: tuple[int, int]) -> bool:
    """'Did Senator X meet gang leader Y in 2025?', '¿Se reunió la senadora con Y en 2025?': a question the text
    asks of a claim (a fact check's headline), not a happening it tells. 'What happened on 3 May?' and '¿Qué pasó
    el 3 de mayo?' take for granted that something did, and stay."""
    body = text[sent[0] : sent[1]].strip()
    if not re.search(r"\?[\"”»']?$", body):
        return False
    if "¿" in body:
        q = body[body.rindex("¿") + 1 :]
        return QUESTION_WORD_ES.match(q) is None and body.index("¿") < 3
    return YES_NO_EN.match(body) is not None


REPORTED_ON = re.compile(r"(?:said|says|told|announced|dijo|afirmo|informo|senalo)\s+(?:on\s+|el\s+|este\s+)?$")
# what keeps the story's clock where it was also takes the plural ('informaron este miércoles fuentes oficiales'),
# whose day stays an event of its own as it always has (an optional one to the analyst: the news conference)
REPORTED_ON_ANY = re.compile(r"(?:said|says|told|announced|dijo|dijeron|afirmo|afirmaron|informo|informaron|senalo|"
                             r"senalaron)\s+(?:on\s+|el\s+|este\s+)?$")


def _reporting(doc: Document, folded: str, lo: int, dm: DateMention, rx: re.Pattern[str] = REPORTED_ON) -> bool:
    """'…, officials said on Thursday', '…, informó este viernes la Secretaría': the day the news was given out."""
    return dm.value == doc.published and rx.search(folded[max(lo, dm.start - 25) : dm.start]) is not None


NOW_WORD = re.compile(r"(?:hoy|today|today's)", re.I)
# a verb in the past or the perfect: "detuvo hoy", "han sido liberados hoy", "designated today", "Today's action was …"
PAST_VERB = re.compile(r"(?<![\w])(?:[a-záéíóúñ]+(?:ó|aron|ieron)|fue|fueron|dijo|dijeron|hizo|hicieron|[a-z]*tuvo|"
                       r"[a-z]*tuvieron|[a-z]*dujo|[a-z]*dujeron|[a-z]*puso|[a-z]*pusieron|vino|vinieron|pudo|"
                       r"pudieron|trajo|trajeron|ha|han|había|habían|"
                       r"[a-z]+ed|was|were|did|said|told|made|took|gave|went|came|got|found|left|met|sent|held|"
                       r"brought|began|fled|won|lost|ran|saw|wrote|spoke|struck|broke|led|paid|became|fell|rose|"
                       r"has|have|had)(?![\w])", re.I)

# what makes an -ed word no verb in the past: "is wanted", "the most wanted man", "an armed group"
NOT_FINITE = re.compile(r"(?<![\w])(?:is|are|am|be|being|the|a|an|most|more|less|very|its|his|her|their|well)\s+$", re.I)


def _nowadays(text: str, clause: tuple[int, int], dm: DateMention) -> bool:
    """'Los Cachorros, que hoy trabajan como brazo armado de Los Lobos', 'Today he is the most wanted man on the
    border': 'hoy'/'today' with no verb in the past or the perfect in its clause says how things stand now, not what
    happened on the day the text came out ('La Policía detuvo hoy a …', 'OFAC designated today …' stay)."""
    if NOW_WORD.fullmatch(dm.text) is None:
        return False
    for m in PAST_VERB.finditer(text, clause[0], clause[1]):
        before = NOT_FINITE.search(text, max(clause[0], m.start() - 12), m.start())
        if not (m.group().lower().endswith("ed") and before):
            return False
    return True


def _event_for(doc: Document, res: Resolution, folded: str, sent: tuple[int, int], clause: tuple[int, int],
               dm: DateMention, history: list[list[str]], prev_month: dict[str, str], n: int) -> Event | None:
    text = doc.text
    wire = WIRE_DATELINE.match(text[clause[0] : clause[1]])
    if wire:
        clause = (clause[0] + wire.end(), clause[1])  # "BOGOTA, March 6 (Wire) -" is the byline, not the event
        if dm.start < clause[0]:
            return None
    if _reporting(doc, folded, clause[0], dm):
        return None  # "officials said on Thursday": the reporting, not an event
    if dm.text and dm.kind == "relative" and _quoted(doc, dm.start):
        return None  # '"… el martes vinieron y el viernes volvieron", contó': a day in someone's words counts from theirs
    if _yes_no_question(text, sent):
        return None  # "FACT CHECK: Did the minister dine with cartel bosses in 2024?": what is asked, not told
    if dm.text and BORN.search(text, max(0, dm.start - 30), dm.start):
        return None  # "(born March 3, 1971; Peruvian national)": who the actor is, not what happened
    units = _units(res.refs, *clause)
    parts: list[str] = []
    location = None
    for u in units:
        typ = res.by_key[u.key].type
        if typ in NON_PARTICIPANT:
            location = location or u.key
        elif u.key not in parts:
            parts.append(u.key)
    if len(parts) < 2 and ANAPHORIC_OPENER.match(text[sent[0] : sent[1]]):
        for keys in reversed(history[-2:]):
            parts.extend(k for k in keys if k not in parts)
    trigger = _trigger(folded, clause[0], clause[1], dm.start)
    if not parts and _tells(doc, sent, dm, trigger):
        # "El 11 de noviembre encontró…", "On 2 June two men set fire to it": the story's last named subject
        parts = next((list(keys) for keys in reversed(history[-SUBJECT_BACK:]) if keys), [])
    if not parts:
        return None
    places = [u.key for u in units if res.by_key[u.key].type in NON_PARTICIPANT]
    parts.extend(k for k in places if k not in parts)  # where it happened takes part too
    if trigger is None and _nowadays(text, clause, dm):
        return None  # "El ELN es hoy el actor dominante", "Today he leads the Hermandad": how things stand, not a happening
    if dm.story is not None and trigger is None and len(parts) < 2:
        return None  # "Esa tarde, doña Soledad guardó los tamales": a scene of the story's day, not a happening
    typ = trigger or "other"
    value, precision = dm.value, dm.precision
    if precision == "year" and value and value[:4] in prev_month and dm.kind == "absolute":
        value, precision = prev_month[value[:4]], "month"
    if precision == "decade":
        return None
    return Event(
        key=f"{doc.id}:v{n + 1}",
        type=typ,
        subtype="dated assertion" if typ == "other" else None,
        date=value,
        date_precision=precision,
        description=text[clause[0] : clause[1]].strip()[:300],
        location=location,
        participants=parts[:MAX_PARTICIPANTS],
        evidence=[doc.span(*sent)],
        confidence=0.55 if typ != "other" else 0.4,
        extractor="rules.events",
    )
