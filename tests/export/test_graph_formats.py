import json
from pathlib import Path

import pytest

from nexos.export.graph_formats import best_grade, export_gexf, export_graphml

nx = pytest.importorskip("networkx")
SAMPLE = Path(__file__).parents[1] / "fixtures" / "export_sample.json"


@pytest.fixture()
def export():
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    # a second tie between the same pair must stay a separate edge
    data["relations"].append(
        {
            "id": "rel-8",
            "type": "opposes",
            "source": "ent-eln",
            "target": "ent-sm",
            "claims": [],
            "evidence": [{"document": "doc-b2", "start": 0, "end": 5}],
        }
    )
    return data


def assert_gephi_safe(attrs):
    for value in attrs.values():
        assert value is not None and not isinstance(value, (list, dict))


def check_graph(graph):
    assert graph.number_of_nodes() == 9
    eln = graph.nodes["ent-eln"]
    assert eln["label"] == "ELN" and eln["type"] == "armed_group"
    assert eln["mentions"] == 3 and eln["documents"] == 2
    assert eln["aliases"] == "Ejército de Liberación Nacional; National Liberation Army"
    assert graph.nodes["ent-sm"]["countries"] == "CO; VE"
    for _, attrs in graph.nodes(data=True):
        assert_gephi_safe(attrs)
    edges = {d["id"]: d for _, _, d in graph.edges(data=True)}
    assert len(edges) == 8
    allied = edges["rel-2"]
    assert allied["relation"] == "allied_with" and allied["reliability"] == "C"
    assert allied["credibility"] == 2 and allied["documents"] == 2
    assert edges["rel-4"]["valid_from"] == "2022-11" and edges["rel-4"]["valid_to"] == "2025-01"
    assert edges["rel-8"]["reliability"] == "F" and edges["rel-8"]["claims"] == ""
    for _, _, attrs in graph.edges(data=True):
        assert_gephi_safe(attrs)


def test_gexf_round_trip(export, tmp_path):
    path = export_gexf(export, tmp_path / "graph.gexf")
    check_graph(nx.read_gexf(path))


def test_graphml_round_trip(export, tmp_path):
    path = export_graphml(export, tmp_path / "graph.graphml")
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.is_directed()
    check_graph(graph)


def test_best_grade():
    claims = [
        {"grade": {"reliability": "D", "credibility": 2}},
        {"grade": {"reliability": "B", "credibility": 4}},
        {},
    ]
    assert best_grade(claims) == ("B", 4)
    assert best_grade([]) == ("F", 6)
