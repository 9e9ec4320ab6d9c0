"""A feast with its year is a day ("on New Year's Day 2018", "la Nochebuena de 2020"); "three years ago this month"
("hace tres años este mes") is that month so many years back, one date rather than a year and the current month."""

from __future__ import annotations

from nexos.extract.dates import find_dates


def _dates(text: str, lang: str, anchor: str = "2025-04-09") -> list[tuple[str | None, str | None]]:
    return [(d.value, d.precision) for d in find_dates(text, lang, anchor)]


def test_a_feast_with_its_year_is_a_day():
    assert _dates("The mayor was shot on New Year's Day 2018 outside his house.", "en") == [("2018-01-01", "day")]
    assert _dates("They crossed the river on Christmas Eve, 2020.", "en") == [("2020-12-24", "day")]
    assert _dates("El alcalde fue baleado el día de Año Nuevo de 2018.", "es") == [("2018-01-01", "day")]
    assert _dates("Cruzaron el río en la Nochebuena de 2020.", "es") == [("2020-12-24", "day")]


def test_years_ago_this_month_is_one_month():
    assert _dates("Three years ago this month, the governor opened the new prison.", "en") == [("2022-04", "month")]
    assert _dates("Hace tres años este mes, el gobernador inauguró la nueva cárcel.", "es") == [("2022-04", "month")]
    # apart, they are two dates
    assert _dates("Three years ago, the governor said this month would be decisive.", "en") == \
        [("2022", "year"), ("2025-04", "month")]
