"""Dated events whose date the story gives in a short line, in words that count from another date, or under a
heading."""

from __future__ import annotations

from support.extraction import dated_events as _events
from support.extraction import has_event as _has

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


CABLE = (
    "Puerto Cardenal, 7 may 2025 (APN).- Al menos doce personas murieron este miércoles en un ataque armado contra "
    "el mercado municipal de Puerto Cardenal, informó la Policía Nacional.\n\n"
    "Según una fuente policial, el ataque sería una represalia por la muerte de Julián Ferreyra Bustos, abatido el "
    "domingo pasado en el barrio La Ribera.\n\n"
    "El fiscal regional, Octavio Landaeta Ruiz, indicó que pedirá prisión preventiva para los tres detenidos.\n\n"
    "La gobernadora Amalia Restrepo Olmos anunció que el toque de queda regirá por 30 días en toda la provincia.\n"
)

WIRE = (
    "VILLA ESMERALDA, May 7, 2025 (Southern Wire) - At least twelve people were killed on Wednesday in a gun attack "
    "on the municipal market of Puerto Cardenal, the National Police said.\n\n"
    "According to a police source, the attack was revenge for the killing of Julián Ferreyra Bustos, shot dead last "
    "Sunday in the La Ribera neighbourhood.\n\n"
    "The regional prosecutor, Octavio Landaeta Ruiz, said he would seek pretrial detention for the three suspects.\n\n"
    "Governor Amalia Restrepo Olmos announced that a curfew will be in force for 30 days across the province.\n"
)


def test_after_a_paragraph_that_looked_back_the_story_of_the_day_goes_on_that_day():
    assert _has(CABLE, "2025-05-07", "Landaeta")
    assert _has(WIRE, "2025-05-07", "Landaeta")


def test_a_stretch_of_days_is_no_date_of_its_own():
    assert _has(CABLE, "2025-05-07", "Restrepo")
    assert _has(WIRE, "2025-05-07", "Restrepo")


COURT = (
    "THE CIRCUIT DESK\n\n"
    "VILLA ESMERALDA, Thursday, June 5, 2025\n\n"
    "A former river pilot told a federal jury on Thursday that he carried more than thirty loads of cocaine down the "
    "river for Marco Antonio Ruelas Paz.\n\n"
    "Ruelas Paz, 51, is on trial in the Federal Court of Villa Esmeralda on charges of conspiring to export cocaine. "
    "He has pleaded not guilty.\n"
)

JUICIO = (
    "LA CRÓNICA JUDICIAL\n\n"
    "VILLA ESMERALDA, jueves 5 de junio de 2025\n\n"
    "Un antiguo piloto fluvial declaró este jueves ante un jurado federal que transportó más de treinta cargamentos "
    "de cocaína por el río para Marco Antonio Ruelas Paz.\n\n"
    "Ruelas Paz, de 51 años, es juzgado en el Tribunal Federal de Villa Esmeralda por conspirar para exportar "
    "cocaína. Se declaró inocente.\n"
)


def test_a_paragraph_that_opens_with_an_actor_of_the_event_goes_on_telling_it():
    assert _has(COURT, "2025-06-05", "Federal Court")
    assert _has(JUICIO, "2025-06-05", "Tribunal Federal")


def test_a_day_in_someones_words_is_no_event_of_the_story():
    text = (
        "LA VOZ DEL RÍO | Crónica | Publicado el 12 de junio de 2025\n\n"
        "La Policía Federal quemó seis dragas en Puerto Cardenal la semana pasada, después de meses de denuncias de los "
        "pescadores del río.\n\n"
        "\"Quemaron las nuestras el martes y el viernes ya había otras\", contó Anselmo Quiroga Paredes, pescador de "
        "Puerto Cardenal.\n"
    )
    assert not any(d in ("2025-06-10", "2025-06-06") for d, _ in _events(text))
    text_en = (
        "THE RIVER DESK | Chronicle | Published June 12, 2025\n\n"
        "The Federal Police burned six dredges in Puerto Cardenal last week, after months of complaints from the "
        "river fishermen.\n\n"
        "\"They burned ours on Tuesday and by Friday there were new ones,\" said Anselmo Quiroga Paredes, a fisherman "
        "from Puerto Cardenal.\n"
    )
    assert not any(d in ("2025-06-10", "2025-06-06") for d, _ in _events(text_en))


def test_a_birth_date_is_who_someone_is_not_an_event():
    text = (
        "OFFICE OF THE TREASURY | Press release | March 18, 2025\n\n"
        "The Treasury today designated the Red del Puerto network and three of its members.\n\n"
        "Anselmo Quiroga Paredes (born March 3, 1971; Peruvian national) leads Red del Puerto.\n"
    )
    assert not any(d == "1971-03-03" for d, _ in _events(text))
    texto = (
        "MINISTERIO DEL TESORO | Comunicado | 18 de marzo de 2025\n\n"
        "El Tesoro designó hoy a la red Red del Puerto y a tres de sus integrantes.\n\n"
        "Anselmo Quiroga Paredes, nacido el 3 de marzo de 1971 en Iquitos, dirige la Red del Puerto.\n"
    )
    assert not any(d == "1971-03-03" for d, _ in _events(texto))


def test_the_ends_of_a_stretch_are_no_events():
    text = (
        "RIVER MONITOR | Report | Published 20 May 2025\n\n"
        "The Federal Police of Villa Esmeralda recorded 412 killings in the river towns between January 2024 and "
        "March 2025, most of them blamed on the Corazones.\n"
    )
    assert not any(d in ("2024-01", "2025-03") for d, _ in _events(text))
    texto = (
        "MONITOR DEL RÍO | Informe | 20 de mayo de 2025\n\n"
        "La Policía Federal de Villa Esmeralda registró 412 homicidios en los pueblos del río entre enero de 2024 y "
        "marzo de 2025, la mayoría atribuidos a los Corazones.\n"
    )
    assert not any(d in ("2024-01", "2025-03") for d, _ in _events(texto))


def test_that_same_weekday_is_the_story_s_day_or_the_latest_one():
    from support.extraction import dated_events

    head = "Crónica\n\nPor Redacción | 14 de septiembre de 2026\n\n"
    got = dated_events(head + "El operativo llegó el 17 de noviembre de 2024. Ese domingo, soldados de la Guardia "
                              "Nacional capturaron al Gato en un rancho de Ciudad Mante.\n")
    assert "2024-11-17" in {d for d, _ in got} and not any(d and d.startswith("2026") for d, _ in got)
    got = dated_events(head + "El alcalde Porfirio Zamudio Anaya, electo en 2024 por una coalición local, dice que "
                              "pidió ayuda a la Guardia Nacional el mismo miércoles.\n")
    assert "2026-09-09" in {d for d, _ in got}
    got = dated_events("Report\n\nBy Staff | September 14, 2026\n\nOn September 7, 2026, gunmen attacked a bus near "
                       "Tepalcatepec. That same Wednesday, the National Guard arrested Darío Montalvo in Apatzingán.\n")
    assert "2026-09-09" in {d for d, _ in got}


def test_a_stretch_of_years_is_no_happening() -> None:
    from support.extraction import dated_events
    es = ("Prensa del Altiplano — 24 de noviembre de 2026\n\nLa Policía Nacional Civil capturó el lunes al exalcalde "
          "Marvin Orellana. Según la fiscal Ingrid Morales, Orellana recibió 3,2 millones de quetzales entre 2022 y 2024 "
          "de la red Los Tanqueros.\n")
    en = ("Highland Press — November 24, 2026\n\nPolice arrested former mayor Marvin Orellana on Monday. Prosecutor "
          "Ingrid Morales said Orellana took 3.2 million quetzales between 2022 and 2024 from the Tanqueros ring.\n")
    for text in (es, en):
        dates = [d for d, _names in dated_events(text)]
        assert "2026-11-23" in dates and not any(d and d.startswith("2022") for d in dates)
