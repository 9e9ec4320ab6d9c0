"""A timeline whose dates stand on lines of their own above each entry."""

from __future__ import annotations

from support.extraction import extracted

TIMELINE = """CARIBBEAN MONITOR
Timeline | Last updated: 30 April 2025

THE RISE OF BAZ TI ZOMBI

Baz Ti Zombi is an armed gang based on the plain east of Port-au-Prince. The entries below record what officials
and monitors said at the time.

March 2024
Baz Ti Zombi fighters storm the police sub-station in Thomazeau, killing four officers of the Haitian National Police.

12 June 2024
The Haitian National Police raids the gang's stronghold in Ganthier with armoured vehicles.

Two days later
In apparent reprisal, gunmen burn around 30 homes in the village of Bois-Lézard.
"""


def _events(text: str) -> dict[str, tuple[str, list[str]]]:
    ex = extracted(text)
    names = {e.key: e.name for e in ex.entities}
    return {ev.date: (ev.type, [names.get(p, p) for p in ev.participants]) for ev in ex.events if ev.date}


def test_a_date_on_its_own_line_dates_the_entry_below_with_that_entrys_actors():
    got = _events(TIMELINE)
    assert "Thomazeau" in got["2024-03"][1]
    assert "Ganthier" in got["2024-06-12"][1]


def test_a_relative_heading_counts_from_the_entry_before_and_burning_homes_is_violence():
    got = _events(TIMELINE)
    assert got["2024-06-14"][0] == "violence"
    assert "Bois-Lézard" in got["2024-06-14"][1]
