"""The rhetoric of the courtroom and of the press office, mirrored EN/ES and across sides.

Invented sentences: a case said to be tried in the press, a prisoner called political, witnesses called false,
an arrest called a kidnapping, a crackdown's bravado ('let them rot in jail', 'no nos temblará la mano'),
enemies of the state, violence charged to the state ('a state crime', 'gatillo fácil'), protesters and migrants
framed ('paid protesters', 'acarreados', 'los ilegales'), a suspect graded before a court has ('la peligrosa
banda') and a coup said to be under way. The neutral sentences
share the words and must stay unflagged.
"""

from __future__ import annotations

import pytest

from support.loaded_terms import covers, found


@pytest.mark.parametrize(
    "sentence,lang,expected",
    [
        ('"My client is the victim of a trial by media," the lawyer said.', "en", "trial by media"),
        ('"Mi cliente es víctima de un juicio mediático", dijo el abogado.', "es", "juicio mediático"),
        ("Rights groups call him a political prisoner.", "en", "political prisoner"),
        ("Las ONG lo llaman preso político.", "es", "preso político"),
        ('"He was convicted on the word of paid witnesses," his sister said.', "en", "paid witnesses"),
        ('"Lo condenaron con testigos falsos", dijo su hermana.', "es", "testigos falsos"),
        ('"This arrest is a judicial kidnapping," the party said.', "en", "judicial kidnapping"),
        ('"Esta detención es un secuestro judicial", dijo el partido.', "es", "secuestro judicial"),
        ('"The charges are a pack of lies," the mayor said.', "en", "pack of lies"),
        ('"Los cargos son una sarta de mentiras", dijo el alcalde.', "es", "sarta de mentiras"),
        ('"Let them rot in jail," the minister said.', "en", "rot in jail"),
        ('"Que se pudran en la cárcel", dijo el ministro.', "es", "se pudran en la carcel"),
        ('"We will not rest until every one of them is caught," the general said.', "en", "we will not rest until"),
        ('"No nos temblará la mano con estos grupos", dijo el general.', "es", "no nos temblara la mano"),
        ("The president called the strikers enemies of the state.", "en", "enemies of the state"),
        ("El presidente llamó a los huelguistas enemigos de la patria.", "es", "enemigos de la patria"),
        ("The families say the killing was a state crime.", "en", "a state crime"),
        ("Las familias dicen que la muerte fue un crimen de Estado.", "es", "crimen de estado"),
        ("Neighbours blamed trigger-happy police for the death.", "en", "trigger-happy"),
        ("Los vecinos culparon al gatillo fácil de la policía.", "es", "gatillo fácil"),
        ("The governor blamed paid protesters for the blockade.", "en", "paid protesters"),
        ("El gobernador culpó a los acarreados del bloqueo.", "es", "acarreados"),
        ('"The illegals are coming every day," the candidate said.', "en", "illegals"),
        ('"Los ilegales llegan cada día", dijo el candidato.', "es", "los ilegales"),
        # a suspect graded by the press office with a prenominal adjective ('una banda peligrosa' only describes)
        ("Cayó el cabecilla de la peligrosa banda del puerto.", "es", "la peligrosa banda"),
        ("The opposition warned of a coup in the making.", "en", "coup in the making"),
        ("La oposición advirtió de un golpe en marcha.", "es", "golpe en marcha"),
    ],
)
def test_courtroom_and_press_office_rhetoric_is_found(sentence: str, lang: str, expected: str) -> None:
    got = found(sentence, lang)
    assert covers(got, expected), got


@pytest.mark.parametrize(
    "sentence,lang",
    [
        ("The state crime laboratory analysed the samples.", "en"),
        ("The trial began on Monday and two witnesses testified.", "en"),
        ("El juicio comenzó el lunes y declararon dos testigos.", "es"),
        ("Los grupos ilegales operan en la zona rural.", "es"),
        ("El golpe en la cabeza le causó la muerte.", "es"),
        ("The police chief said officers would patrol the area.", "en"),
        ("La banda es peligrosa, dijo el fiscal.", "es"),
    ],
)
def test_neutral_sentences_sharing_the_words_stay_unflagged(sentence: str, lang: str) -> None:
    assert found(sentence, lang) == []
