"""Actors written in lower case: legal instruments and policies the text names as one thing."""

from __future__ import annotations

from nexos.extract import extract
from nexos.ingest import build_document


def _types(text: str) -> dict[str, str]:
    ex = extract(build_document(text.encode("utf-8"), "t.txt"))
    out = {}
    for e in ex.entities:
        for n in [e.name, *e.aliases]:
            out[n.lower()] = e.type
    return out


def test_emergency_regimes_and_treaties_are_policies_es() -> None:
    types = _types("El Congreso de Guatemala aprobó otra prórroga del estado de sitio en Izabal. "
                   "La ministra dijo que el tratado de extradición con Panamá sigue vigente.\n")
    assert types.get("estado de sitio") == "policy"
    assert types.get("tratado de extradición") == "policy"


def test_a_state_of_emergency_in_general_is_not_one_policy_en() -> None:
    types = _types("Critics in Quito say a state of emergency rarely lowers crime for long. "
                   "President Arce extended the state of emergency in Cochabamba on Monday.\n")
    assert types.get("state of emergency") == "policy"
    ex = extract(build_document(b"Critics in Quito say a state of emergency rarely lowers crime for long.\n", "t.txt"))
    assert not any(e.type == "policy" for e in ex.entities)


def test_a_quoted_instrument_is_a_policy() -> None:
    types = _types('El ministro firmó el llamado "acuerdo de cese al fuego regional" con la guerrilla en Arauca.\n')
    assert types.get("acuerdo de cese al fuego regional") == "policy"


def test_a_listed_policy_counts_in_lower_case() -> None:
    types = _types("Critics in Bogotá say the president's total peace policy has emboldened the armed groups. "
                   "En Cali, la paz total sigue en discusión.\n")
    assert types.get("total peace") == "policy"
    assert types.get("paz total") == "policy"


def test_a_numbered_decree_keeps_its_number() -> None:
    types = _types("The president signed Executive Decree 245 on Tuesday, and soldiers took over the prisons of Quito.\n")
    assert types.get("executive decree 245") == "policy"
