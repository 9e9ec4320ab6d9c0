"""Shapes found reading the twenty-seventh set: a place's office written as a title before the name, a group's
description set beside it before 'led by', speech verbs in a timeline's present tense, a possessor inside an
apposition, 'Según explicó,' with no subject, and bodies named by their country's possessive."""

from __future__ import annotations

from support.extraction import extracted, quotes, said, ties


def test_place_office_as_a_title_before_the_name_leads_the_place() -> None:
    got = ties("INFORME, 3 de marzo de 2026\n\nOn Tuesday, Arauca Governor Hermes Barragán Chaparro met the army "
               "commander in Bogotá and asked for more troops. Cúcuta Mayor Nelly Roa Quintero said the town was afraid.")
    assert ("Hermes Barragán Chaparro", "leads", "Arauca") in got
    assert ("Nelly Roa Quintero", "leads", "Cúcuta") in got


def test_a_lower_case_office_word_after_a_place_is_no_title() -> None:
    got = ties("INFORME, 3 de marzo de 2026\n\nIn Arauca governor races, Hermes Barragán Chaparro won twice.")
    assert ("Hermes Barragán Chaparro", "leads", "Arauca") not in got


def test_led_by_after_a_description_set_beside_a_group_leads_that_group() -> None:
    got = ties("REPORT, March 3, 2026\n\nThe governor blamed the Frente 33, a unit of the Estado Mayor de Bloques y "
               "Frentes (EMBF), the splinter faction led by Alexander Díaz Mendoza, alias Calarcá.")
    assert ("Calarcá", "leads", "Estado Mayor de Bloques y Frentes") in got
    assert ("Calarcá", "leads", "Frente 33") not in got


def test_encabezada_por_after_a_description_set_beside_a_group_leads_that_group() -> None:
    got = ties("INFORME, 3 de marzo de 2026\n\nEl gobernador culpó al Frente 33, una unidad de los Comandos de la "
               "Frontera, la facción disidente encabezada por Giovanni Andrés Rojas.")
    assert ("Giovanni Andrés Rojas", "leads", "Comandos de la Frontera") in got
    assert ("Giovanni Andrés Rojas", "leads", "Frente 33") not in got


def test_speech_verbs_in_the_present_of_a_timeline() -> None:
    text = ("THE LEDGER, February 10, 2026\n\n"
            "May 2, 2025 - Defence Minister Aurelio Casas Montoya launches Operation Perseo. He promises to "
            "\"recover every inch\" of the border.\n\n"
            "Two weeks later - Antonio García publishes an open letter. He demands a \"national participation "
            "process\" before anything else.\n\n"
            "November 2025 - The European Parliament adopts a resolution urging \"all armed actors\" to stop.\n")
    got = quotes(text)
    assert said(got, "recover every inch") == "Aurelio Casas Montoya"
    assert said(got, "national participation process") == "Antonio García"
    assert said(got, "all armed actors") == "European Parliament"


def test_the_owner_inside_an_apposition_is_not_who_speaks() -> None:
    got = quotes("THE LEDGER, February 10, 2026\n\nSenator Paloma Restrepo called the talks a failure. The Pacto "
                 "Histórico, Petro's coalition, accused her of \"cheering for war.\" The Partido Liberal, Gaviria's "
                 "party, said the senator was \"lying to the country again.\"")
    assert said(got, "cheering for war") == "Pacto Histórico"
    assert said(got, "lying to the country again") == "Partido Liberal Colombiano"


def test_the_person_set_beside_another_persons_role_still_speaks() -> None:
    got = quotes("THE LEDGER, February 10, 2026\n\nJuan Pérez, Ruiz's lawyer, said the case was \"a farce from "
                 "start to finish.\"")
    assert said(got, "a farce from start to finish") == "Juan Pérez"


def test_segun_explico_with_no_subject_is_who_spoke_before() -> None:
    got = quotes("INFORME, 3 de marzo de 2026\n\nEl comandante de la Policía, coronel Édgar Ríos Valderrama, destacó "
                 "que se incautaron dos fusiles. Según explicó, la información que permitió ubicar a alias Brasil "
                 "provino de \"la valentía de la comunidad, que se cansó de los violentos\".")
    assert said(got, "la valentía de la comunidad") == "Édgar Ríos Valderrama"


def test_segun_dijo_with_its_subject_after_the_verb_is_that_subject() -> None:
    got = quotes("INFORME, 3 de marzo de 2026\n\nEl coronel Édgar Ríos Valderrama habló el lunes. Según dijo el "
                 "fiscal Pedro Ramírez, el dinero venía de \"una red de cambistas en la frontera\".")
    assert said(got, "una red de cambistas") == "Pedro Ramírez"


def test_a_countrys_government_by_its_possessive_and_the_un_mission() -> None:
    ex = extracted("THE LEDGER, February 10, 2026\n\nColombia's government on Sunday suspended the talks. The UN "
                   "Verification Mission said it \"took note with hope.\" The UN Development Programme paused work.")
    found = {(e.name, e.type) for e in ex.entities}
    assert ("Government of Colombia", "government_body") in found
    assert ("UN Verification Mission in Colombia", "international_org") in found
    assert ("UNDP", "international_org") in found
    assert not any(name == "Verification Mission" for name, _ in found)


def test_a_participle_announcing_short_words() -> None:
    got = quotes("THE LEDGER, February 10, 2026\n\nThe following month - Venezuela's armed forces launch an operation in "
                 "Apure, announcing the capture of 43 \"terrorist irregulars.\"\n")
    assert said(got, "terrorist irregulars") is not None  # (the state, for want of a name for its forces)


def test_short_words_after_a_speech_verb_further_back_in_the_clause() -> None:
    got = quotes("INFORME, 3 de marzo de 2026\n\nEl Gobierno venezolano niega esas acusaciones y las atribuye a una "
                 "«campaña de desestabilización».\n")
    assert said(got, "campaña de desestabilización") == "Government of Venezuela"


def test_words_an_as_clause_right_after_them_gives_to_someone() -> None:
    got = quotes("INFORME, 3 de marzo de 2026\n\nEl presidente Nayib Bukele habló el lunes. Si las maras están "
                 "«acabadas», como asegura Bukele, ¿por qué sigue el régimen?\n")
    assert said(got, "acabadas") == "Nayib Bukele"
    got = quotes("THE LEDGER, February 10, 2026\n\nPresident Nayib Bukele spoke on Monday. If the gangs are "
                 "\"finished,\" as the president claims, why keep the decree?\n")
    assert said(got, "finished") == "Nayib Bukele"
    got = quotes("THE LEDGER, February 10, 2026\n\nPedro Gómez called the pact \"a shameful deal,\" as did the "
                 "opposition.\n")
    assert said(got, "a shameful deal") == "Pedro Gómez"
