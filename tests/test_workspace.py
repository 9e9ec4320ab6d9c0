"""Importing a nexos export into another workspace: actors joined, documents once, idempotent."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from nexos.cli import main
from nexos.errors import ConfigError
from nexos.export.native import build_export, write_json
from nexos.pipeline import analyze
from nexos.store import Store
from nexos.workspace import import_export, import_file, merge_workspaces, read_export, sparse_text

DOC_A = """Border talks

Bogotá, 2 April 2024

Nicolás Maduro met Gustavo Petro in Caracas on 2 April 2024. The ELN was not invited, according to the \
analyst Ramiro Téllez Ocampo.
"""

DOC_B = """Conversaciones en la frontera

Caracas, 3 de abril de 2024

Gustavo Petro se reunió con Nicolás Maduro el 2 de abril de 2024. El analista Ramiro Tellez Ocampo dijo \
que el Ejército de Liberación Nacional no fue invitado.
"""

ACTORS = ("Nicolás Maduro", "Gustavo Petro", "ELN", "Ramiro")


def _analysed(tmp_path: Path, name: str, text: str) -> Store:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    store = Store(str(tmp_path / f"{name}.db"))
    assert analyze([path], store, max_bytes=10_000_000).documents == 1
    return store


def _check_spans(data: dict) -> None:
    texts = {d["id"]: d["text"] for d in data["documents"]}
    spans = [m for e in data["entities"] for m in e["mentions"]]
    spans += [s for r in data["relations"] for s in r["evidence"]]
    spans += [s for v in data["events"] for s in v["evidence"]]
    spans += data["claims"]
    assert spans
    for s in spans:
        assert texts[s["document"]][s["start"] : s["end"]] == s["text"]


def _actor(data: dict, prefix: str) -> list[dict]:
    return [e for e in data["entities"] if e["name"].startswith(prefix)]


def test_import_joins_actors_and_keeps_both_documents(tmp_path: Path, schema: dict) -> None:
    a, b = _analysed(tmp_path, "a", DOC_A), _analysed(tmp_path, "b", DOC_B)
    before_b = build_export(b)
    exported = tmp_path / "a.json"
    write_json(a, exported, include_text=True)
    summary = import_file(b, exported)
    assert summary.documents == 1 and summary.documents_without_text == 0
    assert summary.entities_joined >= len(ACTORS) and summary.claims > 0
    data = build_export(b, include_text=True)
    jsonschema.validate(data, schema)
    _check_spans(data)
    docs = {d["id"] for d in data["documents"]}
    assert len(docs) == 2
    for name in ACTORS:
        [actor] = _actor(data, name)
        assert {m["document"] for m in actor["mentions"]} == docs, name
    tellez = _actor(data, "Ramiro")[0]
    assert {"Ramiro Téllez Ocampo", "Ramiro Tellez Ocampo"} <= {tellez["name"], *tellez["aliases"]}
    assert len(data["claims"]) == len(before_b["claims"]) + len(build_export(a)["claims"])
    # Relations and claims of the imported document point at this workspace's entities.
    ids = {e["id"] for e in data["entities"]}
    for r in data["relations"]:
        assert r["source"] in ids and r["target"] in ids


def test_importing_twice_adds_nothing(tmp_path: Path) -> None:
    a, b = _analysed(tmp_path, "a", DOC_A), _analysed(tmp_path, "b", DOC_B)
    data = build_export(a, include_text=True)
    import_export(b, data)
    counts = b.counts()
    second = import_export(b, data)
    assert second.documents == 0 and second.documents_skipped == 1 and second.mentions == 0
    assert b.counts() == counts
    # Importing a workspace into itself is also a no-op.
    assert import_export(b, build_export(b, include_text=True)).documents == 0
    assert b.counts() == counts


def test_merge_workspaces(tmp_path: Path) -> None:
    a, b = _analysed(tmp_path, "a", DOC_A), _analysed(tmp_path, "b", DOC_B)
    merge_workspaces(b, a)
    names = Counter(e["name"] for e in build_export(b)["entities"])
    assert max(names.values()) == 1
    assert b.counts()["documents"] == 2


def test_without_text_documents_keep_only_quoted_spans(tmp_path: Path, schema: dict) -> None:
    a = _analysed(tmp_path, "a", DOC_A)
    c = Store(str(tmp_path / "c.db"))
    summary = import_export(c, build_export(a), origin="a.json")
    assert summary.documents_without_text == 1
    [doc] = c.documents()
    assert doc["meta"] == {"imported_from": "a.json", "text_missing": True}
    original = a.documents()[0]["text"]
    assert len(doc["text"]) == len(original)
    # Quoted spans are in place; the unquoted title is not invented.
    assert doc["text"].index("Nicolás Maduro") == original.index("Nicolás Maduro")
    assert "Border talks" in original and "Border" not in doc["text"]
    data = build_export(c, include_text=True)
    jsonschema.validate(data, schema)
    _check_spans(data)


def test_alias_joins_an_actor_with_another_id(tmp_path: Path) -> None:
    b = _analysed(tmp_path, "b", DOC_B)
    data = build_export(_analysed(tmp_path, "a", DOC_A), include_text=True)
    tellez = _actor(data, "Ramiro")[0]
    old = tellez["id"]
    tellez.update(id="ent_elsewhere", name="R. Téllez", aliases=["Ramiro Tellez Ocampo"])
    for c in data["claims"]:
        c["entities"] = ["ent_elsewhere" if x == old else x for x in c["entities"]]
    summary = import_export(b, data)
    assert summary.entity_map["ent_elsewhere"] == old
    assert len(_actor(build_export(b), "Ramiro")) == 1


def test_sparse_text_places_spans() -> None:
    text = sparse_text(12, [{"start": 2, "text": "abc"}, {"start": 10, "text": "toolong"}])
    assert text == "  abc       "


def test_bad_files_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "x.json"
    other.write_text(json.dumps({"schema": "something/else"}), encoding="utf-8")
    with pytest.raises(ConfigError):
        read_export(other)


def test_import_command(tmp_path: Path) -> None:
    a = _analysed(tmp_path, "a", DOC_A)
    _analysed(tmp_path, "b", DOC_B)
    exported = tmp_path / "a.json"
    write_json(a, exported, include_text=True)
    runner = CliRunner()
    res = runner.invoke(main, ["--db", str(tmp_path / "b.db"), "import", str(exported), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["documents"] == 1
    res = runner.invoke(main, ["--db", str(tmp_path / "b.db"), "import", str(exported)])
    assert res.exit_code == 0 and "0 new, 1 already here" in res.output
    bad = tmp_path / "bad.json"
    bad.write_text("not json", encoding="utf-8")
    res = runner.invoke(main, ["--db", str(tmp_path / "b.db"), "import", str(bad)])
    assert res.exit_code == 1 and "not JSON" in res.output
