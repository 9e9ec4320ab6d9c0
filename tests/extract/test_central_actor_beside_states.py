"""A country is the setting of what a story tells more often than a second actor in it: in a story about one gang,
an event told with one actor and a country ("Ecuador handed two men over to the United States", "la Policía
Nacional del Perú detuvo a tres hombres") still takes the gang, the story's central actor."""

from __future__ import annotations

from support.extraction import dated_events

BANDA = (
    "Golpe a Los Halcones del Sur\n\n"
    "Trujillo, Perú, 14 de julio de 2025\n\n"
    "Los Halcones del Sur, una banda que extorsiona a transportistas en el norte del Perú, perdió este mes a tres "
    "de sus cobradores. Según los fiscales, Los Halcones del Sur cobran cuotas semanales a más de sesenta "
    "empresas.\n\n"
    "El 2 de julio, la Policía Nacional del Perú detuvo a tres hombres en un taller de motos.\n\n"
    "Los Halcones del Sur no respondieron a las acusaciones.\n"
)

GANG = (
    "Blow to the Halcones del Sur\n\n"
    "QUITO, July 14, 2025 (Andes Wire) - The Halcones del Sur, a gang that extorts bus companies in southern "
    "Ecuador, lost three of its collectors this month. Prosecutors say the Halcones del Sur charge weekly fees "
    "to more than sixty firms.\n\n"
    "On July 2, Ecuador handed two men over to the United States.\n\n"
    "The Halcones del Sur did not answer the accusations.\n"
)


def _on(text: str, date: str) -> list[list[str]]:
    return [names for d, names in dated_events(text) if d == date]


def test_an_event_told_with_one_actor_and_a_country_takes_the_storys_gang():
    for text in (BANDA, GANG):
        got = _on(text, "2025-07-02")
        assert got and any(any("Halcones" in n for n in names) for names in got), got
