import json
from pathlib import Path

import pytest

from nexos.errors import ConfigError
from nexos.refs.load import load_ftm_entities, load_ofac_sdn, load_reference, parse_remarks, sniff_format

SAMPLE = Path(__file__).parent / "sdn_sample.csv"
SHARED_SDN = Path(__file__).parents[2].parent / "shared/data/ofac/sdn.csv"


def by_id(entries):
    return {e.id: e for e in entries}


def test_sdn_sample_reads_every_row_and_skips_the_end_marker():
    entries = by_id(load_ofac_sdn(SAMPLE))
    assert len(entries) == 14
    maduro = entries["22790"]
    assert maduro.name == "MADURO MOROS, Nicolas"
    assert maduro.type == "person"
    assert maduro.programs == ["VENEZUELA", "IRAN-CON-ARMS-EO"]
    assert maduro.countries == ["VE"]
    assert maduro.dates == ["23 Nov 1962"]


def test_sdn_remarks_give_aliases_links_dates_and_nationality():
    marin = by_id(load_ofac_sdn(SAMPLE))["8159"]
    assert marin.aliases == ["MARQUES, Ivan", "MARQUEZ, Ivan"]
    assert marin.linked_to == ["SEGUNDA MARQUETALIA"]
    assert marin.dates == ["06 Jun 1955", "16 Jun 1955"]
    assert marin.countries == ["CO"]


def test_alias_with_an_apostrophe_inside_is_kept_whole():
    parsed = parse_remarks("DOB 25 Mar 1967; POB Lebanon; a.k.a. 'HAJJ AS'AD AHMAD'.")
    assert parsed["aliases"] == ["HAJJ AS'AD AHMAD"]


def test_sdn_types_vessels_and_organisations():
    entries = by_id(load_ofac_sdn(SAMPLE))
    assert entries["25304"].type == "vessel"
    assert entries["25304"].countries == ["IR"]
    assert entries["4706"].type == "organization"
    assert entries["4706"].aliases == []


def test_ftm_lines_read_names_aliases_countries_and_programmes(tmp_path):
    path = tmp_path / "targets.ijson"
    rows = [
        {
            "id": "os-1",
            "schema": "Person",
            "datasets": ["us_ofac_sdn"],
            "first_seen": "2018-05-21",
            "properties": {
                "name": ["Nicolás Maduro Moros"],
                "alias": ["Nicolas MADURO"],
                "weakAlias": ["Maduro"],
                "nationality": ["ve"],
                "topics": ["sanction", "role.pep"],
                "program": ["VENEZUELA-EO13692"],
                "birthDate": ["1962-11-23"],
            },
        },
        {
            "id": "os-2",
            "schema": "Organization",
            "properties": {
                "name": ["Ejército de Liberación Nacional"],
                "previousName": ["ELN"],
                "country": ["co"],
                "sanctions": [
                    {"schema": "Sanction", "properties": {"program": ["FTO"], "authority": ["State Dept"]}}
                ],
            },
        },
        {"id": "os-3", "schema": "Vessel", "properties": {}},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    entries = by_id(load_ftm_entities(path))
    assert set(entries) == {"os-1", "os-2"}  # a record naming nothing is skipped
    person = entries["os-1"]
    assert person.type == "person" and person.source == "us_ofac_sdn"
    assert person.aliases == ["Nicolas MADURO"] and person.weak_aliases == ["Maduro"]
    assert person.countries == ["VE"]
    assert "topic:sanction" in person.programs and "VENEZUELA-EO13692" in person.programs
    assert person.listed_on == "2018-05-21"
    org = entries["os-2"]
    assert org.aliases == ["ELN"] and org.countries == ["CO"]
    assert {"FTO", "State Dept"} <= set(org.programs)
    assert sniff_format(path) == "ftm"


def test_load_reference_sniffs_sdn_and_rejects_other_files(tmp_path):
    assert sniff_format(SAMPLE) == "ofac_sdn"
    assert len(list(load_reference(SAMPLE))) == 14
    other = tmp_path / "names.txt"
    other.write_text("name,country\nFoo,CO\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        sniff_format(other)


@pytest.mark.skipif(not SHARED_SDN.exists(), reason="shared OFAC snapshot not present")
def test_full_sdn_snapshot_loads():
    entries = by_id(load_ofac_sdn(SHARED_SDN))
    assert len(entries) > 10000
    assert entries["8159"].linked_to == ["SEGUNDA MARQUETALIA"]
    assert "FARC-D SEGUNDA MARQUETALIA" in entries["33974"].aliases
