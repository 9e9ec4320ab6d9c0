"""References resolved to the actor they stand for: given names' sex, a lawyer's client, a group description
after a name that was only an object. English and Spanish."""

from __future__ import annotations

import pytest

from nexos.extract.coref import resolve_mentions
from nexos.extract.descriptions import gender
from nexos.extract.entities import find_candidates
from nexos.ingest import build_document
from support.extraction import resolved as _resolved


@pytest.mark.parametrize(("name", "sex"), [
    ("Lorraine Okafor", "f"), ("Irene Castillo", "f"), ("Jennifer Blake", "f"), ("Mercedes Ibarra", "f"),
    ("Joshua Reyes", "m"), ("Gonzalo Prieto", "m"), ("Xiomara Lindo", "f"),
])
def test_given_name_sex(name: str, sex: str) -> None:
    assert gender(name) == sex


def test_she_is_the_woman_named_with_a_given_name_not_ending_in_a() -> None:
    text = ("Detective Marcus Hale questioned the witness on Monday. Special Agent Lorraine Okafor said the "
            "money went through three shell companies. \"We followed every transfer,\" she said.\n")
    assert _resolved(text).get("she") == ["Lorraine Okafor"]




def test_a_name_after_a_preposition_is_not_described_by_the_clause_before_it() -> None:
    """'la banda presta servicios a Los Rojos' says nothing of what the Rojos are: a later 'la banda' is the
    band so described ('La banda Los Pumas')."""
    text = ("La banda Los Pumas nació en 2019 en Puerto Lindo. Su jefe, Aurelio Mena, alias \"Toro\", es un "
            "excomerciante. Desde 2022 la banda presta servicios a Los Rojos. Mena rompió con Los Zapateros en "
            "2023, y tres comerciantes vinculados a esa organización aparecieron muertos. La Fiscalía atribuyó el "
            "ataque a hombres de \"Toro\"; la banda lo negó en un comunicado.\n")
    assert [names for said, names in _resolved_all(text) if said == "la banda"][-1] == ["Pumas"]


def test_her_client_is_whom_the_lawyer_speaks_for() -> None:
    en = ("The former mayor, Hollis Grant, denies taking money from the Vega Cartel. His lawyer, Petra Lindqvist, "
          "told reporters that her client had never met the cartel's leaders.\n")
    es = ("El exalcalde Rodrigo Salinas niega haber recibido dinero de Los Pumas. Su abogada, Miriam Ocampo, dijo "
          "a la prensa que su defendido nunca conoció a los jefes de la banda.\n")
    assert _resolved(en).get("her") == ["Hollis Grant"]
    assert _resolved(es).get("su") == ["Rodrigo Salinas"]


def _resolved_all(text: str) -> list[tuple[str, list[str]]]:
    """Every reference in order (the same phrase may recur): (its text, the names it resolved to)."""
    doc = build_document(text.encode("utf-8"), "t.txt")
    res = resolve_mentions(doc, find_candidates(doc))
    spans: dict[tuple[int, int], list[str]] = {}
    for r in sorted(res.refs, key=lambda r: (r.start, r.key)):
        if r.kind in ("description", "pronoun", "plural"):
            spans.setdefault((r.start, r.end), []).append(res.by_key[r.key].name)
    return [(text[s:e], v) for (s, e), v in sorted(spans.items())]
