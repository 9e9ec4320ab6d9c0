"""``nexos refs``: load, list, match, show, confirm/reject, and the export that follows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nexos.cli import main

SAMPLE = Path(__file__).parent / "sdn_sample.csv"
SHARED_SDN = Path(__file__).resolve().parents[3] / "shared/data/ofac/sdn.csv"

DOC = """Sanctions and the border

By a staff analyst, 12 March 2024

Nicolás Maduro met Diosdado Cabello in Caracas on 3 March 2024. According to Colombian officials, the \
ELN operates on both sides of the frontier. Segunda Marquetalia, led by Iván Márquez, has been accused of \
trafficking cocaine. Gustavo Petro said that his government would keep talking with the ELN. Francia \
Márquez travelled to Spain, while senator Iván Cepeda criticised the delays.
"""
LISTED = {"Nicolás Maduro": "22790", "Diosdado Cabello": "24424", "ELN": "4706",
          "Segunda Marquetalia": "33974", "Iván Márquez": "8159"}


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[CliRunner, list[str]]:
    runner = CliRunner()
    doc = tmp_path / "doc.txt"
    doc.write_text(DOC, encoding="utf-8")
    db = ["--db", str(tmp_path / "w.db")]
    res = runner.invoke(main, [*db, "analyze", str(doc), "--report", ""])
    assert res.exit_code == 0, res.output
    return runner, db


def _load_and_match(runner: CliRunner, db: list[str], path: Path) -> list[dict]:
    res = runner.invoke(main, [*db, "refs", "load", str(path)])
    assert res.exit_code == 0, res.output
    assert "ofac_sdn:" in res.output and "entries loaded" in res.output
    res = runner.invoke(main, [*db, "refs", "match", "--json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def test_load_match_show_and_export(workspace: tuple[CliRunner, list[str]], tmp_path: Path) -> None:
    runner, db = workspace
    rows = _load_and_match(runner, db, SAMPLE)
    matched = {r["entity_name"]: r["ref_id"] for r in rows if r["decision"] == "match"}
    assert matched == LISTED
    assert all(r["reasons"] for r in rows)
    table = runner.invoke(main, [*db, "refs", "match"])
    assert "MADURO MOROS, Nicolas" in table.output and "type agrees: person" in table.output
    listing = runner.invoke(main, [*db, "refs", "list"])
    assert "ofac_sdn" in listing.output and "match 5" in listing.output
    show = runner.invoke(main, [*db, "refs", "show", "Iván Márquez"])
    assert show.exit_code == 0 and "MARIN ARANGO, Luciano" in show.output and "alias=1" in show.output
    out = tmp_path / "x.json"
    assert runner.invoke(main, [*db, "export", "-o", str(out)]).exit_code == 0
    ents = {e["name"]: e for e in json.loads(out.read_text(encoding="utf-8"))["entities"]}
    assert {n: e["external_ids"].get("ofac_sdn") for n, e in ents.items() if e.get("sanctions")} == LISTED


def test_reject_removes_a_listing_from_the_export(workspace: tuple[CliRunner, list[str]], tmp_path: Path) -> None:
    runner, db = workspace
    _load_and_match(runner, db, SAMPLE)
    res = runner.invoke(main, [*db, "refs", "reject", "ELN", "4706"])
    assert res.exit_code == 0 and "rejected" in res.output
    assert runner.invoke(main, [*db, "refs", "match"]).exit_code == 0  # a re-run keeps the verdict
    out = tmp_path / "x.json"
    runner.invoke(main, [*db, "export", "-o", str(out)])
    ents = {e["name"]: e for e in json.loads(out.read_text(encoding="utf-8"))["entities"]}
    assert "sanctions" not in ents["ELN"] and "ofac_sdn" not in ents["ELN"]["external_ids"]
    assert "[rejected]" in runner.invoke(main, [*db, "refs", "show", "ELN"]).output


def test_errors_exit_nonzero(workspace: tuple[CliRunner, list[str]], tmp_path: Path) -> None:
    runner, db = workspace
    res = runner.invoke(main, [*db, "refs", "match"])
    assert res.exit_code == 1 and "refs load" in res.output
    junk = tmp_path / "junk.txt"
    junk.write_text("hello\nworld\n", encoding="utf-8")
    res = runner.invoke(main, [*db, "refs", "load", str(junk)])
    assert res.exit_code == 1 and "neither" in res.output
    res = runner.invoke(main, [*db, "refs", "show", "Nobody At All"])
    assert res.exit_code == 1


def test_full_list(workspace: tuple[CliRunner, list[str]]) -> None:
    if not SHARED_SDN.exists():
        pytest.skip("shared OFAC snapshot not present")
    runner, db = workspace
    rows = _load_and_match(runner, db, SHARED_SDN)
    assert {r["entity_name"]: r["ref_id"] for r in rows if r["decision"] == "match"} == LISTED
