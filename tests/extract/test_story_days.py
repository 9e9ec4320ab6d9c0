"""Dates that count from the day, month or year the story last gave ("that night", "esa misma tarde", "la víspera",
"a finales de mes", "later that year"), a day of reporting that does not move the story, and the first date heading
of a timeline written right over its first entry."""

from __future__ import annotations

from nexos.extract.dates import find_dates
from support.extraction import has_event as _has

WIRE = (
    "AGENCIA DEL ISTMO\n"
    "Santa Rosa de Lima, 14 de marzo de 2025 (ADI).- La Policía Nacional Civil capturó el martes en Apastepeque a "
    "Octavio Ulloa Brizuela, señalado como jefe de la banda Los Coyotes del Lempa, informó este viernes la "
    "Dirección de Seguridad.\n\n"
    "Esa misma noche, hombres armados de Los Coyotes del Lempa quemaron dos camiones de la Cooperativa San Blas "
    "en la carretera hacia Apastepeque. Dos días después, un juez de paz le dictó prisión preventiva a Ulloa "
    "Brizuela.\n"
)

RELEASE = (
    "PROVINCIAL POLICE OF SAN CRISTOBAL\n"
    "Thursday 9 October 2025\n\n"
    "Officers of the provincial police arrested Marco Ruiz Quiroga, a leader of the Red Hand gang, on Monday in "
    "the town of Villa Ortega, the provincial police said on Thursday.\n\n"
    "That night, gunmen of the Red Hand gang set fire to a bus of the Transportes Andinos company in Villa Ortega. "
    "The next morning, the Third Criminal Court ordered the pretrial detention of Marco Ruiz Quiroga.\n"
)


def test_that_night_is_the_day_the_story_last_gave_not_the_day_it_was_reported():
    assert _has(WIRE, "2025-03-11", "Coyotes")
    assert not _has(WIRE, "2025-03-14", "Cooperativa San Blas")
    assert _has(RELEASE, "2025-10-06", "Transportes Andinos")
    assert not _has(RELEASE, "2025-10-09", "Transportes Andinos")


def test_a_count_of_days_after_a_day_of_reporting_counts_from_the_story_day():
    assert _has(WIRE, "2025-03-13", "Ulloa")
    assert _has(RELEASE, "2025-10-07", "Third Criminal Court")


def test_same_day_words_are_story_dates():
    for text, lang in (("Esa misma noche volvieron.", "es"), ("horas después volvieron", "es"),
                       ("la víspera volvieron", "es"), ("That same afternoon they came back.", "en"),
                       ("Hours later they came back.", "en"), ("The night before, they came back.", "en")):
        got = find_dates(text, lang, "2025-05-10")
        assert got and got[0].story is not None and got[0].story[0] == "same_day", text
    assert find_dates("The day before the verdict, he spoke.", "en", "2025-05-10") == []
    assert find_dates("Desde esa noche nadie sale.", "es", "2025-05-10") == []


CRONICA = (
    "SEMANARIO LA LADERA · CRÓNICA\n"
    "Domingo 5 de octubre de 2025\n\n"
    "En San Isidro del Monte la feria patronal se suspendió por segundo año porque los músicos tuvieron miedo de "
    "subir por la brecha.\n\n"
    "El 15 de agosto, la banda Los Venados del Cerro cerró el camino al panteón con dos camionetas. "
    "A finales de mes, el alcalde Aurelio Santos Cruz pidió ayuda a la Guardia Estatal.\n"
)

CHRONICLE = (
    "THE HILLSIDE WEEKLY | Chronicle\n"
    "Sunday, October 5, 2025\n\n"
    "In San Isidro del Monte the town fair was called off for a second year because the musicians were afraid "
    "to drive up the dirt road.\n\n"
    "On August 15, the Venados del Cerro gang closed the road to the cemetery with two pickup trucks. "
    "Later that month, the mayor, Aurelio Santos Cruz, asked the State Guard for help.\n"
)


def test_the_end_of_the_month_is_the_month_the_story_is_in():
    assert _has(CRONICA, "2025-08", "Aurelio Santos")
    assert _has(CHRONICLE, "2025-08", "Aurelio Santos")


def test_the_end_of_the_month_in_a_clause_about_what_will_come_is_the_month_of_the_news():
    got = find_dates("A finales de mes, la Fiscalía presentará la acusación.", "es", "2025-03-14")
    assert [(d.value, d.precision) for d in got] == [("2025-03", "month")]


CRONOLOGIA = (
    "CRONOLOGÍA: LOS TIBURONES DEL LAGO\n\n"
    "Publicado el 20 de junio de 2025\n\n"
    "Marzo de 2021\n"
    "La Policía Federal detiene en Maracay a Ernesto Villalba Prieto, fundador de Los Tiburones del Lago.\n\n"
    "Agosto de 2022\n"
    "Los Tiburones del Lago y el Cartel de Occidente firman una tregua en Cabimas.\n"
)

TIMELINE = (
    "TIMELINE: THE LAKE SHARKS\n\n"
    "Published June 20, 2025\n\n"
    "March 2021\n"
    "The Federal Police arrest Ernesto Villalba Prieto, founder of the Lake Sharks gang, in the city of Maracay.\n\n"
    "August 2022\n"
    "The Lake Sharks gang and the Western Cartel sign a truce in the town of Cabimas.\n"
)


def test_the_first_heading_of_a_timeline_dates_the_entry_below_it():
    assert _has(CRONOLOGIA, "2021-03", "Villalba")
    assert _has(TIMELINE, "2021-03", "Villalba")

