"""Who says the words when a state's name only says whose body speaks ("Venezuela's Foreign Ministry")."""

from __future__ import annotations

import pytest

from support.extraction import quotes, said

CASES = {
    "en_spokesperson_for_a_states_ministry": (
        "MADRID — A judge freed Ramón Azuaje on Monday.\n\nA spokesperson for Spain's Ministry of Justice told us "
        'the government "has no role in a judicial decision" on his release.\n',
        "has no role", "Ministry of Justice"),
    "en_states_ministry_labels": (
        "Police in Cartagena arrested Luis Montilla on a U.S. warrant. Three days later, Venezuela's Foreign "
        'Ministry denounced the arrest as "a kidnapping ordered by Washington" and demanded his return.\n',
        "a kidnapping ordered", "Foreign Ministry"),
    "en_states_ministry_said": (
        "Troops destroyed three laboratories in Nariño last week.\n\nColombia's Defense Ministry said in a "
        'statement that "the operation was a success."\n',
        "the operation was a success", "Defense Ministry"),
    "en_bare_state_before_a_department_describing": (
        "In July, the U.S. Department of the Treasury added Dario Quintero to its sanctions list, describing "
        'his group as "a significant transnational criminal organization."\n',
        "a significant transnational", "US Department of the Treasury"),
    # the Spanish order names the state after the body: nothing to drop, the body already speaks
    "es_ministerio_de_un_estado": (
        "La policía capturó a Luis Montilla en Cartagena. Tres días después, el Ministerio de Relaciones "
        "Exteriores de Venezuela calificó la captura de «un secuestro ordenado por Washington».\n",
        "un secuestro ordenado", "Ministerio de Relaciones Exteriores de Venezuela"),
    # an unsaid subject goes on from whoever the sentence before gave words to, a title set off before the name
    "es_anadio_tras_dijo_el_viceministro_x": (
        "La organización Observatorio Cívico ha documentado 318 muertes bajo custodia. Su directora, Patricia "
        "Menjívar, me lo resumió así: «Ninguna familia ha recibido un expediente completo».\n\n"
        "El Gobierno responde con una sola frase. «Los que lloran por los presos nunca lloraron "
        "por sus víctimas», dijo el viceministro de Seguridad, Gerardo Palacios, en una entrevista el lunes. "
        "Añadió que las ONG críticas son «cómplices de los terroristas» y que reciben dinero extranjero.\n",
        "cómplices de los terroristas", "Gerardo Palacios"),
    # a bare '"…," she said' after a description whose name is set off with more words after it
    "en_she_said_after_analyst_named_in_aside": (
        "Wire — 4 March 2026\n\nA regional security analyst, Teresa Amaya of the Tegucigalpa-based Observatorio "
        "de Seguridad Ciudadana, said traffickers had returned to air routes after a period of relying on boats. "
        '"When the sea gets expensive, the planes come back," she said.\n',
        "When the sea gets expensive", "Teresa Amaya"),
    "es_dijo_ella_tras_analista_con_nombre": (
        "Diario Sur — 4 de marzo de 2026\n\nUna analista regional, Teresa Amaya del Observatorio de Seguridad "
        "Ciudadana de Tegucigalpa, explicó que los traficantes volvieron a las rutas aéreas tras un periodo de "
        "lanchas. «Cuando el mar se encarece, vuelven las avionetas», dijo.\n",
        "Cuando el mar se encarece", "Teresa Amaya"),
    # a dialogue dash inside a paragraph, after a colon
    "es_niega_dos_puntos_raya": (
        "El alcalde Pascacio Ruiz dice que no tiene policías. La oposición lo acusa de pactar con la banda. "
        "Pascacio lo niega: —Eso es una calumnia de gente que quiere mi silla.\n",
        "Eso es una calumnia", "Pascacio Ruiz"),
    # the words go on after the narrator, however short
    "es_sigue_tras_el_narrador": (
        "La vendedora Rosalba Díaz cierra la tienda temprano.\n\n"
        "—Eso es lo que el Estado me dejó hacer por él —dice—. Mandarle zapatos.\n",
        "Mandarle zapatos", "Rosalba Díaz"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_speaker(name: str) -> None:
    text, words, speaker = CASES[name]
    assert said(quotes(text), words) == speaker


def test_a_dialogue_dash_after_a_full_stop_is_the_words_of_whoever_opened_the_sentence_before() -> None:
    text = ("Prensa del Altiplano — 24 de noviembre de 2026\n\nEl abogado del detenido, Sergio Pac, dijo que su cliente "
            "es inocente.\n\nUn vecino de Ayutla, que pidió no ser identificado, contó a este diario que los camiones "
            "cruzaban cada noche. —Aquí todos sabían quién mandaba —dijo—. Nadie hizo nada.\n")
    got = quotes(text)
    assert said(got, "Aquí todos sabían") == "vecino de Ayutla"
    assert said(got, "Nadie hizo nada") == "vecino de Ayutla"
