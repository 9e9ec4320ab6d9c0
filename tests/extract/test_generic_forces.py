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


LEAD = (
    "Istmo Press | Published 4 March 2026\n\n"
    "TEGUCIGALPA, Honduras, March 4 (IPA) - Honduran troops seized a tonne of cocaine from a light aircraft on "
    "Monday, and police arrested three men described as members of a clan that works for Mexico's Sinaloa "
    "Cartel, officials said.\n\n"
    "The plane landed near Raya Siksa, where a unit of the Honduran Armed Forces had been waiting.\n\n"
    "The National Police named the three as Wilmer Ochoa Baires, Brayan Ochoa and Luis Armando Tinoco.\n"
)

ENTRADILLA = (
    "Agencia Istmo | 4 de marzo de 2026\n\n"
    "SAN PEDRO SULA, 4 de marzo de 2026 (Agencia Istmo) - Los soldados decomisaron una tonelada de cocaína de "
    "una avioneta el lunes, y los agentes detuvieron a tres hombres señalados de trabajar para el Cártel de "
    "Sinaloa.\n\n"
    "La avioneta aterrizó cerca de Raya Siksa, donde esperaba una unidad de las Fuerzas Armadas de Honduras.\n\n"
    "La Policía Nacional identificó a los tres detenidos como Wilmer Ochoa Baires, Brayan Ochoa y Luis Tinoco.\n"
)


def test_a_leads_bare_forces_are_the_bodies_named_in_the_paragraphs_after() -> None:
    # the lead says 'troops' and 'police'; the bodies are named after it, and 'Honduran' is their own country
    monday = [names for names in _on(LEAD, "2026-03-02") if names]
    assert monday and "National Police" in monday[0]
    assert any(name in ("Honduran Armed Forces", "Fuerzas Armadas de Honduras") for name in monday[0])
    lunes = [names for names in _on(ENTRADILLA, "2026-03-02") if names]
    assert lunes and "Fuerzas Armadas de Honduras" in lunes[0]
    assert any(name.startswith("Policía Nacional") for name in lunes[0])


def test_another_countrys_force_is_still_no_actor() -> None:
    text = LEAD.replace("Honduran troops", "Peruvian troops")
    monday = [names for names in _on(text, "2026-03-02") if names]
    assert monday and not {"Honduran Armed Forces", "Fuerzas Armadas de Honduras"} & set(monday[0])
