"""Every body of a coordinated subject before a Spanish object clitic does the deed, also when the first is written
with its bracketed short form: 'agentes de la Secretaría Nacional Antidrogas (SENAD) y de la Policía Nacional lo
capturaron'. Invented examples."""

from __future__ import annotations

from support.extraction import ties


def test_both_bodies_before_a_clitic_act() -> None:
    got = ties("Marcos Benítez Lugo huyó a Paraguay en 2023. En febrero de 2024, agentes de la Secretaría Nacional "
               "Antidrogas (SENAD) y de la Policía Nacional lo capturaron en una casa de Pedro Juan Caballero.\n")
    assert ("Secretaría Nacional Antidrogas", "acts_against", "Marcos Benítez Lugo") in got, got
    assert ("Policía Nacional", "acts_against", "Marcos Benítez Lugo") in got, got


def test_a_gang_beside_the_body_does_not_join_its_arrest() -> None:
    got = ties("Marcos Benítez Lugo huyó a Paraguay en 2023. Tras la masacre de Los Tiburones, la Policía Nacional "
               "lo capturó en una casa de Pedro Juan Caballero.\n")
    assert ("Policía Nacional", "acts_against", "Marcos Benítez Lugo") in got, got
    assert ("Los Tiburones", "acts_against", "Marcos Benítez Lugo") not in got, got
