"""An investigative report: a port that shares a president's surname, the outlet named with its article, a
group introduced by what investigators call it."""

from __future__ import annotations

from support.extraction import extracted

REPORT = (
    "THE HARBOUR DESK — Investigations\nSão Paulo | November 18, 2024\n\n"
    "To the stevedores of Santos he is simply \"Boi\". To federal prosecutors he is Marcelo Ferreira Lobo, the "
    "alleged head of an organization that investigators call \"A Firma.\" According to filings reviewed by The "
    "Harbour Desk, the group shipped cocaine to Antwerp. No cargo leaves Santos without the blessing of the PCC.\n"
)


def test_the_port_is_a_place_and_the_outlet_a_medium_and_the_group_a_group():
    types = {e.name: e.type for e in extracted(REPORT).entities}
    assert types.get("Santos") == "location"
    assert types.get("Harbour Desk") == "media"
    assert types.get("Firma", types.get("A Firma")) == "criminal_group"
