"""An apposition's noun phrase types the name before it by its head, not by a body word that qualifies the head."""

from __future__ import annotations

import pytest

from nexos.extract.coref import resolve_mentions
from nexos.extract.entities import find_candidates
from nexos.ingest import build_document


def _types(text: str) -> dict[str, str]:
    doc = build_document(text.encode("utf-8"), "t.txt")
    res = resolve_mentions(doc, find_candidates(doc))
    return {e.name: e.type for e in res.entities}


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("Pieter Jansen, a Dutch police liaison officer posted to the embassy in Quito, said the work went well.\n",
     "Pieter Jansen", "person"),
    ("Marta Lindqvist, a Swedish customs intelligence analyst based in Lima, briefed the committee.\n",
     "Marta Lindqvist", "person"),
    ("Los Chacales, an Ecuadorian gang whose leader is in prison, control the port.\n", "Chacales",
     "criminal_group"),
])
def test_apposition_head_types_the_name(text: str, name: str, typ: str) -> None:
    assert _types(text).get(name) == typ
