"""`analyze` with several worker processes: the workspace must be the one a single process makes.

Real processes, a real SQLite store: documents are parsed and extracted in workers and
stored by the parent in the order given, so the exports compare equal field by field.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from nexos.cli import main
from nexos.config import Settings
from nexos.errors import ConfigError
from nexos.export.native import build_export
from nexos.pipeline import analyze
from nexos.store import Store

MAX_BYTES = 10_000_000

EXTRA = {
    "cronica_es.txt": (
        "Tumaco, 4 de febrero de 2025.\n\n"
        "La Policía Nacional capturó en Tumaco a Wilson Arboleda Caicedo, alias 'el Mono', señalado como "
        "cabecilla de la banda Los Chacales, que según la Fiscalía cobra extorsiones a los pescadores del puerto.\n\n"
        "El alcalde, Jhon Jairo Rojas, dijo: «Esta captura no acaba con el miedo en los barrios».\n"
    ),
    "brief_en.txt": (
        "QUITO, March 3, 2025 - Ecuador's army said on Monday it had arrested two members of Los Lobos "
        "near the mining town of Zaruma, in El Oro province.\n\n"
        "Colonel Andrés Paredes told reporters the group \"taxes every truck that leaves the mines\".\n"
    ),
}


def _stable(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "generated_at"}


@pytest.fixture
def corpus(tmp_path: Path, docs_dir: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(docs_dir, folder)
    for name, text in EXTRA.items():
        (folder / name).write_text(text, encoding="utf-8")
    # the same bytes twice in one batch, and a file nexos cannot read
    shutil.copy(folder / "brief_en.txt", folder / "brief_en_copy.txt")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not a real pdf")
    return folder


def _run(corpus: Path, db: Path, jobs: int) -> tuple[Any, dict[str, Any]]:
    store = Store(str(db))
    summary = analyze([corpus], store, max_bytes=MAX_BYTES, jobs=jobs)
    return summary, _stable(build_export(store))


def test_two_workers_store_what_one_process_stores(corpus: Path, tmp_path: Path) -> None:
    one, exported_one = _run(corpus, tmp_path / "one.db", jobs=1)
    two, exported_two = _run(corpus, tmp_path / "two.db", jobs=2)

    assert one.documents == 4 and one.skipped_existing == 1
    assert [p.path for p in one.problems] == [str(corpus / "broken.pdf")]
    assert one.as_dict() == two.as_dict()
    assert one.added == two.added
    assert exported_one["entities"], "the corpus should yield actors"
    assert exported_one == exported_two


def test_rerun_with_workers_skips_what_is_stored(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    first, _ = _run(corpus, db, jobs=2)
    again, _ = _run(corpus, db, jobs=2)
    assert first.documents == 4
    assert again.documents == 0 and again.skipped_existing == 5
    assert set(again.existing) == set(first.added)


def test_cli_jobs_flag_and_setting(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(main, ["-q", "--db", str(db), "analyze", str(corpus), "--report", "", "-j", "0",
                                       "--json"])
    assert result.exit_code == 1, result.output  # the broken file is reported, the rest stored
    assert "\"documents\": 4" in result.output
    monkeypatch.setenv("NEXOS_JOBS", "-2")
    with pytest.raises(ConfigError, match="jobs must be 0"):
        Settings.load()
    monkeypatch.setenv("NEXOS_JOBS", "two")
    with pytest.raises(ConfigError, match="number of processes"):
        Settings.load()
    monkeypatch.setenv("NEXOS_JOBS", "2")
    assert Settings.load().jobs == 2


def test_a_document_whose_extraction_fails_is_reported_and_the_batch_goes_on(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import nexos.extract as extract_pkg

    real = extract_pkg.extract

    def failing_on_the_brief(doc):  # a bug met on one document only
        if doc.title and "QUITO" in doc.text[:20]:
            raise ValueError("a bug met on this document")
        return real(doc)

    monkeypatch.setattr(extract_pkg, "extract", failing_on_the_brief)
    summary, exported = _run(corpus, tmp_path / "fail.db", jobs=1)
    failed = [p for p in summary.problems if "extraction failed" in p.reason]
    assert [p.path for p in failed] == [str(corpus / "brief_en.txt")]
    assert "ValueError: a bug met on this document" in failed[0].reason
    assert summary.documents == 3  # the other documents were analysed and stored
    assert len(exported["documents"]) == 3
