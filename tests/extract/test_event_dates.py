"""Dated events whose date the story gives in a short line, in words that count from another date, or under a
heading."""

from __future__ import annotations

from support.extraction import extracted


def _events(text: str) -> list[tuple[str | None, list[str]]]:
    ex = extracted(text)
    names = {e.key: e.name for e in ex.entities}
    return [(ev.date, [names.get(p, p) for p in ev.participants]) for ev in ex.events]


def _has(text: str, date: str, who: str) -> bool:
    """An event on ``date`` one of whose actors' names holds ``who``."""
    return any(d == date and any(who in n for n in names) for d, names in _events(text))


CRONICA = (
    "GACETA DEL VALLE · CRÓNICA\n"
    "Domingo 16 de noviembre de 2025\n\n"
    "En San Teodoro de la Vega nadie sale después de las seis de la tarde desde que la banda de los Guapos impuso "
    "su ley sobre los pescadores del río y los comerciantes del mercado.\n\n"
    "La Armada Nacional llegó el miércoles. Una patrulla instaló un retén junto al embarcadero.\n"
)

CHRONICLE = (
    "THE VALLEY GAZETTE | Chronicle\n"
    "Sunday, November 16, 2025\n\n"
    "In San Teodoro de la Vega nobody goes out after six in the evening since the gang known as the Guapos imposed "
    "its rule on the river fishermen and the market traders.\n\n"
    "The National Navy arrived on Wednesday. A patrol set up a checkpoint beside the jetty.\n"
)


def test_a_short_sentence_that_tells_something_in_the_publication_month_is_no_dateline():
    assert _has(CRONICA, "2025-11-12", "Armada")
    assert _has(CHRONICLE, "2025-11-12", "Navy")


PERFIL = (
    "LA TRIBUNA DEL SUR | Perfil\n"
    "Lunes 10 de marzo de 2025\n\n"
    "La Policía Federal detuvo a Ramiro Saldaña Oviedo en Rosario en febrero de 2021, después de una larga "
    "investigación sobre el contrabando de granos por el puerto fluvial.\n\n"
    "Un tribunal de Santa Fe lo condenó en noviembre de ese año por lavado de activos.\n"
)

PROFILE = (
    "THE SOUTHERN TRIBUNE | Profile\n"
    "Monday, March 10, 2025\n\n"
    "The Federal Police arrested Ramiro Saldaña Oviedo in Rosario in February 2021, after a long investigation into "
    "grain smuggling through the river port.\n\n"
    "A court in Santa Fe convicted him of money laundering in November of that year. The following March, "
    "the Treasury of Argentina froze the accounts of Granos Paraná S.A.\n"
)


def test_a_month_of_that_year_takes_the_year_the_story_last_gave():
    assert _has(PERFIL, "2021-11", "Santa Fe")
    assert _has(PROFILE, "2021-11", "Saldaña")
    assert not any(d == "2024-11" for d, _ in _events(PROFILE))


def test_the_following_month_name_is_the_first_such_month_after_the_story_date():
    assert _has(PROFILE, "2022-03", "Granos")


TIMELINE = """NORTHERN RIVERS MONITOR
Timeline | Last updated: 28 May 2025

THE FALL OF THE CORAZONES GANG

The Corazones are a gang from the river towns of the north. The entries below follow the gang and the police.

- Mid-2018: The Corazones move into the port of Villa Esmeralda. After months of clashes, a rival boss is shot dead \
in Villa Esmeralda in October.
- May 2019: A judge in Villa Esmeralda frees Tomás Ibarrola Quintana, citing the 2011 acquittal of his brother.
- The following month: The Federal Police open a new case against Ibarrola.

2 May 2025
The Federal Police arrest Ibarrola in Puerto Cardenal.

Two weeks later
The Federal Police retake the river checkpoint of Puerto Cardenal, abandoned by its guards since January.
"""

CRONOLOGIA = """OBSERVATORIO DEL RÍO
Cronología | 28 de mayo de 2025

LA CAÍDA DE LOS CORAZONES

Los Corazones son una banda de los pueblos del río. Estas entradas siguen a la banda y a la policía desde su llegada.

2 de mayo de 2025.
La Policía Federal detiene a Tomás Ibarrola Quintana en Puerto Cardenal.

Dos semanas después
La Policía Federal recupera el retén de Puerto Cardenal, abandonado por sus guardias desde enero.
"""


def test_a_month_in_an_entry_led_by_a_year_falls_in_that_year():
    assert _has(TIMELINE, "2018-10", "Villa Esmeralda")


def test_an_older_year_in_an_entry_does_not_move_the_count():
    assert _has(TIMELINE, "2019-06", "Ibarrola")


def test_an_entry_under_a_date_heading_is_of_that_date_even_when_it_names_another():
    assert _has(TIMELINE, "2025-05-16", "Puerto Cardenal")
    assert _has(CRONOLOGIA, "2025-05-16", "Puerto Cardenal")


FACTCHECK = (
    "CHECKPOINT DESK | Fact check | Published June 20, 2024\n\n"
    "On 3 June 2024, the councillor Amparo Villalobos Reyes posted on X a photograph of a mayor at a dinner with "
    "several men she called gang bosses.\n\n"
    '"Here is the mayor of Puerto Cardenal at dinner with the Corazones in 2021. Who protects whom?" she wrote.\n\n'
    "Two days later, on a morning radio show, Villalobos repeated the accusation.\n"
)


def test_a_year_in_someones_words_does_not_move_the_count():
    assert _has(FACTCHECK, "2024-06-05", "Villalobos")
