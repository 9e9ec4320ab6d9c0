"""'Su jefa de bancada, la diputada X', "Its leader, Senator X": a post title between a party's possessed role and
the name is the person's own post, and the person still holds the role in the party named before."""

from __future__ import annotations

from support.extraction import extracted


def _by_rule(text: str, a: str, b: str) -> set[str]:
    ex = extracted(text)
    names = {e.key: e.name for e in ex.entities}
    return {r.type for r in ex.relations if (names[r.source], names[r.target]) == (a, b)
            and r.extractor == "rules.relations"}


def test_la_diputada_after_su_jefa_de_bancada_es():
    text = ("Columna\n\nSería cómodo decir que el Movimiento Patria Libre es la alternativa sensata. No lo es. Su jefa "
            "de bancada, la diputada Itzel Maradona Cálix, declaró que el gobierno construye un Estado policial.\n")
    assert _by_rule(text, "Itzel Maradona Cálix", "Movimiento Patria Libre")


def test_senator_after_its_leader_en():
    text = ("Wire\n\nThe Partido Renovación Austral lost two seats on Sunday. Its leader, Senator Ana Beltrán Ortiz, "
            "conceded defeat in Valparaíso.\n")
    assert "leads" in _by_rule(text, "Ana Beltrán Ortiz", "Partido Renovación Austral")
