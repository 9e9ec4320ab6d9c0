"""Where an actor is: the town a leader runs his outfit from ('directs the network from Valencia', 'dirige la red
desde Cúcuta'), a relative clause after a name and its bracketed short form ('The Border Service (SBF), which
patrols X'), and a place 'near the hamlet of X' or 'en el caserío de X'; and whose a body is when its bracketed short form comes before its
country ('la Policía Nacional Civil (PNC) de Guatemala'). Invented examples."""

from __future__ import annotations

from support.extraction import ties


def test_a_leader_is_where_he_runs_the_outfit_from() -> None:
    got = ties("Treasury designated Ramiro Olmedo Fajardo on Tuesday. Olmedo directs the network from "
               "Maracay, a city west of Caracas.\n")
    assert ("Ramiro Olmedo Fajardo", "operates_in", "Maracay") in got, got


def test_the_place_after_desde_is_where_he_is_not_what_he_leads() -> None:
    got = ties("La Fiscalía capturó a alias Serrucho en abril. Serrucho dirige la red de extorsión desde Ocaña.\n")
    assert ("Serrucho", "operates_in", "Ocaña") in got, got
    assert ("Serrucho", "leads", "Ocaña") not in got, got


def test_a_relative_clause_after_a_bracketed_short_form() -> None:
    got = ties("La Dirección de Fronteras (DIFRON), que opera en el Catatumbo, capturó a dos hombres.\n")
    assert ("Dirección de Fronteras", "operates_in", "Catatumbo") in got, got


def test_a_place_near_a_hamlet_sets_the_clause() -> None:
    got = ties("Last year the charity Médicos del Río opened a clinic near the hamlet of Llochegua.\n")
    assert ("Médicos del Río", "operates_in", "Llochegua") in got, got


def test_a_body_with_its_short_form_then_its_country_is_that_states() -> None:
    got = ties("La operación contó con información de la Dirección Antinarcóticos (DIANT) de Bolivia y de la "
               "Policía Nacional Civil (PNC) de Guatemala.\n")
    assert ("Dirección Antinarcóticos", "member_of", "Bolivia") in got, got
    assert ("Policía Nacional Civil", "member_of", "Guatemala") in got, got
