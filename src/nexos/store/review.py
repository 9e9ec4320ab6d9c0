"""Analyst review: accept, reject or edit what the extractors asserted; merges; publisher ratings.

Every change is one ``audit_log`` row (who, when, the fields before, the
fields after) written in the same transaction as the change, and every row
can be undone with ``undo``. Nothing is deleted: a rejection is a status,
an edit keeps the old values in the log. ``build_export`` reads statuses and
merges, so every exporter and report follows the review.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from nexos.errors import ConfigError, NotFound, StoreError
from nexos.knowledge.vocabulary import vocabulary
from nexos.store import schema as t
from nexos.store.sql import Store, now

log = logging.getLogger(__name__)

TABLES = {"entity": t.entities, "relation": t.relations, "event": t.events, "claim": t.claims}

# What an analyst may change on each kind; spans and provenance are never editable.
EDITABLE: dict[str, tuple[str, ...]] = {
    "entity": ("name", "type", "subtype", "aliases", "countries", "external_ids"),
    "relation": ("type", "subtype", "valid_from", "valid_to", "negated"),
    "event": ("type", "subtype", "date", "date_precision", "description"),
    "claim": ("kind", "hedged", "negated", "anonymous_source", "source_description"),
}
STATUSES = {"accept": "accepted", "reject": "rejected", "reopen": "active"}
RELIABILITY = tuple("ABCDEF")


def _table(kind: str) -> Any:
    try:
        return TABLES[kind]
    except KeyError:
        raise ConfigError(f"cannot review a {kind!r}; reviewable kinds: {', '.join(TABLES)}") from None


def _row(conn: Connection, kind: str, record_id: str) -> dict[str, Any]:
    table = _table(kind)
    row = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if row is None:
        raise NotFound(f"no {kind} {record_id!r} in this workspace")
    return dict(row)


def _audit(conn: Connection, actor: str, action: str, kind: str, rid: str, before: Any, after: Any) -> int:
    res = conn.execute(insert(t.audit_log).values(
        actor=actor, action=action, record_kind=kind, record_id=rid, before=before, after=after, created_at=now()))
    key = res.inserted_primary_key
    if key is None:
        raise StoreError("the audit log did not return an id")
    return int(key[0])


def set_status(store: Store, kind: str, record_id: str, action: str, actor: str = "analyst") -> int:
    """Accept, reject or reopen one record; returns the audit id."""
    if action not in STATUSES:
        raise ConfigError(f"unknown review action {action!r}; use one of {', '.join(STATUSES)}")
    table = _table(kind)
    with store.begin() as conn:
        before = _row(conn, kind, record_id)["status"]
        conn.execute(update(table).where(table.c.id == record_id).values(status=STATUSES[action]))
        return _audit(conn, actor, action, kind, record_id, {"status": before}, {"status": STATUSES[action]})


def _check_values(kind: str, changes: dict[str, Any]) -> None:
    vocab = vocabulary()
    allowed = {"entity": vocab.entity_types, "relation": vocab.relation_types,
               "event": vocab.event_types, "claim": vocab.claim_kinds}[kind]
    key = "kind" if kind == "claim" else "type"
    if key in changes and changes[key] not in allowed:
        raise ConfigError(f"{changes[key]!r} is not a {kind} {key}; use one of {', '.join(sorted(allowed))}")
    if kind == "entity" and "name" in changes and not str(changes["name"]).strip():
        raise ConfigError("an entity needs a non-empty name")
    for k in ("aliases", "countries"):
        if k in changes and not isinstance(changes[k], list):
            raise ConfigError(f"{k} must be a list of strings")


def edit(store: Store, kind: str, record_id: str, changes: dict[str, Any], actor: str = "analyst") -> int:
    """Change editable fields of one record; returns the audit id."""
    unknown = set(changes) - set(EDITABLE.get(kind, ()))
    _table(kind)
    if unknown:
        raise ConfigError(f"cannot edit {', '.join(sorted(unknown))} of a {kind}; "
                          f"editable: {', '.join(EDITABLE[kind])}")
    if not changes:
        raise ConfigError("nothing to change")
    _check_values(kind, changes)
    table = _table(kind)
    with store.begin() as conn:
        row = _row(conn, kind, record_id)
        before = {k: row[k] for k in changes}
        conn.execute(update(table).where(table.c.id == record_id).values(**changes))
        return _audit(conn, actor, "edit", kind, record_id, before, dict(changes))


def merge(store: Store, entity_id: str, into_id: str, reason: str = "", actor: str = "analyst") -> int:
    """Merge one entity into another (the store records it); returns the audit id."""
    if entity_id == into_id:
        raise StoreError("an entity cannot be merged into itself")
    store.merge(entity_id, into_id, reason=reason, actor=actor)
    return _latest_audit(store, "merge", entity_id)


def unmerge(store: Store, entity_id: str, actor: str = "analyst") -> int:
    store.unmerge(entity_id, actor=actor)
    return _latest_audit(store, "unmerge", entity_id)


def rate_publisher(store: Store, name: str, reliability: str, note: str | None = None,
                   actor: str = "analyst") -> int:
    """Set a publisher's reliability (A–F) and re-grade every claim."""
    from nexos.assess import assess_corpus

    if reliability not in RELIABILITY:
        raise ConfigError(f"reliability must be one of {', '.join(RELIABILITY)}, not {reliability!r}")
    if not name.strip():
        raise ConfigError("a publisher needs a name")
    store.rate_publisher(name, reliability, note, actor=actor)
    assess_corpus(store)
    return _latest_audit(store, "rate", name)


def _latest_audit(store: Store, action: str, record_id: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(
            select(t.audit_log.c.id)
            .where(t.audit_log.c.action == action, t.audit_log.c.record_id == record_id)
            .order_by(t.audit_log.c.id.desc())
        ).scalar_one())


def history(store: Store, kind: str | None = None, record_id: str | None = None) -> list[dict[str, Any]]:
    """Audit rows, newest first, optionally for one record."""
    q = select(t.audit_log).order_by(t.audit_log.c.id.desc())
    if kind:
        q = q.where(t.audit_log.c.record_kind == kind)
    if record_id:
        q = q.where(t.audit_log.c.record_id == record_id)
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def undo(store: Store, audit_id: int, actor: str = "analyst") -> int:
    """Restore what one audit row changed and mark it undone; returns the new 'undo' audit id.

    Only the latest live change to a record can be undone, so an undo never
    silently overwrites a later decision.
    """
    with store.begin() as conn:
        entry = conn.execute(select(t.audit_log).where(t.audit_log.c.id == audit_id)).mappings().first()
        if entry is None:
            raise NotFound(f"no audit entry {audit_id}")
        if entry["undone_at"]:
            raise StoreError(f"audit entry {audit_id} was already undone at {entry['undone_at']}")
        if entry["action"] == "undo":
            raise StoreError("an undo cannot itself be undone; make the change again instead")
        _refuse_if_superseded(conn, dict(entry))
        _reverse(conn, dict(entry))
        conn.execute(update(t.audit_log).where(t.audit_log.c.id == audit_id).values(undone_at=now()))
        new_id = _audit(conn, actor, "undo", entry["record_kind"], entry["record_id"],
                        entry["after"], {"undid": audit_id, **(entry["before"] or {})})
    if entry["action"] == "rate":
        from nexos.assess import assess_corpus

        assess_corpus(store)
    return new_id


def _refuse_if_superseded(conn: Connection, entry: dict[str, Any]) -> None:
    later = conn.execute(
        select(t.audit_log.c.id).where(
            t.audit_log.c.record_kind == entry["record_kind"], t.audit_log.c.record_id == entry["record_id"],
            t.audit_log.c.id > entry["id"], t.audit_log.c.undone_at.is_(None), t.audit_log.c.action != "undo",
        ).order_by(t.audit_log.c.id.desc())
    ).first()
    if later is not None:
        raise StoreError(f"{entry['record_kind']} {entry['record_id']} was changed again later "
                         f"(audit entry {later.id}); undo that first")


def _reverse(conn: Connection, entry: dict[str, Any]) -> None:
    action, kind, rid = entry["action"], entry["record_kind"], entry["record_id"]
    if action in ("edit", *STATUSES):
        table = _table(kind)
        conn.execute(update(table).where(table.c.id == rid).values(**(entry["before"] or {})))
    elif action == "merge":
        merge_id = (entry["after"] or {}).get("merge_id")
        conn.execute(update(t.merges).where(t.merges.c.id == merge_id).values(undone_at=now()))
    elif action == "unmerge":
        _redo_merge(conn, rid, (entry["before"] or {}).get("into"))
    elif action == "rate":
        _restore_rating(conn, rid, entry["before"])
    else:
        raise StoreError(f"nexos does not know how to undo a {action!r}")


def _redo_merge(conn: Connection, entity_id: str, into_id: str | None) -> None:
    row = conn.execute(
        select(t.merges.c.id).where(t.merges.c.entity_id == entity_id, t.merges.c.into_id == into_id,
                                    t.merges.c.undone_at.is_not(None)).order_by(t.merges.c.id.desc())
    ).first()
    if row is None:
        raise StoreError(f"cannot find the merge of {entity_id} that was undone")
    conn.execute(update(t.merges).where(t.merges.c.id == row.id).values(undone_at=None))


def _restore_rating(conn: Connection, name: str, before: dict[str, Any] | None) -> None:
    if before is None:
        conn.execute(t.publishers.delete().where(t.publishers.c.name == name))
        return
    conn.execute(update(t.publishers).where(t.publishers.c.name == name).values(
        reliability=before["reliability"], note=before.get("note"), updated_at=now()))
