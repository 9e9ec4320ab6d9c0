"""A name someone gives himself ('se identificó solo como Rodríguez') is an actor who can speak; a Spanish verb
with its subject left unsaid speaks for the person the sentence before named, a few words before the quote too."""

from __future__ import annotations

from support.extraction import extracted, quotes, said

CONVOY = (
    "Villa Aurora, 16 de abril de 2026\n\n"
    "Anoche entró al pueblo un convoy de la Guardia Nacional Bolivariana. El teniente que lo comandaba, un hombre "
    "joven que se identificó solo como Rodríguez, aseguró que la operación busca \"restablecer el orden\" en la "
    "zona minera.\n"
)

MISA = (
    "Villa Aurora, 16 de abril de 2026\n\n"
    "El padre Ignacio Lugo, párroco de la iglesia del pueblo, ofició la misa del domingo con la iglesia llena. "
    "En la homilía pidió a los fieles que no se dejaran \"comprar el alma con oro\".\n"
)


def test_a_name_given_by_its_bearer_is_a_person_who_speaks():
    assert "Rodríguez" in {e.name for e in extracted(CONVOY).entities}
    assert said(quotes(CONVOY), "restablecer el orden") == "Rodríguez"


def test_an_unsaid_subject_several_words_before_the_quote_is_the_person_named_before():
    assert said(quotes(MISA), "comprar el alma con oro") == "Ignacio Lugo"
