"""Phrases of a sentence: resolved mentions as units, coordinated lists as groups, clauses.

Shared by the relation, event and quote extractors. The per-document entity kinds
and places live in context variables (set by ``set_document``), so analyses running
in several threads (the web app's uploads) never see each other's documents.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from types import MappingProxyType

from nexos.extract.coref import Ref, Resolution

SETTING_TYPES = {"location", "state"}
COORD = re.compile(r"^[\s,;]*(?:(?:,\s*)?(?:and|or|as well as|along with|together with|y|e|o|u|así como|junto con|"
                   r"ni)\s+)?(?:the\s+|el\s+|la\s+|los\s+|las\s+|al\s+|a\s+la\s+|a\s+los\s+|to\s+the\s+|to\s+)?"
                   r"[\s\"“”'‘’*]*$"
                   # "A, y el revisor fiscal, B": a list whose second member carries a role
                   r"|^\s*,?\s*(?:and|y|e)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?(?:[a-záéíóúñ-]+\s+){1,3},?\s*$",
                   re.I)

@dataclass
class Unit:
    """A maximal resolved reference in one sentence (compound spans win over their parts)."""

    start: int
    end: int
    key: str


_STARTS: ContextVar[tuple[list[Ref] | None, int, list[int] | None, dict[tuple[int, int], list[Unit]]]] = ContextVar(
    "nexos_ref_starts", default=(None, -1, None, {}))


def _indexed(refs: list[Ref]) -> tuple[list[Ref] | None, int, list[int] | None, dict[tuple[int, int], list[Unit]]]:
    """The cache entry of ``refs``: its reference starts (None when not in text order) and the units found so far.

    The cache holds the list itself (not its id, which a later list may reuse) and its length; a new list, or
    one that grew or shrank, is indexed afresh.
    """
    entry = _STARTS.get()
    if entry[0] is not refs or entry[1] != len(refs):
        values = [r.start for r in refs]
        # (None when not in text order: scan)
        starts = None if any(a > b for a, b in zip(values, values[1:], strict=False)) else values
        entry = (refs, len(refs), starts, {})
        _STARTS.set(entry)
    return entry


def _window(refs: list[Ref], s: int, e: int) -> list[Ref]:
    """The references starting in [s, e): a binary search when ``refs`` is in text order (as resolution leaves it)."""
    starts = _indexed(refs)[2]
    if starts is None:
        return [r for r in refs if s <= r.start < e]
    return refs[bisect_left(starts, s) : bisect_left(starts, e)]


def units(refs: list[Ref], s: int, e: int) -> list[Unit]:
    """The units of ``[s, e)`` (a new list each call). Relations, events and quotes ask for each sentence's units
    a few dozen times over: they are worked out once per list of references and span."""
    memo = _indexed(refs)[3]
    found = memo.get((s, e))
    if found is None:
        found = memo[(s, e)] = _units(refs, s, e)
    return list(found)


def _units(refs: list[Ref], s: int, e: int) -> list[Unit]:
    inside = sorted((r for r in _window(refs, s, e) if r.end <= e), key=lambda r: (r.start, -(r.end - r.start)))
    out: list[Unit] = []
    for r in inside:
        if out and r.start < out[-1].end:
            if r.kind == "plural" and (r.start, r.end) == (out[-1].start, out[-1].end):
                out.append(Unit(r.start, r.end, r.key))  # "both", "the gangs": each actor it stands for
            continue
        out.append(Unit(r.start, r.end, r.key))
    return out


_CONJUNCTION = re.compile(r"(?<![\w])(?:and|or|y|e|o|u|ni)(?![\w])", re.I)


def groups(text: str, units: list[Unit], intro_end: int = -1, brackets: bool = False) -> list[list[Unit]]:
    """The sentence's units in coordinated lists ("A, B and C"); with ``brackets``, a name's bracketed short form
    is part of the name's own member ("la Dirección Nacional de Control de Drogas (DNCD) y la Policía": two)."""
    out: list[list[Unit]] = []
    kinds = _KINDS.get()
    for u in units:
        if brackets and out and u.key == out[-1][-1].key and re.fullmatch(r"\s*\(\s*", text[out[-1][-1].end : u.start]) \
                and re.match(r"\s*\)", text[u.end : u.end + 2]):
            # "la Dirección Nacional de Control de Drogas (DNCD) y la Policía": the bracketed short form is the
            # same actor named again; the name and its brackets are one member of the list
            last = out[-1][-1]
            out[-1][-1] = Unit(last.start, text.index(")", u.end) + 1, last.key)
            continue
        if out and not (out[-1][-1].end <= intro_end <= u.start):
            gap = text[out[-1][-1].end : u.start]
            # (a clash: a bare comma, one with no conjunction, between kinds; asked only of a gap that can join a list)
            if COORD.match(gap) and not ("," in gap and not _CONJUNCTION.search(gap)
                                         and kinds.get(out[-1][-1].key) != kinds.get(u.key)):
                # "San Jacinto, Ómar Benítez": an apposition, not a list
                out[-1].append(u)
                continue
            if UNNAMED_MEMBER.match(gap) and OWNER_WORD.fullmatch(text, out[-1][-1].start, out[-1][-1].end):
                # "sanctions A, his wife and C", "A, su esposa y C": the possessive stands for A, and the one it
                # owns is an unnamed member of the same list
                out[-1].append(u)
                continue
        out.append([u])
    return out


OWNER_WORD = re.compile(r"(?:his|her|their|His|Her|Their|su|sus|Su|Sus)")
UNNAMED_MEMBER = re.compile(r"\s+(?:[a-záéíóúñ-]+\s+)?[a-záéíóúñ-]+\s*,?\s*(?:and|y|e)\s+"
                            r"(?:the\s+|el\s+|la\s+|los\s+|las\s+|al\s+|a\s+)?$")


_PLACE_KEYS: ContextVar[frozenset[str]] = ContextVar("nexos_place_keys", default=frozenset())


_NO_KINDS: Mapping[str, str] = MappingProxyType({})
_KINDS: ContextVar[Mapping[str, str]] = ContextVar("nexos_entity_kinds", default=_NO_KINDS)
KIND_OF = {"person": "person", "location": "place", "state": "place"}


def all_places(g: list[Unit]) -> bool:
    places = _PLACE_KEYS.get()
    return all(u.key in places for u in g)



def all_settings(g: list[Unit]) -> bool:
    """Every member is a place or a state (what a preposition can set a clause in)."""
    kinds = _KINDS.get()
    return all(kinds.get(u.key) == "place" for u in g)


def all_people(g: list[Unit]) -> bool:
    """Every member is a person."""
    kinds = _KINDS.get()
    return all(kinds.get(u.key) == "person" for u in g)


def set_document(res: Resolution) -> None:
    """Make ``res``'s places and entity kinds the ones ``groups`` and ``all_places`` read."""
    _PLACE_KEYS.set(frozenset(k for k, ent in res.by_key.items() if ent.type == "location"))
    _KINDS.set({k: KIND_OF.get(ent.type, "organisation") for k, ent in res.by_key.items()})
    _STARTS.set((None, -1, None, {}))  # a new document's references are indexed afresh


CLAUSE_BREAK = re.compile(r";|:\s|\s[—–]\s")


def clause_spans(text: str, sent: tuple[int, int], breaks: re.Pattern[str] = CLAUSE_BREAK) -> list[tuple[int, int]]:
    """The (start, end) of each clause of a sentence, split where ``breaks`` matches.

    A break inside brackets is not one: "Ana Ruiz (born May 2, 1980; Colombian national) is the
    network's accountant" is one clause.
    """
    s, e = sent
    out, cur = [], s
    part = text[s:e]
    for m in breaks.finditer(part):
        before = part[: m.start()]
        if before.count("(") > before.count(")") and ")" in part[m.end() :]:
            continue
        out.append((cur, s + m.start()))
        cur = s + m.end()
    out.append((cur, e))
    return out
