"""Places the entity rules missed: a lone word listed beside places ('Quibdó, Río Quito y Lloró', 'los ríos San Juan y
Atrato'), the peasants of a town ('los campesinos de Toribío'), and a Spanish place name whose capital article stands
mid-sentence after a preposition of place ('buyers in El Plateado'). And 'Hace exactamente una semana': a word on how
exact the span is does not hide the date the next 'al día siguiente' counts from."""

from __future__ import annotations

from support.extraction import dated_events, extracted


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


def test_hace_exactamente_una_semana_anchors_the_day_after() -> None:
    got = dated_events("EL VIGÍA — Opinión\nPor Hernán Duque | domingo 22 de junio de 2025\n\nHace exactamente una "
                       "semana, en una carretera de Suárez, un convoy del Ejército cayó en una emboscada. Al día "
                       "siguiente, el Comando Específico del Cauca atribuyó el ataque a la columna Jaime Martínez.\n")
    dates = sorted(d for d, _ in got if d)
    assert "2025-06-15" in dates and "2025-06-16" in dates
    assert "2025-06-23" not in dates
