"""One person accusing another opposes them ('accused the mayor of', 'acusó a la alcaldesa de'); a prosecutor's
office accusing someone still acts against them. Found on a fact check written for this check."""

from __future__ import annotations

from support.extraction import ties


def test_a_councillor_accusing_the_mayor_opposes_her() -> None:
    for text in ("TURBO, Nov. 3, 2025 - Mayor Ana Lucía Restrepo denied it. Councillor Héctor Galeano accused the mayor "
                 "of selling the port to the cartel.\n",
                 "Turbo, 3 de noviembre de 2025.\n\nEl concejal Héctor Galeano acusó a la alcaldesa Ana Lucía Restrepo "
                 "de vender el puerto.\n"):
        assert ("Héctor Galeano", "opposes", "Ana Lucía Restrepo") in ties(text)


def test_the_prosecutors_accusation_still_acts_against() -> None:
    got = ties("Turbo, 3 de noviembre de 2025.\n\nLa Fiscalía acusó a Ana Lucía Restrepo de vender el puerto.\n")
    assert any(t == "acts_against" and o == "Ana Lucía Restrepo" for _s, t, o in got)
