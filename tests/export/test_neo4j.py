import csv
import json
from pathlib import Path

import pytest

from nexos.errors import NexosError
from nexos.export.neo4j import export_neo4j_csv

SAMPLE = Path(__file__).parents[1] / "fixtures" / "export_sample.json"


@pytest.fixture()
def export():
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def read(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_nodes_and_relationships_in_admin_import_layout(export, tmp_path):
    counts = export_neo4j_csv(export, tmp_path / "neo")
    nodes = read(tmp_path / "neo" / "nodes.csv")
    rels = read(tmp_path / "neo" / "relationships.csv")
    assert counts == {"nodes": len(nodes), "relationships": len(rels)}
    assert len(nodes) == 2 + 9 + 3 + 8
    by_id = {n[":ID"]: n for n in nodes}
    assert by_id["ent-eln"][":LABEL"] == "Entity;ArmedGroup"
    assert by_id["ent-eln"]["aliases:string[]"] == "Ejército de Liberación Nacional;National Liberation Army"
    assert by_id["ent-gov-co"][":LABEL"] == "Entity;GovernmentBody"
    assert by_id["clm-3"]["reliability"] == "D" and by_id["clm-3"]["credibility:int"] == "4"
    assert by_id["doc-b2"][":LABEL"] == "Document"
    ties = [r for r in rels if r["id"] == "rel-2"]
    assert ties[0][":TYPE"] == "ALLIED_WITH" and ties[0]["claims:string[]"] == "clm-2;clm-6"
    assert ties[0]["credibility:int"] == "2" and ties[0]["documents:int"] == "2"
    types = {r[":TYPE"] for r in rels}
    assert {"MENTIONS", "ASSERTS", "ABOUT", "PARTICIPATES_IN", "LOCATED_IN", "LEADS", "FUNDS"} <= types
    ids = set(by_id)
    assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rels)


def test_duplicate_ids_across_kinds_are_refused(export, tmp_path):
    export["claims"][0]["id"] = "ent-eln"
    with pytest.raises(NexosError, match="ent-eln"):
        export_neo4j_csv(export, tmp_path)
