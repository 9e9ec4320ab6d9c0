"""A fact check's claim line quotes a post; the words are those of the account the check says first posted it."""

from __future__ import annotations

from support.extraction import extracted, quotes, said

EN = (
    "Fact check | Costa Verdad\nPublished March 3, 2026, by Irene Solís\n\n"
    "CLAIM: \"The navy has been handing cocaine back to the Gulf Clan. Nobody in San José wants you to know.\"\n\n"
    "RATING: FALSE.\n\n"
    "The message spread on X and WhatsApp over the weekend. It was first posted on February 27 by an account "
    "called @PatriotaTico, which describes itself as a citizens' watchdog and often attacks the ruling party.\n\n"
    "The coast guard's director, Hernán Brenes, said the seized loads are burned \"within days, before a judge\". "
    "Court records show that 14 of the 16 loads seized at Moín last year were destroyed within a month, and the "
    "other two were kept as evidence at the request of prosecutors.\n"
)

ES = (
    "VERIFICA YA — Verificación\nLima, 4 de marzo de 2026\n\n"
    "AFIRMACIÓN: «El alcalde Tomás Ugarte cobra cupos a los mototaxistas para la banda de los Pulpos».\n\n"
    "VEREDICTO: FALSO\n\n"
    "La publicación fue compartida primero por la cuenta Voz del Cono Sur, que tiene 80.000 seguidores, y luego "
    "circuló en grupos de WhatsApp.\n\n"
    "Ugarte dijo a este medio que «nunca» ha hablado con la banda.\n"
)

VIDEO = (
    "THE CLAIM: A video shared half a million times on TikTok since Sunday says that the army \"freed\" a jailed "
    "commander, Rubén Tolosa, and \"flew him home to Cúcuta.\"\n\n"
    "OUR RATING: FALSE.\n\n"
    "The clip was first posted on May 2 by the account La Trinchera Digital, which has 90,000 followers.\n"
)


def test_an_english_claim_line_is_the_words_of_the_account_that_first_posted_them():
    assert said(quotes(EN), "handing cocaine back") == "@PatriotaTico"


def test_a_spanish_claim_line_is_the_words_of_the_account_that_shared_them_first():
    assert said(quotes(ES), "cobra cupos a los mototaxistas") == "Voz del Cono Sur"


def test_words_a_video_says_in_the_claim_line_are_its_posters_not_the_platforms_or_the_named_man():
    got = quotes(VIDEO)
    assert said(got, "flew him home") in ("La Trinchera Digital", "Trinchera Digital")
    assert said(got, "freed") in (None, "La Trinchera Digital", "Trinchera Digital")


def test_an_account_named_after_the_word_account_is_an_actor():
    names = {e.name for e in extracted(VIDEO).entities}
    assert names & {"La Trinchera Digital", "Trinchera Digital"}


def test_other_quotes_keep_their_speakers():
    assert said(quotes(EN), "within days") == "Hernán Brenes"
    assert said(quotes(ES), "nunca") in ("Tomás Ugarte",)
