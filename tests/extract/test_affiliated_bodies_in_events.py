"""What a person does in the name of the body the document ties them to ('Cordero, the director of the agency …
On Tuesday, Cordero told reporters …', 'la fiscal Paredes, jefa de la Fiscalía Antidrogas … El martes, Paredes
contó …'), that body takes part in."""

from __future__ import annotations

from support.extraction import dated_events

EN = (
    "Port report\n\n"
    "March 12, 2026\n\n"
    "Marta Cordero Vives, the director of the Judicial Investigation Agency, has led the inquiry into the port since "
    "last year and has asked for more scanners.\n\n"
    "On Tuesday, Cordero told reporters that the container had been loaded in Guayaquil by a firm with no history.\n"
)

ES = (
    "Crónica del puerto\n\n"
    "12 de marzo de 2026\n\n"
    "La fiscal Lucía Paredes Soto, jefa de la Fiscalía Antidrogas, dirige desde el año pasado la investigación sobre "
    "el muelle y ha pedido más escáneres.\n\n"
    "El martes, Paredes contó a la prensa que el contenedor había sido cargado en Guayaquil por una empresa sin "
    "historial.\n"
)


def _on(text: str, date: str) -> list[list[str]]:
    return [names for d, names in dated_events(text) if d == date]


def test_the_body_a_person_leads_takes_part_in_what_they_do_en():
    got = _on(EN, "2026-03-10")
    assert any("Marta Cordero Vives" in names and "OIJ" in names for names in got), dated_events(EN)


def test_the_body_a_person_leads_takes_part_in_what_they_do_es():
    got = _on(ES, "2026-03-10")
    assert any("Lucía Paredes Soto" in names and "Fiscalía Antidrogas" in names for names in got), dated_events(ES)
