"""Quote speakers, round three: who heard the words, threads of posts, live-blog entries, initials and ages."""

from __future__ import annotations

from support.extraction import quotes as _quotes
from support.extraction import said


def test_the_addressee_of_a_spanish_speech_verb_is_not_its_speaker() -> None:
    got = _quotes("Para Marta Lucía Ferreira, abogada de las víctimas, la decisión llegó tarde. \"Nueve años "
                  "esperamos a que alguien dijera la verdad en voz alta\", dijo a este diario a la salida del "
                  "Palacio de Justicia.\n")
    assert said(got, "Nueve años esperamos") == "Marta Lucía Ferreira"
    got = _quotes("Según la Fiscalía, Ramón Ortiz Pineda firmaba como socio de tres empresas. \"Yo solo firmaba lo "
                  "que me traían, nunca vi un peso\", contó a esta revista por teléfono.\n")
    assert said(got, "Yo solo firmaba") == "Ramón Ortiz Pineda"


def test_a_place_after_the_verb_is_not_the_speaker_en() -> None:
    got = _quotes("Helen Marsh, who represents the families, welcomed the verdict. \"It took nine years for "
                  "anyone to say it out loud,\" she said outside the Ministry of Justice.\n")
    assert said(got, "It took nine years") == "Helen Marsh"
