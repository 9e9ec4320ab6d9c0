"""Classes of typing, span and resolution errors that cost relations: one test per class, both languages."""

from __future__ import annotations

from nexos.extract import extract
from nexos.ingest import build_document


def _types(text: str) -> dict[str, str]:
    ex = extract(build_document(text.encode("utf-8"), "t.txt"))
    return {e.name: e.type for e in ex.entities}


def _type_of(types: dict[str, str], name: str) -> str | None:
    """The type of the entity named ``name``, with or without its leading article."""
    for article in ("", "Los ", "Las ", "The "):
        if article + name in types:
            return types[article + name]
    return None


def test_a_description_does_not_reach_back_into_the_previous_sentence() -> None:
    types = _types(
        "La policía decomisó 300 kilos de cocaína en el puerto de Machala. El cargamento pertenecía a la empresa.\n\n"
        "Los Alacranes del Jubones, una escisión de otra banda, controlan los muelles del sur.\n")
    assert _type_of(types, "Alacranes del Jubones") != "company"


def test_a_group_named_after_known_locally_as_takes_its_description_en() -> None:
    types = _types(
        "Police say the cocaine belonged to a single family network, known locally as Los Primos de la Loma, "
        "that has moved drugs across the border for a decade.\n")
    assert _type_of(types, "Primos de la Loma") == "criminal_group"


def test_a_group_named_after_conocido_en_la_region_como_takes_its_description_es() -> None:
    types = _types(
        "El capo formó el brazo armado de la organización, conocido en la región como Grupo Centella. "
        "El cartel cobra extorsiones a los comerciantes.\n")
    assert _type_of(types, "Grupo Centella") == "criminal_group"
    types = _types(
        "El alcalde puso la municipalidad al servicio de la red conocida como \"Los Vikingos del Huallaga\", "
        "que acopia pasta básica de cocaína.\n")
    assert _type_of(types, "Vikingos del Huallaga") == "criminal_group"


def test_a_plural_name_after_los_before_its_place_is_a_band_in_a_story_about_crime() -> None:
    types = _types(
        "La cocaína iba a financiar la guerra que Los Gavilanes del Tomebamba mantienen con sus rivales "
        "por las rutas de la extorsión en el sur de Cuenca.\n")
    assert _type_of(types, "Gavilanes del Tomebamba") == "criminal_group"
    types = _types(
        "In the port's southern estuaries, Los Cangrejos del Manglar now run extortion rackets and guard "
        "cocaine for larger gangs.\n")
    assert _type_of(types, "Cangrejos del Manglar") == "criminal_group"
    # the same shape in a story about tourism names no band
    types = _types("Visitors to Los Miradores del Quindío praised the coffee farms and the new hotels.\n")
    assert _type_of(types, "Miradores del Quindío") != "criminal_group"


def test_a_name_that_opens_with_a_place_or_business_word_is_no_person() -> None:
    types = _types(
        "Cuatro soldados murieron en una emboscada cerca de Puerto Catalina. El dinero pasaba por Cambios El Puente, "
        "y por Autos Ribera, dos negocios del centro.\n")
    assert _type_of(types, "Puerto Catalina") == "location"
    assert _type_of(types, "Cambios El Puente") == "company"
    types = _types(
        "The ranger was shot near the buffer zone of the Quillaro National Reserve. "
        "Gunmen now patrol Tierra Morada, a farming region further south.\n")
    assert _type_of(types, "Quillaro National Reserve") == "location"
    assert _type_of(types, "Tierra Morada") == "location"


def test_a_short_place_name_is_the_dateline_town_when_two_longer_names_hold_it() -> None:
    ex = extract(build_document(
        "La extorsión en San Mateo\n\n"
        "Crónica | El Diario | San Mateo de los Ríos (Sucre), 2 de mayo de 2025\n\n"
        "En San Mateo de los Ríos todos pagan la vacuna. La marcha salió de la vereda San Mateo de Abajo "
        "hacia la alcaldía.\n".encode(), "t.txt"))
    town = next(e for e in ex.entities if e.name == "San Mateo de los Ríos")
    assert "San Mateo" in town.aliases


def test_an_office_held_in_a_place_ties_its_holder_to_the_place() -> None:
    for text, want in [
        ("La fiscalía acusó a Arnulfo Reyes Tapia, entonces tesorero municipal de San Bartolo Cuautla, "
         "por desviar recursos.\n", ("Arnulfo Reyes Tapia", "member_of", "San Bartolo Cuautla")),
        ("El alcalde de San Lucas Tepehuaje, Juan Pérez Gil, negó las acusaciones.\n",
         ("Juan Pérez Gil", "leads", "San Lucas Tepehuaje")),
        ("Maria Gómez Ruiz, the mayor of Puerto Lérida, denied it.\n", ("Maria Gómez Ruiz", "leads", "Puerto Lérida")),
    ]:
        ex = extract(build_document(text.encode(), "t.txt"))
        names = {e.key: e.name for e in ex.entities}
        assert want in {(names[r.source], r.type, names[r.target]) for r in ex.relations}


def test_a_place_and_the_party_it_was_won_for_are_two_names() -> None:
    types = _types("In June, Hugo Saquil won the mayoralty of Santa Inés Chiquimula for the Partido Unión Campesina.\n")
    assert _type_of(types, "Santa Inés Chiquimula") == "location"
    assert _type_of(types, "Partido Unión Campesina") == "political_party"
    types = _types("Ana Ruiz Gil ganó la alcaldía de Villa Rica para el Movimiento Fuerza Campesina.\n")
    assert _type_of(types, "Movimiento Fuerza Campesina") == "political_party"
    # a body whose head word comes before "for" keeps its whole name
    assert "Commission for the Search of Missing Persons" in _types(
        "The Commission for the Search of Missing Persons met in Lima.\n")


def test_an_english_body_named_with_and_keeps_its_head_word() -> None:
    types = _types("The Forest Oversight and Enforcement Agency fined the company in 2022.\n")
    assert _type_of(types, "Forest Oversight and Enforcement Agency") == "government_body"
    assert "Forest Oversight" not in types


def test_the_end_of_a_firm_name_is_that_firm() -> None:
    ex = extract(build_document(
        b"La droga estaba en un contenedor que la empresa Bananera Los Almendros S.A. iba a embarcar. "
        b"El gerente general de Los Almendros fue detenido con dos estibadores.\n", "t.txt"))
    firm = next(e for e in ex.entities if e.name == "Bananera Los Almendros S.A.")
    assert any("Almendros" == a or "Los Almendros" == a for a in firm.aliases)
    assert all(e.name not in ("Almendros", "Los Almendros") for e in ex.entities)
    ex = extract(build_document(
        "The river runs past a concession held by Minera Aurífera Cerro Blanco E.I.R.L., a mining company. "
        "Cerro Blanco did not respond to requests for comment.\n".encode(), "t.txt"))
    assert all(e.name != "Cerro Blanco" for e in ex.entities)


def test_masthead_genre_and_contact_labels_are_nobody() -> None:
    types = _types("*Radar Andino — Explainer. Published: 3 May 2025*\n\nThe mayor was arrested in Tumbes.\n\n"
                   "Press contact: Julia Torres Vega\nEmail: prensa@example.org\n")
    assert "Explainer" not in types and "Email" not in types


def test_the_state_named_by_its_demonym_is_the_country() -> None:
    for text in ("The commission ordered the Peruvian State to protect the rangers.\n",
                 "La comisión ordenó al Estado peruano proteger a los guardaparques.\n"):
        types = _types(text)
        assert types.get("Peru") == "state", types


def test_a_legislature_and_a_council_are_government_bodies() -> None:
    from support.extraction import extracted

    ex = extracted("Noticias\n\nPor Redacción | 14 de abril de 2026\n\n«Vamos a seguir», dijo el ministro Ezequiel "
                   "Barrionuevo en la Legislatura el 26 de marzo. La Legislatura de Santa Fe aprobó la ley.\n")
    types = {e.name: e.type for e in ex.entities}
    assert types.get("Legislatura") == "government_body"
    assert types.get("Legislatura de Santa Fe") == "government_body"
