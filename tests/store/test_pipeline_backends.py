"""The whole pipeline over the store, on each backend: analyze, export, review, re-grade.

When PostgreSQL is available the same corpus is also run through both
backends and the exports compared: the backend must not change what nexos says.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema

from nexos.export.native import build_export
from nexos.pipeline import analyze
from nexos.store import Store, review

MAX_BYTES = 10_000_000


def _stable(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "generated_at"}


def _entity(data: dict[str, Any], eid: str) -> dict[str, Any]:
    [ent] = [e for e in data["entities"] if e["id"] == eid]
    return ent


def test_analyze_export_review_round_trip(store: Store, docs_dir: Path, schema: dict) -> None:
    summary = analyze([docs_dir], store, max_bytes=MAX_BYTES)
    assert summary.documents == 2 and not summary.problems
    before = build_export(store)
    jsonschema.validate(before, schema)
    assert {d["language"] for d in before["documents"]} == {"en", "es"}
    assert before["claims"] and len(before["entities"]) >= 2

    # Merge the two entities with the fewest mentions, then take it back.
    small = sorted(before["entities"], key=lambda e: (len(e["mentions"]), e["id"]))[:2]
    loser, keeper = small[0], small[1]
    review.merge(store, loser["id"], keeper["id"], reason="test")
    merged = build_export(store)
    jsonschema.validate(merged, schema)
    assert loser["id"] not in {e["id"] for e in merged["entities"]}
    kept = _entity(merged, keeper["id"])
    assert loser["name"] in kept["aliases"]
    assert len(kept["mentions"]) == len(keeper["mentions"]) + len(loser["mentions"])
    review.unmerge(store, loser["id"])
    assert _stable(build_export(store)) == _stable(before)

    # Rating a publisher re-grades that publisher's claims and no others.
    publisher = next(d["publisher"] for d in before["documents"] if d["publisher"])
    own_docs = {d["id"] for d in before["documents"] if d["publisher"] == publisher}
    review.rate_publisher(store, publisher, "B", note="checked")
    after = build_export(store)
    jsonschema.validate(after, schema)
    letters = {(c["document"] in own_docs, c["grade"]["reliability"]) for c in after["claims"]}
    assert (True, "B") in letters and all(letter == ("B" if own else "F") for own, letter in letters)
    assert [e["action"] for e in review.history(store)][:3] == ["rate", "unmerge", "merge"]  # newest first


def test_postgresql_and_sqlite_say_the_same(pg_url: str, tmp_path: Path, docs_dir: Path) -> None:
    exports = []
    for url in (str(tmp_path / "ref.db"), pg_url):
        s = Store(url)
        try:
            analyze([docs_dir], s, max_bytes=MAX_BYTES)
            first, second = sorted(e["id"] for e in build_export(s)["entities"])[:2]
            s.merge(first, second, reason="compare")
            publisher = next(d["publisher"] for d in s.documents() if d["publisher"])
            review.rate_publisher(s, publisher, "C")
            exports.append(_stable(build_export(s)))
        finally:
            s.close()
    sqlite_export, pg_export = exports
    assert pg_export == sqlite_export
