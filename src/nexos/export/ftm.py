"""Export a nexos workspace as followthemoney (FtM) entities, one JSON a line.

FtM is what Aleph, OpenSanctions and nomenklatura read, so this is the way
to put nexos output beside sanctions data or a leak. The input is the
native export dict (``nexos/export@1``); nothing here touches the store.

How nexos types become FtM schemata (FtM has no "country as actor" and no
"armed group" schema, so we pick the closest one that keeps the entity
linkable):

==================  ==============  ==========================================
nexos type          FtM schema      why
==================  ==============  ==========================================
person              Person
company             Company
government_body     PublicBody
state               PublicBody      a state acts (funds, supports, is
                                    sanctioned), so it must be a LegalEntity;
                                    ``jurisdiction`` holds its country code
location            Territory       a place, not an actor; FtM's Territory
                                    is the administrative-area schema
policy              Project         a named programme or law
everything else     Organization    groups, parties, NGOs, media, intl orgs;
                                    the nexos type is kept in ``classification``
==================  ==============  ==========================================

Relations become FtM interval entities (dates in ``startDate``/``endDate``,
claim texts in ``description``, Admiralty grades in ``summary``, the
documents that assert them in ``proof``): ``member_of`` → Membership,
``leads`` → Directorship (role "leads"), ``funds`` → Payment, a symmetric
tie between two persons → Associate, and everything else, or any tie whose
ends do not fit those schemata's ranges, → UnknownLink with ``role`` set to
the nexos relation type.

Documents become ``Document`` entities. Each (entity, document) pair where
the document names the entity becomes a ``Mention`` (FtM's own record of
"this document names that actor"); Mention can only resolve to a
LegalEntity, so places and policies get a ``Documentation`` link instead.
Events become ``Event``; claims become ``Note`` entities attached to the
entities they are about, so the grade and wording travel with the data.

Ids are ``make_id("nexos", kind, native id)``: the same workspace exported
twice gives the same ids.

This module must not judge truth: every relation keeps its claims and
grades, and nothing is dropped for a low grade.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from typing import Any, TextIO

from nexos.errors import MissingExtra

log = logging.getLogger(__name__)

ORG_SCHEMA = {
    "person": "Person",
    "company": "Company",
    "government_body": "PublicBody",
    "state": "PublicBody",
    "location": "Territory",
    "policy": "Project",
}
SYMMETRIC = {"allied_with", "associated_with", "negotiates_with"}


def _model() -> Any:
    try:
        from followthemoney import model
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise MissingExtra("FtM export", "formats") from exc
    return model


def schema_for(entity_type: str) -> str:
    """The FtM schema name nexos uses for one of its entity types."""
    return ORG_SCHEMA.get(entity_type, "Organization")


class _Builder:
    """Holds the model and the id map while one export is written."""

    def __init__(self, export: dict[str, Any]) -> None:
        self.model = _model()
        self.export = export
        self.docs = {d["id"]: d for d in export.get("documents", [])}
        self.claims = {c["id"]: c for c in export.get("claims", [])}
        self.entities = {e["id"]: e for e in export.get("entities", [])}
        self.ids: dict[str, str] = {}
        self.schemata: dict[str, Any] = {}

    def make(self, schema: str, kind: str, native_id: str) -> Any:
        proxy = self.model.make_entity(schema)
        proxy.make_id("nexos", kind, native_id)
        return proxy

    def is_a(self, native_entity: str, schema: str) -> bool:
        own = self.schemata.get(native_entity)
        return own is not None and own.is_a(schema)

    def document(self, doc: dict[str, Any]) -> Any:
        proxy = self.make("Document", "document", doc["id"])
        proxy.add("title", doc.get("title"))
        proxy.add("fileName", doc.get("path"))
        proxy.add("publisher", doc.get("publisher"))
        proxy.add("publishedAt", doc.get("published"))
        proxy.add("sourceUrl", doc.get("source_url"))
        proxy.add("language", doc.get("language"))
        proxy.add("contentHash", doc.get("sha256"))
        self.ids[doc["id"]] = proxy.id
        return proxy

    def entity(self, ent: dict[str, Any]) -> Any:
        schema = schema_for(ent["type"])
        proxy = self.make(schema, "entity", ent["id"])
        proxy.add("name", ent["name"])
        proxy.add("alias", ent.get("aliases") or [])
        proxy.add("country", ent.get("countries") or [])
        if ent["type"] == "state":
            proxy.add("jurisdiction", ent.get("countries") or [])
        if proxy.schema.get("classification") is not None:
            proxy.add("classification", [ent["type"], ent.get("subtype")])
        ext = ent.get("external_ids") or {}
        if proxy.schema.get("wikidataId") is not None:
            proxy.add("wikidataId", ext.get("wikidata"))
        proxy.add("notes", [f"{k}: {v}" for k, v in sorted(ext.items()) if k != "wikidata"])
        self.ids[ent["id"]] = proxy.id
        self.schemata[ent["id"]] = proxy.schema
        return proxy

    def mentions(self, ent: dict[str, Any]) -> list[Any]:
        names_by_doc: dict[str, set[str]] = defaultdict(set)
        for span in ent.get("mentions", []):
            names_by_doc[span["document"]].add(span.get("text") or ent["name"])
        out = []
        legal = self.is_a(ent["id"], "LegalEntity")
        for doc_id, names in sorted(names_by_doc.items()):
            if doc_id not in self.ids:
                log.warning("entity %s cites unknown document %s", ent["id"], doc_id)
                continue
            pair = f"{ent['id']}@{doc_id}"
            if legal:
                proxy = self.make("Mention", "mention", pair)
                proxy.add("resolved", self.ids[ent["id"]])
                proxy.add("name", sorted(names))
                proxy.add("detectedSchema", self.schemata[ent["id"]].name)
            else:
                proxy = self.make("Documentation", "mention", pair)
                proxy.add("entity", self.ids[ent["id"]])
                proxy.add("role", "mentioned")
                proxy.add("summary", sorted(names))
            proxy.add("document", self.ids[doc_id])
            out.append(proxy)
        return out

    def _relation_schema(self, rel: dict[str, Any]) -> tuple[str, str, str]:
        rtype, src, dst = rel["type"], rel["source"], rel["target"]
        if rtype == "member_of" and self.is_a(src, "LegalEntity") and self.is_a(dst, "Organization"):
            return "Membership", "member", "organization"
        if rtype == "leads" and self.is_a(src, "LegalEntity") and self.is_a(dst, "Organization"):
            return "Directorship", "director", "organization"
        if rtype == "funds" and self.is_a(src, "LegalEntity") and self.is_a(dst, "LegalEntity"):
            return "Payment", "payer", "beneficiary"
        if rtype in SYMMETRIC and self.is_a(src, "Person") and self.is_a(dst, "Person"):
            return "Associate", "person", "associate"
        return "UnknownLink", "subject", "object"

    def evidence(self, proxy: Any, claim_ids: list[str], spans: list[dict[str, Any]]) -> None:
        """Claims' wording, grades and documents onto an interval entity."""
        doc_ids = {s["document"] for s in spans}
        for cid in claim_ids:
            claim = self.claims.get(cid)
            if claim is None:
                continue
            doc_ids.add(claim["document"])
            proxy.add("description", claim["text"])
            grade = claim.get("grade")
            if grade:
                proxy.add("summary", f"{cid}: {grade_label(grade)}")
        for doc_id in sorted(doc_ids):
            if doc_id in self.ids:
                proxy.add("proof", self.ids[doc_id])
                proxy.add("sourceUrl", self.docs[doc_id].get("source_url"))
                proxy.add("publisher", self.docs[doc_id].get("publisher"))

    def relation(self, rel: dict[str, Any]) -> Any | None:
        if rel["source"] not in self.ids or rel["target"] not in self.ids:
            log.warning("relation %s points at an unknown entity; skipped", rel["id"])
            return None
        schema, src_prop, dst_prop = self._relation_schema(rel)
        proxy = self.make(schema, "relation", rel["id"])
        proxy.add(src_prop, self.ids[rel["source"]])
        proxy.add(dst_prop, self.ids[rel["target"]])
        label = rel["type"] if not rel.get("subtype") else f"{rel['type']}: {rel['subtype']}"
        if schema == "Associate":
            proxy.add("relationship", label)
        elif schema == "Payment":
            proxy.add("purpose", label)
        else:
            proxy.add("role", label)
        proxy.add("startDate", rel.get("valid_from"))
        proxy.add("endDate", rel.get("valid_to"))
        self.evidence(proxy, rel.get("claims") or [], rel.get("evidence") or [])
        return proxy

    def event(self, evt: dict[str, Any]) -> Any:
        proxy = self.make("Event", "event", evt["id"])
        proxy.add("name", evt.get("description") or evt["type"])
        proxy.add("summary", evt["type"] if not evt.get("subtype") else f"{evt['type']}: {evt['subtype']}")
        proxy.add("date", evt.get("date"))
        for pid in evt.get("participants") or []:
            if self.is_a(pid, "LegalEntity"):
                proxy.add("involved", self.ids[pid])
        loc = evt.get("location")
        if loc:
            place = self.entities.get(loc)
            if place is not None:
                proxy.add("location", place["name"])
                proxy.add("country", place.get("countries") or [])
        self.evidence(proxy, evt.get("claims") or [], evt.get("evidence") or [])
        return proxy

    def claim(self, claim: dict[str, Any]) -> Any:
        proxy = self.make("Note", "claim", claim["id"])
        proxy.add("name", f"{claim['kind']} claim {claim['id']}")
        proxy.add("description", claim["text"])
        for eid in claim.get("entities") or []:
            if eid in self.ids:
                proxy.add("entity", self.ids[eid])
        if claim["document"] in self.ids:
            proxy.add("proof", self.ids[claim["document"]])
        grade = claim.get("grade")
        if grade:
            proxy.add("summary", grade_label(grade))
        proxy.add("sourceUrl", claim.get("citations") or [])
        return proxy


def grade_label(grade: dict[str, Any]) -> str:
    """``B2 (reason; reason)`` — the Admiralty code as analysts write it."""
    code = f"{grade.get('reliability', 'F')}{grade.get('credibility', 6)}"
    reasons = "; ".join(grade.get("reasons") or [])
    return f"{code} ({reasons})" if reasons else code


def build_entities(export: dict[str, Any]) -> list[Any]:
    """Every FtM entity proxy for one export, documents and actors first."""
    b = _Builder(export)
    out: list[Any] = [b.document(d) for d in export.get("documents", [])]
    actors = export.get("entities", [])
    out.extend(b.entity(e) for e in actors)
    for ent in actors:
        out.extend(b.mentions(ent))
    for rel in export.get("relations", []):
        proxy = b.relation(rel)
        if proxy is not None:
            out.append(proxy)
    out.extend(b.event(e) for e in export.get("events", []))
    out.extend(b.claim(c) for c in export.get("claims", []))
    return out


def export_ftm(export: dict[str, Any], out: TextIO) -> int:
    """Write the export as FtM JSON lines to ``out``; return the line count."""
    count = 0
    for proxy in build_entities(export):
        out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True))
        out.write("\n")
        count += 1
    log.info("wrote %d FtM entities", count)
    return count
