"""Names whose type or extent a cue around them gives: a nickname after 'known only as', a river after a
lower-case 'río', a body named for what it fights, a page or a coalition described next to its name."""

from __future__ import annotations

from nexos.extract import extract
from nexos.ingest import build_document


def _types(text: str) -> dict[str, str]:
    ex = extract(build_document(text.encode("utf-8"), "t.txt"))
    return {e.name: e.type for e in ex.entities}


def test_a_quoted_nickname_after_known_only_as_is_a_person_en() -> None:
    types = _types('Customs agents said Oyarzún answered to a border boss known only as "El Veintidós," '
                   "who has never been arrested.\n")
    assert types.get("Veintidós") == "person" or types.get("El Veintidós") == "person"


def test_a_quoted_nickname_after_identificado_solo_como_is_a_person_es() -> None:
    types = _types('Oyarzún se reunió con un intermediario identificado solo como "Garza". '
                   "Los dos pactaron el precio del cargamento.\n")
    assert types.get("Garza") == "person"


def test_a_river_named_after_lower_case_rio_is_the_river_es() -> None:
    types = _types("Los pescadores hallaron la lancha varada en el río Quillacollo, a dos horas de Tumaco, "
                   "según la Armada.\n")
    assert types.get("río Quillacollo") == "location"
    assert "Quillacollo" not in types


def test_a_body_named_for_what_it_fights_keeps_its_whole_name_en() -> None:
    types = _types("Paraguay's Prosecutor's Office Against Organized Crime, led by prosecutor Irma Benítez Soto, "
                   "opened the case last week.\n")
    assert types.get("Prosecutor's Office Against Organized Crime") == "government_body"


def test_a_quoted_name_described_as_a_facebook_page_is_media_en_and_es() -> None:
    en = _types('The photo was first posted by "Jalisco Alerta," an anonymous Facebook page with 60,000 followers. '
                "Its administrators did not answer.\n")
    es = _types('La foto apareció primero en "Jalisco Alerta", una página de Facebook con 60.000 seguidores. '
                "Sus administradores no respondieron.\n")
    assert en.get("Jalisco Alerta") == "media"
    assert es.get("Jalisco Alerta") == "media"


def test_a_name_after_a_coalition_called_is_a_party_en_and_es() -> None:
    en = _types("The mayor, elected at the head of a local coalition called Sonora Adelante, denies the charges.\n")
    es = _types("El alcalde, elegido al frente de una coalición llamada Sonora Adelante, niega los cargos.\n")
    assert en.get("Sonora Adelante") == "political_party"
    assert es.get("Sonora Adelante") == "political_party"


def test_a_movement_named_with_a_given_name_is_the_movement_es_and_en() -> None:
    es = _types("El movimiento Rosalía Adelante convocó una marcha en el centro de Santa Elena.\n")
    en = _types("The political movement Lucía Unida called a march through the centre of Santa Elena.\n")
    assert es.get("Rosalía Adelante") == "political_party"
    assert en.get("Lucía Unida") == "political_party"
