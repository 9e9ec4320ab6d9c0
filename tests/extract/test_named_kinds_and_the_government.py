"""A name brought in by 'known as' says its own kind when it holds a group's word, and 'the government' points
only at a government named so, never at the last agency named."""

from __future__ import annotations

from support.extraction import extracted, ties


def test_a_front_known_as_is_an_armed_group_and_its_chief_leads_it_es() -> None:
    text = ("El control territorial lo ejerce una subestructura conocida como Frente Darío Gómez, cuyo jefe, alias "
            "Turpial, fue capturado por la Policía Nacional en agosto de 2025.\n")
    typed = {e.name: e.type for e in extracted(text).entities}
    assert typed.get("Frente Darío Gómez") == "armed_group", typed
    assert ("Turpial", "leads", "Frente Darío Gómez") in ties(text)


def test_a_person_known_as_stays_a_person() -> None:
    typed = {e.name: e.type for e in extracted("The gang is run by a man known as Chepe Ruiz, who was born in "
                                               "Tapachula.\n").entities}
    assert typed.get("Chepe Ruiz") == "person", typed


def test_the_government_is_not_the_customs_service_named_before() -> None:
    text = ("A February report by Belgian customs listed Costa Rica as one origin among many. Marcela Soto Arias, a "
            "lawmaker from the opposition National Liberation Party, said the government was \"governing by press "
            "conference\" while gangs held whole neighbourhoods.\n")
    got = ties(text)
    assert ("Marcela Soto Arias", "member_of", "National Liberation Party") in got
    assert ("Marcela Soto Arias", "member_of", "Belgian customs") not in got, got
    customs = next(e for e in extracted(text).entities if e.name == "Belgian customs")
    assert [m.text for m in customs.mentions] == ["Belgian customs"]


def test_the_government_still_points_at_a_government_named_so_es() -> None:
    ex = extracted("El Gobierno de Honduras anunció el lunes una depuración policial. La Fiscalía abrió después "
                   "doce expedientes. El gobierno dijo que la purga seguiría hasta diciembre.\n")
    government = next(e for e in ex.entities if e.name.startswith("Gobierno de Honduras"))
    assert "El gobierno" in [m.text for m in government.mentions]


def test_the_anti_impunity_commissions_are_international_bodies_in_both_languages() -> None:
    for text in ("La herencia de la Comisión Internacional contra la Impunidad en Guatemala (CICIG) pesa en el debate.\n",
                 "The International Commission against Impunity in Guatemala (CICIG) left in 2019.\n",
                 "La Misión de Apoyo contra la Corrupción y la Impunidad en Honduras cerró en 2020.\n"):
        typed = {e.name: e.type for e in extracted(text).entities}
        assert "international_org" in typed.values() and "person" not in typed.values(), typed


def test_a_countrys_body_is_the_country_and_the_body() -> None:
    names = {e.name: e.type for e in extracted("The cocaine came from the Clan del Golfo, according to Colombia's "
                                                "Fiscalía. Peru's Congress has not debated the case.\n").entities}
    assert names.get("Fiscalía") == "government_body" and names.get("Colombia") == "state", names
    assert names.get("Congress") == "government_body" and "Peru's Congress" not in names, names


def test_a_body_in_a_listed_town_is_the_body_and_the_town_es() -> None:
    names = {e.name: e.type for e in extracted("Los dos detenidos fueron puestos a disposición de la Fiscalía en "
                                                "Turbo, y sus familias viajaron desde Necoclí y Acandí.\n").entities}
    assert names.get("Fiscalía") == "government_body", names
    assert {names.get(n) for n in ("Turbo", "Necoclí", "Acandí")} == {"location"}, names


def test_a_bodys_own_office_is_part_of_it() -> None:
    got = ties("The announcement followed a request from the Justice Department's Joint Task Force Vulcan. On June 11 "
               "the U.S. Treasury's Office of Foreign Assets Control (OFAC) sanctioned three companies.\n")
    assert ("Joint Task Force Vulcan", "member_of", "US Department of Justice") in got, got
    assert ("OFAC", "member_of", "US Department of the Treasury") in got, got


def test_a_scholar_at_or_with_a_body_is_its_member() -> None:
    got = ties("Kwame Barrett, a criminologist at the University of the West Indies who studies transit, said the "
               "loads move through Jamaica. Ana Portillo, an economist with the Observatorio Centroamericano de "
               "Violencia, agreed.\n")
    assert ("Kwame Barrett", "member_of", "University of the West Indies") in got, got
    assert ("Ana Portillo", "member_of", "Observatorio Centroamericano de Violencia") in got, got


def test_someone_the_clause_is_compared_with_is_no_party_to_it() -> None:
    for text in ("Durante décadas, la Mara Salvatrucha y el Barrio 18 sembraron el terror en barrios como el de Rosa "
                 "Elvira Cañas.\n",
                 "For decades MS-13 and Barrio 18 terrorised neighbourhoods like that of Rosa Elvira Cañas.\n"):
        got = ties(text)
        assert not any("Rosa Elvira Cañas" in (s, t) for s, _, t in got), got


def test_a_university_is_an_actor_of_its_own_kind_and_its_staff_belong_to_it() -> None:
    text = "Ana Portillo, investigadora de la Universidad Centroamericana, dijo que la cifra es falsa.\n"
    typed = {e.name: e.type for e in extracted(text).entities}
    assert typed.get("Universidad Centroamericana") == "other", typed
    assert ("Ana Portillo", "member_of", "Universidad Centroamericana") in ties(text)


def test_a_migrant_shelter_is_an_ngo_its_director_leads() -> None:
    text = "El padre Ismael Corona, que dirige el Albergue Belén en Tapachula, pidió ayuda. La Casa del Migrante " \
           "Santa Marta atendió a 300 personas.\n"
    typed = {e.name: e.type for e in extracted(text).entities}
    assert typed.get("Albergue Belén") == "ngo" and typed.get("Casa del Migrante Santa Marta") == "ngo", typed
    assert ("Ismael Corona", "leads", "Albergue Belén") in ties(text)


def test_the_presidential_house_is_a_government_body() -> None:
    typed = {e.name: e.type for e in extracted("La Casa Presidencial negó las acusaciones el lunes.\n").entities}
    assert typed.get("Casa Presidencial") == "government_body", typed
