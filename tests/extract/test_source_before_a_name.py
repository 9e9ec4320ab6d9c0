"""A name after 'según', 'according to' or a sentence-opening 'Para' ends at the comma that closes the source: the
clause that follows is no apposition, so 'Según Vela, la estructura respondía a…' never makes Vela a group."""

from __future__ import annotations

from support.extraction import extracted


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extracted(text).entities}


def test_segun_surname_then_la_estructura_is_the_person_named_before() -> None:
    types = _types("Quibdó, 14 de julio de 2026\n\nEl fiscal del caso, Mauricio Vela, habló en la audiencia. "
                   "Según Vela, la estructura respondía a un antiguo mando de la guerrilla.\n")
    assert types.get("Mauricio Vela") == "person"
    assert "Vela" not in types  # the surname is the prosecutor, no group of its own


def test_according_to_surname_then_the_structure_is_no_group() -> None:
    types = _types("Quibdó, 14 July 2026\n\nAccording to Prada, the structure answered to the ELN for years.\n")
    assert types.get("Prada") not in ("armed_group", "criminal_group", "group")


def test_para_opening_the_sentence_is_a_source_not_an_apposition() -> None:
    types = _types("Quibdó, 14 de julio de 2026\n\nEl analista Emilio Rengifo estudió el caso. "
                   "Para Rengifo, la banda ya no existe.\n")
    assert types.get("Emilio Rengifo") == "person"
    assert "Rengifo" not in types


def test_a_real_apposition_still_types_the_name() -> None:
    types = _types("Quibdó, 14 de julio de 2026\n\nLos Cuervos del Atrato, la estructura más temida de la región, "
                   "cobra extorsiones a los mineros.\n")
    assert [t for n, t in types.items() if n.endswith("Cuervos del Atrato")] in (["armed_group"], ["criminal_group"])
