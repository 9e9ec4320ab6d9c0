"""A Westminster-style 'MP' is a title, not part of a name; US states are places in Spanish text too."""

from __future__ import annotations

from support.extraction import extracted, quotes, said

WIRE = (
    "PORT OF SPAIN, March 12, 2026 — Opposition MP Devindra Sookdeo accused the government of \"sleeping at the "
    "wheel\" on border patrols. Former MP Ravi Persad said the coast guard was \"a fleet on paper\". The Trinidad "
    "and Tobago Police Service (TTPS) did not comment.\n"
)

ES = (
    "La empacadora compra en el municipio y exporta a Arizona y Texas. Los fusiles llegan desde Nuevo México "
    "y Luisiana, según la Fiscalía.\n"
)


def test_mp_before_a_name_is_a_title():
    names = {e.name for e in extracted(WIRE).entities}
    assert "Devindra Sookdeo" in names and "Ravi Persad" in names
    assert not any("MP" in n for n in names)


def test_the_mp_keeps_his_quote():
    got = quotes(WIRE)
    assert said(got, "sleeping at the") == "Devindra Sookdeo"
    assert said(got, "a fleet on paper") == "Ravi Persad"


def test_caribbean_capital_and_police_are_known():
    ents = {e.name: e.type for e in extracted(WIRE).entities}
    assert ents.get("Port of Spain") == "location" and "Spain" not in ents
    assert ents.get("Trinidad and Tobago Police Service") == "government_body"


def test_us_states_named_in_spanish_text_are_places():
    ents = {e.name: e.type for e in extracted(ES).entities}
    for n in ("Arizona", "Texas", "New Mexico", "Louisiana"):
        assert ents.get(n) == "location", n
