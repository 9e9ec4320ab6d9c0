"""Knowledge-base names found in text with one Aho-Corasick pass over folded text.

The gazetteer only types and links names; the open-world step
(``entities.py``) finds names no list holds. A KB hit must look like a name
in the original text: an acronym must be written in capitals, and a name
must hold a capital letter, so "petro" in lowercase prose never matches
(a listed policy of several words excepted: "la paz total").
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from nexos.extract.lexicon import common_words, first_names, fold_text, people_nouns
from nexos.knowledge import KBEntry, load_kb

log = logging.getLogger(__name__)


@dataclass
class Hit:
    start: int
    end: int
    entry: KBEntry
    surface: str


def _is_acronym(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


@lru_cache(maxsize=1)
def automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    kb = load_kb()
    seen: dict[str, list[tuple[str, KBEntry, bool]]] = {}
    for surface, entry in kb.names():
        key = fold_text(surface).strip()
        if len(key) < 2:
            continue
        ambiguous = surface in (entry.ambiguous_aliases or [])
        seen.setdefault(key, []).append((surface, entry, ambiguous))
    for key, values in seen.items():
        auto.add_word(key, (key, values))
    auto.make_automaton()
    log.debug("gazetteer: %d folded names", len(seen))
    return auto


def _boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    # superscript footnote digits ("Hamas¹") are not part of a word
    return not (before.isalpha() or before in "0123456789_") and not (after.isalpha() or after in "0123456789_")


LONGER_NAME = re.compile(r"\s+(?:de|del|de la|de los|de las|of|of the|for|para)\s+[A-ZÁÉÍÓÚÑ]")


def find(text: str, folded: str | None = None) -> list[Hit]:
    """Longest non-overlapping KB names in ``text`` that look like names there."""
    folded = folded if folded is not None else fold_text(text)
    hits: list[Hit] = []
    raw = [(start, end, values) for start, end, values in
           ((end_idx - len(key) + 1, end_idx + 1, values) for end_idx, (key, values) in automaton().iter(folded))
           if _boundary(text, start, end)]  # a whole word or words, not part of one
    # the countries the text names plainly: they let an ambiguous name of theirs open a sentence
    # ("Libre llegó al gobierno" in a column about Honduras)
    codes = {code for _start, _end, values in raw for _s, entry, ambiguous in values
             if entry.type == "state" and not ambiguous for code in entry.countries}
    starts, ends = {s for s, _e, _v in raw}, {e for _s, e, _v in raw}
    for start, end, values in raw:
        if all(e.type == "person" for _s, e, _a in values) and _in_double_name(text, start, end, starts, ends):
            continue  # "MAYA ORTEGA-FINN", "Ana Ruiz-Lind": another person's double surname, not the listed Ortega
        original = text[start:end]
        if not any(c.isupper() for c in original) and not _lower_case_policy(original, values):
            continue
        if original == "RT" and re.match(r"\s*@", text[end : end + 3]):
            continue  # "RT @user:": a repost marker, not the broadcaster
        if all(a for _s, _e, a in values) and LONGER_NAME.match(text, end):
            continue  # "La Oficina de la ONU para …": an ambiguous name that opens a longer one
        if all(a and e.type == "location" for _s, e, a in values) and _inside_longer_name(text, start, end):
            continue  # "Bahía Solano", "Ana Santa Cruz": a place's ambiguous name inside another name
        if all(a and e.type not in ("state", "location") for _s, e, a in values) and " " not in original \
                and original[1:].islower() and CAPITAL_AFTER.match(text, end):
            continue  # "Zenith Cambio Express": a one-word ambiguous name (the magazine Cambio) inside a longer one
        if all(_acronym_as_word(original, sv) for sv, _e, _a in values) \
                and (CAPITAL_AFTER.match(text, end) or _name_word_before(text, start)):
            continue  # "Rand Paul", "Alba Lucía": a word like an acronym that is part of a person's name
        context_ok = _context_ok(text, start) or (
            original[:1].isupper() and any(set(e.countries) & codes for _s, e, a in values if a)
            and not re.search(r"(?:^|\s)(?:de|del|of)\s$", text[max(0, start - 5) : start], re.I))
        entry = _choose(original, values, context_ok)
        if entry is not None:
            hits.append(Hit(start, end, entry, original))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Hit] = []
    last_end = -1
    for h in hits:
        if h.start >= last_end:
            out.append(h)
            last_end = h.end
        elif out and h.end - h.start > out[-1].end - out[-1].start and h.start == out[-1].start:
            out[-1] = h
            last_end = h.end
    return out


CAPITAL_AFTER = re.compile(r" [A-ZÁÉÍÓÚÑ][a-záéíóúñü]")  # a capitalised word runs on after a name


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether an ambiguous place name ('Bahía', 'Santa Cruz') is joined to a capitalised word after it ('Bahía
    Solano', 'Magdalena Medio') or to a given name before it ('Ana Santa Cruz'): part of another name."""
    if CAPITAL_AFTER.match(text, end):
        return True  # (a capitalised word runs on: 'el Magdalena Medio', though 'medio' is a common word)
    before = re.search(r"(?<![\w'’-])([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+) $", text[max(0, start - 30) : start])
    return before is not None and fold_text(before.group(1)) in first_names()


def _article_name_in_lower_case(original: str, surface: str) -> bool:
    """'El oro ilegal…', 'La oficina del gobernador…': a name with its article ('El Oro', 'La Oficina') is written
    with the word after the article capitalised; in lower case it is the common noun."""
    listed, written = surface.split(), original.split()
    return len(listed) > 1 and len(written) == len(listed) and fold_text(listed[0]) in ("el", "la", "los", "las") \
        and listed[1][:1].isupper() and written[1][:1].islower()


def _in_double_name(text: str, start: int, end: int, starts: set[int], ends: set[int]) -> bool:
    """Whether a name is one half of a hyphenated pair whose other half no list holds ('Maduro-Petro' is two)."""
    after = re.match(r"-([A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñ]*)", text[end : end + 40])
    if after and end + 1 not in starts:
        return True
    before = re.search(r"([A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñ]*)-$", text[max(0, start - 40) : start])
    return bool(before and start - 1 not in ends)


def _lower_case_policy(original: str, values: list[tuple[str, KBEntry, bool]]) -> bool:
    """'la paz total', 'his total peace policy': a listed policy of several words counts in lower case."""
    return " " in original and all(e.type == "policy" and not a for _s, e, a in values)


_ARTICLE_OR_OF_BEFORE = re.compile(r"(?:^|\s)(?:de|del|of|la|el|los|las)\s$", re.I)
COMPASS_BEFORE = re.compile(r"(?<![\w])(?:norte|sur|oriente|occidente|nororiente|noroccidente|suroriente|suroccidente|"
                            r"noreste|noroeste|sureste|suroeste|north|south|east|west)\s+(?:de\s+la|de\s+el|del|de|"
                            r"of\s+the|of)\s+(?:el\s+|la\s+)?$", re.I)


def _context_ok(text: str, start: int) -> bool:
    """A one-word ambiguous name counts mid-sentence, not after 'de'/'of' nor as a sentence's first word."""
    before = text[max(0, start - 6) : start]
    if _ARTICLE_OR_OF_BEFORE.search(before):
        # "ministro de Defensa"; but "militantes de Libre", "members of Podemos": the people of a listed body
        people = re.search(r"([A-Za-zÁÉÍÓÚÑáéíóúñ]+)\s+(?:de|of)\s$", text[max(0, start - 30) : start])
        if people is not None and fold_text(people.group(1)) in people_nouns():
            return True
        # "en el norte del Cauca", "el sur de Cauca", "northern Santa Cruz": a part of a region is a place
        return bool(COMPASS_BEFORE.search(text, max(0, start - 30), start))
    prev = text[:start].rstrip(" \t\"“'‘«(*")[-1:]
    return prev not in ("", ".", "\n", "!", "?", ":", "—", "-")


def _name_word_before(text: str, start: int) -> bool:
    m = re.search(r"([A-ZÁÉÍÓÚÑ][\w-]*) $", text[max(0, start - 25) : start])
    return m is not None and fold_text(m.group(1)) not in common_words()


def _acronym_as_word(original: str, surface: str) -> bool:
    """'la Sedena', 'la Semar', 'la Sunat': a long acronym the press writes as a word, with only its first letter
    upper-case (not 'Eln', and not where the word is a given name or an everyday word: 'Alba', 'Clap')."""
    return len(surface) >= 4 and surface.isalpha() and surface.isupper() and original == surface.capitalize() \
        and fold_text(original) not in first_names() and fold_text(original) not in common_words()


def _choose(original: str, values: list[tuple[str, KBEntry, bool]], context_ok: bool = True) -> KBEntry | None:
    candidates = []
    for surface, entry, ambiguous in values:
        if _is_acronym(surface) and original != surface and original.replace(".", "") != surface.replace(".", "") \
                and not _acronym_as_word(original, surface):
            continue  # "ELN" must be written ELN, not "Eln"
        if _article_name_in_lower_case(original, surface):
            continue  # ('La oficina del gobernador' is no 'La Oficina'; 'El oro ilegal' no 'El Oro')
        if original.lower().count("ñ") > surface.lower().count("ñ"):
            continue  # "la Cañada" (a ravine) is not "Canada": ñ is a letter of its own, not an accented n
        if ambiguous and not (len(surface.split()) > 1 and original[:1].isupper()
                              or _is_acronym(surface) and original.replace(".", "") == surface.replace(".", "")
                              or original[:1].isupper() and context_ok):
            continue  # "Defensa", "Podemos": everyday words unless written as the full name or mid-sentence
        candidates.append((ambiguous, entry))
    if not candidates:
        return None
    candidates.sort(key=lambda x: x[0])
    firsts = {e.id for a, e in candidates if not a}
    if len(firsts) > 1:
        return None  # two actors share this name: leave it to the open-world step
    return candidates[0][1]
