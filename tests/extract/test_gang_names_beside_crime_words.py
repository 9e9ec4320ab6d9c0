"""Invented bands named in stories whose only crime words are 'banda', murders, kidnappings or a crew.

A capitalised name after "la banda de" or "a crew called" is a criminal group where the story is
about crime; these stories say so with words the crime-context list lacked before ('banda',
'homicidios', 'secuestros', 'sicariato').
"""

from __future__ import annotations

from nexos.extract.entities import crime_context
from support.extraction import extracted


def _types(text: str, needle: str) -> list[str]:
    return [e.type for e in extracted(text).entities if needle in e.name]


def test_band_after_la_banda_de_in_a_chronicle_without_other_crime_words() -> None:
    text = ("San Lucas, 2 de mayo de 2025.\n\nLos vecinos del barrio El Carmen dicen que desde enero la banda de "
            "Los Halcones del Sur cobra una cuota semanal a cada tienda. Nadie quiere hablar en voz alta.\n")
    assert _types(text, "Halcones del Sur") == ["criminal_group"]


def test_crew_called_is_a_gang_in_a_story_about_extortion() -> None:
    text = ("Riverton, May 2, 2025.\n\nResidents say a crew called the Night Owls has run the docks since last "
            "year, collecting extortion payments from the fishermen.\n")
    assert _types(text, "Night Owls") == ["criminal_group"]


def test_murders_kidnappings_and_hired_killings_make_a_crime_story() -> None:
    assert crime_context("Los homicidios se duplicaron en el barrio desde marzo.")
    assert crime_context("Two kidnappings in a week have emptied the market.")
    assert crime_context("El sicariato llegó al puerto con la nueva ruta.")
    assert not crime_context("The festival drew thousands of visitors to the river town.")


def test_those_of_a_place_known_as_are_a_band_and_its_members_arrested_are_acted_against() -> None:
    text = ("En la isla, la célula más activa del Tren de Aragua es conocida como Los del Muelle. Sus integrantes "
            "cobran extorsiones en los barrios del puerto. En marzo, la Policía Nacional detuvo a once presuntos "
            "miembros del grupo.\n")
    x = extracted(text)
    assert _types(text, "Los del Muelle") == ["criminal_group"]
    names = {e.key: e.name for e in x.entities}
    assert any(names[r.source].startswith("Policía Nacional") and r.type == "acts_against"
               and names[r.target] == "Los del Muelle" for r in x.relations)
