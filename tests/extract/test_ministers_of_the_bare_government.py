"""A cabinet minister whose country the title does not say belongs to the one government the text names bare ('el
Gobierno', 'the government'), when no other reading placed the minister."""

from __future__ import annotations

from support.extraction import ties


def test_a_minister_belongs_to_the_government_a_column_names_bare() -> None:
    text = ("En Quito, el Gobierno anuncia otro estado de excepción y manda soldados a las cárceles.\n\n"
            "La ministra del Interior, Gabriela Andrade, defendió el operativo al día siguiente.\n")
    assert ("Gabriela Andrade", "member_of", "Gobierno") in ties(text)


def test_a_minister_of_another_named_country_is_not_the_bare_government_s() -> None:
    text = ("En Quito, el Gobierno anuncia otro estado de excepción y manda soldados a las cárceles.\n\n"
            "El ministro del Interior de España, Fernando Grande Marlaska, habló del puerto de Algeciras.\n")
    assert not any(s.startswith("Fernando") and o == "Gobierno" for s, _t, o in ties(text))
