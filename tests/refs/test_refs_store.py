"""Reference lists in the workspace: stored entries, workspace matching, verdicts, the native export."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from nexos.errors import NotFound
from nexos.export.native import build_export
from nexos.pipeline import analyze
from nexos.refs.load import load_ofac_sdn
from nexos.refs.store import (
    entity_queries,
    list_sources,
    load_entries,
    match_workspace,
    matches,
    program_countries,
    sanctions_by_entity,
    save_entries,
    set_status,
)
from nexos.store import Store

SAMPLE = Path(__file__).parent / "sdn_sample.csv"
SHARED_SDN = Path(__file__).resolve().parents[3] / "shared/data/ofac/sdn.csv"

DOC_EN = """Sanctions and the border

By a staff analyst, 12 March 2024

Nicolás Maduro met Diosdado Cabello in Caracas on 3 March 2024 to discuss the border. According to \
Colombian officials, the ELN continues to operate on both sides of the frontier. Segunda Marquetalia, \
led by Iván Márquez, has been accused of trafficking cocaine.

Gustavo Petro said on 5 March 2024 that his government would keep talking with the ELN. Francia Márquez \
travelled to Spain to seek support for the peace process, while senator Iván Cepeda criticised the delays.
"""

DOC_ES = """Sanciones y frontera

Caracas, 14 de marzo de 2024

El presidente venezolano Nicolás Maduro recibió a Diosdado Cabello para hablar de la frontera. Según \
fuentes oficiales colombianas, el Ejército de Liberación Nacional mantiene campamentos en Apure. La \
Segunda Marquetalia, dirigida por Iván Márquez, fue señalada por narcotráfico.

El presidente Gustavo Petro afirmó que seguirá negociando con el ELN. La vicepresidenta Francia Márquez \
viajó a España, mientras el senador Iván Cepeda pidió celeridad.
"""

EXPECTED = {
    "Nicolás Maduro": "22790",
    "Diosdado Cabello": "24424",
    "ELN": "4706",
    "Segunda Marquetalia": "33974",
    "Iván Márquez": "8159",
}
NOT_LISTED = {"Gustavo Petro", "Francia Márquez", "Iván Cepeda", "Spain"}


def _workspace(tmp_path: Path, text: str, name: str = "doc.txt") -> Store:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    store = Store(str(tmp_path / f"{name}.db"))
    summary = analyze([path], store, max_bytes=10_000_000)
    assert summary.documents == 1, summary.problems
    return store


def _by_name(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r["entity_name"], []).append(r)
    return out


def test_entries_round_trip_and_reload_replaces(store: Store) -> None:
    counts = save_entries(store, load_ofac_sdn(SAMPLE))
    assert counts == {"ofac_sdn": 14}
    again = save_entries(store, load_ofac_sdn(SAMPLE))
    assert again == {"ofac_sdn": 14}
    entries = {e.id: e for e in load_entries(store)}
    assert len(entries) == 14
    marquez = entries["8159"]
    assert marquez.type == "person" and "MARQUEZ, Ivan" in marquez.aliases
    assert marquez.linked_to == ["SEGUNDA MARQUETALIA"] and marquez.countries == ["CO"]
    assert entries["22790"].programs == ["VENEZUELA", "IRAN-CON-ARMS-EO"]
    save_entries(store, load_ofac_sdn(SAMPLE), source="sdn_2022")
    assert {r["source"]: r["entries"] for r in list_sources(store)} == {"ofac_sdn": 14, "sdn_2022": 14}
    assert len(load_entries(store, ["sdn_2022"])) == 14


def test_program_countries() -> None:
    assert program_countries(["VENEZUELA"]) == {"VE"}
    assert program_countries(["IRAN-CON-ARMS-EO"]) == {"IR"}
    assert "RS" in program_countries(["BALKANS"])
    assert program_countries(["FTO", "SDGT", "SDNTK"]) == set()


def test_matching_needs_a_loaded_list(tmp_path: Path) -> None:
    store = _workspace(tmp_path, DOC_EN)
    with pytest.raises(NotFound, match="refs load"):
        match_workspace(store)


@pytest.mark.parametrize("text", [DOC_EN, DOC_ES], ids=["en", "es"])
def test_listed_actors_match_and_others_do_not(tmp_path: Path, text: str) -> None:
    store = _workspace(tmp_path, text)
    save_entries(store, load_ofac_sdn(SAMPLE))
    rows = _by_name(match_workspace(store))
    for name, ref_id in EXPECTED.items():
        best = rows[name][0]
        assert (best["ref_id"], best["decision"]) == (ref_id, "match"), rows[name]
        assert best["reasons"] and best["ref_name"]
        assert sum(r["decision"] == "match" for r in rows[name]) == 1
    for name in NOT_LISTED:
        assert all(r["decision"] != "match" for r in rows.get(name, []))
    # Places are never matched, whatever their name.
    kinds = {q.type for q in entity_queries(store)}
    assert "location" not in kinds and "state" not in kinds


def test_same_named_listing_of_another_region_is_only_review(tmp_path: Path) -> None:
    store = _workspace(tmp_path, DOC_EN)
    save_entries(store, load_ofac_sdn(SAMPLE))
    eln = {r["ref_id"]: r for r in _by_name(match_workspace(store))["ELN"]}
    assert eln["4706"]["decision"] == "match"
    assert eln["7755"]["decision"] == "review"  # the Balkan NLA
    assert any("BALKANS" in r for r in eln["7755"]["reasons"])
    assert eln["7755"]["features"]["program_country"] < 0


def test_son_with_extra_given_name_stays_in_review(tmp_path: Path) -> None:
    store = _workspace(tmp_path, DOC_EN)
    save_entries(store, load_ofac_sdn(SAMPLE))
    maduro = {r["ref_id"]: r for r in _by_name(match_workspace(store))["Nicolás Maduro"]}
    assert maduro["26946"]["decision"] == "review"


def test_rerun_is_stable_and_verdicts_survive(tmp_path: Path) -> None:
    store = _workspace(tmp_path, DOC_EN)
    save_entries(store, load_ofac_sdn(SAMPLE))
    first = match_workspace(store)
    eln = next(r for r in first if r["ref_id"] == "4706")
    set_status(store, eln["entity_id"], "4706", "rejected")
    second = match_workspace(store)
    assert len(second) == len(first)
    again = {(r["entity_id"], r["ref_id"]): r["status"] for r in matches(store)}
    assert again[(eln["entity_id"], "4706")] == "rejected"
    assert eln["entity_id"] not in sanctions_by_entity(store)
    audit = store.audit_entries()
    assert audit[-1]["action"] == "ref_rejected" and audit[-1]["after"] == {"status": "rejected"}
    with pytest.raises(NotFound):
        set_status(store, eln["entity_id"], "99999", "confirmed")


def test_confirmed_review_is_exported_as_a_listing(tmp_path: Path) -> None:
    store = _workspace(tmp_path, DOC_EN)
    save_entries(store, load_ofac_sdn(SAMPLE))
    rows = match_workspace(store)
    son = next(r for r in rows if r["ref_id"] == "26946")
    assert son["entity_id"] in sanctions_by_entity(store)  # through 22790 only
    assert [s["id"] for s in sanctions_by_entity(store)[son["entity_id"]]] == ["22790"]
    set_status(store, son["entity_id"], "26946", "confirmed")
    listed = [s["id"] for s in sanctions_by_entity(store)[son["entity_id"]]]
    assert listed == ["22790", "26946"]


def test_native_export_carries_listings_and_validates(tmp_path: Path, schema: dict) -> None:
    store = _workspace(tmp_path, DOC_EN)
    save_entries(store, load_ofac_sdn(SAMPLE))
    match_workspace(store)
    data = build_export(store, include_text=True)
    jsonschema.validate(data, schema)
    ents = {e["name"]: e for e in data["entities"]}
    for name, ref_id in EXPECTED.items():
        assert ents[name]["external_ids"]["ofac_sdn"] == ref_id
        [listing] = [s for s in ents[name]["sanctions"] if s["id"] == ref_id]
        assert listing["list"] == "ofac_sdn" and listing["programs"] and listing["reasons"]
        assert listing["score"] >= 0.85
    assert "VENEZUELA" in ents["Nicolás Maduro"]["sanctions"][0]["programs"]
    for name in NOT_LISTED:
        assert "sanctions" not in ents[name] and "ofac_sdn" not in ents[name]["external_ids"]


@pytest.fixture(scope="module")
def full_sdn() -> Path:
    if not SHARED_SDN.exists():
        pytest.skip("shared OFAC snapshot not present")
    return SHARED_SDN


def test_full_list_loads_and_matches_the_same(tmp_path: Path, full_sdn: Path, schema: dict) -> None:
    store = _workspace(tmp_path, DOC_EN)
    counts = save_entries(store, load_ofac_sdn(full_sdn))  # its load time: benchmarks/bench_components.py
    assert counts["ofac_sdn"] > 10_000
    rows = _by_name(match_workspace(store))
    for name, ref_id in EXPECTED.items():
        best = rows[name][0]
        assert (best["ref_id"], best["decision"]) == (ref_id, "match"), rows[name]
    for name in NOT_LISTED:
        assert all(r["decision"] != "match" for r in rows.get(name, [])), rows.get(name)
    data = build_export(store)
    jsonschema.validate(data, schema)
    matched = {e["name"] for e in data["entities"] if e.get("sanctions")}
    assert matched == set(EXPECTED)
