"""A fact check about a candidate: her party, her rival's, and a boss word that is someone else's."""

from __future__ import annotations

from support.extraction import ties

CHECK = (
    "CLAIM: A video shows Marisol Ibarra Quintero, candidate for mayor of San Fermín, accepting money from "
    "\"Comandante Tigre,\" a Gulf Cartel boss.\n\n"
    "The clip first appeared on a page that has posted almost exclusively against Ibarra's party, the Movimiento "
    "Renovación Ciudadana (MRC). It was reposted by Ernesto Valdivia Garza, Ibarra's main rival and the candidate "
    "of the Partido del Pueblo Tamaulipeco (PPT), with a caption.\n"
)


def test_the_possessor_of_a_party_named_in_apposition_belongs_to_it():
    assert ("Marisol Ibarra Quintero", "member_of", "Movimiento Renovación Ciudadana") in ties(CHECK)


def test_someones_main_rival_opposes_that_someone_and_is_the_candidate_of_his_own_party():
    got = ties(CHECK)
    assert ("Ernesto Valdivia Garza", "opposes", "Marisol Ibarra Quintero") in got
    assert ("Ernesto Valdivia Garza", "member_of", "Partido del Pueblo Tamaulipeco") in got
    assert not any(s == "Marisol Ibarra Quintero" and o == "Partido del Pueblo Tamaulipeco" and t != "associated_with"
                   for s, t, o in got)


def test_a_boss_word_is_the_nearest_persons():
    got = ties(CHECK)
    assert not any(s == "Marisol Ibarra Quintero" and t == "leads" for s, t, _ in got)
