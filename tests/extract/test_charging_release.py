"""A US charging release: defendants in capitals, the network named after its leader, the indictment's list."""

from __future__ import annotations

from support.extraction import extracted, ties

RELEASE = """U.S. DEPARTMENT OF JUSTICE
FOR IMMEDIATE RELEASE
Thursday, June 5, 2025

MIAMI — An indictment unsealed yesterday charges eleven alleged members of the Orellana Batres network, a Guatemalan drug trafficking organization, announced United States Attorney Marisa K. Delgado. Eight defendants were taken into custody by the Drug Enforcement Administration (DEA).

According to the indictment, the network is led by HÉCTOR ORELLANA BATRES, a/k/a "Tito," 52, of Huehuetenango.

The indictment further alleges that:

- SANDRA LUCÍA BATRES DE LEÓN, a/k/a "La Güera," 47, managed the network's finances;
- JULIO CÉSAR ALDANA, a/k/a "Calavera," 33, led an armed security cell; and
- RICARDO PAZ MENJÍVAR, 44, of Doral, Florida, operated Blue Pelican Trading LLC, a Miami company.

Batres de León and Aldana were among those arrested in Guatemala.
"""


def test_defendants_written_in_capitals_are_people_with_their_whole_names():
    types = {e.name: e.type for e in extracted(RELEASE).entities}
    for name in ("HÉCTOR ORELLANA BATRES", "SANDRA LUCÍA BATRES DE LEÓN", "JULIO CÉSAR ALDANA", "RICARDO PAZ MENJÍVAR"):
        assert types.get(name) == "person", name


def test_the_network_named_after_its_leader_is_a_group_he_leads():
    got = ties(RELEASE)
    assert {e.name: e.type for e in extracted(RELEASE).entities}["Orellana Batres network"] == "criminal_group"
    assert ("HÉCTOR ORELLANA BATRES", "leads", "Orellana Batres network") in got


def test_the_indictments_list_places_each_defendant_in_the_network_and_an_operator_leads_his_firm():
    got = ties(RELEASE)
    for name in ("SANDRA LUCÍA BATRES DE LEÓN", "JULIO CÉSAR ALDANA", "RICARDO PAZ MENJÍVAR"):
        assert (name, "member_of", "Orellana Batres network") in got, name
    assert ("RICARDO PAZ MENJÍVAR", "leads", "Blue Pelican Trading LLC") in got


def test_where_they_were_arrested_is_no_one_they_acted_against():
    assert not any(o == "Guatemala" and t == "acts_against" for _, t, o in ties(RELEASE))
