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


def test_the_references_near_a_stretch_are_a_slice_of_those_in_text_order_and_all_of_them_otherwise():
    from nexos.extract.coref import Ref
    from nexos.extract.descriptions import _near

    refs = [Ref(0, 12, "e1"), Ref(40, 44, "e2"), Ref(100, 130, "e1"), Ref(300, 310, "e3")]
    near = _near(refs)
    got = near(120, 200)
    # every reference the caller's test would keep is there (ends at 120 or after, starts by 200), in order
    assert [r for r in refs if r.end >= 120 and r.start <= 200] == [r for r in got if r.end >= 120 and r.start <= 200]
    assert refs[2] in got and refs[3] not in got and refs[0] not in got
    assert near(0, 5)[0] is refs[0]
    shuffled = [refs[2], refs[0]]
    assert _near(shuffled)(500, 600) == shuffled  # not in text order: all of them, for the caller to test


def test_description_patterns_read_the_demonstratives_and_a_nationality_in_each_language():
    from nexos.extract.coref import _description_patterns

    en = dict(_description_patterns("en"))
    es = dict(_description_patterns("es"))
    assert "person" not in en and en and es
    assert any(rx.search("police said the colombian group") for rx in en.values())
    assert any(rx.search("según la policía, esta banda") for rx in es.values())
    assert _description_patterns("es") is _description_patterns("es")  # built once per language


def test_the_cues_a_clause_may_hold_are_those_whose_beginnings_it_has_in_the_cue_order():
    from nexos.extract.lexicon import fold_text
    from nexos.extract.relations import _cues_for, _relation_cue_starts
    from nexos.extract.starts import word_start_positions, word_starts

    for clause in ("Los Halcones financian a la banda de Ramiro Tuz", "The Red Gulls fund the campaign of Nora Benetti",
                   "nothing here"):
        folded = fold_text(clause)
        present = word_starts(folded, 0, len(folded), len(folded))
        want = [i for i, heads in enumerate(_relation_cue_starts()) if heads is None or not heads.isdisjoint(present)]
        assert [i for i, _at in _cues_for(word_start_positions(folded, 0, len(folded), len(folded)))] == want
    assert len(_cues_for(word_start_positions("fund", 0, 4, 4))) < len(_relation_cue_starts())


def test_a_cue_is_tried_only_at_the_word_starts_that_open_with_one_of_its_beginnings():
    from nexos.extract.lexicon import fold_text
    from nexos.extract.relations import _cues_for, _relation_cue_starts
    from nexos.extract.starts import word_start_positions

    starts = _relation_cue_starts()
    for clause, word in (("Ayer, según la Fiscalía, el Clan del Golfo financió la campaña", "financio"),
                         ("Later the gang, police said, funds the campaign", "funds")):
        folded = fold_text(clause)
        at = dict(_cues_for(word_start_positions(folded, 0, len(folded), len(folded))))
        assert all(at[i] is None for i in at if starts[i] is None)  # (a cue always scanned: anywhere)
        fin = [i for i in at if starts[i] is not None and folded[folded.index(word):][:3] in starts[i]]
        assert fin and all(folded.index(word) in at[i] for i in fin)
        assert all(p == 0 or not folded[p - 1].isalnum() for i in at for p in at[i] or ())  # word starts only


def test_folding_a_text_twice_gives_the_same_text_in_english_and_spanish():
    # (remembered: each lexicon a document is read against folds the whole text again)
    for text in ("The CÁRTEL’s “boss” said", "La Fiscalía dijo — según fuentes — que sí"):
        assert fold(text) == fold(text) == fold(str(text))
    assert fold("La Fiscalía") == "la fiscalia" and fold("LA FISCALÍA") == "la fiscalia"
