"""A sanctions release: the designated network, the people under its 'designated' heading, and their roles."""

from __future__ import annotations

from support.extraction import extracted, ties

RELEASE = """MINISTRY OF FINANCE
Press Release
May 4, 2026

Finance Ministry Sanctions Smuggling Ring in the Darién

PANAMA CITY — Today, the Unidad de Análisis Financiero (UAF) designated Ruta Esmeralda, a money-laundering network
based in Panama and Colombia that has moved migrant-smuggling proceeds for the Clan del Golfo since 2021.

Individuals designated today

Octavio Lezcano Pinilla (born March 3, 1975; Panamanian national) directs the network from Yaviza.

Dayana Cortés Mosquera (born July 9, 1988; Colombian national) is Lezcano's partner and the legal representative
of Cambios Tuira S.A., an exchange house in Yaviza.

Ismael Batista Rengifo (born May 21, 1991; Colombian national) is the network's accountant.

Further information

The UAF thanked the Colombian authorities for their help.
"""


def test_a_network_described_as_laundering_money_is_a_criminal_group_and_the_network_it_is_called_later():
    ex = extracted(RELEASE)
    ring = next(e for e in ex.entities if e.name == "Ruta Esmeralda")
    assert ring.type == "criminal_group"
    said = {ex.document.text[m.start:m.end] for m in ring.mentions}
    assert "the network" in said


def test_each_person_under_a_designated_heading_is_acted_against_by_the_designating_body():
    got = ties(RELEASE)
    for person in ("Octavio Lezcano Pinilla", "Dayana Cortés Mosquera", "Ismael Batista Rengifo"):
        assert any(t == "acts_against" and o == person and s.startswith("Unidad") for s, t, o in got), person


def test_a_heading_that_designates_nobody_ties_nobody():
    got = ties(RELEASE.replace("Individuals designated today", "Background"))
    assert not any(t == "acts_against" and o == "Octavio Lezcano Pinilla" for _, t, o in got)


def test_a_semicolon_inside_brackets_does_not_end_the_clause():
    got = ties(RELEASE)
    assert ("Ismael Batista Rengifo", "member_of", "Ruta Esmeralda") in got


def test_the_possessor_of_one_noun_is_not_the_subject_of_the_next():
    got = ties(RELEASE)
    assert ("Dayana Cortés Mosquera", "leads", "Cambios Tuira S.A.") in got
    assert ("Octavio Lezcano Pinilla", "leads", "Cambios Tuira S.A.") not in got


def test_a_designation_that_names_both_groups_does_not_make_them_rivals():
    got = ties(RELEASE)
    assert not any(t == "opposes" and {s, o} == {"Ruta Esmeralda", "Clan del Golfo"} for s, t, o in got)


def test_a_gang_is_not_said_to_act_against_a_man_the_police_arrested():
    got = ties("Police arrested Ismael Batista in Colón in 2024; he was released on bail and resumed his role "
               "for Los Cholos, a gang that extorts bus drivers.")
    assert not any(t == "acts_against" and s == "Cholos" for s, t, o in got)
    assert ("Ismael Batista", "member_of", "Cholos") in got


def test_an_office_that_is_designating_a_firm_acts_against_it():
    got = ties("OFAC is also designating Inversiones Brisamar C.A., a real-estate firm in Maracay.")
    assert ("OFAC", "acts_against", "Inversiones Brisamar C.A.") in got
