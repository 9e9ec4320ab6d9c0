"""A place named alone is the place, not the body or gang whose name ends with it ('en Tarapacá' after 'la
Fiscalía Regional de Tarapacá'); a group's first name word still refers to it ('the Chancas')."""

from __future__ import annotations

from support.extraction import extracted


def _mentions(text: str) -> dict[str, list[str]]:
    ex = extracted(text)
    return {e.name: [text[m.start : m.end] for m in e.mentions] for e in ex.entities}


def test_the_region_after_the_regional_prosecutor() -> None:
    got = _mentions("La Fiscalía Regional de Tarapacá investiga a la banda. Hay crimen organizado en Tarapacá y "
                    "Antofagasta.\n")
    assert got.get("Fiscalía Regional de Tarapacá") == ["Fiscalía Regional de Tarapacá"]
    assert "Tarapacá" in got


def test_the_town_after_a_gang_named_for_it() -> None:
    got = _mentions("Los Tiburones de Cataño controlan el caserío. Un ajuste de cuentas en Cataño dejó dos muertos.\n")
    assert "Cataño" in got and all("Cataño" != m for m in got.get("Tiburones de Cataño", []))
