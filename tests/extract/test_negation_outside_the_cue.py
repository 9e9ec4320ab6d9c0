"""A 'no' that belongs to someone else's words does not negate a tie: a quotation that closes before the speaker's
role ('"… a story that is false," said X, head of communications for Y') and a source's plea for anonymity ('según
un agente que pidió no ser identificado, …'). A 'not' in the clause itself still does. Invented examples."""

from __future__ import annotations

from support.extraction import extracted


def _ties(text: str) -> dict[tuple[str, str, str], bool]:
    x = extracted(text)
    names = {e.key: e.name for e in x.entities}
    return {(names[r.source], r.type, names[r.target]): r.negated for r in x.relations}


def test_a_denial_in_the_quote_does_not_negate_the_speakers_post() -> None:
    got = _ties('"That is false," said Marta Quiroga, head of communications for the Gendarmería.\n')
    assert got.get(("Marta Quiroga", "leads", "Gendarmería")) is False, got


def test_a_plea_for_anonymity_does_not_negate_the_tie() -> None:
    got = _ties("Responde, según un agente municipal que pidió no ser identificado, a Los Chapitos, la facción del "
                "Cártel de Sinaloa que domina la sierra.\n")
    assert got.get(("Los Chapitos", "member_of", "Sinaloa Cartel")) is False, got


def test_a_denial_in_the_clause_still_negates() -> None:
    got = _ties("The Gendarmería denied that Los Chapitos had ever paid its guards.\n")
    assert not any(not neg for (s, t, o), neg in got.items() if {s, o} == {"Gendarmería", "Los Chapitos"}
                   and t != "associated_with"), got
