"""Speakers a wire story or a chronicle leaves unnamed, or names one sentence before the words."""

from __future__ import annotations

from support.extraction import extracted, quotes, said


def test_he_said_goes_back_to_the_unnamed_person_who_spoke_in_the_sentence_before() -> None:
    got = quotes("Police detained Ramón Ortiz Vega in March.\n\n"
                 "One coffee farmer from San Blas, who spoke on condition of anonymity, said the fees were collected "
                 'every week by armed men. "Nobody will party yet. When one leaves, another arrives," he said.\n')
    assert said(got, "Nobody will party yet") == "coffee farmer from San Blas"


def test_dice_goes_back_to_the_unnamed_neighbour_es() -> None:
    got = quotes("El Ejército detuvo a Jhon Jairo Mena en octubre.\n\n"
                 "Un vecino que pidió no ser identificado cuenta que el toque de queda llegó tarde. "
                 '"Se están peleando el oro y nosotros quedamos en medio", dice.\n')
    assert said(got, "peleando el oro") == "vecino"


def test_she_is_a_person_never_the_body_named_after_her() -> None:
    got = quotes("Analyst Marta Quiroga, of the Lima-based Instituto de Estudios sobre Seguridad Rural, warned that "
                 'arrests often trigger feuds. "Taking out the boss does not end the business," she said.\n')
    assert said(got, "Taking out the boss") == "Marta Quiroga"


def test_an_unnamed_speaker_may_carry_a_capitalised_body_in_his_description() -> None:
    got = quotes("Investigators followed Silva for a year.\n\n"
                 '"He never touches the drugs," a Federal Police investigator said of Silva, speaking on condition '
                 "that he not be named.\n")
    assert said(got, "never touches") == "Federal Police investigator"


def test_an_unnamed_lawyer_of_someone_speaks_for_herself() -> None:
    got = quotes("Prosecutors say Marta Lins kept the accounts.\n\n"
                 'Her lawyer said she "has only ever kept books for honest clients."\n')
    assert said(got, "kept books") == "lawyer"


def test_an_unnamed_officer_in_a_second_clause_says_the_words_not_the_unit_in_the_first_es() -> None:
    got = quotes("La Séptima División instaló un puesto en la loma, y un oficial, que no estaba autorizado para "
                 'declarar, dijo que la misión es "recuperar el control del territorio".\n')
    assert said(got, "recuperar el control") == "oficial"


def test_an_unnamed_speaker_right_after_an_inverted_verb_es() -> None:
    got = quotes("Nadie la atendió a tiempo, se queja una comerciante del mercado, que prefirió reservar su nombre: "
                 '"Nos avisaron cuando ya ardía todo".\n')
    assert said(got, "Nos avisaron") == "comerciante del mercado"


def test_a_place_made_into_an_adjective_is_no_part_of_the_body_it_describes() -> None:
    ex = extracted("Researcher Ana Gil, of the Mexico City-based Centro de Estudios sobre Violencia Rural, "
                   "warned of feuds.\n")
    names = {e.name: e.type for e in ex.entities}
    assert names.get("Mexico City") == "location"
    assert "Centro de Estudios sobre Violencia Rural" in names
    assert "Violencia Rural" not in names


def test_a_lawyer_named_after_the_possessive_says_the_words_herself() -> None:
    got = quotes('Police arrested Marta Lins.\n\nHer lawyer, Ana Ruiz, said: "She is innocent."\n')
    assert said(got, "She is innocent") == "Ana Ruiz"
    got = quotes("La Fiscalía acusó a Pedro Lara.\n\nSu abogado, Jorge Gómez, dijo: «Es inocente».\n")
    assert said(got, "Es inocente") == "Jorge Gómez"


def test_the_words_of_his_lawyer_are_not_his_clients() -> None:
    got = quotes('Pedro Lara was charged.\n\n"He is innocent," his lawyer said.\n')
    assert said(got, "He is innocent") == "lawyer"


def test_the_minister_is_the_one_titled_interior_minister_not_the_first_person_named() -> None:
    got = quotes('The report by Elena Díaz was rejected by Interior Minister Marcos Peña. "It is full of errors," '
                 "the minister said.\n")
    assert said(got, "full of errors") == "Marcos Peña"


def test_a_writer_the_agent_identified_is_the_one_identified() -> None:
    got = quotes("Special Agent Melissa Tran testified for two days about the phones of Raúl Vaca Suárez.\n\n"
                 "In one message, read aloud to jurors, a user the agent identified as Vaca Suárez wrote: "
                 '"Tell the colonel we need the strip on Saturday."\n')
    assert said(got, "strip on Saturday") == "Raúl Vaca Suárez"


def test_a_pronoun_right_before_the_verb_agrees_with_the_speaker_es() -> None:
    got = quotes("Rosa Lema habló con Juan Vela por teléfono. Después, ella contó a la prensa: "
                 "«Me prometió cien policías».\n")
    assert said(got, "Me prometió") == "Rosa Lema"
