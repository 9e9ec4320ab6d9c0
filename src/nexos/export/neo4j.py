"""Export CSV files for ``neo4j-admin database import``.

Writes into one folder:

* ``nodes.csv`` — entities (label ``Entity`` plus their type in CamelCase,
  e.g. ``Entity;ArmedGroup``), documents (``Document``), claims (``Claim``)
  and events (``Event``), sharing one ``:ID`` space (the native ids are
  unique across kinds in nexos/export@1 because each kind has its own
  prefix; a clash is reported as an error rather than silently merged).
* ``relationships.csv`` — actor ties (``:TYPE`` = nexos type in upper
  case, e.g. ``ALLIED_WITH``) with their best grade and their claim ids in
  ``claims:string[]`` (a property-graph edge cannot point at a claim node,
  so the link is kept as ids); and the provenance edges ``MENTIONS``
  (document → entity), ``ASSERTS`` (document → claim), ``ABOUT``
  (claim → entity), ``PARTICIPATES_IN`` (entity → event) and
  ``LOCATED_IN`` (event → place). Edges whose ends are unknown are dropped.

Import with::

    neo4j-admin database import full --nodes=nodes.csv \
        --relationships=relationships.csv --array-delimiter=";" neo4j

Arrays use ``;`` (neo4j-admin's default array delimiter).
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from nexos.errors import NexosError
from nexos.export.graph_formats import best_grade

log = logging.getLogger(__name__)

NODE_HEADER = [
    ":ID",
    ":LABEL",
    "name",
    "type",
    "subtype",
    "aliases:string[]",
    "countries:string[]",
    "mentions:int",
    "date",
    "url",
    "publisher",
    "language",
    "text",
    "kind",
    "reliability",
    "credibility:int",
    "document",
    "start:int",
    "end:int",
]
REL_HEADER = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "id",
    "subtype",
    "valid_from",
    "valid_to",
    "reliability",
    "credibility:int",
    "confidence:float",
    "claims:string[]",
    "documents:int",
]


def _label(entity_type: str) -> str:
    return "".join(part.capitalize() for part in entity_type.split("_"))


def _arr(values: list[str] | None) -> str:
    return ";".join(v.replace(";", ",") for v in values or [])


def _node(**fields: Any) -> dict[str, Any]:
    row = {key: "" for key in NODE_HEADER}
    row.update({k: ("" if v is None else v) for k, v in fields.items()})
    return row


def node_rows(export: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for doc in export.get("documents", []):
        yield _node(
            **{
                ":ID": doc["id"],
                ":LABEL": "Document",
                "name": doc.get("title"),
                "date": doc.get("published"),
                "url": doc.get("source_url"),
                "publisher": doc.get("publisher"),
                "language": doc.get("language"),
            }
        )
    for ent in export.get("entities", []):
        yield _node(
            **{
                ":ID": ent["id"],
                ":LABEL": f"Entity;{_label(ent['type'])}",
                "name": ent["name"],
                "type": ent["type"],
                "subtype": ent.get("subtype"),
                "aliases:string[]": _arr(ent.get("aliases")),
                "countries:string[]": _arr(ent.get("countries")),
                "mentions:int": len(ent.get("mentions") or []),
            }
        )
    for evt in export.get("events", []):
        yield _node(
            **{
                ":ID": evt["id"],
                ":LABEL": "Event",
                "name": evt.get("description") or evt["type"],
                "type": evt["type"],
                "subtype": evt.get("subtype"),
                "date": evt.get("date"),
            }
        )
    for claim in export.get("claims", []):
        grade = claim.get("grade") or {}
        yield _node(
            **{
                ":ID": claim["id"],
                ":LABEL": "Claim",
                "text": claim["text"],
                "kind": claim["kind"],
                "reliability": grade.get("reliability"),
                "credibility:int": grade.get("credibility"),
                "document": claim["document"],
                "start:int": claim["start"],
                "end:int": claim["end"],
            }
        )


def _rel(start: str, end: str, rtype: str, **fields: Any) -> dict[str, Any]:
    row = {key: "" for key in REL_HEADER}
    row.update({":START_ID": start, ":END_ID": end, ":TYPE": rtype})
    row.update({k: ("" if v is None else v) for k, v in fields.items()})
    return row


def relationship_rows(export: dict[str, Any]) -> Iterator[dict[str, Any]]:
    claims = {c["id"]: c for c in export.get("claims", [])}
    for rel in export.get("relations", []):
        own = [claims[c] for c in rel.get("claims") or [] if c in claims]
        reliability, credibility = best_grade(own)
        docs = {s["document"] for s in rel.get("evidence") or []} | {c["document"] for c in own}
        yield _rel(
            rel["source"],
            rel["target"],
            rel["type"].upper(),
            id=rel["id"],
            subtype=rel.get("subtype"),
            valid_from=rel.get("valid_from"),
            valid_to=rel.get("valid_to"),
            reliability=reliability,
            **{
                "credibility:int": credibility,
                "confidence:float": rel.get("confidence"),
                "claims:string[]": _arr(rel.get("claims")),
                "documents:int": len(docs),
            },
        )
    for ent in export.get("entities", []):
        for doc in sorted({m["document"] for m in ent.get("mentions") or []}):
            yield _rel(doc, ent["id"], "MENTIONS")
    for claim in export.get("claims", []):
        yield _rel(claim["document"], claim["id"], "ASSERTS")
        for eid in claim.get("entities") or []:
            yield _rel(claim["id"], eid, "ABOUT")
    for evt in export.get("events", []):
        for pid in evt.get("participants") or []:
            yield _rel(pid, evt["id"], "PARTICIPATES_IN")
        if evt.get("location"):
            yield _rel(evt["id"], evt["location"], "LOCATED_IN")


def _write(path: Path, header: list[str], rows: Iterator[dict[str, Any]]) -> int:
    count = 0
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=header)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _check_ids(export: dict[str, Any]) -> set[str]:
    seen: set[str] = set()
    for kind in ("documents", "entities", "events", "claims"):
        for item in export.get(kind, []):
            if item["id"] in seen:
                raise NexosError(
                    f"id {item['id']!r} is used by two records; neo4j import needs unique ids "
                    "across documents, entities, events and claims"
                )
            seen.add(item["id"])
    return seen


def export_neo4j_csv(export: dict[str, Any], folder: str | Path) -> dict[str, int]:
    """Write nodes.csv and relationships.csv into ``folder``; return row counts."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    known = _check_ids(export)
    rels = (r for r in relationship_rows(export) if r[":START_ID"] in known and r[":END_ID"] in known)
    counts = {
        "nodes": _write(out / "nodes.csv", NODE_HEADER, node_rows(export)),
        "relationships": _write(out / "relationships.csv", REL_HEADER, rels),
    }
    log.info("wrote %(nodes)d nodes and %(relationships)d relationships", counts)
    return counts
