"""A short phrase quoted as someone's own ('Ruiz's "total war"', 'la «guerra total» de Ruiz') is that person's words,
not those of a source named later in the sentence; a phrase the speaker pins on another stays the speaker's."""

from __future__ import annotations

from support.extraction import quotes, said


def test_a_phrase_quoted_after_a_possessive_is_the_possessors_en():
    text = ("Wire\n\nGovernor Ana Ruiz's \"total war\" on the gangs has cost 300 lives, according to the Civic "
            "Institute.\n")
    assert said(quotes(text), "total war") == "Ana Ruiz"


def test_a_phrase_quoted_before_de_and_its_owner_is_the_owners_es():
    text = "Nota\n\nLa «guerra total» de la gobernadora Ana Ruiz contra las bandas ha costado 300 vidas.\n"
    assert said(quotes(text), "guerra total") == "Ana Ruiz"


def test_a_trait_pinned_on_someone_by_a_speaker_stays_the_speakers():
    text = "Wire\n\nSenator Rita Olmedo lashed out at Minister Óscar Lema's \"arrogance\" on Tuesday.\n"
    assert said(quotes(text), "arrogance") == "Rita Olmedo"
