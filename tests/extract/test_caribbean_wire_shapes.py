"""Shapes of Caribbean wire copy and columns: hyphenated names, ranks before an apposed name, a fragment quoted at
the end of an indirect statement, a time phrase after the speech verb, a firm whose name holds a magazine's, and
unnamed investigators or a body's own sources.

Each small document is written for these tests (fictional people, firms and places).
"""

from __future__ import annotations

import pytest

from support.extraction import extracted, quotes, said, ties


def test_a_hyphenated_given_name_set_off_by_an_apposition_after_the_quote():
    text = ("Customs officers in Santo Domingo found forty rifles in a shipment of freezers on Tuesday.\n\n"
            "Officials in Haiti welcomed the seizure. \"For every container they stop, three get through,\" "
            "Inspector Jean-Robert Dorléans, a spokesman for the Haitian National Police, said by telephone from "
            "Port-au-Prince.\n")
    assert said(quotes(text), "three get through") == "Jean-Robert Dorléans"


def test_a_short_fragment_at_the_end_of_an_indirect_statement_is_the_openers():
    text = ("Haitian officials welcomed the seizure.\n\n"
            "Lieutenant General Osvaldo Pimentel Marte, the Dominican army's border commander, said on Friday that "
            "patrols in the northern provinces of Dajabón and Montecristi would be doubled \"until further notice.\"\n")
    assert said(quotes(text), "until further notice") == "Osvaldo Pimentel Marte"


def test_a_time_phrase_after_the_verb_is_no_role_of_someone_named_before():
    text = ("La red documenta abusos en la frontera desde 2019. «El problema es el contenedor que nadie revisa», me "
            "dijo su directora, Marie-Ange Célestin, en su oficina de Dajabón. El pasado mes de mayo la red publicó "
            "otro informe.\n\n"
            "La CARICOM lleva dos años pidiendo controles. «Nos piden que apaguemos el incendio mientras ellos venden "
            "la gasolina», resumió el mes pasado en Kingston el secretario adjunto del bloque, el barbadense Trevor "
            "Alleyne-Cummins.\n")
    got = quotes(text)
    assert said(got, "apaguemos el incendio") == "Trevor Alleyne-Cummins"
    assert said(got, "nadie revisa") == "Marie-Ange Célestin"


def test_andrea_is_a_woman_for_she_after_her_quote():
    text = ("March 3, 2025 - Prosecutor Marisol Dunleavy charges the call-centre owners. \"These were not victimless "
            "calls,\" she says.\n\n"
            "The following day - Andrea Maitland-Sewell, director of the anti-corruption agency, welcomes the "
            "charges. \"Scammers like to think of themselves as clever businessmen,\" she says.\n")
    assert said(quotes(text), "clever businessmen") == "Andrea Maitland-Sewell"


def test_a_description_with_a_rank_and_a_name_set_off_is_that_person():
    text = ("The money flows through Rose-Mène Pierrilus, the commander's longtime companion. She runs the fuel "
            "depots.\n\n"
            "A unit of the multinational force pushed into the town last month. The commander of that unit, Major "
            "Kiprono Wafula-Ochieng, told reporters the operation proved that \"these gangs can be beaten when "
            "soldiers are given the means.\"\n")
    assert said(quotes(text), "can be beaten") == "Kiprono Wafula-Ochieng"


def test_a_firm_whose_name_holds_a_magazines_is_one_company():
    text = ("Police in Kingston raided Zenith Cambio Express on Monday. Zenith Cambio Express said in an emailed "
            "response that it had \"cooperated fully with investigators from day one.\"\n")
    ex = extracted(text)
    types = {e.name: e.type for e in ex.entities}
    assert types.get("Zenith Cambio Express") == "company"
    assert "Cambio" not in types
    assert said(quotes(text), "cooperated fully") == "Zenith Cambio Express"


def _flagged(text: str, words: str) -> bool:
    claims = [c for c in extracted(text).claims if words in c.text]
    assert claims, f"no claim holds {words!r}"
    return any(c.anonymous_source for c in claims)


@pytest.mark.parametrize("text, words, anonymous", [
    ("The scam rings of Montego Bay grew in 2022.\n\nEarly 2023 - According to investigators, Tyrone Lescott takes "
     "over the crew's collection routes.\n", "collection routes", True),
    # (a guard: the Spanish shape was read before the English one)
    ("Las redes de estafa crecieron en 2022.\n\nSegún los investigadores, Lescott controla las rutas de cobro.\n",
     "rutas de cobro", True),
    ("La DNCD separó a nueve agentes en Dajabón. Fuentes de la propia DNCD me confirmaron que dos de ellos "
     "trabajaban para la red.\n", "trabajaban para la red", True),
    # prosecutors speak for their office: no unnamed source
    ("The gang's leader has been in prison since 2013.\n\nAccording to prosecutors, he continues to order attacks "
     "from his cell.\n", "order attacks", False),
])
def test_unnamed_investigators_and_a_bodys_own_sources(text: str, words: str, anonymous: bool) -> None:
    assert _flagged(text, words) is anonymous


def test_a_countrys_prosecution_and_ministries_in_lower_case_are_bodies():
    types = {e.name: e.type for e in extracted(
        "The case will be handled by the anti-trafficking unit of the Dominican attorney general's office.\n\n"
        "El caso también lo sigue la fiscalía haitiana, y la cancillería venezolana rechazó el informe.\n").entities}
    assert types.get("Dominican attorney general's office") == "government_body"
    assert types.get("fiscalía haitiana") == "government_body"
    assert types.get("cancillería venezolana") == "government_body"


def test_a_body_whose_name_opens_with_a_ranks_word_is_no_major_and_its_bracketed_acronym_no_town():
    text = ("14 June 2021 - The Major Organised Crime and Anti-Corruption Agency (MOCA) raids a call centre in "
            "Montego Bay. Two weeks later MOCA officers arrest Omar Lescott at the airport. Andrea Maitland-Sewell, "
            "director of MOCA, welcomes the arrest.\n")
    ex = extracted(text)
    agency = [e for e in ex.entities if "MOCA" in (e.name, *e.aliases)]
    assert len(agency) == 1 and agency[0].type == "government_body"
    assert "Anti-Corruption Agency" in agency[0].name or any("Anti-Corruption Agency" in a for a in agency[0].aliases)
    assert not any(e.type == "person" and "Agency" in e.name for e in ex.entities)
    assert any(s == "Andrea Maitland-Sewell" and t == "leads" and "Agency" in o for s, t, o in ties(text))


def test_a_police_notes_short_alias_mark_joins_the_nickname_to_the_man():
    text = ("La Policía Nacional desarticuló una red de tráfico de armas en Dajabón.\n\n"
            "Las autoridades mantienen la búsqueda de Franklin Javier Ozuna Marte (a) \"Tres Pelos\", de 38 años, "
            "señalado como segundo al mando. También fue detenido Luis Ruiz Peña (a) Cara Cortada, de 29 años.\n")
    people = {e.name: e.aliases for e in extracted(text).entities if e.type == "person"}
    assert "Tres Pelos" in people.get("Franklin Javier Ozuna Marte", [])
    assert "Cara Cortada" in people.get("Luis Ruiz Peña", [])
    assert "Tres Pelos" not in people and "Cara Cortada" not in people


def test_a_company_registered_in_a_town_works_there():
    got = ties("The container was consigned to Importadora Brisamar, a company registered in the Haitian port town "
               "of Port-Lanjé, according to customs records.\n\n"
               "La carga iba a nombre de Naviera Coquí, una empresa registrada en San Juan.\n")
    assert ("Importadora Brisamar", "operates_in", "Port-Lanjé") in got
    assert ("Naviera Coquí", "operates_in", "San Juan") in got
