"""A Spanish reportage from a mining town: a nickname before the name, joint forces, and names built on places."""

from __future__ import annotations

from support.extraction import extracted, ties

REPORT = (
    "DIARIO SELVA NORTE\nIquitos, 9 de febrero de 2026\n\n"
    "En Nueva Esperanza, un caserío a orillas del río Nanay, nadie dice su nombre. Lo llaman \"el Gavilán\". "
    "Rodolfo Quispe Mamani, de 51 años, controla hoy al menos treinta dragas, según un informe de la Fiscalía "
    "Especializada en Materia Ambiental.\n\n"
    "El pasado jueves, unos 200 agentes de la Policía Nacional del Perú y efectivos del Ejército del Perú ejecutaron "
    "la llamada Operación Río Limpio II en el Nanay. El Gavilán no estaba.\n\n"
    "Un estudio de la organización Amazonía Viva Perú halló mercurio en los peces de la cuenca.\n"
)


def test_a_nickname_given_before_the_name_is_that_persons_and_so_is_it_with_its_article_later():
    ex = extracted(REPORT)
    person = next(e for e in ex.entities if e.name.startswith("Rodolfo Quispe"))
    said = [ex.document.text[m.start:m.end] for m in person.mentions]
    assert len([s for s in said if s.endswith("Gavilán")]) == 2, said
    assert not any(e.name in ("Gavilán", "El Gavilán") for e in ex.entities)


def test_a_nickname_written_later_with_a_capital_article_joins_the_person_who_goes_by_it():
    ex = extracted(REPORT.replace("El Gavilán no estaba.", "Según los vecinos, El Gavilán no estaba."))
    person = next(e for e in ex.entities if e.name.startswith("Rodolfo Quispe"))
    said = [ex.document.text[m.start:m.end] for m in person.mentions]
    assert len([s for s in said if s.endswith("Gavilán")]) == 2, said


def test_two_forces_whose_men_carried_out_one_operation_act_together():
    assert ("Policía Nacional del Perú", "allied_with", "Ejército del Perú") in ties(REPORT)


def test_names_built_on_places_and_the_outlet_masthead():
    types = {e.name: e.type for e in extracted(REPORT).entities}
    assert types.get("Nueva Esperanza") == "location"
    assert types.get("Fiscalía Especializada en Materia Ambiental") == "government_body"
    assert types.get("Amazonía Viva Perú") == "ngo"
    assert types.get("Operación Río Limpio II") in (None, "other")
    assert "Amazon" not in types and "Peru" not in types  # neither the masthead's region nor the NGO's country
