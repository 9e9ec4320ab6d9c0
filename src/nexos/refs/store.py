"""Reference lists and their matches, kept in the workspace.

``ref_entries`` holds listings as the list states them (one row per
(source, ref_id)); ``ref_matches`` holds what matching proposed for each
workspace entity, with its score, features and reasons, and the analyst's
verdict (``active`` until someone confirms or rejects it). Re-running
matching replaces proposals but never overrides a verdict.

Matching is explicit (``nexos refs match``), never a side effect of
analysis: a list snapshot may be stale, and a match is a lead, not a fact.

Two rules sit on top of the name matcher, both because of how lists work:

* A listing whose own record names no country may still be tied to a
  region by its sanctions program (``VENEZUELA``, ``BALKANS``); that
  counts, weakly, like a country.
* One actor is one listing on a given list. When several listings of the
  same list reach "match", only the best keeps it; the others become
  "review", and a tie leaves all of them in review.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Float,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Connection

from nexos.errors import ConfigError, NotFound
from nexos.refs.load import RefEntry, country_code
from nexos.store import Store
from nexos.store import schema as t
from nexos.store.sql import now

log = logging.getLogger(__name__)

BATCH = 2000
STATUSES = ("active", "confirmed", "rejected")
# Types a sanctions list can hold. Places and policies are never listed as
# such, and a country's name would only meet the many entities named after it.
MATCHABLE_TYPES = frozenset(
    {"person", "criminal_group", "armed_group", "political_party", "government_body",
     "international_org", "ngo", "company", "media", "group", "other"}
)
# Regional programs that name no single country (OFAC's own labels).
PROGRAM_REGIONS = {
    "BALKANS": ("AL", "BA", "HR", "ME", "MK", "RS", "XK"),
    "WBALKANS": ("AL", "BA", "HR", "ME", "MK", "RS", "XK"),
    "DARFUR": ("SD",),
    "DRCONGO": ("CD",),
    "CAR": ("CF",),
}
# A program about a country says little about one of its nationals, so
# agreement is only noted; disagreement separates same-named listings.
PROGRAM_AGREES, PROGRAM_DIFFERS = 0.0, -0.05
_PROGRAM_SPLIT = re.compile(r"[-\s_/]+")
# (source, ref_id) -> the countries of the listing's programs, resolved at load time.
Regions = dict[tuple[str, str], frozenset[str]]

ref_entries = Table(
    "ref_entries",
    t.metadata,
    Column("source", String(120), primary_key=True),
    Column("ref_id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("aliases", JSON),
    Column("type", String(40), nullable=False),
    Column("countries", JSON),
    Column("programs", JSON),
    Column("data", JSON),
    Column("loaded_at", String(40), nullable=False),
)

ref_matches = Table(
    "ref_matches",
    t.metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", String(64), nullable=False),
    Column("source", String(120), nullable=False),
    Column("ref_id", String(200), nullable=False),
    Column("score", Float, nullable=False),
    Column("decision", String(10), nullable=False),
    Column("features", JSON),
    Column("reasons", JSON),
    Column("status", String(20), nullable=False, default="active"),
    Column("created_at", String(40), nullable=False),
    UniqueConstraint("entity_id", "source", "ref_id", name="uq_ref_matches_key"),
    Index("ix_ref_matches_entity", "entity_id"),
)


def create_tables(conn: Connection) -> None:
    """Migration body: the two reference tables."""
    t.metadata.create_all(conn, tables=[ref_entries, ref_matches])


# -- entries ------------------------------------------------------------------
def _entry_row(entry: RefEntry, stamp: str, regions: dict[str, list[str]]) -> dict[str, Any]:
    for program in entry.programs:
        if program not in regions:
            regions[program] = sorted(program_countries([program]))
    return {
        "source": entry.source,
        "ref_id": entry.id,
        "name": entry.name,
        "aliases": list(entry.aliases),
        "type": entry.type,
        "countries": list(entry.countries),
        "programs": list(entry.programs),
        "data": {
            "listed_on": entry.listed_on,
            "dates": list(entry.dates),
            "remarks": entry.remarks,
            "linked_to": list(entry.linked_to),
            "weak_aliases": list(entry.weak_aliases),
            # Resolved now: country lookups are slow to start, and loading pays that anyway.
            "program_countries": sorted({c for p in entry.programs for c in regions[p]}),
        },
        "loaded_at": stamp,
    }


def _row_entry(row: Any) -> RefEntry:
    data = row["data"] or {}
    return RefEntry(
        id=row["ref_id"],
        source=row["source"],
        name=row["name"],
        aliases=list(row["aliases"] or []),
        type=row["type"],
        countries=list(row["countries"] or []),
        programs=list(row["programs"] or []),
        listed_on=data.get("listed_on"),
        dates=list(data.get("dates") or []),
        remarks=data.get("remarks") or "",
        linked_to=list(data.get("linked_to") or []),
        weak_aliases=list(data.get("weak_aliases") or []),
    )


def save_entries(store: Store, entries: Iterable[RefEntry], source: str | None = None) -> dict[str, int]:
    """Store a list's entries, replacing what each of its sources held before.

    ``source`` renames every entry's source (e.g. a dated snapshot name).
    Returns entries stored per source. One transaction, batched inserts.
    """
    stamp = now()
    regions: dict[str, list[str]] = {}
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in entries:
        if source:
            entry.source = source
        key = (entry.source, entry.id)
        if key in rows:
            log.warning("%s lists id %s twice; the first one is kept", entry.source, entry.id)
            continue
        rows[key] = _entry_row(entry, stamp, regions)
    sources = sorted({s for s, _ in rows})
    with store.begin() as conn:
        if sources:
            conn.execute(delete(ref_entries).where(ref_entries.c.source.in_(sources)))
        values = list(rows.values())
        for i in range(0, len(values), BATCH):
            conn.execute(insert(ref_entries), values[i : i + BATCH])
    counts: dict[str, int] = {}
    for s, _ in rows:
        counts[s] = counts.get(s, 0) + 1
    log.info("stored %d reference entries from %s", len(rows), ", ".join(sources) or "nothing")
    return counts


def load_entries(store: Store, sources: Sequence[str] = ()) -> list[RefEntry]:
    """Stored entries, of the given sources or all."""
    return _load(store, sources)[0]


def _load(store: Store, sources: Sequence[str]) -> tuple[list[RefEntry], Regions]:
    q = select(ref_entries).order_by(ref_entries.c.source, ref_entries.c.ref_id)
    if sources:
        q = q.where(ref_entries.c.source.in_(list(sources)))
    entries: list[RefEntry] = []
    regions: Regions = {}
    with store.engine.connect() as conn:
        for r in conn.execute(q).mappings():
            entries.append(_row_entry(r))
            found = (r["data"] or {}).get("program_countries")
            if found:
                regions[(r["source"], r["ref_id"])] = frozenset(found)
    return entries, regions


def list_sources(store: Store) -> list[dict[str, Any]]:
    """Each stored source with its entry count, load time and match counts."""
    with store.engine.connect() as conn:
        entries = conn.execute(
            select(ref_entries.c.source, func.count(), func.max(ref_entries.c.loaded_at))
            .group_by(ref_entries.c.source)
            .order_by(ref_entries.c.source)
        ).all()
        decided = conn.execute(
            select(ref_matches.c.source, ref_matches.c.decision, ref_matches.c.status, func.count())
            .group_by(ref_matches.c.source, ref_matches.c.decision, ref_matches.c.status)
        ).all()
    out = []
    for source, n, loaded in entries:
        row: dict[str, Any] = {"source": source, "entries": n, "loaded_at": loaded,
                               "match": 0, "review": 0, "confirmed": 0, "rejected": 0}
        for s, decision, status, k in decided:
            if s == source:
                row[status if status != "active" else decision] += k
        out.append(row)
    return out


# -- matching ------------------------------------------------------------------
def program_countries(programs: Sequence[str]) -> set[str]:
    """Countries a listing's sanctions programs point at (``IRAN-CON-ARMS-EO`` → IR)."""
    found: set[str] = set()
    for program in programs:
        label = program.strip().upper()
        if label in PROGRAM_REGIONS:
            found.update(PROGRAM_REGIONS[label])
            continue
        # Short parts ("EO", "CON") are program jargon, not country codes.
        parts = [p for p in _PROGRAM_SPLIT.split(label) if len(p) >= 4]
        for part in parts[:1]:
            code = PROGRAM_REGIONS.get(part, (country_code(part),))
            found.update(c for c in code if c)
    return found


@dataclass
class Query:
    """What matching knows about one workspace entity."""

    entity_id: str
    name: str
    type: str
    aliases: list[str]
    countries: list[str]


def entity_queries(store: Store, kb: Any = None) -> list[Query]:
    """Matchable entities, each with its names, merged names and KB aliases."""
    if kb is None:
        from nexos.knowledge import load_kb

        kb = load_kb()
    merged = store.merge_map()
    rows = {r["id"]: r for r in store.entity_rows() if r["status"] != "rejected"}
    queries: dict[str, Query] = {}
    for eid, r in rows.items():
        if eid in merged or r["type"] not in MATCHABLE_TYPES:
            continue
        queries[eid] = Query(eid, r["name"], r["type"], list(r["aliases"] or []), list(r["countries"] or []))
    for eid, into in merged.items():
        if eid in rows and into in queries:
            queries[into].aliases += [rows[eid]["name"], *(rows[eid]["aliases"] or [])]
    for q in queries.values():
        row = rows[q.entity_id]
        entry = kb.get(row["kb_id"]) if row.get("kb_id") else None
        if entry is not None:
            q.aliases += list(entry.surface_forms)
            q.countries += list(entry.countries)
        q.aliases = [a for a in dict.fromkeys(q.aliases) if a and a != q.name]
        q.countries = sorted(set(q.countries))
    return sorted(queries.values(), key=lambda q: q.entity_id)


def _program_adjust(match: Any, countries: Sequence[str], regions: Regions) -> None:
    """Weigh the program's region when the listing itself names no country."""
    from nexos.refs.match import decide

    if match.entry.countries or not countries:
        return
    region = regions.get((match.entry.source, match.entry.id), frozenset())
    if not region:
        return
    mine = {c.upper() for c in countries}
    programs = ", ".join(match.entry.programs)
    if mine & region:
        delta = PROGRAM_AGREES
        match.reasons.append(f"listed under {programs}, a program about {', '.join(sorted(mine & region))}")
    else:
        delta = PROGRAM_DIFFERS
        match.reasons.append(
            f"listed under {programs}, a program about {', '.join(sorted(region))}, not {', '.join(sorted(mine))}"
        )
    match.features["program_country"] = delta
    match.score = round(max(0.0, min(1.0, match.score + delta)), 4)
    match.decision = decide(match.score)


def _one_listing_per_list(matches: list[Any]) -> None:
    """Keep "match" for the best listing of each list; the rest go to review."""
    by_source: dict[str, list[Any]] = {}
    for m in matches:
        if m.decision == "match":
            by_source.setdefault(m.entry.source, []).append(m)
    for group in by_source.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda m: -m.score)
        best = group[0]
        tied = [m for m in group if abs(m.score - best.score) < 1e-6]
        if len(tied) > 1:
            names = ", ".join(f"{m.entry.id} {m.entry.name}" for m in tied)
            for m in tied:
                m.decision = "review"
                m.reasons.append(f"several listings on {m.entry.source} fit equally well ({names})")
        for m in group[len(tied):]:
            m.decision = "review"
            m.reasons.append(f"listing {best.entry.id} ({best.entry.name}) on the same list fits better")


def match_queries(index: Any, queries: Sequence[Query], threshold: float,
                  regions: Regions | None = None) -> dict[str, list[Any]]:
    """Matches (``match`` or ``review``) at or above ``threshold``, per entity id."""
    out: dict[str, list[Any]] = {}
    for q in queries:
        found = index.match(q.name, q.type, aliases=q.aliases, countries=q.countries, limit=10,
                            floor=min(threshold, 0.5))
        for m in found:
            _program_adjust(m, q.countries, regions or {})
        kept = [m for m in found if m.score >= threshold and m.decision != "no"]
        _one_listing_per_list(kept)
        if kept:
            out[q.entity_id] = sorted(kept, key=lambda m: (-m.score, m.entry.source, m.entry.id))
    return out


def match_workspace(store: Store, threshold: float | None = None, sources: Sequence[str] = (),
                    kb: Any = None) -> list[dict[str, Any]]:
    """Match every person- or organisation-like entity against the stored lists.

    Stores what reaches ``threshold`` (default: the review level) and returns
    the stored rows, best first per entity. Verdicts already given stay.
    """
    from nexos.refs.match import REVIEW, build_index

    threshold = REVIEW if threshold is None else threshold
    if not 0.0 < threshold <= 1.0:
        raise ConfigError(f"threshold {threshold} is outside (0, 1]")
    entries, regions = _load(store, sources)
    if not entries:
        raise NotFound("no reference entries in this workspace; load a list with `nexos refs load FILE`")
    index = build_index(entries)
    queries = entity_queries(store, kb)
    found = match_queries(index, queries, threshold, regions)
    _save_matches(store, found, sorted({e.source for e in entries}))
    return [m for m in matches(store) if m["entity_id"] in found]


def _save_matches(store: Store, found: dict[str, list[Any]], sources: Sequence[str]) -> None:
    stamp = now()
    with store.begin() as conn:
        decided = {
            (r.entity_id, r.source, r.ref_id): r.id
            for r in conn.execute(
                select(ref_matches.c.id, ref_matches.c.entity_id, ref_matches.c.source, ref_matches.c.ref_id)
                .where(ref_matches.c.status != "active", ref_matches.c.source.in_(list(sources)))
            )
        }
        conn.execute(delete(ref_matches).where(ref_matches.c.status == "active",
                                               ref_matches.c.source.in_(list(sources))))
        rows = []
        for eid, ms in found.items():
            for m in ms:
                values = {"score": m.score, "decision": m.decision, "features": m.features, "reasons": m.reasons}
                key = (eid, m.entry.source, m.entry.id)
                if key in decided:
                    conn.execute(update(ref_matches).where(ref_matches.c.id == decided[key]).values(**values))
                else:
                    rows.append(values | {"entity_id": eid, "source": m.entry.source, "ref_id": m.entry.id,
                                          "status": "active", "created_at": stamp})
        for i in range(0, len(rows), BATCH):
            conn.execute(insert(ref_matches), rows[i : i + BATCH])


# -- reading matches and verdicts ----------------------------------------------
def matches(store: Store, entity_id: str | None = None, include_rejected: bool = True) -> list[dict[str, Any]]:
    """Stored matches joined with their listings, best first per entity."""
    q = select(ref_matches, ref_entries.c.name.label("ref_name"), ref_entries.c.type.label("ref_type"),
               ref_entries.c.programs, ref_entries.c.countries, ref_entries.c.data).join(
        ref_entries,
        (ref_entries.c.source == ref_matches.c.source) & (ref_entries.c.ref_id == ref_matches.c.ref_id),
        isouter=True,
    )
    if entity_id:
        q = q.where(ref_matches.c.entity_id == entity_id)
    if not include_rejected:
        q = q.where(ref_matches.c.status != "rejected")
    names = {r["id"]: r for r in store.entity_rows()}
    out = []
    with store.engine.connect() as conn:
        for r in conn.execute(q).mappings():
            ent = names.get(r["entity_id"], {})
            out.append(dict(r) | {"entity_name": ent.get("name", r["entity_id"]), "entity_type": ent.get("type")})
    out.sort(key=lambda m: (m["entity_name"], -m["score"], m["source"], m["ref_id"]))
    return out


def set_status(store: Store, entity_id: str, ref_id: str, status: str, source: str | None = None,
               actor: str = "analyst") -> int:
    """Confirm or reject a proposed match (or reopen it); recorded in the audit log."""
    if status not in STATUSES:
        raise ConfigError(f"status must be one of {', '.join(STATUSES)}")
    cond = (ref_matches.c.entity_id == entity_id) & (ref_matches.c.ref_id == ref_id)
    if source:
        cond &= ref_matches.c.source == source
    with store.begin() as conn:
        rows = conn.execute(select(ref_matches).where(cond)).mappings().all()
        if not rows:
            raise NotFound(f"no stored match of {entity_id} with {ref_id}; `nexos refs show {entity_id}` lists them")
        for r in rows:
            conn.execute(update(ref_matches).where(ref_matches.c.id == r["id"]).values(status=status))
            conn.execute(insert(t.audit_log).values(
                actor=actor, action=f"ref_{status}", record_kind="ref_match", record_id=str(r["id"]),
                before={"status": r["status"]}, after={"status": status}, created_at=now()))
    return len(rows)


def sanctions_by_entity(store: Store, merged: dict[str, str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Listings tied to each entity: matches not rejected, and confirmed reviews; best first.

    Each item says which list, which listing, its programs and listing date
    when the list gives one, the score and the reasons: a lead to check.
    """
    merged = store.merge_map() if merged is None else merged
    out: dict[str, list[dict[str, Any]]] = {}
    for m in matches(store, include_rejected=False):
        if m["ref_name"] is None or not (m["decision"] == "match" or m["status"] == "confirmed"):
            continue
        eid = merged.get(m["entity_id"], m["entity_id"])
        out.setdefault(eid, []).append({
            "list": m["source"],
            "id": m["ref_id"],
            "name": m["ref_name"],
            "programs": list(m["programs"] or []),
            "listed_on": (m["data"] or {}).get("listed_on"),
            "score": m["score"],
            "decision": m["decision"],
            "status": m["status"],
            "reasons": list(m["reasons"] or []),
        })
    for listings in out.values():
        listings.sort(key=lambda s: (-s["score"], s["list"], s["id"]))
    return out
