"""Loose readings whose ties the read sets' gold seldom holds are read but not written: an operation or other
thing set in a place by its clause ('Operation X included raids in Y'), a gang paired with the research group
that writes of it, and a person and a party the context model joins across sentences. Invented examples."""

from __future__ import annotations

from support.extraction import extracted


def _pairs(text: str) -> set[frozenset[str]]:
    ex = extracted(text)
    names = {e.key: e.name for e in ex.entities}
    return {frozenset((names[r.source], names[r.target])) for r in ex.relations}


def test_an_operation_is_not_set_where_its_raids_were() -> None:
    got = _pairs("GUAYAQUIL, May 4, 2026 - The action, called Operation Grey Storm, included twelve raids in "
                 "Machala and Pasaje.\n")
    assert frozenset(("Operation Grey Storm", "Machala")) not in got
    assert frozenset(("Operation Grey Storm", "Pasaje")) not in got


def test_a_gang_is_not_tied_to_the_observatory_that_reports_on_it() -> None:
    got = _pairs("TEGUCIGALPA, May 4, 2026 - When the Observatorio Ciudadano de Paz published its report, Barrio 18 "
                 "had already left the valley.\n")
    assert frozenset(("Observatorio Ciudadano de Paz", "Barrio 18")) not in got


def test_a_person_and_a_party_named_apart_are_not_tied_by_the_context_model() -> None:
    text = ("TEGUCIGALPA, May 4, 2026 - Senator Ramón Villeda Cruz spoke on Monday.\n\n"
            "The Partido Nacional Renovador lost the vote in March.\n\n"
            "Villeda said the budget was a fraud. Villeda asked for an audit.\n\n"
            "The Partido Nacional Renovador called a rally. The Partido Nacional Renovador won in Olancho.\n\n"
            "Villeda left the chamber early.\n")
    assert frozenset(("Ramón Villeda Cruz", "Partido Nacional Renovador")) not in _pairs(text)
    # stated in its clause, the party tie is still read
    assert frozenset(("Ramón Villeda Cruz", "Partido Nacional Renovador")) in _pairs(
        "TEGUCIGALPA, May 4, 2026 - Senator Ramón Villeda Cruz, of the Partido Nacional Renovador, spoke on Monday.\n")
