"""A landform's name ('the Sierra Nevada', 'Laguna del Tigre', 'la Serranía de San Lucas') is a place, even when its
first word is also a given name; a person whose first name is such a word stays a person."""

from __future__ import annotations

import pytest

from support.extraction import extracted


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extracted(text).entities}


@pytest.mark.parametrize("text, name", [
    ("Wire | May 2, 2026\n\nThe group operates in the Sierra Nevada and moves cocaine to the coast.\n", "Sierra Nevada"),
    ("Wire | May 2, 2026\n\nTroops searched camps in Sierra Madre last week.\n", "Sierra Madre"),
    ("Wire | May 2, 2026\n\nLoggers cleared forest inside Laguna del Tigre national park.\n", "Laguna del Tigre"),
    ("Cable | 2 de mayo de 2026\n\nEl frente se refugió en la Serranía de San Lucas tras el combate.\n",
     "Serranía de San Lucas"),
    ("Cable | 2 de mayo de 2026\n\nLas tropas patrullan la Sierra Nevada desde el lunes.\n", "Sierra Nevada"),
])
def test_a_landform_is_a_place(text: str, name: str) -> None:
    assert _types(text).get(name) == "location"


def test_a_person_named_like_a_landform_stays_a_person() -> None:
    types = _types("Wire | May 2, 2026\n\nSierra Johnson said the deal was dead. Laguna Ruiz, a lawyer, agreed.\n")
    assert types.get("Sierra Johnson") == "person"
    assert types.get("Laguna Ruiz") == "person"
