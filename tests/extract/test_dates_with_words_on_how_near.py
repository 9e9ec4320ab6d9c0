"""Relative dates with a word on how near or how exact the span is ('Hace exactamente una semana', 'hace unas tres
semanas', 'hace ya dos años', 'exactly a year ago'), and 'antepasado' (the one before last). An exact span gives the
day; the date the next 'al día siguiente' counts from is no longer lost."""

from __future__ import annotations

from nexos.extract.dates import find_dates
from support.extraction import dated_events


def test_hace_exactamente_una_semana_anchors_the_day_after() -> None:
    got = dated_events("EL VIGÍA — Opinión\nPor Hernán Duque | domingo 22 de junio de 2025\n\nHace exactamente una "
                       "semana, en una carretera de Suárez, un convoy del Ejército cayó en una emboscada. Al día "
                       "siguiente, el Comando Específico del Cauca atribuyó el ataque a la columna Jaime Martínez.\n")
    dates = sorted(d for d, _ in got if d)
    assert "2025-06-15" in dates and "2025-06-16" in dates
    assert "2025-06-23" not in dates


def test_hace_with_words_on_how_near_and_antepasado() -> None:
    def value(phrase: str) -> str | None:
        text = f"Algo pasó {phrase} en el pueblo."
        found = find_dates(text, "es", anchor="2025-06-22")
        return found[0].value if found else None

    assert value("hace unas tres semanas") == "2025-06-01"
    assert value("hace cerca de un mes") == "2025-05"
    assert value("hace ya dos años") == "2023"
    assert value("hace más o menos un año") == "2024"
    assert value("el año antepasado") == "2023"
    assert value("el mes antepasado") == "2025-04"
    assert value("desde hace ya dos años") is None  # how long, not when


def test_an_exact_span_gives_the_day() -> None:
    def value(text: str, lang: str) -> tuple[str | None, str | None]:
        found = find_dates(text, lang, anchor="2025-08-03")
        return (found[0].value, found[0].precision) if found else (None, None)

    assert value("Hace exactamente un año el presidente habló en el puerto.", "es") == ("2024-08-03", "day")
    assert value("It happened exactly two months ago in the town.", "en") == ("2025-06-03", "day")
    assert value("Hace un año el presidente habló en el puerto.", "es") == ("2024", "year")


def test_a_week_or_half_of_a_named_month_and_a_fortnight() -> None:
    def found(text: str) -> list[tuple[str | None, str | None]]:
        return [(m.value, m.precision) for m in find_dates(text, "en", anchor="2025-06-22")]

    assert found("The army arrived in the first week of May.") == [("2025-05", "month")]
    assert found("The second half of April saw thirty killings.") == [("2025-04", "month")]
    assert found("You may see the end of it.") == []
    assert found("It happened a fortnight ago in the town.") == [("2025-06-08", "day")]
