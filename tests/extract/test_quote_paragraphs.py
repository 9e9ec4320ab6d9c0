"""Quotes that run over paragraphs, and a quote paragraph with no reporting clause after a one-sentence paragraph."""

from __future__ import annotations

from support.extraction import quotes, said

RUIZ_EN = (
    "Interview\n\n"
    "Governor Ana Ruiz spoke for an hour on Tuesday. \"The port is lost,\" she said. \"We have no police left at all.\n\n"
    "\"Every night the Lobos send their men, and Mayor Pedro Salas knows it.\"\n"
)
RUIZ_ES = (
    "Entrevista\n\n"
    "La gobernadora Ana Ruiz habló durante una hora. «El puerto está perdido», dijo. «No nos queda ni un policía.\n\n"
    "»Cada noche Los Lobos mandan a sus hombres, y el alcalde Pedro Salas lo sabe».\n"
)
BAPTISTE_EN = (
    "Reaction\n\n"
    "Irene Baptiste has defended Samuel Okoro for ten years.\n\n"
    "\"Samuel Okoro is a fisherman, not a smuggler. Judge Ramón Ferrer knows it.\"\n"
)
BAPTISTE_ES = (
    "Reacción\n\n"
    "Irene Baptiste defiende a Samuel Okoro desde hace diez años.\n\n"
    "«Samuel Okoro es un pescador, no un contrabandista. El juez Ramón Ferrer lo sabe».\n"
)


def test_a_quote_left_open_after_a_closed_one_goes_on_in_the_next_paragraph_en():
    got = quotes(RUIZ_EN)
    assert said(got, "We have no police left") == "Ana Ruiz"
    assert said(got, "Every night the Lobos") == "Ana Ruiz"


def test_a_spanish_paragraph_opening_with_a_closing_guillemet_goes_on_with_the_quote_before():
    got = quotes(RUIZ_ES)
    assert said(got, "No nos queda ni un policía") == "Ana Ruiz"
    assert said(got, "Cada noche Los Lobos") == "Ana Ruiz"  # '»Cada noche…»': not missed, not the mayor's


def test_a_bare_quote_paragraph_is_the_subject_of_the_one_sentence_paragraph_before_not_the_last_name():
    assert said(quotes(BAPTISTE_EN), "is a fisherman") == "Irene Baptiste"
    assert said(quotes(BAPTISTE_ES), "es un pescador") == "Irene Baptiste"
