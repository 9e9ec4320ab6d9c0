"""A listed name that opens with its article ('La Oficina', a Medellín criminal group) is written with the word after
the article capitalised; 'La oficina del gobernador' in lower case is the common noun, never that group."""

from __future__ import annotations

from support.extraction import extracted


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extracted(text).entities}


def test_la_oficina_in_lower_case_is_no_group() -> None:
    types = _types("Medellín, 2 de septiembre de 2026\n\nEl alcalde Alfredo Cisneros renunció el lunes. "
                   "La oficina del gobernador dijo en un comunicado que lamenta la decisión.\n")
    assert not any(t == "criminal_group" for t in types.values()), types


def test_la_oficina_de_envigado_is_still_found() -> None:
    types = _types("Medellín, 2 de septiembre de 2026\n\nLa Oficina de Envigado controla el cobro de extorsiones "
                   "en el sur del valle, según la Fiscalía.\n")
    assert "criminal_group" in types.values(), types
