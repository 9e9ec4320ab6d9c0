"""Places the entity rules missed: a lone word listed beside places ('Quibdó, Río Quito y Lloró', 'los ríos San Juan y
Atrato'), the peasants of a town ('los campesinos de Toribío'), and a Spanish place name whose capital article stands
mid-sentence after a preposition of place ('buyers in El Plateado')."""

from __future__ import annotations

from support.extraction import extracted


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extracted(text).entities}


def test_a_lone_word_listed_after_places_is_a_place() -> None:
    got = _types("INFORME, 3 de marzo de 2026\n\nLos allanamientos se cumplieron en Quibdó, Río Quito y Lloró. El Frente "
                 "de Guerra Occidental disputa el control de los ríos San Juan y Atrato.\n")
    assert got.get("Lloró") == "location"
    assert got.get("Atrato") == "location"


def test_the_peasants_of_two_towns() -> None:
    got = _types("INFORME, 3 de marzo de 2026\n\nLos campesinos de Toribío y Argelia le pagan cuota a la columna.\n")
    assert got.get("Toribío") == "location"
    assert got.get("Argelia") == "location"


def test_a_name_joined_to_a_place_by_a_clause_stays_untyped() -> None:
    got = _types("INFORME, 3 de marzo de 2026\n\nLos detenidos fueron trasladados a Quibdó y Yeison quedó libre.\n")
    assert got.get("Yeison") != "location"


def test_a_capital_article_after_a_preposition_of_place_is_the_names() -> None:
    got = _types("REPORT, March 3, 2026\n\nBy 2021 he was in charge of the coca tax charged to buyers in El Plateado. "
                 "In October its fighters ambushed a patrol near El Plateado, killing six.\n")
    assert got.get("El Plateado") == "location"
    assert "Plateado" not in got

