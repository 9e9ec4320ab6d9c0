"""An overseas buyer's network named by its origin alone ('a Balkan network', 'las redes albanesas') is an actor."""

from __future__ import annotations

from nexos.extract import extract
from nexos.ingest import build_document


def _groups(text: str) -> set[str]:
    ex = extract(build_document(text.encode("utf-8"), "t.txt"))
    return {e.name for e in ex.entities if e.type == "criminal_group"}


def test_a_network_named_by_its_origin_is_a_group_en() -> None:
    assert "Balkan network" in _groups("Investigators believe the load was paid for by a Balkan network that buys "
                                       "directly from suppliers in Nariño.\n")


def test_a_network_named_by_its_origin_is_a_group_es() -> None:
    found = _groups("Las redes albanesas que compran la droga en origen siguen intactas. Los compradores eran "
                    "intermediarios de un clan albanés con base en los Países Bajos.\n")
    assert {"redes albanesas", "clan albanés"} <= found


def test_an_origin_word_describing_a_named_group_or_a_person_is_no_group() -> None:
    assert not any("network" in g for g in _groups("In 2023 the Kulla group, an Albanian network based in Tirana, "
                                                   "begins financing shipments.\n"))
    assert _groups("He met an Albanian broker in Madrid. Los clanes montenegrinos Škaljari y Kavač compran.\n") \
        .isdisjoint({"clanes montenegrinos", "Albanian broker"})
