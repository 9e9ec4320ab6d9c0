"""'Wilmer and Darwin Cortez Preciado', 'los hermanos Wilmer y Darwin Cortez': the first given name shares the
surnames of the full name after it. Two surnames that look like given names stay surnames ('Batres de León
and Paz Menjívar'). Found on a timeline written for this check."""

from __future__ import annotations

import pytest

from support.extraction import extracted


def _people(text: str) -> dict[str, list[str]]:
    ex = extracted(text)
    return {e.name: [text[m.start : m.end] for m in e.mentions] for e in ex.entities if e.type == "person"}


@pytest.mark.parametrize("text", [
    "- 2014: Brothers Wilmer and Darwin Cortez Preciado found Los Halcones in San Lorenzo.\n",
    "QUITO, March 3, 2025 - The twins Wilmer and Darwin Cortez Preciado founded Los Halcones.\n",
    "Quito, 3 de marzo de 2025.\n\nLos hermanos Wilmer y Darwin Cortez Preciado fundaron Los Halcones en 2014.\n",
])
def test_the_first_given_name_takes_the_shared_surnames(text: str) -> None:
    people = _people(text)
    assert people.get("Wilmer Cortez Preciado") == ["Wilmer"]
    assert "Darwin Cortez Preciado" in people
    assert not any(name.startswith(("Brothers", "The twins")) for name in people)


def test_the_short_and_the_full_mention_are_one_person() -> None:
    text = ("QUITO, March 3, 2025 - The brothers Wilmer and Darwin Cortez Preciado founded Los Halcones in 2014. "
            "Wilmer Cortez Preciado was captured in Cali in 2025.\n")
    assert _people(text)["Wilmer Cortez Preciado"] == ["Wilmer", "Wilmer Cortez Preciado"]


def test_two_surnames_that_look_like_given_names_stay_apart() -> None:
    people = _people("MIAMI, March 3, 2025 - Batres de León and Paz Menjívar are also charged with conspiracy.\n")
    assert not any(name.endswith("Menjívar") and name != "Paz Menjívar" for name in people)
