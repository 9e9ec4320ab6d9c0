"""Who answers a criticism opposes who made it.

'Lawmaker X of the Y party accused the ministry … / Minister Z dismissed the criticism': Z opposes X and the Y
party (the critics, named before the verb of accusing), not the ministry accused. A lawyer's answer, or a
criticism with no critic named before its verb, ties no one.
"""

from __future__ import annotations

from support.extraction import extracted


def _ties(text: str) -> set[tuple[str, str, str]]:
    x = extracted(text)
    names = {e.key: e.name for e in x.entities}
    return {(names[r.source], r.type, names[r.target]) for r in x.relations}


WIRE = (
    "Minister defends airstrip raids\n\n"
    "TEGUCIGALPA, March 5, 2026 (Wire) - Security forces destroyed three clandestine airstrips this week.\n\n"
    "Opposition lawmaker Ernesto Valle accused the Security Ministry of staging the raids for the cameras.\n\n"
    "Minister Rolando Paz Ordóñez dismissed the criticism on Wednesday.\n"
)

NOTA = (
    "Del lado venezolano, informes de la Fundación Horizonte Llanero señalan que la Guardia Nacional Bolivariana "
    "cobra comisiones por el paso de cargamentos por el Zulia. El Gobierno venezolano niega esas acusaciones y las "
    "atribuye a una campaña de desestabilización.\n"
)

LAWYER = (
    "The minister said Ramiro Quintas had received monthly payments from a cell of Los Lobos. "
    "Quintas's lawyer, Ana Belén Torres, rejected the accusation.\n"
)


def test_the_minister_who_dismisses_the_criticism_opposes_the_lawmaker_not_his_ministry() -> None:
    ties = _ties(WIRE)
    assert ("Rolando Paz Ordóñez", "opposes", "Ernesto Valle") in ties
    assert ("Rolando Paz Ordóñez", "opposes", "Security Ministry") not in ties


def test_a_government_denying_a_foundations_reports_opposes_the_foundation() -> None:
    ties = _ties(NOTA)
    assert any(t == "opposes" and "Horizonte Llanero" in c and "Venezuela" in a for a, t, c in ties), ties
    assert not any(t == "opposes" and "Guardia Nacional" in c for a, t, c in ties)


def test_a_lawyers_answer_to_an_unnamed_critic_ties_no_one() -> None:
    assert not any(t == "opposes" for _a, t, _c in _ties(LAWYER))
