"""Which lines become claims: headings are skipped unless their words carry a verdict."""

from __future__ import annotations

from nexos.extract import extract
from nexos.ingest import build_document


def _loaded(text: str) -> list[str]:
    ex = extract(build_document(text.encode("utf-8"), "t.txt"))
    return [t.term for c in ex.claims for t in c.loaded_terms]


def test_a_loaded_headline_is_a_claim() -> None:
    text = ("El espejismo salvadoreño: la seguridad como coartada del autoritarismo\n\n"
            "El Gobierno presentó el jueves las cifras de homicidios del último año en San Salvador.\n")
    assert _loaded(text) == ["autoritarismo"]


def test_a_plain_headline_is_not_a_claim() -> None:
    ex = extract(build_document(b"Police seize cocaine in Tumaco\n\nPolice seized two tonnes of cocaine "
                                b"in Tumaco on Monday, the navy said.\n", "t.txt"))
    assert [c.text for c in ex.claims] == ["Police seized two tonnes of cocaine in Tumaco on Monday, the navy said."]
