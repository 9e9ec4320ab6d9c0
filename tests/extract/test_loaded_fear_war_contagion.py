"""Fear appeals, policing told as war, a flood of crime and a country held up as a warning, mirrored EN/ES.

Invented sentences: 'nobody is safe', 'al borde del colapso', the enemy within and the fifth column, 'the war on
gangs', 'la primera línea contra el crimen', 'a tsunami of violence', 'the most dangerous city in the world',
'Mexicanization', 'otra Venezuela'. Each family is aimed at any side (a Trojan horse of the left or of the
right, a warning about any country). The neutral sentences share the words and must stay unflagged.
"""

from __future__ import annotations

import pytest

from support.loaded_terms import covers, found


@pytest.mark.parametrize(
    "sentence,lang,expected",
    [
        ('"In this town nobody is safe," the candidate said.', "en", "nobody is safe"),
        ('"En este pueblo nadie está a salvo", dijo el candidato.', "es", "nadie esta a salvo"),
        ("The senator says the province is on the brink of collapse.", "en", "on the brink of collapse"),
        ("El senador dice que la provincia está al borde del colapso.", "es", "al borde del colapso"),
        ("The minister called the union a Trojan horse of the opposition.", "en", "trojan horse"),
        ("El ministro llamó al sindicato caballo de Troya de la oposición.", "es", "caballo de troya"),
        ("He warned of a fifth column inside the police.", "en", "fifth column"),
        ("Advirtió de una quinta columna dentro de la policía.", "es", "quinta columna"),
        ("The president's war on gangs entered its third year.", "en", "war on gangs"),
        ("La guerra contra las pandillas del presidente cumplió tres años.", "es", "guerra contra las pandillas"),
        ("The port has become the front line against organized crime.", "en", "front line against organized crime"),
        ("El puerto es la primera línea contra el crimen organizado.", "es", "primera linea contra el crimen"),
        ("Residents describe a tsunami of violence since March.", "en", "tsunami of violence"),
        ("Los vecinos describen un tsunami de violencia desde marzo.", "es", "tsunami de violencia"),
        ("The mayor called it the most dangerous city in the world.", "en", "most dangerous city in the world"),
        ("El alcalde la llamó la ciudad más peligrosa del mundo.", "es", "la ciudad mas peligrosa del mundo"),
        ("Critics warn of the Mexicanization of the coast.", "en", "mexicanization"),
        ("Los críticos advierten de la mexicanización de la costa.", "es", "mexicanizacion"),
        ('"We will not become another Venezuela," she said.', "en", "another venezuela"),
        ('"No vamos a ser otra Venezuela", dijo.', "es", "otra venezuela"),
    ],
)
def test_fear_war_and_contagion_are_found(sentence: str, lang: str, expected: str) -> None:
    got = found(sentence, lang)
    assert covers(got, expected), got


@pytest.mark.parametrize(
    "sentence,lang",
    [
        ("A second Colombia-based firm was fined.", "en"),
        ("The explosion of a gas tank injured two workers.", "en"),
        ("The civil war ended in 1996.", "en"),
        ("Una explosión de gas hirió a dos obreros.", "es"),
        ("La guerra civil terminó en 1996.", "es"),
        ("The front line of the march reached the square.", "en"),
    ],
)
def test_neutral_sentences_sharing_the_words_stay_unflagged(sentence: str, lang: str) -> None:
    assert found(sentence, lang) == []
