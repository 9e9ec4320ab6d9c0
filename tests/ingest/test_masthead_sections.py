"""A masthead whose second part is a section named in the plural ('INVESTIGATIONS', 'Reportajes') names the outlet,
and the headline after it is the title; the outlet's name cut short in the story is the outlet, not a gang."""

from __future__ import annotations

import pytest

from nexos.ingest.metadata import detect_metadata
from support.extraction import extracted

BODY = ("Nobody in the border town uses his real name. Prosecutors know him as Wilson Murcia, alias Barbas, and "
        "they believe he runs the smuggling corridor between the two countries.\n")
CUERPO = ("Nadie en el pueblo usa su nombre verdadero. La Fiscalía lo conoce como Wilson Murcia, alias Barbas, y "
          "cree que controla el corredor de contrabando entre los dos países.\n")


@pytest.mark.parametrize("head, lang, publisher, title", [
    ("NORTHLINE ANDES - INVESTIGATIONS\n27 August 2026 - Reporting by Tomás Ibarguen\n\nThe man they call Barbas\n\n",
     "en", "NORTHLINE ANDES", "The man they call Barbas"),
    ("VOZ DEL ORIENTE - REPORTAJES\n27 de agosto de 2026 - Por Tomás Ibarguen\n\nEl hombre al que llaman Barbas\n\n",
     "es", "VOZ DEL ORIENTE", "El hombre al que llaman Barbas"),
])
def test_a_plural_section_makes_a_masthead(head: str, lang: str, publisher: str, title: str) -> None:
    meta = detect_metadata(head + (BODY if lang == "en" else CUERPO), lang)
    assert meta["publisher"] == publisher
    assert meta["title"] == title


def test_the_outlets_name_cut_short_is_the_outlet() -> None:
    text = ("NORTHLINE ANDES - INVESTIGATIONS\n27 August 2026 - Reporting by Tomás Ibarguen\n\nThe man they call "
            "Barbas\n\n" + BODY + "\nAccording to military intelligence reports seen by Northline, the group has "
            "about 300 members and operates on both banks of the river.\n")
    types = {e.name: e.type for e in extracted(text).entities}
    assert types.get("Northline") == "media"


def test_a_place_the_outlet_is_named_for_stays_a_place() -> None:
    text = ("MIAMI HERALD TRIBUNE - INVESTIGATIONS\n27 August 2026 - Reporting by Ana Gil\n\nThe broker\n\n"
            "Police in Miami arrested the broker on Monday, prosecutors said.\n")
    types = {e.name: e.type for e in extracted(text).entities}
    assert types.get("Miami") == "location"
