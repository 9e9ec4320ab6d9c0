"""Quote speakers a story names by a nickname, an honorific or as the subject it has just turned to."""

from __future__ import annotations

from support.extraction import extracted
from support.extraction import quotes as _quotes


def test_a_lone_nickname_with_an_age_or_a_trade_is_a_person_es() -> None:
    got = _quotes("—Aquí mandan otros —me dice Chucho, un panadero de 62 años que vive junto al mercado.\n")
    assert got == [("Aquí mandan otros", "Chucho")]
    got = _quotes("Las tiendas cierran temprano. Mateo, un vendedor de la plaza, nunca sale de noche.\n\n—Aquí no hay ley —dice.\n")
    assert got == [("Aquí no hay ley", "Mateo")]


def test_a_lone_nickname_with_an_age_is_a_person_en() -> None:
    got = _quotes('"Nobody comes here at night," says Pelón, a 41-year-old fisherman.\n')
    assert got == [("Nobody comes here at night,", "Pelón")]


def test_profe_is_a_title_es() -> None:
    got = _quotes("La profe Yaneth enseña en la escuela del barrio desde 2010.\n\n—Los niños ya no vienen —cuenta.\n")
    assert got == [("Los niños ya no vienen", "Yaneth")]


def test_a_dialogue_line_goes_to_the_subject_of_the_last_sentence_before_es() -> None:
    text = ("El 3 de mayo, un joven de 19 años, conocido como el Flaco, desapareció cerca del puerto. Su abuela, "
            "doña Remedios, todavía lo espera.\n\n—Me dijeron que lo vieron subir a una lancha —dice, junto a la "
            "ventana.\n")
    assert _quotes(text) == [("Me dijeron que lo vieron subir a una lancha", "Remedios")]
    # the honorific the text writes is one of her names
    assert "doña Remedios" in next(e for e in extracted(text).entities if e.name == "Remedios").aliases


def test_a_paragraph_quote_goes_to_the_subject_of_the_last_sentence_before() -> None:
    got = _quotes("Un joven conocido como el Flaco desapareció en mayo. Su abuela, doña Remedios, todavía guarda la "
                  "bicicleta que el Flaco usaba.\n\n«Me dijeron que lo vieron subir a una lancha», dice.\n")
    assert got == [("Me dijeron que lo vieron subir a una lancha", "Remedios")]
    got = _quotes("In May, a teenager known as Flaco vanished near the port. His grandfather, Tomas Pardo, still keeps "
                  'the bicycle Flaco rode to school.\n\n"They took him because he said no."\n')
    assert got == [("They took him because he said no.", "Tomas Pardo")]


def test_a_person_deep_in_the_last_sentence_is_not_its_subject() -> None:
    got = _quotes("Marta Quiñones vende empanadas frente a la plaza. Cada mañana llega antes que el vecino Pedro "
                  "Salas.\n\n—Aquí nadie denuncia —dice.\n")
    assert got == [("Aquí nadie denuncia", "Marta Quiñones")]


def test_a_dialogue_narrator_names_the_spokesperson_not_the_body() -> None:
    got = _quotes("—Esta banda tenía atemorizada a toda la colonia —declaró el portavoz de la DIPAMPCO, comisario "
                  "Néstor Ruiz Lanza, en conferencia de prensa.\n")
    assert got == [("Esta banda tenía atemorizada a toda la colonia", "Néstor Ruiz Lanza")]
    got = _quotes("— The gang had the whole district in fear — said the spokesman for the DIPAMPCO, Inspector Nestor "
                  "Ruiz Lanza, at a press conference.\n")
    assert got == [("The gang had the whole district in fear", "Nestor Ruiz Lanza")]
