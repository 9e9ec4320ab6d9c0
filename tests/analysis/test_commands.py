from __future__ import annotations

import json

from click.testing import CliRunner

import nexos.analysis.commands as cmds
from nexos.cli import main


def _run(monkeypatch, export, *args):
    monkeypatch.setattr(cmds, "_export", lambda ctx: export)
    return CliRunner().invoke(main, list(args))


def test_graph_path_timeline_commands(mk, monkeypatch, tmp_path):
    ex = mk([("Hub", "A", "supports", "Hub backs A.", "d1"), ("Hub", "B", "funds", "Hub pays B.", "d1")],
            events=[{"date": "2025-09", "participants": ["Hub"], "type": "meeting"}])
    db = str(tmp_path / "x.db")
    r = _run(monkeypatch, ex, "--db", db, "graph", "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["nodes"][0]["name"] == "Hub"
    r = _run(monkeypatch, ex, "--db", db, "graph", "--type", "funds")
    assert "2 actors, 1 ties" in r.output
    r = _run(monkeypatch, ex, "--db", db, "path", "A", "B")
    assert r.exit_code == 0 and "Hub pays B." in r.output
    r = _run(monkeypatch, ex, "--db", db, "path", "A", "Nobody")
    assert r.exit_code == 1 and "no actor named" in r.output
    r = _run(monkeypatch, ex, "--db", db, "timeline")
    assert "Sep 2025" in r.output and "meeting" in r.output
