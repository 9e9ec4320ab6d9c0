"""A person written with a quoted nickname between given name and surname ('Efraín "El Chele" Mairena').

The person is named by given name and surname, the nickname kept as an alias, so that the nickname or the
surname said alone later is the same man, and his ties in the sentence are read.
"""

from __future__ import annotations

from support.extraction import extracted

TEXT = ("According to the indictment, the mayor protected loads moved by Los Naranjos del Valle, a network run by the "
        "cattle rancher Efraín \"El Chele\" Mairena that received cocaine flights from the coast. El Chele was "
        "arrested in 2024. Mairena denies the charges.\n")


def test_the_nickname_sits_between_name_and_surname() -> None:
    x = extracted(TEXT)
    people = [e for e in x.entities if e.type == "person"]
    assert [p.name for p in people] == ["Efraín Mairena"]
    assert "El Chele" in people[0].aliases
    assert len(people[0].mentions) == 3


def test_his_tie_to_the_network_he_runs_is_read() -> None:
    x = extracted(TEXT)
    names = {e.key: e.name for e in x.entities}
    assert ("Efraín Mairena", "leads", "Naranjos del Valle") in {(names[r.source], r.type, names[r.target])
                                                                 for r in x.relations}


def test_a_quoted_phrase_after_a_place_is_no_nickname() -> None:
    x = extracted("Officials in Washington \"are aware of the case.\" Last week the embassy declined to comment.\n")
    assert not any(e.type == "person" for e in x.entities)
