from __future__ import annotations

from nexos.analysis.diff import as_of, diff, diff_dates
from nexos.analysis.timeline import date_bounds, format_date, timeline


def test_format_date_keeps_precision():
    assert format_date("2025", "year") == "2025"
    assert format_date("2025-09") == "Sep 2025"
    assert format_date("2026-01-03") == "3 Jan 2026"
    assert format_date("2025-01-01", "year") == "2025"  # never "1 Jan 2025" for a year-only date
    assert format_date(None) == "undated"
    assert date_bounds("2024-02") == (date_bounds("2024-02-01")[0], date_bounds("2024-02-29")[1])


def test_timeline_order_precision_and_claims(mk):
    ex = mk([("Petro", "Maduro", "supports", "Petro backed Maduro in 2025.", "d1")], events=[
        {"date": "2026-01-03", "precision": "day", "participants": ["Maduro"], "type": "arrest"},
        {"date": "2025", "precision": "year", "participants": ["Petro", "Maduro"],
         "claim_texts": ["Petro backed Maduro in 2025."]},
        {"date": "2025-09", "precision": "month", "participants": ["Petro"]},
        {"date": "2025-01-15", "precision": "day", "participants": ["Petro"]},
        {"date": None, "participants": ["Petro"]},
    ])
    t = timeline(ex)
    assert [e["display"] for e in t] == ["2025", "15 Jan 2025", "Sep 2025", "3 Jan 2026"]
    year = t[0]
    assert year["start"] == "2025-01-01" and year["end"] == "2025-12-31" and year["precision"] == "year"
    assert [p["name"] for p in year["participants"]] == ["Petro", "Maduro"]
    assert year["claims"][0]["text"] == "Petro backed Maduro in 2025."
    assert year["claims"][0]["grade"]["credibility"] == 6
    assert timeline(ex, include_undated=True)[-1]["display"] == "undated"


def _two_docs(mk, disputed=None):
    docs = {"d1": ("P1", "2025-01-10"), "d2": ("P2", "2025-06-01")}
    ex = mk([("Clan", "Port", "controls", "The clan controls the port.", "d1"),
             ("Clan", "Gang", "allied_with", "La banda es aliada del clan.", "d2")], docs=docs, disputed=disputed)
    for e in ex["entities"]:
        e["mentions"] = [m for m in e["mentions"] if m["document"] == "d1"] if e["name"] != "Gang" else \
            [m for m in e["mentions"] if m["document"] == "d2"]
    return ex


def test_as_of_keeps_only_earlier_documents(mk):
    early = as_of(_two_docs(mk), "2025-03")
    assert [d["id"] for d in early["documents"]] == ["d1"]
    assert [r["type"] for r in early["relations"]] == ["controls"]
    assert "Gang" not in {e["name"] for e in early["entities"]}


def test_diff_between_dates_reports_new_actor_tie_and_dispute(mk):
    ex = _two_docs(mk, disputed={"d1:c0": ["d2:c1"]})
    d = diff_dates(ex, "2025-02", "2025-12")
    assert [a["name"] for a in d["new_actors"]] == ["Gang"]
    assert [(t["type"], t["source"], t["target"]) for t in d["new_ties"]] == [("allied_with", "Clan", "Gang")]
    # the dispute comes from d2, absent in February: the controls tie is newly disputed by December
    assert [t["type"] for t in d["newly_disputed"]] == ["controls"]
    assert diff(ex, ex)["new_ties"] == []
