"""'On Thursday of last week', 'el jueves de la semana pasada': that weekday of the calendar week before the one the
document came out in, not the most recent such day."""

from __future__ import annotations

from nexos.extract.dates import find_dates
from support.extraction import has_event


def test_a_weekday_of_last_week_is_in_the_week_before():
    # 27 February 2026 is a Friday: the most recent Thursday is the 26th, Thursday of last week the 19th
    got = find_dates("On Thursday of last week, the peace office announced talks.", "en", "2026-02-27")
    assert [(d.text, d.value) for d in got] == [("Thursday of last week", "2026-02-19")]
    got = find_dates("El jueves de la semana pasada, la oficina anunció el diálogo.", "es", "2026-02-27")
    assert [(d.value) for d in got] == ["2026-02-19"]


def test_a_plain_weekday_stays_the_most_recent():
    got = find_dates("On Thursday, the office announced talks.", "en", "2026-02-27")
    assert [d.value for d in got] == ["2026-02-26"]


def test_the_event_of_that_day_is_dated_in_the_week_before():
    text = ("Talks with the Frente Costero\n\n"
            "BOGOTÁ, February 27, 2026\n\n"
            "On Thursday of last week, the Office of the Peace Commissioner announced that the Frente Costero would be "
            "invited to talks in Bogotá.\n")
    assert has_event(text, "2026-02-19", "Frente Costero")
