"""Ties that no cue places between two actors take their type from the rest of the clause."""

from __future__ import annotations

from nexos.extract.lexicon import fold_text
from nexos.extract.pair_types import pair_type
from support.extraction import ties


def test_a_body_and_a_person_in_a_clause_about_a_case_is_the_body_acting_against_the_person():
    got = ties("La Fiscalía General del Estado abrió una carpeta de investigación contra Ernesto Villalba Ruiz "
               "por el desvío de fondos.")
    assert ("Fiscalía General del Estado", "acts_against", "Ernesto Villalba Ruiz") in got


def test_a_gang_fronted_by_a_person_is_led_by_that_person():
    got = ties('Viv Ansanm, an alliance of gangs formed in 2023 and fronted by former police officer '
               'Jimmy Chérizier, controls most of the capital.')
    assert ("Jimmy Chérizier", "leads", "Viv Ansanm") in got


def test_a_lieutenant_near_a_gang_is_one_of_its_members():
    got = ties('El primero fue su lugarteniente, Raúl Benítez Orozco, alias "El Gato", un exmilitar que entrenó '
               'al brazo armado de Los Zorros.')
    assert ("Raúl Benítez Orozco", "member_of", "Zorros") in got


def test_the_owner_of_a_firm_leads_it():
    got = ties("Mauricio Lagos is the owner of Escudo Total S.A., campaign filings show.")
    assert ("Mauricio Lagos", "leads", "Escudo Total S.A.") in got


def test_a_clause_that_names_no_kind_of_tie_keeps_the_loose_one():
    got = ties("Mauricio Lagos visited Escudo Total S.A. on Monday morning.")
    assert {t for _, t, _ in got} <= {"associated_with"}


def test_the_acting_side_is_the_source_whichever_comes_first():
    clause = fold_text("Ernesto Villalba Ruiz, against whom the Fiscalía opened a case against in March")
    assert pair_type(clause, ("p", "person"), ("f", "government_body")) == ("acts_against", "f", "p")
    assert pair_type(fold_text("su lugarteniente en la zona"), ("g", "criminal_group"), ("p", "person")) == \
        ("member_of", "p", "g")
    assert pair_type(fold_text("met on Monday"), ("g", "criminal_group"), ("p", "person"))[0] == "associated_with"


def test_two_gangs_in_a_clause_about_a_dispute_oppose_each_other():
    assert pair_type(fold_text("se disputan la carretera"), ("a", "criminal_group"), ("b", "criminal_group"))[0] \
        == "opposes"
    assert pair_type(fold_text("pactaron una alianza con"), ("a", "criminal_group"), ("b", "armed_group"))[0] \
        == "allied_with"


def test_counted_leaders_are_nobody_named_in_the_clause():
    clause = fold_text("an indictment charging seven alleged leaders of the group, announced the prosecutor")
    assert pair_type(clause, ("p", "person"), ("g", "criminal_group"))[0] != "leads"


def test_two_people_in_a_clause_of_criticism_oppose_each_other():
    clause = fold_text("la senadora denunció a su rival en el pleno")
    assert pair_type(clause, ("a", "person"), ("b", "person"))[0] == "opposes"
    assert pair_type(fold_text("met for lunch in Lima"), ("a", "person"), ("b", "person"))[0] == "associated_with"


def test_a_spanish_cue_ending_in_a_also_reads_al():
    got = ties("La senadora Ana Lucía Pérez criticó al ministro del Interior, Pedro Ruiz Gómez, por la masacre.")
    assert ("Ana Lucía Pérez", "opposes", "Pedro Ruiz Gómez") in got


def test_owners_of_firms_and_properties_lead_them():
    got = ties("Desde 2021, Efraín Solano Ibarra figura como accionista mayoritario de Autos Selectos del Norte, "
               "S.A. de C.V., una agencia de camionetas seminuevas.")
    assert ("Efraín Solano Ibarra", "leads", "Autos Selectos del Norte") in got
    got = ties("El rancho El Palenque está a nombre de Araceli Domínguez Trejo, esposa del contador.")
    assert ("Araceli Domínguez Trejo", "leads", "El Palenque") in got


def test_counted_members_are_nobody_named_in_the_clause():
    clause = fold_text("un juez condenó a dos integrantes de la banda por el homicidio del líder")
    assert pair_type(clause, ("p", "person"), ("g", "criminal_group"))[0] != "member_of"


def test_a_group_that_operates_along_a_border_operates_in_the_country_beyond():
    assert ("Tren de Aragua", "operates_in", "Colombia") in ties(
        "The Tren de Aragua operates along the border with Colombia, prosecutors said.")
    assert ("Los Choneros", "operates_in", "Colombia") in ties(
        "Los Choneros operan a lo largo de la frontera con Colombia desde 2020.")
