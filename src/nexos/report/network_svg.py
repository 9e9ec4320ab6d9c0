"""Geometry for the static network picture: positions, sizes, colours, labels.

The picture is laid out here (not in the browser) so the HTML and the PDF
show the same seeded drawing. Each connected component is laid out on its
own and the components are packed in rows, largest first, so small
separate clusters do not get flung to the edges of one big layout.
"""

from __future__ import annotations

import math
from typing import Any

import igraph as ig

from nexos.analysis.graph import _seeded

ENTITY_COLOURS = {
    "person": "#d1495b", "criminal_group": "#6a3d9a", "armed_group": "#8c510a", "political_party": "#edae49",
    "government_body": "#00798c", "state": "#30638e", "international_org": "#66a61e", "ngo": "#1b9e77",
    "company": "#e7298a", "media": "#a6761d", "policy": "#7570b3", "location": "#999999", "group": "#bc80bd",
    "other": "#666666",
}
RELATION_COLOURS = {
    "allied_with": "#2c7fb8", "associated_with": "#9ecae1", "negotiates_with": "#41ab5d", "supports": "#31a354",
    "funds": "#e6ab02", "member_of": "#756bb1", "leads": "#54278f", "controls": "#d95f02", "opposes": "#e34a33",
    "acts_against": "#b30000", "operates_in": "#bdbdbd", "other": "#737373",
}
FONT_PX = 11
CHAR_PX = 6.3
_PAD = 24


def entity_colour(t: str | None) -> str:
    return ENTITY_COLOURS.get(t or "other", ENTITY_COLOURS["other"])


def relation_colour(t: str | None) -> str:
    return RELATION_COLOURS.get(t or "other", RELATION_COLOURS["other"])


def _component_layout(sub: ig.Graph) -> list[tuple[float, float]]:
    n = sub.vcount()
    if n == 1:
        return [(0.0, 0.0)]
    if n == 2:
        return [(0.0, 0.0), (0.0, 1.0)]  # stacked, so side labels do not sit on the line
    start = sub.layout_circle().coords
    # Kamada-Kawai keeps edge lengths even, so a dense core is not squeezed
    # by a few long spokes the way a force layout tends to squeeze it.
    lay = _seeded(sub.layout_kamada_kawai, seed=start, maxiter=50 * n)
    return [tuple(p) for p in lay.coords]


def _spread(pts: list[tuple[float, float]], radii: list[float], gap: float = 26.0, rounds: int = 60) -> None:
    """Push apart nodes closer than their radii plus ``gap`` (in place), so labels have room."""
    n = len(pts)
    xy = [list(p) for p in pts]
    for _ in range(rounds):
        moved = False
        for i in range(n):
            for j in range(i + 1, n):
                dx, dy = xy[j][0] - xy[i][0], xy[j][1] - xy[i][1]
                d = math.hypot(dx, dy)
                need = radii[i] + radii[j] + gap
                if d >= need:
                    continue
                if d < 1e-6:
                    dx, dy, d = 1.0, 0.5, math.hypot(1.0, 0.5)
                push = (need - d) / 2
                ux, uy = dx / d * push, dy / d * push
                xy[i][0] -= ux
                xy[i][1] -= uy
                xy[j][0] += ux
                xy[j][1] += uy
                moved = True
        if not moved:
            break
    pts[:] = [(x, y) for x, y in xy]


def _scale(coords: list[tuple[float, float]], n: int, spacing: float,
           max_side: float) -> tuple[list[tuple[float, float]], float, float]:
    """Scale a component so its area grows with its size, then move it to the origin."""
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    w, h = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    side = min(max_side, spacing * math.sqrt(n) * 1.1)
    k = side / max(w, h)
    if n == 2:
        k = spacing * 0.75
    pts = [((x - min(xs)) * k, (y - min(ys)) * k) for x, y in coords]
    return pts, (max(xs) - min(xs)) * k, (max(ys) - min(ys)) * k


def _pack(boxes: list[tuple[float, float]], width: float) -> list[tuple[float, float]]:
    """Shelf packing: left to right, a new row when the current one is full."""
    out, x, y, row_h = [], 0.0, 0.0, 0.0
    for w, h in boxes:
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h + _PAD, 0.0
        out.append((x, y))
        x += w + _PAD * 2.5
        row_h = max(row_h, h)
    return out


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _place_labels(nodes: list[dict[str, Any]], width: float) -> None:
    """Greedy labelling, most important node first: try four sides, skip a label that would collide."""
    taken: list[tuple[float, float, float, float]] = [(n["x"] - n["r"], n["y"] - n["r"], n["x"] + n["r"],
                                                       n["y"] + n["r"]) for n in nodes]
    own = {id(n): i for i, n in enumerate(nodes)}
    for n in sorted(nodes, key=lambda n: -n["r"]):
        text = n["name"] if len(n["name"]) <= 26 else n["name"][:25] + "…"
        w, h = len(text) * CHAR_PX, FONT_PX + 2
        x, y, r = n["x"], n["y"], n["r"]
        options = [
            (x + r + 3, y - h / 2, "start"), (x - r - 3 - w, y - h / 2, "end"),
            (x - w / 2, y - r - 2 - h, "middle"), (x - w / 2, y + r + 2, "middle"),
            (x + r + 2, y - r - h, "start"), (x + r + 2, y + r, "start"),
        ]
        n["label"] = None
        for lx, ly, anchor in options:
            box = (lx, ly, lx + w, ly + h)
            if lx < 2 or lx + w > width - 2:
                continue
            if not any(_overlaps(box, t) for i, t in enumerate(taken) if i != own[id(n)]):
                taken.append(box)
                tx = lx if anchor == "start" else lx + w if anchor == "end" else lx + w / 2
                n["label"] = {"text": text, "x": round(tx, 1), "y": round(ly + h - 3, 1), "anchor": anchor}
                break


def network_picture(graph: ig.Graph, node_metrics: list[dict[str, Any]], edge_info: list[dict[str, Any]], *,
                    width: int = 1100, max_nodes: int = 80) -> dict[str, Any]:
    """Nodes, edges, legend and canvas size for the SVG template.

    Keeps the ``max_nodes`` actors with the highest PageRank. ``edge_info``
    is one record per graph edge (same order), with ``types`` and ``weight``.
    """
    by_id = {m["id"]: m for m in node_metrics}
    ranked = sorted(range(graph.vcount()), key=lambda v: -by_id[graph.vs[v]["id"]]["pagerank"])
    keep = sorted(ranked[:max_nodes])
    sub = graph.induced_subgraph(keep)
    edge_map = {(min(e.source, e.target), max(e.source, e.target)): i for i, e in enumerate(graph.es)}
    if sub.vcount() == 0:
        return {"nodes": [], "edges": [], "width": width, "height": 120, "shown": 0, "total": 0,
                "node_legend": [], "edge_legend": []}
    max_pr = max(by_id[v["id"]]["pagerank"] for v in sub.vs) or 1.0
    radius = [round(4 + 14 * math.sqrt(by_id[v["id"]]["pagerank"] / max_pr), 1) for v in sub.vs]
    comps = sorted(sub.connected_components(), key=lambda c: (-len(c), min(c)))
    placed: dict[int, tuple[float, float]] = {}
    boxes, layouts = [], []
    for comp in comps:
        pts, _w, _h = _scale(_component_layout(sub.induced_subgraph(comp)), len(comp), 110.0,
                             width - 4 * _PAD - 90)
        _spread(pts, [radius[v] for v in comp])
        x0, y0 = min(p[0] for p in pts), min(p[1] for p in pts)
        pts = [(x - x0, y - y0) for x, y in pts]
        layouts.append((comp, pts))
        boxes.append((max(p[0] for p in pts) + 2 * _PAD + 90, max(p[1] for p in pts) + 2 * _PAD))
    origins = _pack(boxes, width - 2 * _PAD)
    for (comp, pts), (ox, oy) in zip(layouts, origins, strict=True):
        for v, (x, y) in zip(comp, pts, strict=True):
            placed[v] = (ox + x + _PAD + 45, oy + y + _PAD)
    nodes = []
    for v in sub.vs:
        m = by_id[v["id"]]
        x, y = placed[v.index]
        nodes.append({"id": v["id"], "name": v["name"], "type": v["type"], "colour": entity_colour(v["type"]),
                      "x": round(x, 1), "y": round(y, 1), "r": radius[v.index],
                      "degree": m["degree"], "pagerank": m["pagerank"], "community": m["community"]})
    _place_labels(nodes, width)
    edges = []
    for e in sub.es:
        a, b = keep[e.source], keep[e.target]
        idx = edge_map[(min(a, b), max(a, b))]
        info = edge_info[idx]
        edges.append({"i": idx, "x1": nodes[e.source]["x"], "y1": nodes[e.source]["y"], "x2": nodes[e.target]["x"],
                      "y2": nodes[e.target]["y"], "type": info["types"][0], "colour": relation_colour(info["types"][0]),
                      "width": round(min(6.0, 1.0 + 0.8 * (info["weight"] - 1)) + 0.4, 1),
                      "title": f"{info['source_name']} — {info['target_name']}: {', '.join(info['types'])}"})
    height = max(n["y"] for n in nodes) + _PAD + 20
    return {
        "nodes": nodes, "edges": edges, "width": width, "height": round(height), "shown": len(nodes),
        "total": graph.vcount(),
        "node_legend": [(t, entity_colour(t)) for t in sorted({n["type"] or "other" for n in nodes})],
        "edge_legend": [(t, relation_colour(t)) for t in sorted({e["type"] for e in edges})],
    }
