"""The police, the army or the prosecution a text names as a body and then calls by a bare common noun ("officers
detained", "police cleared", "while prosecutors investigate", "los agentes detuvieron") take part in what the noun
does; a noun that is no actor of its own ("a police post", "Peruvian police", "helicóptero militar") adds nothing."""

from __future__ import annotations

from support.extraction import dated_events

WIRE = (
    "Port official held in Valdivia Norte\n\n"
    "SANTA ELENA DEL MAR, June 20, 2025 (Coast Wire) - The Valderran National Police said on Friday that a customs "
    "supervisor, Ignacio Ferrán Lluch, had been arrested at his home on charges of letting cocaine through the port.\n\n"
    "Three days later, officers detained his brother, Damián Ferrán Lluch, at a bus terminal.\n\n"
    "On June 2, a grenade hit a police post near the docks; nobody was hurt.\n"
)

CABLE = (
    "Cae un supervisor de aduanas en el puerto\n\n"
    "SANTA ELENA DEL MAR, 20 de junio de 2025 (Agencia Costa) - La Policía Nacional informó este viernes que un "
    "supervisor de aduanas, Ignacio Ferrán Lluch, fue capturado en su vivienda por permitir el paso de cocaína.\n\n"
    "Tres días después, los agentes detuvieron a su hermano, Damián Ferrán Lluch, en una terminal de autobuses.\n\n"
    "El 2 de junio, una granada estalló junto a un puesto policial del muelle, a bordo de un bote de Damián "
    "Ferrán Lluch.\n"
)


def _on(text: str, date: str) -> list[list[str]]:
    return [names for d, names in dated_events(text) if d == date]


def test_officers_who_detain_are_the_police_the_text_named():
    for text in (WIRE, CABLE):
        got = _on(text, "2025-06-23")
        assert any(any("Policía Nacional" in n or "National Police" in n for n in names)
                   and any("Damián" in n for n in names) for names in got), got


def test_a_police_post_is_no_police_action():
    got = _on(WIRE, "2025-06-02") + _on(CABLE, "2025-06-02")
    assert got and not any(any("Police" in n or "Policía" in n for n in names) for names in got), got


def test_los_elementos_opening_a_sentence_are_the_guard_named_before() -> None:
    text = ("Crónica del limonar\n\nPor Redacción | 14 de septiembre de 2026\n\n"
            "El alcalde Porfirio Zamudio Anaya pidió ayuda a la Guardia Nacional para Santa Rita del Encino. Los "
            "elementos llegaron el jueves a Santa Rita del Encino y el sábado ya se habían ido.\n")
    assert any("Guardia Nacional" in " ".join(names) for names in _on(text, "2026-09-10"))
    assert not any("para Santa Rita" in " ".join(names) for _d, names in dated_events(text))
