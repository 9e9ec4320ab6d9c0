"""A page, account or channel on a platform is a medium of its own; a fact check's 'who said it' line may stand in
the paragraph after the claim; a person the quoted words name is spoken of, not the speaker."""

from __future__ import annotations

import pytest

from support.extraction import extracted, quotes, said


@pytest.mark.parametrize("sentence,page", [
    ("La cuenta de TikTok Voz del Valle publicó el video el lunes.", "Voz del Valle"),
    ("Según la página de Facebook Noticias de Lomas Altas, el alcalde huyó.", "Noticias de Lomas Altas"),
    ("El canal de YouTube Verdad Clara TV difundió el audio.", "Verdad Clara TV"),
    ("The TikTok account Voz del Valle posted the clip on Monday.", "Voz del Valle"),
    ("A Facebook page called Frente Cívico Nuevo shared it 4,000 times.", "Frente Cívico Nuevo"),
])
def test_a_page_or_account_on_a_platform_is_a_medium_apart_from_the_platform(sentence, page):
    got = {(e.name, e.type) for e in extracted(f"Verificación\n\n{sentence}\n").entities}
    assert (page, "media") in got, got
    assert not any(page in n and n != page for n, _t in got)  # not glued to the platform's name


def test_a_claims_source_line_in_the_next_paragraph_names_its_speaker_en():
    text = ("Fact check\n\nCLAIM: \"Senator Rita Olmedo took money from the Lobos to free their leader.\"\n\n"
            "SOURCE: A Facebook post by the page Patria Libre Hoy, shared 4,000 times.\n\nVERDICT: False.\n")
    assert said(quotes(text), "took money from the Lobos") == "Patria Libre Hoy"


def test_a_claims_source_line_in_the_next_paragraph_names_its_speaker_es():
    text = ("Verificación\n\nLo que se dice: «La senadora Rita Olmedo recibió dinero de Los Lobos».\n\n"
            "Quién lo dice: la página de Facebook Patria Libre Hoy.\n\nCalificación: Falso.\n")
    assert said(quotes(text), "recibió dinero") == "Patria Libre Hoy"


def test_a_person_the_words_name_is_not_taken_for_who_said_them():
    text = ("Chronicle\n\nDon Aurelio Cuesta has fished in Bahía Quieta for forty years. His son Mateo was taken by "
            "the Lobos in 2023.\n\n\"Mateo never sold anything. Commander Ortiz knows who took him.\"\n\n"
            "The commander did not answer our calls.\n")
    assert said(quotes(text), "Mateo never sold") == "Aurelio Cuesta"


def test_a_question_to_a_witness_is_the_questioners_not_the_witness_named_in_it():
    text = ("Hearing\n\nSenator Marta Quiroga questioned the witness for an hour.\n\n\"Did Hugo Lenz pay you?\" she "
            "asked. The witness, Tomás Vidal, said nothing.\n\n\"Mr. Vidal, Hugo Lenz paid the police chief, Raúl "
            "Pinto, every month. Isn't that right?\"\n")
    assert said(quotes(text), "Hugo Lenz paid the police chief") == "Marta Quiroga"
