"""A sentence's units are worked out once per list of references (relations, events and quotes ask for them a
few dozen times): each caller still gets its own list, and a new or changed list of references is read afresh."""

from __future__ import annotations

from nexos.extract.coref import Ref
from nexos.extract.phrases import units


def _spans(found):  # noqa: ANN001, ANN202
    return [(u.start, u.end, u.key) for u in found]


def test_the_units_of_a_sentence_are_a_new_list_each_time_in_english():
    # "Ana Ruiz met Tomás Ibarra in Tumaco."
    refs = [Ref(0, 8, "e1"), Ref(13, 25, "e2"), Ref(29, 35, "e3")]
    first = units(refs, 0, 36)
    assert _spans(first) == [(0, 8, "e1"), (13, 25, "e2"), (29, 35, "e3")]
    first.clear()  # a caller may change what it got: the next caller still reads every unit
    assert _spans(units(refs, 0, 36)) == [(0, 8, "e1"), (13, 25, "e2"), (29, 35, "e3")]
    assert _spans(units(refs, 10, 36)) == [(13, 25, "e2"), (29, 35, "e3")]  # another stretch, its own units


def test_a_list_of_references_that_grows_or_a_new_list_is_read_afresh_in_spanish():
    # "La Fiscalía capturó a Jorge Velandia en Cúcuta."
    refs = [Ref(3, 11, "e1"), Ref(22, 36, "e2")]
    assert _spans(units(refs, 0, 47)) == [(3, 11, "e1"), (22, 36, "e2")]
    refs.append(Ref(40, 46, "e3"))  # a reference found later ('Cúcuta')
    assert _spans(units(refs, 0, 47)) == [(3, 11, "e1"), (22, 36, "e2"), (40, 46, "e3")]
    other = [Ref(22, 36, "e9")]
    assert _spans(units(other, 0, 47)) == [(22, 36, "e9")]
    assert _spans(units(refs, 0, 47)) == [(3, 11, "e1"), (22, 36, "e2"), (40, 46, "e3")]


def test_lists_and_appositions_are_grouped_as_before_in_english_and_spanish():
    from nexos.extract.phrases import _KINDS, Unit, groups

    token = _KINDS.set({"p1": "person", "p2": "person", "l1": "place", "o1": "organisation"})
    try:
        en = "Ana Ruiz and Tomás Ibarra met in Tumaco"
        u = [Unit(0, 8, "p1"), Unit(13, 25, "p2"), Unit(33, 39, "l1")]
        assert [[x.key for x in g] for g in groups(en, u)] == [["p1", "p2"], ["l1"]]
        es = "San Jacinto, Ómar Benítez y la Fiscalía"
        u = [Unit(0, 11, "l1"), Unit(13, 25, "p1"), Unit(28, 39, "o1")]
        # a bare comma between a place and a person is an apposition; 'y la' joins the list
        assert [[x.key for x in g] for g in groups(es, u)] == [["l1"], ["p1", "o1"]]
    finally:
        _KINDS.reset(token)
