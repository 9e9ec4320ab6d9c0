"""A river, lake or hill named with its kind word and later without it ('el río Cuyuní … on the Cuyuní') is one
place, not a place and a man no one else names."""

from __future__ import annotations

from support.extraction import extracted


def test_a_river_said_without_its_kind_word_is_the_river() -> None:
    x = extracted("Los mineros pagan por protección en las vías fluviales del río Tamuré. Guerrilla fighters "
                  "arrived on the Tamuré around 2019, residents say.\n")
    named = [(e.name, e.type) for e in x.entities if "Tamuré" in e.name]
    assert named == [("río Tamuré", "location")]
    assert len(next(e for e in x.entities if e.name == "río Tamuré").mentions) == 2
