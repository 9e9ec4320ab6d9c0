"""People a release lists after 'Charged in the indictment are:' or 'Entre los detenidos se encuentran:'.

Prosecutors' and police press releases name the accused in a bulleted list under a line that says what
happened to them. Each listed person is acted against by the authority the release speaks for, and is a
member of the group the release is about (its leader when the item calls them its head: "the alleged
leader of the organization", "presunto jefe de plaza"). The list carries no verb of its own, so no cue
between two names can find these ties.
"""

from __future__ import annotations

import re
from collections import Counter

from nexos.extract.coref import Resolution
from nexos.extract.lexicon import fold_text
from nexos.extract.pair_types import pair_type
from nexos.extract.phrases import units
from nexos.model import Document

# the line that opens the list: it ends in a colon and says the people below were charged, held or named
INTRO = re.compile(r"(?<![\w])(?:charged|indicted|arrested|detained|captured|extradited|sentenced|convicted|"
                   r"defendants|accused|sanctioned|designated|detenid[oa]s|capturad[oa]s|aprehendid[oa]s|"
                   r"arrestad[oa]s|apresad[oa]s|"
                   r"imputad[oa]s|vinculad[oa]s|procesad[oa]s|acusad[oa]s|sancionad[oa]s|extraditad[oa]s|"
                   r"condenad[oa]s|sentenciad[oa]s|integrada por|conformada por|compuesta por|made up of|"
                   r"composed of|comprised|alleges that|alleged that|alleges|según la acusacion|la acusacion senala que)"
                   r"(?![\w])[^\n]{0,80}:\s*$")
ITEM = re.compile(r"[ \t]*(?:[-•*–—·▪]|\d{1,2}[.)])[ \t]+")
HEAD = re.compile(r"(?<![\w])(?:leader|head|boss|chief|ringleader|kingpin|lider|jefe|jefa|cabecilla)(?![\w])")
GROUPS = {"criminal_group", "armed_group"}
AUTHORITIES = {"government_body", "state"}


# a section heading over one paragraph per accused ("Key members designated today", "Personas sancionadas")
HEADING = re.compile(r"(?<![\w])(?:charged|indicted|arrested|detained|sanctioned|designated|designations|defendants|"
                     r"detenid[oa]s|capturad[oa]s|arrestad[oa]s|apresad[oa]s|imputad[oa]s|procesad[oa]s|acusad[oa]s|sancionad[oa]s|"
                     r"designad[oa]s|designaciones)(?![\w])")
TARGETS = {"person", "company", "criminal_group"}


def listed_accused(doc: Document, res: Resolution) -> list[tuple[str, str, str, tuple[int, int]]]:
    text, folded = doc.text, fold_text(doc.text)
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    counts = Counter(r.key for r in res.refs)
    for heading in _headings(text, folded):
        authority = _most_named(units(res.refs, 0, heading), counts, res, AUTHORITIES - {"state"})
        if authority is None:
            continue
        for start, end in _section_paragraphs(text, heading):
            lead = [u for u in units(res.refs, start, end) if u.start <= start + 2]
            sent = doc.sentence_at(start) or (start, end)
            for u in lead:
                if res.by_key[u.key].type in TARGETS:
                    out.append(("acts_against", authority, u.key, sent))
    for intro in _intro_lines(folded):
        before = units(res.refs, 0, intro)
        items = _items(text, intro)
        # ('1. X, señalado como cabecilla de la estructura': the band the list's own items call "the structure" or
        # "the organisation" is the list's; a band an item names is often another, its supplier or its rival)
        named_in_items = next((r.key for start, end in items for r in res.refs
                               if start <= r.start < end and r.kind == "description"
                               and res.by_key[r.key].type in GROUPS), None)
        group = named_in_items or _most_named(before, counts, res, GROUPS)
        opening = _opening_authority(doc, folded, before, res)
        authority = opening or _most_named(before, counts, res, AUTHORITIES - {"state"}) \
            or _most_named(before, counts, res, {"state"})
        authorities = _joined_authorities(before, opening, folded, res) if opening else [authority] if authority else []
        for start, end in items:
            lead_end = text.find(",", start, end)
            people = [u for u in units(res.refs, start, lead_end if lead_end > 0 else end)
                      if res.by_key[u.key].type == "person"]
            sent = doc.sentence_at(start) or (start, end)
            for p in dict.fromkeys(u.key for u in people):
                for a in authorities:
                    out.append(("acts_against", a, p, sent))
                if group:
                    out.append(("leads" if HEAD.search(folded, start, end) else "member_of", p, group, sent))
            if len(set(u.key for u in people)) == 1:
                out.extend(_item_ties(doc, res, folded, people[0], start, end, group, authority))
    return out


def _item_ties(doc: Document, res: Resolution, folded: str, person, start: int, end: int,  # noqa: ANN001
               group: str | None, authority: str | None) -> list[tuple[str, str, str, tuple[int, int]]]:
    """'2. X, alias "el Gocho", lugarteniente. Se le atribuye ser el enlace con una célula del Tren de Aragua':
    an item is about the person it opens with, so each actor named later in it is tied to that person,
    typed by the item's words (a post, an owner's word, a cue)."""
    out = []
    for u in units(res.refs, person.end, end):
        typ_u = res.by_key[u.key].type
        if u.key in (person.key, group) or typ_u in ("location", "state", "person", "other"):
            continue
        sent = doc.sentence_at(u.start) or (start, end)
        typ, src, tgt = pair_type(folded[start:end], (person.key, "person"), (u.key, typ_u))
        if u.key == authority and typ != "member_of":
            continue  # the body that arrested them all: only '… suboficial de la PNP' says more
        if typ == "leads" and typ_u in ("criminal_group", "armed_group"):
            typ, src, tgt = "associated_with", person.key, u.key  # the leader word is the item's own group's
        out.append((typ, src, tgt, sent))
    return out


def _intro_lines(folded: str) -> list[int]:
    """Where each list-opening line ends."""
    found = []
    for m in re.finditer(r"[^\n]+", folded):
        if INTRO.search(m.group()):
            found.append(m.end())
    return found


def _headings(text: str, folded: str) -> list[int]:
    """Where each heading line that names what happened to the people below it ends: a short line of its
    own, between blank lines, with no sentence's closing stop."""
    found = []
    for m in re.finditer(r"(?:^|\n\n)([^\n]{3,70})\n\n", text):
        line = m.group(1).strip()
        if line[-1:] in ".:;!?,\"”" or len(line.split()) > 8 or not line[:1].isupper():
            continue
        if HEADING.search(folded, m.start(1), m.end(1)):
            found.append(m.end(1))
    return found


def _section_paragraphs(text: str, heading_end: int) -> list[tuple[int, int]]:
    """The paragraphs under a heading, up to the next heading line (a short line with no closing stop)."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text[heading_end:]):
        line = m.group().strip()
        if not line:
            continue
        if len(line.split()) <= 8 and line[-1:] not in ".!?\"”»)":
            break
        out.append((heading_end + m.start(), heading_end + m.end()))
    return out


def _items(text: str, intro_end: int) -> list[tuple[int, int]]:
    """The bulleted lines right after an opening line (blank lines between them allowed)."""
    items: list[tuple[int, int]] = []
    offset = intro_end
    for line in text[intro_end:].split("\n"):
        here, offset = offset, offset + len(line) + 1
        if not line.strip():
            continue  # the blank line after the opener, or between items
        bullet = ITEM.match(line)
        if not bullet:
            break
        items.append((here + bullet.end(), here + len(line.rstrip())))
    return items


# what may stand before a sentence's subject: an article, a dateline's place and dash
SUBJECT_OPENING = re.compile(r"\s*(?:[a-z .,]{0,40}\s[-—–]\s+)?(?:the|el|la|los|las)?\s*$")


def _opening_authority(doc: Document, folded: str, found: list, res: Resolution) -> str | None:
    """The first state body that opens a sentence before the list ('El Ministerio Público y la DNCD
    desarticularon una red … Fueron arrestados:'): the release's own voice, whoever else it names more often
    (the navy that lent support, the force one of the accused served in)."""
    for u in found:
        if res.by_key[u.key].type not in AUTHORITIES - {"state"}:
            continue
        sent = doc.sentence_at(u.start)
        line_end = doc.text.find("\n", u.start)
        line = doc.text[doc.text.rfind("\n", 0, u.start) + 1 : line_end if line_end >= 0 else len(doc.text)]
        if sent and SUBJECT_OPENING.fullmatch(folded, sent[0], u.start) and not _shouted(line) \
                and not _heading_line(line):
            # (a masthead or a heading line names who issues the release; the first sentence says who acted)
            return u.key
    return None


def _heading_line(line: str) -> bool:
    """A line of the release's head with no sentence in it ('Dirección de Prensa y Comunicación'): no verb, no stop."""
    return len(line.split()) <= 12 and not re.search(r"[.;:]\s*$", line.strip()) and not re.search(
        r"(?<![\w])(?:que|dijo|informo|informa|anuncio|anuncia|detuvo|capturo|said|announced|arrested)(?![\w])",
        fold_text(line))


def _shouted(line: str) -> bool:
    """A masthead or a headline in capitals ('MINISTERIO DE SEGURIDAD NACIONAL - REPÚBLICA ARGENTINA'): who issues
    the release, not who made the arrests."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _joined_authorities(found: list, first: str, folded: str, res: Resolution) -> list[str]:
    """The body that opens the release's sentence and those listed with it ('La Gendarmería Nacional Argentina y la
    Prefectura Naval Argentina, bajo …, concretaron'): each made the arrests."""
    out = [first]
    units = [u for u in found if u.key == first or res.by_key[u.key].type in AUTHORITIES - {"state"}]
    at = next((i for i, u in enumerate(units) if u.key == first), None)
    if at is None:
        return out
    for prev, u in zip(units[at:], units[at + 1 :], strict=False):
        if not re.fullmatch(r"\s*(?:\([^()]{1,15}\)\s*)?(?:,|,?\s*(?:y|e|and))\s+(?:la|el|los|las|the)?\s*",
                            folded[prev.end : u.start]):
            break
        out.append(u.key)
    return list(dict.fromkeys(out))


def _most_named(found: list, counts: Counter, res: Resolution, types: set[str]) -> str | None:
    keys = [u.key for u in found if res.by_key[u.key].type in types]
    if not keys:
        return None
    return max(dict.fromkeys(keys), key=lambda k: counts[k])
