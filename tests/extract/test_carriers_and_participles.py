"""A group named for a family at a sentence's start, a group carrying another's goods, and a participle's object."""

from __future__ import annotations

from support.extraction import ties


def test_a_family_network_opening_a_sentence_is_a_group_not_the_person_of_that_surname():
    got = ties("Eliseo Marroquín owns a trucking firm. The Marroquín network moves cocaine through Nueva Aurora, "
               "prosecutors say.")
    assert ("Marroquín network", "operates_in", "Nueva Aurora") in got, got


def test_a_band_that_carries_another_groups_goods_supports_it():
    got = ties("Según la Fiscalía, la banda Los Zorzales mueve cocaína para el Cartel de Tierra Baja desde 2019.")
    assert ("Zorzales", "supports", "Cartel de Tierra Baja") in got, got


def test_a_participle_with_its_own_object_does_not_lend_the_subject_to_the_deed_after_it():
    got = ties("In May, the Treasury Department sanctioned Elmer Rocha and two firms, Fletes Rocha and Granos del Sur, "
               "accusing them of financing the Cartel de Tierra Baja.")
    assert not any("Treasury" in s and t == "funds" for s, t, _ in got), got
    got = ties("En mayo, el Departamento del Tesoro sancionó a Elmer Rocha y a dos empresas, acusándolos de "
               "financiar al Cartel de Tierra Baja.")
    assert not any("Tesoro" in s or "Treasury" in s for s, t, _ in got if t == "funds"), got


def test_a_family_whose_surname_is_also_a_town_is_still_a_family():
    got = ties("Arturo Gallardo began as a driver for the Cienfuegos family, a drug clan from the coast. The Cienfuegos "
               "family controls the port of Bahía Honda.")
    assert ("Cienfuegos family", "controls", "Bahía Honda") in got, got
    got = ties("Rubén Toro trabajó como chofer para la familia Cienfuegos, un clan narcotraficante de la costa. La familia "
               "Cienfuegos controla el puerto de Bahía Honda.")
    assert any("Cienfuegos" in s and t in ("controls", "operates_in") and o == "Bahía Honda" for s, t, o in got), got
