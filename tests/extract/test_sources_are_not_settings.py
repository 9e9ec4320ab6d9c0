"""Who reports something is neither where it happened nor one of the sides it names."""

from __future__ import annotations

from support.extraction import ties


def test_a_body_cited_as_the_source_is_not_active_where_the_reported_events_happened():
    en = ("BULLETIN\n\nAccording to the Andean Crime Observatory, Los Chacales and Los Búhos fell out over a ransom "
          "paid on the road to Puerto Nuevo.\n")
    told = ("BULLETIN\n\nA shopkeeper in Puerto Nuevo who asked not to be named told the Andean Crime Observatory "
            "that the gangs charge a weekly fee.\n")
    assert ("Andean Crime Observatory", "operates_in", "Puerto Nuevo") not in ties(en)
    assert ("Andean Crime Observatory", "operates_in", "Puerto Nuevo") not in ties(told)
    assert ("Chacales", "operates_in", "Puerto Nuevo") in ties(en)


def test_a_source_is_still_where_its_own_name_places_it():
    en = "BULLETIN\n\nAccording to the Andean Crime Observatory in Valle Hondo, killings rose last year.\n"
    assert ("Andean Crime Observatory", "operates_in", "Valle Hondo") in ties(en)


def test_the_source_opening_a_sentence_is_not_one_of_the_sides_that_clash():
    es = "BOLETÍN\n\nSegún la Fundación Tierra Viva, Los Chacales y Los Búhos se enfrentaron cerca del río.\n"
    en = "BULLETIN\n\nAccording to the Andean Observatory, Los Chacales and Los Búhos clashed near the river.\n"
    got_es, got_en = ties(es), ties(en)
    assert not any("Fundación Tierra Viva" in (a, b) for a, _, b in got_es), got_es
    assert {("Chacales", "opposes", "Búhos"), ("Búhos", "opposes", "Chacales")} & got_es
    assert {("Chacales", "opposes", "Búhos"), ("Búhos", "opposes", "Chacales")} & got_en
