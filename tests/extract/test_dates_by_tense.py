"""A month or day written without its year, in a sentence that tells of something done, is the one gone (or
this one), never the one still to come; a future verb still points ahead."""

from __future__ import annotations

import pytest

from nexos.extract.dates import find_dates

ANCHOR = "2026-11-24"


@pytest.mark.parametrize("text, lang, value", [
    ("Chuchito is in federal custody after being detained in Bayamón in February.", "en", "2026-02"),
    ("The two brothers were arrested in January at a port checkpoint.", "en", "2026-01"),
    ("Police arrested Ana Ruiz on February 3 in Miami.", "en", "2026-02-03"),
    ("El Chino fue detenido en febrero en Cartagena.", "es", "2026-02"),
    ("La policía lo capturó el 3 de febrero en Cartagena.", "es", "2026-02-03"),
    # a future verb before it: the coming month
    ("His trial will start in February.", "en", "2027-02"),
    ("Su juicio comenzará en febrero.", "es", "2027-02"),
    # this month, told as done
    ("The gang was dismantled in November.", "en", "2026-11"),
])
def test_year_from_the_tense(text: str, lang: str, value: str) -> None:
    assert [d.value for d in find_dates(text, lang, ANCHOR)] == [value]


def test_without_a_verb_the_nearest_month_still_wins() -> None:
    # nothing says done or to come: two months ahead is nearer than ten back
    assert [d.value for d in find_dates("Elections: in January.", "en", ANCHOR)] == ["2027-01"]


@pytest.mark.parametrize("text, lang", [
    ("The minister announced that the vote would be held in January.", "en"),
    ("Prosecutors asked the court to schedule the trial in January.", "en"),
    ("El ministro anunció que la votación se haría en enero.", "es"),
    ("La fiscalía pidió que el juicio empezara en enero.", "es"),
])
def test_a_plan_reported_in_the_past_still_points_ahead(text: str, lang: str) -> None:
    assert [d.value for d in find_dates(text, lang, ANCHOR)] == ["2027-01"]


@pytest.mark.parametrize("text", [
    "Organized crime groups move their cash in January.",
    "The armed group usually retreats in January.",
])
def test_an_adjective_in_ed_is_no_past_verb(text: str) -> None:
    assert [d.value for d in find_dates(text, "en", ANCHOR)] == ["2027-01"]
