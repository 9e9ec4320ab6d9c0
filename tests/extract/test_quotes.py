"""Quotes and their speakers, English and Spanish: where the speaker is named, and where nobody is."""

from __future__ import annotations

from support.extraction import quotes as _quotes


def test_a_definite_description_after_the_quote_is_the_person_named_before() -> None:
    got = _quotes("El padre Julián Ocampo encabezó la marcha hasta la alcaldía.\n\n"
                  "—Esto no es valentía, es cansancio —me dijo el sacerdote en la sacristía—. "
                  "Aquí todos tenemos miedo.\n")
    assert got[0] == ("Esto no es valentía, es cansancio", "Julián Ocampo")
    assert all(speaker == "Julián Ocampo" for _q, speaker in got)


def test_an_indefinite_speaker_is_nobody_named_before() -> None:
    got = _quotes("Mayor Elena Torres visited the market on Monday.\n\n"
                  '"Nobody here trusts the police anymore, not after last year," a resident said.\n\n'
                  'A shopkeeper said: "We pay the gang every single week."\n')
    # someone the text describes and never names: an unnamed actor of its own, not the mayor
    assert [speaker for _q, speaker in got] == ["resident", "shopkeeper"]


def test_a_verb_without_subject_continues_the_last_speaker_es() -> None:
    got = _quotes("El defensor del Pueblo, Carlos Camargo, visitó Tibú el martes.\n\n"
                  "Luego añadió: «No hay presencia del Estado en toda la región».\n")
    assert got == [("No hay presencia del Estado en toda la región", "Carlos Camargo")]


def test_according_to_after_the_quote_names_the_speaker() -> None:
    got = _quotes("“The price of coca has collapsed in the whole region,” according to Pedro Arias, "
                  "a farmer leader from Tibú.\n")
    assert got[0][1] == "Pedro Arias"


def test_a_second_verb_after_the_quote_keeps_the_subject_before_it_es() -> None:
    got = _quotes("El Ministerio del Interior de Ecuador señaló en un comunicado que la cooperación con Colombia "
                  '"está dando resultados concretos" y anunció una reunión con autoridades colombianas.\n')
    assert got == [("está dando resultados concretos", "Ministerio del Interior de Ecuador")]


def test_a_quote_over_two_paragraphs_keeps_both_and_one_speaker() -> None:
    got = _quotes("Laura Méndez directs a foundation in Cúcuta and described the situation.\n\n"
                  '"The armed groups arrived in 2023 and took the schools first.\n\n'
                  '"Now the children work for them as lookouts," she said.\n')
    assert got == [("The armed groups arrived in 2023 and took the schools first.", "Laura Méndez"),
                   ("Now the children work for them as lookouts,", "Laura Méndez")]


def test_a_label_in_quotes_belongs_to_who_chose_it() -> None:
    assert _quotes('Governor Cláudio Castro called the raid a success against "narco-terrorists" on Tuesday.\n') \
        == [("narco-terrorists", "Cláudio Castro")]
    assert _quotes("El presidente Gustavo Petro calificó de «genocidio» los bombardeos en el Caribe.\n") \
        == [("genocidio", "Gustavo Petro")]


def test_names_and_scare_quotes_are_not_quotes() -> None:
    assert _quotes('The so-called "Total Peace" policy was launched by Gustavo Petro in 2022.\n') == []
    assert _quotes('Gustavo Petro presented the "Total Peace" plan in Bogotá on Monday.\n') == []


def test_straight_single_quotes_with_apostrophes_inside() -> None:
    got = _quotes("Carlos Ruiz, the lawyer, said it was 'a scandal that nobody in the government "
                  "wants to talk about, and that's the problem'.\n")
    assert got == [("a scandal that nobody in the government wants to talk about, and that's the problem",
                    "Carlos Ruiz")]
    assert _quotes("The farmers' union met the governor's team about the group's 'mafia' ties.\n") == []


def test_a_description_that_is_not_a_person_does_not_take_the_last_person() -> None:
    got = _quotes("Mayor Elena Torres visited the market on Monday.\n\n"
                  '"Nobody here will be left without protection this year," said the police in a statement.\n')
    assert got[0][1] != "Elena Torres"


def test_the_description_before_the_verb_en() -> None:
    got = _quotes("The parish priest Julián Ocampo led the march to the town hall on Monday.\n\n"
                  '"This is not courage, it is exhaustion," the priest said.\n')
    assert got == [("This is not courage, it is exhaustion,", "Julián Ocampo")]


def test_stance_verbs_report_words_too() -> None:
    got = _quotes('Gustavo Petro accused Donald Trump of "murder in international waters" on Monday.\n')
    assert got == [("murder in international waters", "Gustavo Petro")]
    got = _quotes("Nicolás Maduro condenó la «agresión imperialista» de Washington.\n")
    assert got == [("agresión imperialista", "Nicolás Maduro")]


def test_a_dialogue_line_with_a_bare_verb_speaks_for_the_person_the_paragraph_before_is_about() -> None:
    got = _quotes("Marta Quiñones vende empanadas desde hace veinte años frente a la Plaza Bolívar.\n\n"
                  "—Aquí nadie denuncia porque todos se conocen —dice, sin levantar la vista.\n")
    assert got == [("Aquí nadie denuncia porque todos se conocen", "Marta Quiñones")]
    got = _quotes("Marta Quiñones vende empanadas desde hace veinte años frente a la Plaza Bolívar.\n\n"
                  "—Aquí nadie denuncia porque todos se conocen —dijo ante una asamblea de vecinos.\n")
    assert got == [("Aquí nadie denuncia porque todos se conocen", "Marta Quiñones")]


def test_a_dialogue_line_with_a_new_subject_is_not_the_person_before() -> None:
    got = _quotes("Marta Quiñones vende empanadas desde hace veinte años frente a la Plaza Bolívar.\n\n"
                  "—Aquí nadie denuncia porque todos se conocen —dice un vecino.\n")
    assert got[0][1] != "Marta Quiñones"
    got = _quotes("Marta Quiñones vende empanadas desde hace veinte años frente a la Plaza Bolívar.\n\n"
                  "—Aquí nadie denuncia porque todos se conocen —dijo a este diario un vecino.\n")
    assert got[0][1] != "Marta Quiñones"


def test_a_name_between_commas_before_the_verb_is_the_speaker() -> None:
    got = _quotes("La directora para el Bajo Cauca, Sandra Milena Ortiz, afirmó que «los niños ya no van "
                  "a la escuela por miedo».\n")
    assert got == [("los niños ya no van a la escuela por miedo", "Sandra Milena Ortiz")]
    got = _quotes('The envoy for Central America, Thomas Reilly, said that "nobody can negotiate with a gun '
                  'to their head".\n')
    assert got == [("nobody can negotiate with a gun to their head", "Thomas Reilly")]


def test_boasting_reports_words() -> None:
    got = _quotes('El jefe de la banda, Ramiro Tello, alias "el Flaco", presume en redes de "cuidar al barrio".\n')
    assert ("cuidar al barrio", "Ramiro Tello") in got


def test_a_body_speaks_through_its_paper() -> None:
    got = _quotes("Analysts at the Northgate Policy Center have pushed for a tougher line for years. "
                  'Their new report openly muses about "punitive raids" across the border.\n')
    assert got == [("punitive raids", "Northgate Policy Center")]
    # without a possessive, a paper's words are nobody's
    assert _quotes('A new report openly muses about "punitive raids" across the border.\n') == []


def test_a_name_with_its_description_between_commas_after_the_quote_is_the_speaker() -> None:
    got = _quotes('"This was no spontaneous brawl. It was an ambush," Ernesto Villagrán, spokesman for the '
                  "Sistema Penitenciario, told reporters in the capital on Monday.\n")
    assert got[0][1] == "Ernesto Villagrán"
    got = _quotes("«No hubo ningún motín, fue una emboscada», Ernesto Villagrán, vocero del Sistema "
                  "Penitenciario, dijo a la prensa el lunes.\n")
    assert got[0][1] == "Ernesto Villagrán"


def test_who_is_spoken_to_is_not_the_speaker() -> None:
    got = _quotes('El abogado del alcalde, Fernando Salas Ugarte, calificó la detención de "un show mediático". '
                  '"El señor Quispe no conoce a ninguna de las personas que la fiscalía menciona", dijo a la ANP.\n')
    assert got[-1][1] == "Fernando Salas Ugarte"
    got = _quotes('Interior Minister Ana Gómez spoke after the raid. "We will not stop until the last gang '
                  'leader is behind bars," she told the Associated Press.\n')
    assert got[-1][1] == "Ana Gómez"
    # 'told ACN X': the actor after the audience still speaks
    got = _quotes('"The border is open to anyone who pays," told Reuters Marcos Duarte, a trader in Cúcuta.\n')
    assert got[0][1] != "Reuters"


def test_a_label_belongs_to_the_subject_of_its_own_clause() -> None:
    got = _quotes("The Bolivarian National Guard did not reply to requests for comment, and the Defence Ministry "
                  'has in the past rejected accusations of collusion as "propaganda".\n')
    assert got == [("propaganda", "Defence Ministry")]
    got = _quotes("La Guardia Nacional no respondió, pero el Ministerio de Defensa calificó de «montaje» las "
                  "acusaciones.\n")
    assert got == [("montaje", "Ministerio de Defensa")]
    # one clause: the first actor still
    got = _quotes('Governor Cláudio Castro, who met the Army chief, called the raid a success against '
                  '"narco-terrorists".\n')
    assert got == [("narco-terrorists", "Cláudio Castro")]
