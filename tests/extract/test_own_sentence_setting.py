"""Where an event happened is what its own sentence says: a street or a quarter of the town is still the town the
chronicle is set in, and a town the sentences after it name (where a victim died, where an official was reached)
does not keep the event from the story's setting."""

from __future__ import annotations

from support.extraction import has_event as _has

CALLE = (
    "SEMANARIO EL RIBEREÑO · CRÓNICA\n"
    "Viernes 10 de octubre de 2025\n\n"
    "San Telmo de la Loma, Tarija\n\n"
    "En San Telmo de la Loma todos saben a qué hora pasan las motos sin placas, y nadie en el pueblo dice nada "
    "cuando pasan.\n\n"
    "El martes pasado, a media tarde, Emilio Quispe, albañil de 31 años, fue baleado frente a la ferretería de la "
    "avenida Los Sauces. Murió camino al hospital de Bermejo.\n\n"
    "Los vecinos de San Telmo de la Loma piden una patrulla desde hace dos años.\n"
)

STREET = (
    "THE VALLEY COURIER | Chronicle\n"
    "Friday, October 10, 2025\n\n"
    "San Telmo de la Loma, Tarija\n\n"
    "In San Telmo de la Loma everybody knows when the motorbikes without plates go by, and nobody in town says a "
    "word when they do.\n\n"
    "Last Tuesday, in the middle of the afternoon, Emilio Quispe, a 31-year-old bricklayer, was shot in front of the "
    "hardware store on Los Sauces Avenue. He died on the way to the hospital in Bermejo.\n\n"
    "The people of San Telmo de la Loma have asked for a patrol for two years.\n"
)

CONVOY = (
    "SEMANARIO LA CUESTA · CRÓNICA\n"
    "Domingo 5 de octubre de 2025\n\n"
    "San Telmo de la Loma, Chiapas\n\n"
    "En San Telmo de la Loma las tiendas cierran a las cinco de la tarde desde que la banda de Los Tejones del "
    "Cerro cobra cuota a todos los comerciantes del mercado.\n\n"
    "El martes pasado, un convoy de la Guardia Estatal atravesó la calle principal sin detenerse. Los agentes "
    "venían de Ocosingo.\n\n"
    "Los vecinos de San Telmo de la Loma dicen que nadie les pregunta nada.\n"
)

CONVOY_EN = (
    "THE HILLSIDE WEEKLY | Chronicle\n"
    "Sunday, October 5, 2025\n\n"
    "San Telmo de la Loma, Chiapas\n\n"
    "In San Telmo de la Loma the shops close at five in the afternoon since the Tejones del Cerro gang began "
    "to charge a fee to every trader in the market.\n\n"
    "Last Tuesday, a convoy of the State Guard drove down the main street without stopping. The officers had come "
    "from Ocosingo.\n\n"
    "The people of San Telmo de la Loma say that nobody ever asks them anything.\n"
)


def test_a_street_of_the_town_is_still_the_town_the_chronicle_is_set_in():
    assert _has(CALLE, "2025-10-07", "San Telmo")
    assert _has(STREET, "2025-10-07", "San Telmo")


def test_a_town_named_in_the_sentence_after_does_not_keep_the_event_from_the_chronicles_town():
    assert _has(CONVOY, "2025-09-30", "San Telmo")
    assert _has(CONVOY_EN, "2025-09-30", "San Telmo")
