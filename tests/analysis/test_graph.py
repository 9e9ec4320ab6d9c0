from __future__ import annotations

from nexos.analysis.graph import build_graph, metrics


def _star(mk):
    ties = [("Hub", f"Leaf {i}", "supports", f"Hub backs leaf {i}.", "d1") for i in range(6)]
    return mk(ties)


def test_star_hub_has_highest_degree_betweenness_and_pagerank(mk):
    m = metrics(build_graph(_star(mk)))
    top = m["nodes"][0]
    assert top["name"] == "Hub"
    assert top["degree"] == 6
    by_name = {n["name"]: n for n in m["nodes"]}
    assert by_name["Hub"]["betweenness"] == 15.0  # 6 leaves: C(6,2) shortest paths all through the hub
    assert all(by_name[f"Leaf {i}"]["betweenness"] == 0 for i in range(6))
    assert m["betweenness"] == "exact"


def test_two_cliques_joined_by_one_node_make_it_the_top_broker(mk):
    ties = []
    for side in ("A", "B"):
        members = [f"{side}{i}" for i in range(4)]
        ties += [(x, y, "allied_with", f"{x} and {y} act together.", "d1")
                 for i, x in enumerate(members) for y in members[i + 1:]]
    ties += [("Bridge", "A0", "associated_with", "Bridge is linked to A0.", "d1"),
             ("Bridge", "B0", "associated_with", "Bridge is linked to B0.", "d1")]
    m = metrics(build_graph(mk(ties)))
    assert m["communities"] == 2
    assert m["brokers"][0] == "e_bridge"
    by_name = {n["name"]: n for n in m["nodes"]}
    assert by_name["Bridge"]["broker_rank"] == 1
    assert not by_name["A1"]["broker"]  # inside a clique: all neighbours in one community
    assert by_name["A1"]["community"] == by_name["A2"]["community"] != by_name["B1"]["community"]


def test_weight_counts_distinct_publishers_not_documents(mk):
    docs = {"d1": ("Outlet One", "2025-01-01"), "d2": ("Outlet One", "2025-02-01"), "d3": ("Other", "2025-03-01"),
            "d4": (None, "2025-03-02")}
    ties = [("X", "Y", "funds", f"X pays Y ({d}).", d) for d in docs]
    g = build_graph(mk(ties, docs=docs))
    assert g.ecount() == 1
    # Outlet One twice is one voice; Other is a second; the unnamed publisher counts as its own document.
    assert g.es[0]["weight"] == 3
    assert len(g.es[0]["relations"]) == 4


def test_filters_by_type_date_document_and_grade(mk):
    docs = {"d1": ("P1", "2024-05-01"), "d2": ("P2", "2025-06-01")}
    ties = [("X", "Y", "funds", "X pays Y.", "d1"), ("Y", "Z", "opposes", "Y attacks Z.", "d2")]
    ex = mk(ties, docs=docs, grades={"d1:c0": ("B", 2), "d2:c1": ("F", 6)})
    assert build_graph(ex, types=["funds"]).ecount() == 1
    assert build_graph(ex, date_from="2025").vs["name"] == ["Y", "Z"]
    assert build_graph(ex, date_to="2024-12").vs["name"] == ["X", "Y"]
    assert build_graph(ex, documents=["d2"]).es[0]["types"] == ["opposes"]
    strong = build_graph(ex, min_credibility=3)
    assert strong.ecount() == 1 and strong.es[0]["grade"]["credibility"] == 2
    assert build_graph(ex, min_reliability="C").ecount() == 1


def test_negated_relations_are_not_edges(mk):
    ex = mk([("X", "Y", "funds", "X denies paying Y.", "d1")])
    ex["relations"][0]["negated"] = True
    assert build_graph(ex).ecount() == 0


def test_min_confidence_hides_loose_pairings(mk):
    ex = mk([("X", "Y", "funds", "X paid Y.", "d1"), ("Y", "Z", "associated_with", "Y met Z.", "d1")])
    ex["relations"][0]["confidence"], ex["relations"][1]["confidence"] = 0.6, 0.3
    assert build_graph(ex).ecount() == 2
    assert build_graph(ex, min_confidence=0.35).ecount() == 1


def test_sampled_betweenness_on_large_graph_still_finds_the_hub(mk):
    ties = [("Hub", f"L{i}", "supports", "s", "d1") for i in range(40)]
    m = metrics(build_graph(mk(ties)), sample_betweenness_above=10, sample_size=20)
    assert m["betweenness"].startswith("sampled")
    assert max(m["nodes"], key=lambda n: n["betweenness"])["name"] == "Hub"


def test_empty_graph(mk):
    m = metrics(build_graph({"documents": [], "entities": [], "relations": [], "claims": []}))
    assert m["nodes"] == [] and m["actors"] == 0
