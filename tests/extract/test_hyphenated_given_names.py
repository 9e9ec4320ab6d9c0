"""A compound given name joined by a hyphen ('Jean-Wesner', 'Marie-Claire') is a given name when its first part is
one: the name it opens is a person's, not an organisation the English model guessed."""

from __future__ import annotations

from support.extraction import extracted


def test_a_hyphenated_given_name_opens_a_persons_name() -> None:
    x = extracted("Port-au-Prince, 2 June 2026.\n\nThe UN Security Council's sanctions committee adds Jean-Wesner "
                  "Dorsainvil to its list. Marie-Claire Estimé, a lawyer, said the listing came late.\n")
    kinds = {e.name: e.type for e in x.entities}
    assert kinds.get("Jean-Wesner Dorsainvil") == "person"
    assert kinds.get("Marie-Claire Estimé") == "person"
    assert kinds.get("Port-au-Prince") == "location"
