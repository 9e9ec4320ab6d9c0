"""Geometry for the timeline chart.

Each event is drawn over the whole stretch of time its date can mean: a
year-only date is a band across the year, a month a band across the month,
a day a dot. Runs of empty years are folded into a narrow gap so one old
event does not squeeze the rest of the chart into a corner.
"""

from __future__ import annotations

from datetime import date
from typing import Any

EVENT_COLOURS = {
    "statement": "#4e79a7", "visit": "#59a14f", "meeting": "#76b7b2", "negotiation": "#17becf",
    "election": "#edc948", "protest": "#f28e2b", "arrest": "#e15759", "military_action": "#9c2a2a",
    "violence": "#b07aa1", "sanction": "#ff9da7", "legal_action": "#9c755f", "policy": "#8cd17d",
    "publication": "#bab0ac", "other": "#79706e",
}
LANE_H = 22
_GAP_W = 28
_LEFT = 12
_CHAR_PX = 6.0
_LABEL_MAX = 46


def event_colour(t: str | None) -> str:
    return EVENT_COLOURS.get(t or "other", EVENT_COLOURS["other"])


def _year_slots(events: list[dict[str, Any]], width: float) -> tuple[dict[int, tuple[float, float]], list[dict[str, Any]]]:
    """(x, width) of each year with events, and the axis marks (years and folded gaps).

    A busy year gets more room than a quiet one, so the stretch where most
    events fall is readable rather than a stack of overlapping dots.
    """
    busy: dict[int, int] = {}
    for e in events:
        for y in range(date.fromisoformat(e["start"]).year, date.fromisoformat(e["end"]).year + 1):
            busy[y] = busy.get(y, 0) + 1
    ordered = sorted(busy)
    gaps = sum(1 for a, b in zip(ordered, ordered[1:], strict=False) if b - a > 1)
    weights = {y: 2.0 + busy[y] ** 0.8 for y in ordered}
    room = width - gaps * _GAP_W
    total = sum(weights.values())
    x, slots, marks = float(_LEFT), {}, []
    for i, y in enumerate(ordered):
        if i and y - ordered[i - 1] > 1:
            marks.append({"kind": "gap", "x": x, "w": _GAP_W, "text": f"{ordered[i - 1] + 1}–{y - 1}"
                          if y - ordered[i - 1] > 2 else str(y - 1)})
            x += _GAP_W
        w = room * weights[y] / total
        slots[y] = (x, w)
        marks.append({"kind": "year", "x": round(x, 1), "w": round(w, 1), "text": str(y)})
        x += w
    return slots, marks


def _x(d: date, slots: dict[int, tuple[float, float]], end: bool = False) -> float:
    start = date(d.year, 1, 1)
    days = 366 if d.year % 4 == 0 and (d.year % 100 or d.year % 400 == 0) else 365
    frac = ((d - start).days + (1 if end else 0)) / days
    x, w = slots[d.year]
    return x + frac * w


def _label(e: dict[str, Any]) -> str:
    who = ", ".join(p["name"] for p in e["participants"][:3])
    text = f"{e['display']} · {e['type'].replace('_', ' ')}" + (f": {who}" if who else "")
    return text if len(text) <= _LABEL_MAX else text[: _LABEL_MAX - 1] + "…"


def timeline_picture(events: list[dict[str, Any]], *, width: int = 1100, max_lanes: int = 40) -> dict[str, Any]:
    """Marks, lanes and axis for the SVG template; events as from nexos.analysis.timeline."""
    dated = [e for e in events if e.get("start") and e.get("end")]
    if not dated:
        return {"bars": [], "marks": [], "width": width, "height": 60, "shown": 0, "total": len(events)}
    slots, marks = _year_slots(dated, width - 2 * _LEFT)
    lanes: list[float] = []
    items = []
    for e in sorted(dated, key=lambda e: (e["start"], e["end"])):
        x0 = _x(date.fromisoformat(e["start"]), slots)
        x1 = _x(date.fromisoformat(e["end"]), slots, end=True)
        label = _label(e)
        lx = x0 + (7 if e["precision"] == "day" else 1)
        room = int((width - _LEFT - lx) / _CHAR_PX)
        if len(label) > room:
            label = label[: max(6, room - 1)] + "…"
        reach = max(x1, lx + len(label) * _CHAR_PX) + 8
        lane = next((i for i, right in enumerate(lanes) if right <= x0), None)
        if lane is None:
            if len(lanes) >= max_lanes:
                continue
            lanes.append(0.0)
            lane = len(lanes) - 1
        lanes[lane] = reach
        items.append({
            "id": e["id"], "precision": e["precision"], "colour": event_colour(e["type"]),
            "x": round(x0, 1), "w": round(max(2.0, x1 - x0), 1), "y": 30 + lane * LANE_H,
            "label": label, "lx": round(lx, 1),
            "title": f"{e['display']} ({e['precision']}) {e['type']}: {e['description']}",
        })
    height = 30 + len(lanes) * LANE_H + 10
    return {"bars": items, "marks": marks, "width": width, "height": height, "shown": len(items),
            "total": len(events), "legend": [(t, event_colour(t)) for t in sorted({e["type"] for e in dated})]}
