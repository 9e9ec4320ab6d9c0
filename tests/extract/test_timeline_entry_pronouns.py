"""A pronoun a few words into a timeline entry ("- The following year: As governor, he names …", "- 3 May 2021:
Madrid asks for his extradition") stands for the person the timeline follows, as one right after the head does,
unless a person is named in between."""

from __future__ import annotations

from support.extraction import dated_events

TIMELINE = (
    "Timeline: the rise and fall of Governor Baltasar Ordóñez Quiroga\n\n"
    "- 2012: Baltasar Ordóñez Quiroga opens a cattle business in Alto Mireles.\n"
    "- June 2015: He is elected governor of Alto Mireles with the backing of his mentor, senator "
    "Clemente Duarte Ibarra.\n"
    "- The following year: As governor, he names Rufino Peñate to run the roads agency.\n"
    "- 3 May 2019: Baltasar Ordóñez Quiroga is arrested at the airport of Puerto Vidal. His driver, Teodoro "
    "Lasso, is questioned and released.\n"
    "- 10 May 2019: Madrid formally asks for his extradition.\n"
    "- 2020: Baltasar Ordóñez Quiroga is convicted of bribery.\n"
)

CRONOLOGIA = (
    "Cronología: el ascenso y la caída de la gobernadora Maribel Arrieta Solís\n\n"
    "- 2012: Maribel Arrieta Solís abre un negocio de ganado en Alto Mireles.\n"
    "- Junio de 2015: Gana la gobernación de Alto Mireles con el respaldo de su mentor, el senador "
    "Clemente Duarte Ibarra.\n"
    "- Al año siguiente: Ya en el cargo, ella nombra a Rufino Peñate al frente de la agencia de carreteras.\n"
    "- 3 de mayo de 2019: Maribel Arrieta Solís es detenida en el aeropuerto de Puerto Vidal.\n"
    "- 2020: Maribel Arrieta Solís es condenada por cohecho.\n"
)


def _on(text: str, date: str) -> list[list[str]]:
    return [names for d, names in dated_events(text) if d == date]


def test_a_pronoun_after_an_entrys_lead_in_is_the_timelines_subject():
    got = _on(TIMELINE, "2016")
    assert any(any("Ordóñez" in n for n in names) and any("Peñate" in n for n in names) for names in got), got
    assert not any(any("Duarte" in n for n in names) for names in got), got
    got = _on(TIMELINE, "2019-05-10")
    assert any(any("Ordóñez" in n for n in names) for names in got), got
    assert not any(any("Lasso" in n for n in names) for names in got), got
    got = _on(CRONOLOGIA, "2016")
    assert any(any("Arrieta" in n for n in names) and any("Peñate" in n for n in names) for names in got), got
    assert not any(any("Duarte" in n for n in names) for names in got), got
