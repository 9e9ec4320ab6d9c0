"""A body whose operation 'relied on intelligence shared by the DEA' is supported by the DEA; intelligence merely
mentioned, with no one named as sharing it, ties no one.
"""

from __future__ import annotations

from support.extraction import ties


def test_intelligence_shared_by_a_body_supports_the_operation_it_fed() -> None:
    got = ties("Castaño was arrested in Envigado in an operation by the police's Anti-Narcotics Directorate (DIRAN) "
               "that relied on intelligence shared by the DEA.\n")
    assert ("DEA", "supports", "Anti-Narcotics Directorate") in got


def test_intelligence_with_no_sharer_named_ties_no_one() -> None:
    got = ties("Castaño was arrested in Envigado in an operation by the police's Anti-Narcotics Directorate (DIRAN) "
               "that relied on intelligence gathered over a year.\n")
    assert not any(t == "supports" for _a, t, _b in got)
