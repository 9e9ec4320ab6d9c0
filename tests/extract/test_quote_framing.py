"""Words a text hands to another party: the subject of a participle clause, 'as X put it', an account's post."""

from __future__ import annotations

from support.extraction import quotes as _quotes
from support.extraction import said

PADDING = "\n\n" + "The article goes on with background that names nobody at all. " * 12 + "\n"  # prose, not a post


def test_a_participle_clause_speaks_for_the_main_subject_en() -> None:
    got = _quotes("In March, the Treasury's Office of Foreign Assets Control sanctioned Juan Masur and Pedro Tovar, "
                  'describing the company as "a key financier of illegal mining in the south".\n')
    assert said(got, "a key financier") in {"Office of Foreign Assets Control", "OFAC"}  # not Tovar
    got = _quotes('The Mining Board suspended the licence of Pedro Tovar, citing "irregularities in the declared '
                  'origin of the metal."\n')
    assert said(got, "irregularities") == "Mining Board"


def test_a_participle_clause_speaks_for_the_main_subject_es() -> None:
    got = _quotes("La Superintendencia de Sociedades sancionó a Pedro Tovar y a Juan Masur, calificándolos de "
                  "«financistas de la minería ilegal en el sur».\n")
    assert said(got, "financistas") == "Superintendencia de Sociedades"


def test_words_framed_by_someone_else_are_theirs() -> None:
    got = _quotes("Lo que pasó en el puerto fue una masacre, no un «ajuste de cuentas entre delincuentes», como lo "
                  "quiso vender el Gobierno nacional.\n")
    assert said(got, "ajuste de cuentas") == "Gobierno nacional"  # the government by its level, named whole
    got = _quotes('Ana Ruiz said the raid was "a war on the poor and nothing else," as the opposition party Vamos '
                  "Unidos put it.\n")
    assert said(got, "a war on the poor") == "Vamos Unidos"


def test_an_account_speaks_rather_than_its_platform() -> None:
    got = _quotes("The photo was reposted by the TikTok account **@verdad_sin_filtro** with a voice-over calling "
                  'Ana Ruiz "a puppet of the smuggling mafia".' + PADDING)
    assert said(got, "a puppet") == "@verdad_sin_filtro"


def test_a_caption_is_the_words_of_the_account_that_posted_it() -> None:
    got = _quotes("A post from the account **@noticias_ya_cl** has been shared 3,000 times. It shows the mayor at a "
                  'party. The caption reads: "The mayor and his friends from the cartel. This is who runs the city."'
                  + PADDING)
    assert said(got, "his friends from the cartel") == "@noticias_ya_cl"
    got = _quotes("Una publicación de la cuenta @patria_libre_mx circula desde el lunes. Muestra al alcalde en una "
                  "fiesta. El texto dice: «El alcalde y sus amigos del cártel, esto es lo que gobierna»."
                  + PADDING.replace("The article goes on with background that names nobody at all.",
                                    "El artículo sigue con un contexto que no nombra a nadie."))
    assert said(got, "sus amigos del cártel") == "@patria_libre_mx"


def test_an_abbreviation_in_the_speakers_title_does_not_hide_the_speaker() -> None:
    got = _quotes('The suspects fled across the border.\n\n"We will find them," U.S. Attorney General Pam Bondi '
                  "said on Monday.\n")
    assert said(got, "We will find them") == "Pam Bondi"
    got = _quotes("«Los vamos a encontrar a todos», el Dr. Juan Ruiz Pardo dijo el lunes.\n")
    assert said(got, "Los vamos a encontrar") == "Juan Ruiz Pardo"
