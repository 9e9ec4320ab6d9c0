"""A cue inside an indefinite description set off after an actor ('X, una banda aliada de Y', 'X, a gang allied
with Y') is said of that actor, not of the sentence's subject."""

from __future__ import annotations

from support.extraction import ties

ES = (
    "Machala, 27 de noviembre de 2026\n\n"
    "La Policía Nacional detuvo el miércoles a Jorge Cedeño, jefe de Los Chapulines, una banda aliada de Los Lobos "
    "que cobra vacunas a los pescadores.\n"
)

EN = (
    "MACHALA, Nov. 27, 2026\n\n"
    "Police arrested Ramón Vera, leader of Los Pargos, a gang allied with Los Lobos, on Wednesday.\n"
)


def test_spanish_apposed_band_is_the_ally():
    got = ties(ES)
    assert any(t == "allied_with" and {s, o} == {"Chapulines", "Los Lobos (Ecuador)"} for s, t, o in got)
    assert not any(t == "allied_with" and "Policía" in s + o for s, t, o in got)


def test_english_apposed_gang_is_the_ally():
    got = ties(EN)
    assert any(t == "allied_with" and {s, o} == {"Pargos", "Los Lobos (Ecuador)"} for s, t, o in got)
    assert not any(t == "allied_with" and "Ramón Vera" in (s, o) for s, t, o in got)
