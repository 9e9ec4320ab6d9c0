"""Helpers that make extraction faster without changing what it finds: the tables ``str.translate`` reads,
the remembered dates of a line, whether an entity is still the document's."""

from __future__ import annotations

from nexos.assess.lexicon import fold
from nexos.extract.short_forms import kept
from nexos.ingest.formats._common import clean_piece
from nexos.ingest.metadata import find_dates
from nexos.model import Entity


def test_folding_keeps_every_character_it_does_not_list_in_english_and_spanish():
    assert fold("Las víctimas — según la Fiscalía — eran 3") == "las victimas — segun la fiscalia — eran 3"
    assert fold("The “Cártel” ‘boss’\u00a0said") == "the “cartel” 'boss' said"
    assert fold("Ω ñ Ñ") == "ω n n"  # (a letter the table has no entry for stays what it was)


def test_clean_piece_drops_invisible_characters_turns_odd_spaces_into_spaces_and_keeps_the_rest():
    assert clean_piece("soft\u00adhyphen zero\u200bwidth no\u00a0break narrow\u202fspace") == \
        "softhyphen zerowidth no break narrow space"
    assert clean_piece("la acusación\ufeff — «dijo»") == "la acusación — «dijo»"


def test_the_dates_of_a_line_are_a_new_list_each_time():
    line = "Bogotá, 6 de marzo de 2025 (Agencia Ejemplo) - Published March 7, 2025"
    first = find_dates(line)
    assert [d[2] for d in first] == ["2025-03-06", "2025-03-07"]
    first.clear()  # a caller may change what it got: the next caller still reads every date
    assert [d[2] for d in find_dates(line)] == ["2025-03-06", "2025-03-07"]
    assert find_dates("no year here") == []


class _Res:
    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities


def test_an_entity_is_kept_while_it_is_itself_in_the_list_not_an_equal_copy():
    gang = Entity(key="e1", name="Los Halcones", type="criminal_group")
    man = Entity(key="e2", name="Ramiro Tuz", type="person")
    res = _Res([gang, man])
    assert kept(res, gang) and kept(res, man)
    res.entities.remove(man)
    assert not kept(res, man)
    assert not kept(res, Entity(key="e3", name="Ramiro Tuz", type="person"))
