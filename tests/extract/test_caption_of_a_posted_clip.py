"""A caption's words are those of the account the sentences before say posted the clip."""

from __future__ import annotations

from support.extraction import quotes, said

CHECK = (
    "FACT CHECK | Verifica Caribe\nMay 7, 2026\n\n"
    "A video shared a million times since Sunday shows soldiers kneeling in a clearing. The clip, first posted by "
    "the account @PatriaGrande on X and copied to TikTok within hours, shows men in camouflage guarded by troops. "
    "The caption calls the kneeling soldiers \"usurpers of our land\" and says the operation \"has only begun\".\n\n"
    "The Defence Force said the images were \"at least three years old\".\n"
)


def test_the_captions_words_are_the_posting_accounts():
    got = quotes(CHECK)
    assert said(got, "usurpers of our land") == "@PatriaGrande"
    assert said(got, "at least three years old") == "Defence Force"


TIMELINE = (
    "TIMELINE: the island cell\nPublished June 2, 2026\n\n"
    "9 October 2024 — The US Treasury's Office of Foreign Assets Control (OFAC) sanctions Castillo, Pinto and "
    "Mar Azul Remittances, calling the cell \"a criminal enterprise built on the backs of migrants\".\n"
)


def test_a_timeline_entrys_participle_speaks_for_the_entrys_subject_not_its_objects():
    assert said(quotes(TIMELINE), "built on the backs") == "OFAC"

