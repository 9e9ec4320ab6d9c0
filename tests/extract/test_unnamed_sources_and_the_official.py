"""Unnamed sources in shapes the sourcing checks missed: sources of an ombudsman's office, fighters interviewed for
the report, officers counted with two words on who they are, 'según los investigadores', and a country's officials
opening a sentence. Named offices ('según la policía') stay named. And 'La funcionaria añadió', 'The official
added': the latest person given a title that the word stands for."""

from __future__ import annotations

from support.extraction import extracted, quotes, said


def _anonymous(text: str) -> dict[str, bool]:
    """Each claim's first three words, and whether it rests on an unnamed source."""
    return {" ".join(c.text.split()[:3]): c.anonymous_source for c in extracted(text).claims}


def test_sources_of_the_ombudsman_are_unnamed() -> None:
    got = _anonymous("INFORME, 3 de marzo de 2026\n\nLas cifras reales son mayores: según fuentes de la Defensoría "
                     "consultadas para este documento, muchas familias no denuncian por miedo a represalias.\n")
    assert list(got.values()) == [True]


def test_fighters_interviewed_for_this_report_are_unnamed() -> None:
    got = _anonymous("REPORT, March 3, 2026\n\nThe commander broke with the group in March 2024. According to three "
                     "former fighters interviewed for this report, he kept the coca money for himself.\n")
    assert got == {"The commander broke": False, "According to three": True}


def test_officers_counted_with_two_words_on_who_they_are() -> None:
    got = _anonymous("REPORT, March 3, 2026\n\nWithin a year, according to two Mexican intelligence officers, the "
                     "former commander was training gunmen in Michoacán.\n")
    assert list(got.values()) == [True]


def test_segun_los_investigadores_is_unnamed_but_the_police_are_named() -> None:
    got = _anonymous("INFORME, 3 de marzo de 2026\n\nEl hombre no fue capturado y, según los investigadores, se "
                     "encontraría en Venezuela. Según la policía, cruzó por una trocha.\n")
    assert got == {"El hombre no": True, "Según la policía,": False}


def test_a_countrys_officials_opening_a_sentence_are_unnamed() -> None:
    got = _anonymous("REPORT, March 3, 2026\n\nVenezuelan officials say he returned to the country in secret. "
                     "Bolivian intelligence officials describe three front companies. His lawyers said he is innocent.\n")
    assert got == {"Venezuelan officials say": True, "Bolivian intelligence officials": True, "His lawyers said": False}


def test_the_official_who_speaks_next_is_the_last_titled_person_of_that_sex() -> None:
    got = quotes("INFORME, 3 de marzo de 2026\n\n«Los comerciantes pagaban por existir», afirmó la fiscal delegada ante "
                 "jueces penales del circuito especializado, María Fernanda Ortegón Díaz. La funcionaria añadió que "
                 "«la alianza entre las dos bandas ya no es una hipótesis».\n\nEl juez Martín Benavides dejó libre a "
                 "Ruiz. El funcionario consideró que los testimonios eran \"contradictorios e insuficientes\".\n")
    assert said(got, "la alianza entre las dos bandas") == "María Fernanda Ortegón Díaz"
    assert said(got, "contradictorios e insuficientes") == "Martín Benavides"
    got = quotes("REPORT, March 3, 2026\n\nDeputy Minister Laura Quintana said the plan would work. The official added "
                 "that it was \"the only way out of this mess.\"\n")
    assert said(got, "the only way out of this mess") == "Laura Quintana"
