"""A street gang named for its turf or its base ends its name with a gang's word: 'Crew', 'Posse', 'Boys', 'Cell'.

Such a name is a criminal group wherever it stands, also after "known as", where a capitalised name is
otherwise read as a person's nickname ('The other, known as the Harbour Road Crew, …').
"""

from __future__ import annotations

from support.extraction import extracted


def _types(text: str, needle: str) -> list[str]:
    return [e.type for e in extracted(text).entities if needle in e.name]


def test_posse_and_boys_at_the_end_of_a_name_are_gangs() -> None:
    text = ("Port Esperance, 3 March 2026.\n\nPolice say the Mango Walk Posse and the Hillcrest Boys have fought "
            "over the bus terminal since January, leaving nine people dead.\n")
    assert _types(text, "Mango Walk Posse") == ["criminal_group"]
    assert _types(text, "Hillcrest Boys") == ["criminal_group"]


def test_a_cell_named_for_its_base_is_a_group_not_a_man() -> None:
    text = ("Prosecutors say the Harbour Cell moved cocaine through the container port for two years. "
            "The Harbour Cell paid dock workers in cash.\n")
    assert _types(text, "Harbour Cell") == ["criminal_group"]


def test_a_crew_known_as_is_a_gang_not_a_nickname() -> None:
    text = ("Two of the hires are considered soldiers of the Bay Street Syndicate, one of two gangs fighting for "
            "the area. The other, known as the Harbour Road Crew, had no members on the payroll.\n")
    assert _types(text, "Harbour Road Crew") == ["criminal_group"]


def test_a_gangs_word_outweighs_a_given_name_at_the_front_but_not_a_mans_two_word_name() -> None:
    text = ("Kingston, 4 May 2026.\n\nA man was shot dead during a clash between the Harbour Road Crew and the rival "
            "Sandy Gully Posse. Later, Jack Boys said he would leave the district.\n")
    assert _types(text, "Sandy Gully Posse") == ["criminal_group"]
    assert _types(text, "Jack Boys") == ["person"]
