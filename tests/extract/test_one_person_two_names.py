"""Two names the text gives one person ("alias Tanque, … whom investigators identify as Néstor Benegas", "doña Chayo,
como todos llaman a Rosario Valenzuela") are no tie between two people; two people side by side still are."""

from __future__ import annotations

from support.extraction import ties


def _tied(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return any({s, t} == {a, b} for s, _typ, t in got)


def test_alias_then_identified_name_is_one_man_en() -> None:
    got = ties("The first cell is run by a Paraguayan known only as alias Tanque, a former army sergeant whom "
               "investigators identify as Néstor Benegas. Tanque works for Ramiro Vaca.\n")
    assert not _tied(got, "Tanque", "Néstor Benegas")
    # one man: the nickname is now a name of Néstor Benegas, and his tie to Ramiro Vaca is his
    assert _tied(got, "Néstor Benegas", "Ramiro Vaca")


def test_alias_then_named_is_one_woman_es() -> None:
    got = ties("Alias La Madrina, una contadora de Salta llamada Graciela Moyano, lava el dinero del grupo.\n")
    assert not _tied(got, "La Madrina", "Graciela Moyano")


def test_what_everyone_calls_her_is_one_woman_es() -> None:
    got = ties("—La tierra habla —dice doña Chayo, como todos llaman a Rosario Valenzuela.\n")
    assert not _tied(got, "Chayo", "Rosario Valenzuela")


def test_a_nickname_after_a_possessed_description_is_the_described_woman_s_en() -> None:
    got = ties("Its leader is Jesús Alberto Rangel Duque, known in the cell as alias Chuchito. The third figure is "
               "Dayana Rangel Duque, Chuchito's younger sister, known as La Flaca.\n")
    assert not _tied(got, "Dayana Rangel Duque", "Flaca")
    assert _tied(got, "Chuchito", "Flaca")  # her brother is still tied to her
