"""What a chronicle tells without naming a place happened in the town it is datelined from, when the body names
that town again."""

from __future__ import annotations

from support.extraction import has_event as _has

PUEBLO = (
    "SEMANARIO LA LADERA · CRÓNICA\n"
    "Domingo 5 de octubre de 2025\n\n"
    "San Bartolo de la Sierra, Oaxaca\n\n"
    "En San Bartolo de la Sierra las tiendas cierran a las cinco de la tarde desde que la banda de Los Venados del "
    "Cerro cobra cuota a todos los comerciantes del mercado.\n\n"
    "El martes pasado, un convoy de la Guardia Estatal atravesó la calle principal sin detenerse.\n\n"
    "Los vecinos de San Bartolo de la Sierra dicen que nadie les pregunta nada.\n"
)

VILLAGE = (
    "THE HILLSIDE WEEKLY | Chronicle\n"
    "Sunday, October 5, 2025\n\n"
    "San Bartolo de la Sierra, Oaxaca\n\n"
    "In San Bartolo de la Sierra the shops close at five in the afternoon since the Venados del Cerro gang began "
    "to charge a fee to every trader in the market.\n\n"
    "Last Tuesday, a convoy of the State Guard drove down the main street without stopping.\n\n"
    "The people of San Bartolo de la Sierra say that nobody ever asks them anything.\n"
)


def test_what_a_chronicle_tells_without_a_place_happened_in_the_town_it_is_datelined_from():
    assert _has(PUEBLO, "2025-09-30", "San Bartolo")
    assert _has(VILLAGE, "2025-09-30", "San Bartolo")


def test_a_town_in_capitals_before_a_dash_is_where_the_story_was_filed_not_where_groups_operate():
    from support.extraction import ties
    got = ties("Border clashes\n\nTEGUCIGALPA — Fighting between the Mara Salvatrucha and Barrio 18 has displaced "
               "at least 300 families in the Valle de Sula since Sunday, the ombudsman said on Thursday.\n")
    assert not any("tegucigalpa" in (a + b).lower() for a, _t, b in got), got
