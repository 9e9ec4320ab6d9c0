"""Labels of the crime beat and jargon of the security press office, on sentences written for these tests.

They count everywhere: they are what a wire story takes from the police
("kingpin", "su imperio", "célula delictiva", "cero impunidad"), and an
analyst wants to see that it did. Their plain look-alikes (the Kingpin Act,
the Roman Empire, stem cells, "a blow to organized crime") are left alone.
"""

from __future__ import annotations

import pytest

from support.loaded_terms import covers, found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Prosecutors say the kingpin moved 40 tonnes a year.", "en", "kingpin"),
        ("He built his empire on the docks of Buenaventura.", "en", "empire"),
        ("The Accountant's empire stretched from Cali to Miami.", "en", "empire"),
        ("The drug lord was extradited on Tuesday.", "en", "drug lord"),
        ("The deputy posted the photo with the hashtag #NarcoMinister.", "en", "narcominister"),
        ("El zar de la droga fue extraditado el martes.", "es", "zar de la droga"),
        ("Construyó su imperio en los muelles de Tumaco.", "es", "imperio"),
        ("La Fiscalía desmanteló el imperio criminal de la familia.", "es", "imperio criminal"),
        ("La diputada publicó la foto con la etiqueta #NarcoFuncionarios.", "es", "narcofuncionarios"),
        ("The ministry said the operation captured a high-value target.", "en", "high-value target"),
        ("Police said the arrests dealt a crushing blow to the gang.", "en", "crushing blow to"),
        ("La Fiscalía detuvo a seis integrantes de una célula delictiva.", "es", "célula delictiva"),
        ("El fiscal advirtió a los generadores de violencia de la región.", "es", "generadores de violencia"),
        ("La FGE reitera su compromiso de cero impunidad.", "es", "cero impunidad"),
        ("El Ejército capturó a un objetivo de alto valor.", "es", "objetivo de alto valor"),
        ("La Policía asestó un duro golpe al narcotráfico.", "es", "duro golpe"),
    ],
)
def test_crime_labels_and_official_jargon_count_everywhere(text: str, lang: str, expected: str) -> None:
    assert covers(found(text, lang), expected), found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Treasury designated him under the Kingpin Act in 2019.", "en"),
        ("The Roman Empire built the first roads in the region.", "en"),
        ("The interior ministry described the arrests as a blow to organized crime.", "en"),
        ("La Policía dijo que las capturas son un golpe al crimen organizado.", "es"),
        ("El Imperio inca se extendía hasta el río Maule.", "es"),
        ("Los investigadores estudian las células madre del cordón umbilical.", "es"),
    ],
)
def test_plain_senses_of_the_labels_are_left_alone(text: str, lang: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The senator warned of a narco-invasion from the south.", "en", "narco-invasion"),
        ("The mayor called the port a narco-haven.", "en", "narco-haven"),
        ("El informe denuncia la narcotolerancia de Estado en la frontera.", "es", "narcotolerancia"),
        ("La oposición habla de un narcogobierno en la provincia.", "es", "narcogobierno"),
    ],
)
def test_a_coined_narco_compound_is_loaded(text: str, lang: str, expected: str) -> None:
    assert covers(found(text, lang), expected)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He was charged with narcotics trafficking and two narcotraffickers were extradited.", "en"),
        ("El narcotráfico y el narcomenudeo crecen; el narcotraficante huyó con los narcos.", "es"),
    ],
)
def test_the_trade_s_plain_narco_words_are_not_loaded(text: str, lang: str) -> None:
    assert not [t for t in found(text, lang) if "narco" in t]
