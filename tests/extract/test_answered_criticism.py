"""An event that answers a criticism or an accusation ('X dismissed the criticism', 'respondió que esas críticas …')
takes the actors of the sentence that made it, even across a paragraph break: who accused is part of the answer."""

from __future__ import annotations

from support.extraction import dated_events

WIRE = (
    "Minister defends airstrip raids\n\n"
    "TEGUCIGALPA, March 5, 2026 (Wire) - Security forces destroyed three clandestine airstrips in the east of the "
    "country this week, the Security Ministry said.\n\n"
    "Opposition lawmaker Ernesto Valle of the Liberal Union accused the Security Ministry of staging the raids for "
    "the cameras.\n\n"
    "Minister Rolando Paz Ordóñez dismissed the criticism. \"They left the airstrips open for twelve years,\" he "
    "wrote on Wednesday evening.\n"
)

NOTA = (
    "El ministro defiende los operativos\n\n"
    "Agencia Andina · Política\n"
    "Jueves 20 de agosto de 2026\n\n"
    "La diputada Carmen Salinas Vaca, de la Alianza Cívica, acusó al Ministerio de Gobierno de llenar las cárceles "
    "de pobres mientras los que lavan dinero siguen libres.\n\n"
    "El ministro Gonzalo Terán Rivas rechazó las críticas el martes pasado en una conferencia de prensa en el palacio.\n"
)


def _on(text: str, date: str) -> list[list[str]]:
    return [names for d, names in dated_events(text) if d == date]


def test_an_answer_to_a_criticism_takes_who_made_it():
    assert any(any("Paz Ordóñez" in n for n in names) and any("Valle" in n for n in names)
               for names in _on(WIRE, "2026-03-04")), dated_events(WIRE)
    assert any(any("Terán" in n for n in names) and any("Salinas" in n for n in names)
               for names in _on(NOTA, "2026-08-18")), dated_events(NOTA)
