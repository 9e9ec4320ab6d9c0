"""Dated events in order, with the precision the documents gave.

A date the document gives as a year stays a year: it sorts as that year
(before any month of it) and is shown as "2025", never as 1 January.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from nexos.analysis.graph import best_grade

_ISO = re.compile(r"^\s*(-?\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PRECISIONS = ("year", "month", "day")


def parse_date(value: str | None, precision: str | None = None) -> tuple[int, int | None, int | None] | None:
    """(year, month|None, day|None) at the stated precision; None if unreadable."""
    if not value:
        return None
    m = _ISO.match(str(value))
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        month, day = None, None
    if day is not None and month is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        day = None
    if precision == "year":
        month, day = None, None
    elif precision == "month":
        day = None
    return (year, month, day)


def precision_of(parts: tuple[int, int | None, int | None]) -> str:
    return "day" if parts[2] else "month" if parts[1] else "year"


def format_date(value: str | None, precision: str | None = None) -> str:
    """'2025', 'Sep 2025' or '3 Jan 2026'; 'undated' when there is no readable date."""
    parts = parse_date(value, precision)
    if parts is None:
        return "undated"
    year, month, day = parts
    if month is None:
        return str(year)
    if day is None:
        return f"{_MONTHS[month - 1]} {year}"
    return f"{day} {_MONTHS[month - 1]} {year}"


def date_bounds(value: str | None, precision: str | None = None) -> tuple[date, date] | None:
    """First and last day the date can mean: a year spans the year, a month the month."""
    parts = parse_date(value, precision)
    if parts is None:
        return None
    year, month, day = parts
    if year < 1 or year > 9999:
        return None
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if day is None:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, day), date(year, month, day)


def sort_key(value: str | None, precision: str | None = None) -> tuple[int, int, int]:
    """Year-only sorts as the year (month 0), before its months; undated sorts last."""
    parts = parse_date(value, precision)
    if parts is None:
        return (10**6, 0, 0)
    return (parts[0], parts[1] or 0, parts[2] or 0)


def _claim_view(c: dict[str, Any]) -> dict[str, Any]:
    return {"id": c["id"], "text": c["text"], "document": c["document"], "kind": c.get("kind"),
            "grade": c.get("grade"), "hedged": bool(c.get("hedged")),
            "contradicted_by": list(c.get("contradicted_by") or [])}


def timeline(export: dict[str, Any], *, include_undated: bool = False,
             documents: set[str] | None = None) -> list[dict[str, Any]]:
    """Events sorted by date; each with display date, precision, participants and the claims behind it."""
    ents = {e["id"]: e for e in export.get("entities") or []}
    claims = {c["id"]: c for c in export.get("claims") or []}
    out = []
    for ev in export.get("events") or []:
        docs = {s["document"] for s in ev.get("evidence") or []}
        backing = [claims[c] for c in ev.get("claims") or [] if c in claims]
        docs.update(c["document"] for c in backing)
        if documents is not None and not docs & documents:
            continue
        parts = parse_date(ev.get("date"), ev.get("date_precision"))
        if parts is None and not include_undated:
            continue
        precision = ev.get("date_precision") or (precision_of(parts) if parts else None)
        bounds = date_bounds(ev.get("date"), precision)
        out.append({
            "id": ev["id"], "type": ev["type"], "subtype": ev.get("subtype"), "date": ev.get("date"),
            "precision": precision, "display": format_date(ev.get("date"), precision),
            "start": bounds[0].isoformat() if bounds else None, "end": bounds[1].isoformat() if bounds else None,
            "description": ev.get("description") or "",
            "participants": [{"id": p, "name": ents[p]["name"], "type": ents[p]["type"]}
                             for p in ev.get("participants") or [] if p in ents],
            "location": ents[ev["location"]]["name"] if ev.get("location") in ents else None,
            "claims": [_claim_view(c) for c in backing],
            "grade": best_grade(c.get("grade") or {} for c in backing),
            "documents": sorted(docs),
            "_key": sort_key(ev.get("date"), precision),
        })
    out.sort(key=lambda e: (e["_key"], _PRECISIONS.index(e["precision"]) if e["precision"] in _PRECISIONS else 3,
                            e["id"]))
    for e in out:
        del e["_key"]
    return out


def format_timeline(events: list[dict[str, Any]]) -> str:
    lines = []
    for e in events:
        who = ", ".join(p["name"] for p in e["participants"])
        lines.append(f"{e['display']:>12}  {e['type']:<15} {who}")
        for c in e["claims"]:
            g = c.get("grade") or {}
            lines.append(f"{'':>14}[{g.get('reliability', '?')}{g.get('credibility', '?')}] "
                         f"document {c['document']} asserts: “{c['text'][:160]}”")
    return "\n".join(lines)
