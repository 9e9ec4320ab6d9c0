"""Anonymous sourcing: a description of an unnamed source belongs to the sentence of its speaker."""

from __future__ import annotations

from support.extraction import extracted


def _flagged(text: str, words: str) -> bool:
    return any(c.anonymous_source for c in extracted(text).claims if words in c.text)


def test_a_description_belongs_to_the_sentence_of_its_speaker_en() -> None:
    text = ("The smugglers hid the launch under a pier.\n"
            "One boatman said the pier had been watched for weeks.\n")
    assert _flagged(text, "One boatman said")
    assert not _flagged(text, "The smugglers hid")


def test_a_description_belongs_to_the_sentence_of_its_speaker_es() -> None:
    text = ("Los contrabandistas escondieron la lancha bajo una rampa.\n"
            "Un lanchero dijo que la rampa era vigilada.\n")
    assert _flagged(text, "Un lanchero")
    assert not _flagged(text, "Los contrabandistas escondieron")
