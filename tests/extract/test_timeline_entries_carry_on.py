"""An entry of a timeline goes on with the case the entry right above it told ('June 4, 2025 — His lawyer files an
appeal.' / 'September 30, 2025 — The appeal is formally registered …'): the actors of that entry take part. Two
paragraphs of a story that merely open with their dates ('En junio de 2025, …' / 'En septiembre de 2025, …') are
no such entries. An entry counted from the one above ('The next day — Ecuador formally requests …') that names one
actor besides states goes on with it too."""

from __future__ import annotations

from support.extraction import dated_events

EN = (
    "Timeline: the Ortega case\n\n"
    "Updated May 2, 2026\n\n"
    "Raúl Ortega Díaz, a cattle trader from Loja, was sentenced last year to twelve years in prison for trafficking "
    "cocaine through the southern border.\n\n"
    "March 3, 2025 — Prosecutors charge Ortega with drug trafficking.\n\n"
    "June 4, 2025 — His lawyer, Marta Ibáñez Ruiz, files an appeal.\n\n"
    "September 30, 2025 — The appeal is formally registered before the Supreme Court.\n"
)

ES = (
    "Cronología: el caso Ortega\n\n"
    "Actualizado el 2 de mayo de 2026\n\n"
    "Raúl Ortega Díaz, un comerciante de ganado de Loja, fue condenado el año pasado a doce años de prisión por "
    "traficar cocaína por la frontera sur.\n\n"
    "3 de marzo de 2025 — La Fiscalía acusa a Ortega de narcotráfico.\n\n"
    "4 de junio de 2025 — Su abogada, Marta Ibáñez Ruiz, presenta una apelación.\n\n"
    "30 de septiembre de 2025 — La apelación queda registrada ante la Corte Suprema.\n"
)

STORY = (
    "Crónica del puerto\n\n"
    "12 de marzo de 2026\n\n"
    "El puerto de Manta vive desde hace meses bajo la presión de las bandas, y sus trabajadores lo saben.\n\n"
    "En junio de 2025, la abogada Marta Ibáñez Ruiz denunció amenazas contra los estibadores del muelle.\n\n"
    "En septiembre de 2025, la Armada instaló un puesto de control a la entrada del muelle.\n"
)


COUNTED_EN = (
    "Timeline: the Ibarrola case\n\n"
    "Updated May 2, 2026\n\n"
    "Tomás Ibarrola Vence, a cattle trader from Loja, is wanted in two countries for trafficking cocaine through the "
    "southern border.\n\n"
    "January 13, 2026 — Agents of the Anti-Narcotics Directorate arrest Ibarrola at a hotel in Cali.\n\n"
    "The next day — Ecuador formally requests the extradition of Ibarrola.\n"
)

COUNTED_ES = (
    "Cronología: el caso Ibarrola\n\n"
    "Actualizado el 2 de mayo de 2026\n\n"
    "Tomás Ibarrola Vence, un comerciante de ganado de Loja, es buscado en dos países por traficar cocaína por la "
    "frontera sur.\n\n"
    "13 de enero de 2026 — Agentes de la Dirección Antinarcóticos detienen a Ibarrola en un hotel de Cali.\n\n"
    "Al día siguiente — Ecuador pide formalmente la extradición de Ibarrola.\n"
)


def _on(text: str, date: str) -> list[list[str]]:
    return [names for d, names in dated_events(text) if d == date]


def test_an_entry_takes_the_actors_of_the_entry_above_en():
    got = _on(EN, "2025-09-30")
    assert any("Marta Ibáñez Ruiz" in names and "Supreme Court" in names for names in got), dated_events(EN)


def test_an_entry_takes_the_actors_of_the_entry_above_es():
    got = _on(ES, "2025-09-30")
    assert any("Marta Ibáñez Ruiz" in names and "Corte Suprema" in names for names in got), dated_events(ES)


def test_paragraphs_that_open_with_a_date_are_no_entries():
    got = _on(STORY, "2025-09")
    assert got and not any("Marta Ibáñez Ruiz" in names for names in got), dated_events(STORY)


def test_a_counted_entry_with_one_actor_besides_states_goes_on_with_the_one_above():
    got = _on(COUNTED_EN, "2026-01-14")
    assert any("Anti-Narcotics Directorate" in names for names in got), dated_events(COUNTED_EN)
    got = _on(COUNTED_ES, "2026-01-14")
    assert any("Dirección Antinarcóticos" in names for names in got), dated_events(COUNTED_ES)


CALENDAR = (
    "Timeline: the Ibarrola case\n\n"
    "Updated May 2, 2026\n\n"
    "Tomás Ibarrola Vence, a cattle trader from Loja, is wanted in two countries for trafficking cocaine through the "
    "southern border.\n\n"
    "March 2019 — Lawyer Marta Ibáñez Ruiz files a complaint; the following year is quiet.\n\n"
    "June 2020 — In the following year Ibarrola buys a ranch near the Chilean border.\n"
)


def test_calendar_words_point_back_at_nothing():
    got = _on(CALENDAR, "2020-06")
    assert got and not any("Marta Ibáñez Ruiz" in names for names in got), dated_events(CALENDAR)
