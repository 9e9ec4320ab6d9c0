"""'Acting Police Commissioner X' ties X to the one police service the story names."""

from __future__ import annotations

from support.extraction import ties

WIRE = (
    "PORT OF SPAIN, March 12, 2026 — Five men were handed over to the Trinidad and Tobago Police Service (TTPS). "
    "Acting Police Commissioner Sheldon Mohammed said investigators believed the shipment was linked to a cell "
    "of a Venezuelan gang.\n"
)

OTHER = (
    "KINGSTON, May 2, 2026 — The Commissioner of Police, Dwight Reid, said the Jamaica Constabulary Force would "
    "keep its checkpoints on the coast road.\n"
)


def test_a_police_commissioner_belongs_to_the_police_service_named():
    got = ties(WIRE)
    assert any(s == "Sheldon Mohammed" and o == "Trinidad and Tobago Police Service" and t in ("member_of", "leads")
               for s, t, o in got)


def test_the_commissioner_of_police_written_before_the_name_too():
    # a guard: this shape was already tied before the title was listed
    got = ties(OTHER)
    assert any(s == "Dwight Reid" and o == "Jamaica Constabulary Force" for s, _, o in got)
