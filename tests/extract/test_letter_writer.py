"""'In a letter read by his lawyer, X rejected the charges. "…," the letter said': the words are X's, the writer the
sentence that brought the letter in names, even when a gang was named last before the quote."""

from __future__ import annotations

from support.extraction import extracted


def test_the_letter_said_is_its_writers_even_after_a_gang_is_named() -> None:
    text = ("Jailed boss writes\n\nBy Nora Lindqvist | June 4, 2026\n\nThe Coast Gang is led by Dwayne Mitchell. In "
            "a letter read by his lawyer at a hearing last week, Mitchell rejected the charges. \"They call us "
            "gangsters because it is easier than building a clinic,\" the letter said.\n")
    x = extracted(text)
    names = {e.key: e.name for e in x.entities}
    said = [names.get(c.speaker or "") for c in x.claims if c.quote and "gangsters" in c.quote]
    assert said == ["Dwayne Mitchell"]
