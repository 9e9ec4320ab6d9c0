"""A chronicle whose headline names a place and calls it a town ("San Lorenzo, el pueblo que …", "San Lorenzo, the
town where …") is set there: what it tells without naming or pointing at a place happened in that town."""

from __future__ import annotations

from support.extraction import dated_events

CRONICA = (
    "San Lorenzo del Valle, el pueblo que aprendió a cerrar temprano\n\n"
    "Revista Travesía · Crónica · Publicado el 3 de agosto de 2025\n\n"
    "En San Lorenzo del Valle, un municipio de casas bajas junto a la carretera, los comerciantes cuentan el dinero "
    "con las persianas a medio cerrar y hablan en voz baja de Los Gavilanes.\n\n"
    "El 12 de marzo de 2024 Los Gavilanes repartieron un panfleto con las nuevas cuotas.\n\n"
    "En San Lorenzo del Valle nadie quiere dar su nombre.\n"
)

CHRONICLE = (
    "San Lorenzo del Valle, the town that learned to close early\n\n"
    "Travesía Magazine · Chronicle · Published August 3, 2025\n\n"
    "In San Lorenzo del Valle, a town of low houses beside the highway, shopkeepers count their money behind "
    "half-closed shutters and speak quietly about the Gavilanes gang.\n\n"
    "On March 12, 2024, the Gavilanes handed out a leaflet with the new fees.\n\n"
    "In San Lorenzo del Valle nobody wants to give a name.\n"
)


def test_a_chronicle_is_set_in_the_town_its_headline_names():
    for text in (CRONICA, CHRONICLE):
        got = [names for d, names in dated_events(text) if d == "2024-03-12"]
        assert got and all(any("San Lorenzo" in n for n in names) for names in got), got
