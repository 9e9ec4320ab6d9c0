"""The command line: every command has help, analyze/export run, bad input exits non-zero."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nexos.cli import main


def _commands(group, prefix=()):  # type: ignore[no-untyped-def]
    for name, cmd in group.commands.items():
        yield prefix + (name,), cmd
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, prefix + (name,))


def test_every_command_has_help() -> None:
    runner = CliRunner()
    for path, cmd in _commands(main):
        res = runner.invoke(main, [*path, "--help"])
        assert res.exit_code == 0, path
        assert cmd.help, f"{' '.join(path)} has no help text"


def test_analyze_export_and_reingest(tmp_path: Path, docs_dir: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "w.db")
    res = runner.invoke(main, ["--db", db, "analyze", str(docs_dir), "--json", "--report", ""])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.output)
    assert summary["documents"] == 2 and summary["claims"] > 0 and summary["problems"] == []
    again = runner.invoke(main, ["--db", db, "analyze", str(docs_dir), "--json", "--report", ""])
    assert json.loads(again.output)["already_ingested"] == 2
    out = tmp_path / "x.json"
    res = runner.invoke(main, ["--db", db, "export", "--format", "json", "-o", str(out)])
    assert res.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "nexos/export@1"
    stats = runner.invoke(main, ["--db", db, "stats", "--json"])
    assert json.loads(stats.output)["documents"] == 2


def test_bad_files_are_listed_and_exit_nonzero(tmp_path: Path, docs_dir: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "data.xyz").write_bytes(b"\x00\x01\x02binary")
    runner = CliRunner()
    res = runner.invoke(main, ["--db", str(tmp_path / "w.db"), "analyze", str(docs_dir / "wire_en.txt"),
                               str(tmp_path / "empty.txt"), str(tmp_path / "data.xyz"), "--json", "--report", ""])
    assert res.exit_code == 1
    summary = json.loads(res.output)
    assert summary["documents"] == 1
    assert {Path(p["path"]).name for p in summary["problems"]} == {"empty.txt", "data.xyz"}


def test_nexos_error_is_one_line_without_traceback(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["--db", str(tmp_path / "w.db"), "unmerge", "ent_nothing"])
    assert res.exit_code == 1
    assert "Traceback" not in res.output and "not merged" in res.output


@pytest.mark.parametrize("rating", ["B"])
def test_source_rate_regrades_claims(tmp_path: Path, docs_dir: Path, rating: str) -> None:
    runner = CliRunner()
    db = str(tmp_path / "w.db")
    runner.invoke(main, ["--db", db, "analyze", str(docs_dir), "--report", ""])
    res = runner.invoke(main, ["--db", db, "source", "rate", "observatorio-ejemplo.org", rating])
    assert res.exit_code == 0, res.output
    out = tmp_path / "x.json"
    runner.invoke(main, ["--db", db, "export", "-o", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    es = next(d["id"] for d in data["documents"] if d["publisher"] == "observatorio-ejemplo.org")
    assert {c["grade"]["reliability"] for c in data["claims"] if c["document"] == es} == {rating}
