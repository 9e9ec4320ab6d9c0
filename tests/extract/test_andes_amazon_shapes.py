"""Shapes of Andean and Amazon reporting: a court's ordinal, a valley or a river named with its common noun, a
country's possessive before its police, a one-word government and its nationality, a party whose name holds "y",
Brazil's environmental agency, and a prosecutor after a sentence about the prosecution.

Each small document is written for these tests (fictional people, firms and places).
"""

from __future__ import annotations

from support.extraction import extracted, quotes, said, ties


def _entities(text: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, e.aliases) for e in extracted(text).entities}


def test_a_courts_ordinal_is_part_of_its_name():
    got = _entities("11 March 2026 – The trial opens before the 7th Federal Criminal Court in Manaus, presided over by "
                    "Judge Helena Vasconcelos Tavares.\n")
    assert got["7th Federal Criminal Court"][0] == "government_body"


def test_a_place_written_with_its_valley_or_river_has_that_form_as_an_alias():
    got = _entities("The clan buys coca leaf from growers in the Ene valley and moves it along the Uraricoera river at "
                    "night.\n")
    assert "Ene valley" in got["Ene"][1]
    assert "Uraricoera river" in got["Uraricoera"][1]


def test_a_countrys_possessive_before_its_police_and_a_government_with_its_nationality():
    got = _entities("The raid was carried out by the anti-drug directorate of Peru's National Police, with "
                    "helicopters.\n")
    assert "Peru's National Police" in got["National Police"][1]
    got = _entities("La Paz acusa al Gobierno boliviano de inacción frente a los vuelos.\n")
    assert "Gobierno boliviano" in got["Gobierno"][1]


def test_a_party_whose_name_holds_y_after_the_word_party():
    got = _entities("In Lima, congressman Ramón Vílchez Arana, of the opposition party Orden y Patria, wants Peru to "
                    "follow.\n")
    assert got["Orden y Patria"][0] == "political_party"
    assert "Orden" not in got and "Patria" not in got
    # guard: two people joined by "and" after no word for a body stay two
    got = _entities("Supporters of Maduro and Petro gathered at the border.\n")
    assert "Nicolás Maduro" in got and "Gustavo Petro" in got


def test_brazils_environmental_agency_and_its_spokeswoman():
    got = ties("\"Our teams have not left the territory for a single week this year,\" said Cláudia Ferraz Nogueira, "
               "Ibama's spokeswoman in Boa Vista.\n")
    assert ("Cláudia Ferraz Nogueira", "member_of", "Ibama") in got


def test_a_prosecutor_after_a_sentence_about_the_prosecution_is_its_own():
    got = ties("The following month – The Federal Public Ministry (MPF) charges 19 people with drug trafficking. "
               "Federal prosecutor Rodrigo Pessoa Lacerda calls the group narco-loggers.\n")
    assert ("Rodrigo Pessoa Lacerda", "member_of", "Ministério Público Federal") in got
    # guard: after a sentence about a gang, a prosecutor is not the gang's
    got = ties("The Gran Grif gang burned the market on Monday. Prosecutor Jean Rémy Dorval said the case was open.\n")
    assert not any(a == "Jean Rémy Dorval" and "Grif" in b for a, _, b in got)


def test_a_two_word_place_listed_after_a_place_is_no_person_and_a_body_reinforced_its_posts_there():
    text = "El Servicio Nacional de Fronteras (SENAFRONT) reforzó en 2025 sus puestos en Bajo Chiquito y Lajas Blancas.\n"
    assert _entities(text)["Lajas Blancas"][0] == "location"
    assert {("SENAFRONT", "operates_in", "Bajo Chiquito"), ("SENAFRONT", "operates_in", "Lajas Blancas")} <= ties(text)
    # guard: a man with a given name after a place and "y" stays a man
    got = _entities("Fueron trasladados a Quibdó y Yeison Mena quedó libre.\n")
    assert got["Yeison Mena"][0] == "person"


def test_a_claim_lines_speaker_named_after_the_rating():
    text = ("Fact check: did the agency leave the reserve? No\nVeriSelva | By Ana Ruiz | July 15, 2026\n\n"
            "THE CLAIM: \"The agency abandoned the reserve in January, and now the gangs control the mines.\"\n\n"
            "OUR RATING: FALSE. The agency has kept running operations in the reserve every month this year.\n\n"
            "WHO SAID IT: Getúlio Marçal Prado, a state deputy in Roraima, in a video posted on July 9.\n")
    assert said(quotes(text), "abandoned the reserve") == "Getúlio Marçal Prado"


def test_an_embassy_with_its_city_and_the_vraem_by_its_long_english_name():
    got = _entities("Dana Whitfield, a spokeswoman for the U.S. Embassy in Lima, said the United States would help.\n")
    assert "U.S. Embassy in Lima" in got["U.S. Embassy"][1]
    got = _entities("Police dismantled a cluster of laboratories in the Valley of the Apurímac, Ene and Mantaro Rivers "
                    "on Thursday.\n")
    assert list(got) == ["VRAEM"]
