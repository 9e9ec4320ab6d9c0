"""What a text says has not happened is no event of that kind, and "hasta hoy" dates nothing.

"no hay capturados", "nobody has been arrested", "sin detenidos": the arrest word is denied, so the
clause is no arrest; "hasta hoy" / "to this day" say how things stand, not when something happened.
"""

from __future__ import annotations

from nexos.extract.dates import find_dates
from support.extraction import typed_events


def _types(text: str) -> set[str]:
    return {typ for _date, typ, _who in typed_events(text)}


def test_no_hay_capturados_is_no_arrest() -> None:
    text = ("Palmar, 14 de septiembre de 2025.\n\nLa Policía Nacional y la Fiscalía revisaron el 2 de septiembre "
            "las cámaras del barrio El Carmen, pero no hay capturados.\n")
    assert "arrest" not in _types(text)
    assert _types(text)  # the search is still an event of its day


def test_nobody_arrested_is_no_arrest() -> None:
    text = ("RIVERTON, May 2, 2025 - The Riverton police and the coast guard searched the Night Owls' boats on "
            "April 28, but nobody has been arrested.\n")
    assert "arrest" not in _types(text)
    assert _types(text)


def test_an_arrest_after_not_only_is_still_an_arrest() -> None:
    text = ("Bogotá, 3 de marzo de 2025.\n\nEl 1 de marzo la Policía Nacional no solo capturó a Wilson Arboleda "
            "en Tumaco: también incautó dos fusiles.\n")
    assert "arrest" in _types(text)


def test_hasta_hoy_and_to_this_day_date_nothing() -> None:
    assert find_dates("Hasta hoy no hay capturados por el crimen.", "es", "2025-09-14") == []
    assert find_dates("The killers remain free until today.", "en", "2025-09-14") == []
    assert [d.value for d in find_dates("Hoy la Fiscalía abrió una investigación.", "es", "2025-09-14")] == ["2025-09-14"]
