"""'Los Cachorros, que hoy trabajan como brazo armado de Los Lobos', 'Today Benítez is the most wanted man on the
border': 'hoy'/'today' in a clause with no verb in the past or the perfect says how things stand, not what happened
on the day the text came out. 'La Policía detuvo hoy a …' and 'The Treasury sanctioned him today' stay events."""

from __future__ import annotations

from support.extraction import dated_events

ES_NOW = (
    "Análisis\n\n12 de marzo de 2026\n\n"
    "Los Cachorros, que hoy trabajan como brazo armado de Los Lobos en toda la franja costera, controlan el puerto de "
    "Manta y cobran a los pescadores de la zona.\n"
)
ES_TODAY = (
    "Análisis\n\n12 de marzo de 2026\n\n"
    "La Policía Nacional detuvo hoy a tres miembros de Los Lobos en el puerto de Manta, según informó la institución "
    "en un comunicado.\n"
)
EN_NOW = (
    "Report\n\nMarch 12, 2026\n\n"
    "Today Raúl Benítez Soto is the most wanted man on the border between Colombia and Panama, and the Gulf Clan "
    "still pays his men.\n"
)
EN_TODAY = (
    "Report\n\nMarch 12, 2026\n\n"
    "The Treasury Department sanctioned Raúl Benítez Soto today for laundering money for the Gulf Clan in Panama.\n"
)


def _dates(text: str) -> list[str | None]:
    return [d for d, _names in dated_events(text)]


def test_hoy_with_a_present_verb_is_no_event():
    assert "2026-03-12" not in _dates(ES_NOW), dated_events(ES_NOW)


def test_today_with_a_present_verb_is_no_event():
    assert "2026-03-12" not in _dates(EN_NOW), dated_events(EN_NOW)


def test_hoy_and_today_with_a_past_verb_stay_events():
    assert "2026-03-12" in _dates(ES_TODAY), dated_events(ES_TODAY)
    assert "2026-03-12" in _dates(EN_TODAY), dated_events(EN_TODAY)


ES_IRREGULAR = (
    "Crónica\n\n12 de marzo de 2026\n\n"
    "Hoy el ministro Rafael Quintana Mora estuvo en el puerto de Manta con los pescadores de la cooperativa.\n"
)


def test_hoy_with_an_irregular_past_verb_stays_an_event():
    assert "2026-03-12" in _dates(ES_IRREGULAR), dated_events(ES_IRREGULAR)
