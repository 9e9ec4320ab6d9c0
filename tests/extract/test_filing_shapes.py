"""A summary of a US court filing: its fact sheet, counts and statute citations, and co-conspirators by number."""

from __future__ import annotations

from support.extraction import extracted, ties

FILING = """# Filing summary: *United States v. Ardila Mora* (S.D. Tex.)

**Court Watch** · Published March 10, 2026

## At a glance

- **Court:** U.S. District Court for the Southern District of Texas
- **Prosecuting office:** U.S. Attorney's Office for the Southern District of Texas
- **Defendant:** Rubén Ardila Mora

## The counts

**Count One — conspiracy to import cocaine** (21 U.S.C. §§ 952, 960). Prosecutors allege that Ardila, a retired colonel of Colombia's National Army, let containers leave the port of Barranquilla for DIAN, the customs authority, without inspection.

**Count Two — money laundering** (18 U.S.C. § 1956). The filing says CC-1, a Mexican broker, paid Ardila directly.
"""


def test_a_filings_labels_counts_and_citations_are_no_actors():
    names = {e.name for e in extracted(FILING).entities}
    for part in ("Court", "Count One", "Count Two", "U.S.C.", "S.D.", "Tex.", "Defendant"):
        assert part not in names, part


def test_the_court_and_the_office_are_named_with_their_district():
    names = {e.name for e in extracted(FILING).entities}
    assert "U.S. District Court for the Southern District of Texas" in names
    assert "U.S. Attorney's Office for the Southern District of Texas" in names


def test_a_co_conspirator_known_by_number_is_a_person():
    types = {e.name: e.type for e in extracted(FILING).entities}
    assert types.get("CC-1") == "person"


def test_a_place_served_for_an_agency_is_two_names_and_a_colonel_belongs_to_his_army_not_his_country():
    names = {e.name for e in extracted(FILING).entities}
    assert {"Barranquilla", "DIAN"} <= names
    got = ties(FILING)
    assert ("Rubén Ardila Mora", "member_of", "National Army") in got
    assert ("Rubén Ardila Mora", "member_of", "Colombia") not in got
