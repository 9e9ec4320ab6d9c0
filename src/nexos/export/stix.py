"""Export a nexos workspace as a STIX 2.1 bundle (OpenCTI, MISP, TAXII).

The input is the native export dict (``nexos/export@1``); the output is the
bundle serialised as JSON text, built with the ``stix2`` library so every
object is checked against the 2.1 specification.

Choices, since STIX was made for cyber threat intelligence and has no
exact word for most of nexos' types:

* **Documents** → ``report``: ``published`` is the document's date (or the
  export's time when the document has none), ``object_refs`` is everything
  the document asserts or names, ``external_references`` carry its URL and
  SHA-256. A document that asserts nothing gets no report (STIX requires a
  non-empty ``object_refs``).
* **Actors** → ``identity``: person (``individual``), government bodies,
  parties, NGOs, companies, media and international organisations
  (``organization``, with a sector where STIX has one), unorganised groups
  (``group``), policies and ``other`` (``unknown``).
* **States and places** → ``location`` (``country`` = ISO code; a place with
  no known country gets ``region`` "unknown"). OpenCTI shows a country
  location as the country itself, which is what a state-as-actor means.
* **Criminal and armed groups** → ``threat-actor``. ``threat_actor_types``
  is ``crime-syndicate`` for criminal groups and ``unknown`` for armed
  groups: "terrorist" is a designation, and nexos keeps designations as
  claims, never as types.
* **Relations** → ``relationship`` with the nexos type hyphenated
  (``allied-with``, ``supports`` ...; STIX allows custom relationship
  types), ``start_time``/``stop_time`` from the validity dates.
* **Claims** → ``note``: ``content`` is the claim text and its grade,
  ``object_refs`` the entities and relations it asserts (or the document's
  report when it names none).
* **Events** → ``note`` with ``abstract`` "event: <type>", the date in
  ``x_nexos_event_date`` and participants in ``object_refs``; STIX 2.1 has
  no event object, and a note is what OpenCTI imports without extensions.

Admiralty grades: credibility 1–6 becomes STIX ``confidence`` as
1→90, 2→70, 3→50, 4→30, 5→10, and 6 ("cannot be judged") leaves it unset;
reliability A–F goes in ``x_nexos_reliability``. A relation takes the best
grade among its claims. Every object also has ``x_nexos_id`` (the native
id) and ``x_nexos_type``.

Ids are UUIDv5 of the native id, so exporting twice gives the same ids.
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from nexos.errors import MissingExtra

log = logging.getLogger(__name__)

NAMESPACE = uuid.UUID("6f0c6b7e-3c1d-5b39-9d6a-6e65786f7301")
CONFIDENCE = {1: 90, 2: 70, 3: 50, 4: 30, 5: 10}
SECTORS = {
    "government_body": ["government-national"],
    "ngo": ["non-profit"],
    "media": ["communications"],
    "international_org": ["government-public-services"],
}
IDENTITY_CLASS = {
    "person": "individual",
    "group": "group",
    "policy": "unknown",
    "other": "unknown",
}


def _stix() -> Any:
    try:
        import stix2
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise MissingExtra("STIX export", "formats") from exc
    return stix2


def stix_id(kind: str, native_id: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, native_id)}"


def to_timestamp(value: str | None) -> datetime | None:
    """An ISO date at any precision (2026, 2026-01, 2026-01-03...) as UTC."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    parts = text.split("-")
    try:
        if len(parts) == 1:
            return datetime(int(parts[0]), 1, 1, tzinfo=UTC)
        if len(parts) == 2:
            return datetime(int(parts[0]), int(parts[1]), 1, tzinfo=UTC)
        stamp = datetime.fromisoformat(text)
    except ValueError:
        log.warning("cannot read date %r; left out", value)
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def best_grade(claims: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The strongest grade among claims: best reliability, then credibility."""
    graded = [c["grade"] for c in claims if c.get("grade")]
    if not graded:
        return None
    return min(graded, key=lambda g: (g.get("reliability", "F"), g.get("credibility", 6)))


def grade_props(grade: dict[str, Any] | None) -> dict[str, Any]:
    if not grade:
        return {}
    out: dict[str, Any] = {"x_nexos_reliability": grade.get("reliability", "F")}
    conf = CONFIDENCE.get(int(grade.get("credibility", 6)))
    if conf is not None:
        out["confidence"] = conf
    return out


class _Bundler:
    def __init__(self, export: dict[str, Any]) -> None:
        self.stix = _stix()
        self.export = export
        self.when = to_timestamp(export.get("generated_at")) or datetime.now(UTC)
        self.claims = {c["id"]: c for c in export.get("claims", [])}
        self.ids: dict[str, str] = {}
        self.by_doc: dict[str, set[str]] = defaultdict(set)

    def common(self, native: dict[str, Any], kind: str) -> dict[str, Any]:
        return {
            "id": stix_id(kind, native["id"]),
            "created": self.when,
            "modified": self.when,
            "allow_custom": True,
            "x_nexos_id": native["id"],
        }

    def entity(self, ent: dict[str, Any]) -> Any:
        etype = ent["type"]
        countries = [c.upper() for c in ent.get("countries") or []]
        extra = {"x_nexos_type": etype, "x_nexos_aliases": ent.get("aliases") or []}
        if ent.get("subtype"):
            extra["x_nexos_subtype"] = ent["subtype"]
        if etype in ("state", "location"):
            base = self.common(ent, "location")
            where = {"country": countries[0]} if countries else {"region": "unknown"}
            obj = self.stix.Location(name=ent["name"], **where, **base, **extra)
        elif etype in ("criminal_group", "armed_group"):
            base = self.common(ent, "threat-actor")
            kinds = ["crime-syndicate"] if etype == "criminal_group" else ["unknown"]
            obj = self.stix.ThreatActor(
                name=ent["name"],
                threat_actor_types=kinds,
                aliases=ent.get("aliases") or None,
                **base,
                **extra,
            )
        else:
            base = self.common(ent, "identity")
            obj = self.stix.Identity(
                name=ent["name"],
                identity_class=IDENTITY_CLASS.get(etype, "organization"),
                sectors=SECTORS.get(etype),
                **base,
                **extra,
            )
        self.ids[ent["id"]] = obj.id
        for span in ent.get("mentions") or []:
            self.by_doc[span["document"]].add(obj.id)
        return obj

    def relation(self, rel: dict[str, Any]) -> Any | None:
        if rel["source"] not in self.ids or rel["target"] not in self.ids:
            log.warning("relation %s points at an unknown entity; skipped", rel["id"])
            return None
        claims = [self.claims[c] for c in rel.get("claims") or [] if c in self.claims]
        start, stop = to_timestamp(rel.get("valid_from")), to_timestamp(rel.get("valid_to"))
        times: dict[str, Any] = {}
        if start:
            times["start_time"] = start
        if stop and (start is None or stop > start):
            times["stop_time"] = stop
        obj = self.stix.Relationship(
            relationship_type=rel["type"].replace("_", "-"),
            source_ref=self.ids[rel["source"]],
            target_ref=self.ids[rel["target"]],
            description="\n".join(c["text"] for c in claims) or None,
            x_nexos_type=rel["type"],
            x_nexos_subtype=rel.get("subtype"),
            **times,
            **grade_props(best_grade(claims)),
            **self.common(rel, "relationship"),
        )
        self.ids[rel["id"]] = obj.id
        docs = {s["document"] for s in rel.get("evidence") or []} | {c["document"] for c in claims}
        for doc in docs:
            self.by_doc[doc].add(obj.id)
        return obj

    def claim(self, claim: dict[str, Any]) -> Any:
        refs = [self.ids[e] for e in claim.get("entities") or [] if e in self.ids]
        refs += [
            self.ids[r["id"]]
            for r in self.export.get("relations", [])
            if claim["id"] in (r.get("claims") or []) and r["id"] in self.ids
        ]
        if not refs:
            refs = [stix_id("report", claim["document"])]
        grade = claim.get("grade")
        content = claim["text"]
        if grade:
            reasons = "; ".join(grade.get("reasons") or [])
            content += f"\n\nGrade {grade.get('reliability')}{grade.get('credibility')}"
            content += f": {reasons}" if reasons else ""
        obj = self.stix.Note(
            abstract=f"{claim['kind']} claim",
            content=content,
            object_refs=sorted(set(refs)),
            x_nexos_type="claim",
            x_nexos_claim_kind=claim["kind"],
            x_nexos_span=[claim["document"], claim["start"], claim["end"]],
            x_nexos_hedged=bool(claim.get("hedged")),
            external_references=[{"source_name": "cited", "url": u} for u in claim.get("citations") or []]
            or None,
            **grade_props(grade),
            **self.common(claim, "note"),
        )
        self.by_doc[claim["document"]].add(obj.id)
        return obj

    def event(self, evt: dict[str, Any]) -> Any | None:
        members = list(evt.get("participants") or []) + ([evt["location"]] if evt.get("location") else [])
        refs = sorted({self.ids[m] for m in members if m in self.ids})
        docs = {s["document"] for s in evt.get("evidence") or []}
        if not refs:
            refs = sorted(stix_id("report", d) for d in docs)
        if not refs:
            log.warning("event %s has neither participants nor evidence; skipped", evt["id"])
            return None
        label = evt["type"] if not evt.get("subtype") else f"{evt['type']}: {evt['subtype']}"
        obj = self.stix.Note(
            abstract=f"event: {label}",
            content=evt.get("description") or label,
            object_refs=refs,
            x_nexos_type="event",
            x_nexos_event_type=evt["type"],
            x_nexos_event_date=evt.get("date"),
            x_nexos_date_precision=evt.get("date_precision"),
            **self.common(evt, "note"),
        )
        for doc in docs:
            self.by_doc[doc].add(obj.id)
        return obj

    def report(self, doc: dict[str, Any]) -> Any | None:
        refs = sorted(self.by_doc.get(doc["id"], set()))
        if not refs:
            log.info("document %s asserts nothing; no report", doc["id"])
            return None
        ref: dict[str, Any] = {"source_name": doc.get("publisher") or "nexos", "external_id": doc["id"]}
        if doc.get("source_url"):
            ref["url"] = doc["source_url"]
        if doc.get("sha256"):
            ref["hashes"] = {"SHA-256": doc["sha256"]}
        return self.stix.Report(
            name=doc.get("title") or doc["id"],
            published=to_timestamp(doc.get("published")) or self.when,
            report_types=["threat-report"],
            object_refs=refs,
            external_references=[ref],
            lang=doc.get("language") or None,
            x_nexos_type="document",
            **self.common(doc, "report"),
        )


def build_objects(export: dict[str, Any]) -> list[Any]:
    """All STIX objects for one export, in dependency order."""
    b = _Bundler(export)
    objects: list[Any] = [b.entity(e) for e in export.get("entities", [])]
    for rel in export.get("relations", []):
        objects.append(b.relation(rel))
    objects.extend(b.claim(c) for c in export.get("claims", []))
    objects.extend(b.event(e) for e in export.get("events", []))
    objects.extend(b.report(d) for d in export.get("documents", []))
    return [o for o in objects if o is not None]


def export_stix(export: dict[str, Any]) -> str:
    """The export as a STIX 2.1 bundle, serialised as JSON text."""
    stix = _stix()
    objects = build_objects(export)
    bundle = stix.Bundle(objects=objects, allow_custom=True, id=stix_id("bundle", _bundle_key(export)))
    log.info("built a STIX bundle of %d objects", len(objects))
    return bundle.serialize(pretty=True)


def _bundle_key(export: dict[str, Any]) -> str:
    docs = ",".join(sorted(d["id"] for d in export.get("documents", [])))
    return f"{export.get('generated_at', '')}|{docs}"
