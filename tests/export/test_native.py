"""The native export validates against the contract and every reference resolves."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import jsonschema

from nexos.export import export_to
from nexos.export.native import build_export
from nexos.pipeline import analyze
from nexos.store import Store


def _analyzed(store: Store, docs_dir: Path) -> dict:
    analyze([docs_dir], store, max_bytes=10_000_000)
    return build_export(store, include_text=True)


def test_export_validates_and_references_resolve(store: Store, docs_dir: Path, schema: dict) -> None:
    data = _analyzed(store, docs_dir)
    jsonschema.validate(data, schema)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    ents = {e["id"] for e in data["entities"]}
    claims = {c["id"] for c in data["claims"]}
    spans = [m for e in data["entities"] for m in e["mentions"]]
    spans += [s for r in data["relations"] for s in r["evidence"]]
    spans += [s for v in data["events"] for s in v["evidence"]]
    assert spans
    for s in spans:
        assert 0 <= s["start"] < s["end"] <= len(texts[s["document"]])
        assert texts[s["document"]][s["start"] : s["end"]] == s["text"]
    for c in data["claims"]:
        assert texts[c["document"]][c["start"] : c["end"]] == c["text"]
        assert set(c["entities"]) <= ents
    for r in data["relations"]:
        assert r["source"] in ents and r["target"] in ents
        assert set(r["claims"]) <= claims and r["claims"]
    for v in data["events"]:
        assert set(v["participants"]) <= ents
        assert set(v["claims"]) <= claims


def test_export_carries_citations_and_claim_links(store: Store, docs_dir: Path) -> None:
    data = _analyzed(store, docs_dir)
    es = next(d for d in data["documents"] if d["language"] == "es")
    assert [c["marker"] for c in es["citations"]] == ["¹"]
    url = es["citations"][0]["url"]
    assert any(url in c["citations"] for c in data["claims"] if c["document"] == es["id"])


def test_csv_export_zip_and_folder(store: Store, docs_dir: Path, tmp_path: Path) -> None:
    data = _analyzed(store, docs_dir)
    export_to(store, "csv", str(tmp_path / "out.zip"))
    with zipfile.ZipFile(tmp_path / "out.zip") as zf:
        assert "claims.csv" in zf.namelist() and "entities.csv" in zf.namelist()
    export_to(store, "csv", str(tmp_path / "folder"))
    with (tmp_path / "folder" / "entities.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["name"] for r in rows} == {e["name"] for e in data["entities"]}
