"""Common loaded vocabulary of politics and crime, mirrored EN/ES and across sides.

Invented sentences: fraud alleged ('a rigged election', 'elecciones amañadas'), dirty money and deals, hype
about violence, a grip or a yoke, crime as a disease, giving in ('looked the other way', 'capituló ante'), the
underworld as a realm, killing named by euphemism ('neutralized', 'dados de baja'), moral panics, a self-coup,
a purge, narco-money and a sell-out. Giving in ('capitulated to', 'capituló ante') and the messiah judge only
where a text argues, like the idioms of a column beside them. The neutral sentences share the words and must
stay unflagged.
"""

from __future__ import annotations

import pytest

from support.loaded_terms import covers, found

OPINION_EN = "OPINION | The Review\n\nBy A. Writer\n\n"
OPINION_ES = "OPINIÓN\n\nPor Una Autora\n\n"


@pytest.mark.parametrize(
    "sentence,lang,expected",
    [
        ('"It was a rigged election," the opposition leader said.', "en", "rigged election"),
        ('"Fueron unas elecciones amañadas", dijo el líder opositor.', "es", "elecciones amañadas"),
        ("The senator dismissed the report as fake news.", "en", "fake news"),
        ("The contract was a back-room deal paid with blood money.", "en", "back-room deal"),
        ("El contrato se pagó por debajo de la mesa.", "es", "por debajo de la mesa"),
        ("The mayor says violence is out of control in the port.", "en", "violence is out of control"),
        ("El alcalde dice que la violencia está fuera de control en el puerto.", "es", "violencia esta fuera de control"),
        ("The gang holds a stranglehold on the market.", "en", "stranglehold"),
        ("Los comerciantes viven bajo el yugo de la pandilla.", "es", "bajo el yugo de"),
        ("Overcrowded prisons are a breeding ground for gangs.", "en", "breeding ground for gangs"),
        ("Las cárceles hacinadas son un caldo de cultivo para las pandillas.", "es", "caldo de cultivo para las pandillas"),
        ("He rose in the underworld of the capital.", "en", "underworld"),
        ("Ascendió en el hampa de la capital.", "es", "hampa"),
        ("The army said four gunmen were neutralized in the clash.", "en", "gunmen were neutralized"),
        ("El Ejército informó que cuatro guerrilleros fueron dados de baja.", "es", "dados de baja"),
        ("The crackdown fed a moral panic about tattoos.", "en", "moral panic"),
        ("La ofensiva alimentó un pánico moral por los tatuajes.", "es", "pánico moral"),
        ("The opposition called the closure of congress a self-coup.", "en", "self-coup"),
        ("La oposición llamó autogolpe al cierre del Congreso.", "es", "autogolpe"),
        ("Activists denounced a purge of the judiciary.", "en", "purge of the judiciary"),
        ("Activistas denunciaron una purga en la fiscalía.", "es", "purga en la fiscalia"),
        ("The campaign was financed with narco-money.", "en", "narco-money"),
        ("La campaña se financió con narcodinero.", "es", "narcodinero"),
        ('"Son unos vendidos", gritó un manifestante.', "es", "unos vendidos"),
        ("The post called him the narco-pastor of the valley.", "en", "narco-pastor"),
        ("La publicación lo llamó el narcopastor del valle.", "es", "narcopastor"),
        ("Locals resent the label of narco-town.", "en", "narco-town"),
        ("Los vecinos rechazan que los llamen narcopueblo.", "es", "narcopueblo"),
    ],
)
def test_common_loaded_vocabulary_is_found(sentence: str, lang: str, expected: str) -> None:
    got = found(sentence, lang)
    assert covers(got, expected), got


@pytest.mark.parametrize(
    "sentence,lang,expected",
    [
        ("The cabinet capitulated to the gangs once again.", "en", "capitulated to"),
        ("El gabinete capituló ante las pandillas una vez más.", "es", "capituló ante"),
        ("The minister bowed to Washington within a week.", "en", "bowed to washington"),
        ("El ministro se postró ante los carteles en una semana.", "es", "se postró ante"),
        ("His followers treat him as a messiah.", "en", "messiah"),
        ("Sus seguidores lo tratan como un mesías.", "es", "un mesías"),
    ],
)
def test_giving_in_and_the_messiah_count_in_a_column(sentence: str, lang: str, expected: str) -> None:
    opening = OPINION_EN if lang == "en" else OPINION_ES
    assert covers(found(opening + sentence, lang), expected)
    assert found(sentence, lang) == []


@pytest.mark.parametrize(
    "sentence,lang",
    [
        ("The bomb squad neutralized the device before noon.", "en"),
        ("The company eliminated 200 jobs last year.", "en"),
        ("He bowed to the crowd and left the stage.", "en"),
        ("The wetland is a breeding ground for mosquitoes.", "en"),
        ("The cancer ward of the hospital reopened.", "en"),
        ("El auto fue vendido en 2019.", "es"),
        ("Las casas vendidas estaban vacías.", "es"),
        ("El caldo de cultivo del laboratorio se contaminó.", "es"),
        ("Miró hacia la puerta y salió.", "es"),
        ("La Armada interceptó una narcolancha y un narcosubmarino.", "es"),
        ("The navy seized a narco-sub off the coast.", "en"),
    ],
)
def test_neutral_sentences_sharing_the_words_stay_unflagged(sentence: str, lang: str) -> None:
    assert found(sentence, lang) == []
