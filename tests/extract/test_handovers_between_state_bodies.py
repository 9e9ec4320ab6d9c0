"""One state body handing a detainee, files or evidence to another works with it: 'handed X to the Attorney
General's Office', 'turned the suspects over to the Fiscalía', 'la PNC de Guatemala entregó a la FGR …' (the body,
not its country, hands over). A gang on the receiving end is no ally of the state. Invented examples."""

from __future__ import annotations

from support.extraction import ties


def _allied(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return any({s, o} == {a, b} and t == "allied_with" for s, t, o in got)


def test_a_detainee_handed_to_another_body() -> None:
    got = ties("Honduras's National Police handed Óscar Mejía Lara to the Attorney General's Office at the border.\n")
    assert _allied(got, "National Police", "Attorney General's Office"), got


def test_suspects_turned_over() -> None:
    got = ties("The Navy turned the three suspects over to the Fiscalía in Tumaco.\n")
    assert _allied(got, "Navy", "Fiscalía"), got


def test_the_body_before_its_country_hands_over() -> None:
    got = ties("Un día después, la Policía Nacional Civil (PNC) de Guatemala entregó a la FGR, en el puente "
               "fronterizo, a Óscar Mejía Lara.\n")
    assert _allied(got, "Policía Nacional Civil", "Fiscalía General de la República"), got
    assert not _allied(got, "Guatemala", "Fiscalía General de la República"), got


def test_a_gang_receiving_is_no_ally() -> None:
    got = ties("The Navy handed the seized boat to Los Choneros, a witness said.\n")
    assert not _allied(got, "Navy", "Los Choneros"), got
