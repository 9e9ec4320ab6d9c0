"""One word said with a post word before the speaker's name, a view given 'in X's telling', and a label that
unnamed people give ('whom prosecutors call')."""

from __future__ import annotations

from support.extraction import quotes, said


def test_one_word_said_before_a_titled_speaker_es():
    text = "Nota\n\n«Injusto», respondió la senadora Rita Olmedo cuando le preguntaron por el fallo.\n"
    assert said(quotes(text), "Injusto") == "Rita Olmedo"
    text = "Nota\n\nFue un «error», admitió el ministro Óscar Lema ante el Congreso.\n"
    assert said(quotes(text), "error") == "Óscar Lema"


def test_a_view_in_someones_telling_is_theirs():
    text = "Wire\n\nIn Governor Ana Ruiz's telling, the young recruits are \"victims\" of the Lobos.\n"
    assert said(quotes(text), "victims") == "Ana Ruiz"


def test_a_label_unnamed_prosecutors_give_is_not_the_labelled_mans():
    got = quotes("Wire\n\nMarco Bellini, whom prosecutors call \"the banker\", pleaded not guilty.\n")
    assert all(speaker != "Marco Bellini" for q, speaker in got if "the banker" in q)
