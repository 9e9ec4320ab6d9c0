"""Exporters. ``native`` builds the contract's JSON; every other format starts from it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nexos.errors import MissingExtra
from nexos.export.native import build_export, write_json
from nexos.store import Store

__all__ = ["build_export", "export_to", "write_json"]


def export_to(store: Store, fmt: str, output: str, with_text: bool = False) -> int:
    """Write the workspace as ``fmt`` to ``output``; returns the number of records written."""
    if fmt == "json":
        data = write_json(store, output, include_text=with_text)
        return sum(len(data[k]) for k in ("entities", "relations", "events", "claims"))
    data = build_export(store)
    n = sum(len(data[k]) for k in ("entities", "relations", "events", "claims"))
    if fmt == "csv":
        from nexos.export.tables import write_csv

        write_csv(data, output)
        return n
    try:
        return _library_format(data, fmt, output)
    except ImportError as exc:
        raise MissingExtra(f"export --format {fmt}", "formats") from exc


def _library_format(data: dict[str, Any], fmt: str, output: str) -> int:
    if fmt == "ftm":
        from nexos.export.ftm import export_ftm

        with open(output, "w", encoding="utf-8") as fh:
            return int(export_ftm(data, fh))
    if fmt == "stix":
        from nexos.export.stix import export_stix

        Path(output).write_text(export_stix(data), encoding="utf-8")
        return len(data["entities"]) + len(data["relations"])
    if fmt in ("gexf", "graphml"):
        from nexos.export import graph_formats

        getattr(graph_formats, f"export_{fmt}")(data, output)
        return len(data["entities"]) + len(data["relations"])
    if fmt == "neo4j":
        from nexos.export.neo4j import export_neo4j_csv

        export_neo4j_csv(data, output)
        return len(data["entities"]) + len(data["relations"])
    raise ValueError(fmt)
