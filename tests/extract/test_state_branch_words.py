"""A branch or force of the state named by its words alone ('el Poder Judicial', 'la Fuerza Naval', 'el Openbaar
Ministerie') is a government body, not a person read from two capitalised words."""

from __future__ import annotations

from support.extraction import extracted


def test_branches_and_forces_named_by_their_words_are_bodies() -> None:
    x = extracted("Permanece en prisión preventiva por orden del Poder Judicial. Los barcos del clan no serían "
                  "molestados por la Fuerza Naval. En Róterdam, el Openbaar Ministerie acusó a tres hombres.\n")
    kinds = {e.name: e.type for e in x.entities}
    assert kinds.get("Poder Judicial") == "government_body"
    assert kinds.get("Fuerza Naval") == "government_body"
    assert kinds.get("Openbaar Ministerie") == "government_body"
