"""Who says quoted words when actors stand after the speech verb ('La funcionaria subrayó que la cooperación con
Brasil «…»') or inside an apposition before 'who' ('X, a congressman from the Y party, who wrote that "…"')."""

from __future__ import annotations

from support.extraction import quotes, said


def test_a_role_that_opens_the_clause_speaks_whatever_is_named_after_its_verb_es() -> None:
    got = quotes('"No vamos a negociar", afirmó la ministra de Seguridad Nacional, Verónica Aldazábal, tras recibir '
                 "el informe. La funcionaria subrayó que la cooperación con Brasil y Paraguay \"es la única manera de "
                 'cortar la cadena".\n')
    assert said(got, "la única manera") == "Verónica Aldazábal"


def test_who_after_an_apposition_is_the_person_it_describes_en() -> None:
    got = quotes("The claim was shared by Rodrigo Arrúa Paredes, a Paraguayan congressman from the opposition "
                 'Movimiento Patria Firme, who wrote that the government had "surrendered the east of the country."\n')
    assert said(got, "surrendered the east") == "Rodrigo Arrúa Paredes"


def test_which_after_a_party_is_the_party_en() -> None:
    got = quotes('The statement came from the Movimiento Patria Firme, which wrote that the government had '
                 '"surrendered the east."\n')
    assert said(got, "surrendered the east") == "Movimiento Patria Firme"


def test_a_pronoun_that_opened_the_sentence_before_passes_its_person_on_en() -> None:
    got = quotes('Asked for comment, Mauricio Peláez did not retract the post. "Those men are Russians." He offered no '
                 'evidence.\n\nTwo days later, he added a note saying the footage "may be older" but that "the '
                 'substance is true."\n')
    assert said(got, "the substance is true") == "Mauricio Peláez"


def test_a_person_the_reported_clause_names_is_not_its_speaker_en() -> None:
    got = quotes("Petro announces on X that the talks are \"frozen until the ELN decides.\" The ELN's central command "
                 'replies that the president "speaks like the oligarchy he claims to fight."\n')
    assert said(got, "speaks like the oligarchy") == "central command"


def test_words_someone_reported_someone_else_saying_stay_theirs_es() -> None:
    got = quotes('Ruiz Lara recordó que Gómez Vera le dijo: «esto no se va a quedar así».\n')
    assert said(got, "no se va a quedar así") == "Gómez Vera"
