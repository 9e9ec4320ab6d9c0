"""CSV export: one table per record kind, as a folder or a zip file.

Built from the native export, so it carries the same records; list-valued
fields are joined with ``|`` and spans written as ``document:start-end``.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

TABLES: dict[str, list[str]] = {
    "documents": ["id", "title", "path", "source_url", "publisher", "published", "language", "sha256", "text_length"],
    "citations": ["document", "marker", "url", "start", "end"],
    "entities": ["id", "name", "type", "subtype", "aliases", "countries", "external_ids", "mention_count"],
    "mentions": ["entity", "document", "start", "end", "text"],
    "relations": ["id", "type", "source", "target", "valid_from", "valid_to", "claims", "evidence", "confidence"],
    "events": ["id", "type", "date", "date_precision", "location", "participants", "description", "claims", "evidence"],
    "claims": [
        "id", "document", "start", "end", "kind", "text", "attributed_to", "source_description",
        "anonymous_source", "quote", "speaker", "citations", "hedged", "loaded_terms", "entities",
        "corroborated_by", "contradicted_by", "reliability", "credibility", "grade_reasons",
    ],
}


def _cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dict):
        return "|".join(f"{k}={x}" for k, x in sorted(v.items()))
    if isinstance(v, list):
        return "|".join(_span_text(x) if isinstance(x, dict) else str(x) for x in v)
    return v


def _span_text(s: dict[str, Any]) -> str:
    return f"{s['document']}:{s['start']}-{s['end']}"


def rows_by_table(export: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    out["documents"] = export["documents"]
    for d in export["documents"]:
        out["citations"].extend({"document": d["id"], **c} for c in d.get("citations", []))
    for e in export["entities"]:
        out["entities"].append({**e, "mention_count": len(e["mentions"])})
        out["mentions"].extend({"entity": e["id"], **m} for m in e["mentions"])
    out["relations"] = export["relations"]
    out["events"] = export["events"]
    for c in export["claims"]:
        g = c.get("grade") or {}
        out["claims"].append({**c, "reliability": g.get("reliability"), "credibility": g.get("credibility"),
                              "grade_reasons": g.get("reasons")})
    return out


def _write(fh: io.TextIOBase | Any, table: str, rows: list[dict[str, Any]]) -> None:
    w = csv.DictWriter(fh, fieldnames=TABLES[table], extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: _cell(r.get(k)) for k in TABLES[table]})


def write_csv(export: dict[str, Any], out: str | Path) -> list[str]:
    """Write the tables to ``out`` (a ``.zip`` file, or a folder). Returns table names."""
    out = Path(out)
    tables = rows_by_table(export)
    if out.suffix.lower() == ".zip":
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, rows in tables.items():
                buf = io.StringIO()
                _write(buf, name, rows)
                zf.writestr(f"{name}.csv", buf.getvalue())
    else:
        out.mkdir(parents=True, exist_ok=True)
        for name, rows in tables.items():
            with (out / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
                _write(fh, name, rows)
    return list(tables)
