"""Review operations over the store: every change is logged, reversible, and seen by build_export."""

from __future__ import annotations

import pytest

from nexos.errors import ConfigError, NotFound, StoreError
from nexos.export.native import build_export
from nexos.store import Store, review


def _relation(store: Store, type_: str) -> dict:
    return next(r for r in build_export(store)["relations"] if r["type"] == type_)


def test_reject_relation_leaves_export_and_undo_brings_it_back(web_store: Store) -> None:
    rel = _relation(web_store, "allied_with")
    audit_id = review.set_status(web_store, "relation", rel["id"], "reject", actor="ana")
    assert rel["id"] not in {r["id"] for r in build_export(web_store)["relations"]}
    entry = review.history(web_store, "relation", rel["id"])[0]
    assert (entry["actor"], entry["action"], entry["before"], entry["after"]) == (
        "ana", "reject", {"status": "active"}, {"status": "rejected"})
    review.undo(web_store, audit_id)
    assert rel["id"] in {r["id"] for r in build_export(web_store)["relations"]}
    assert review.history(web_store, "relation", rel["id"])[1]["undone_at"] is not None


def test_reject_claim_and_event_and_entity(web_store: Store) -> None:
    data = build_export(web_store)
    claim, event = data["claims"][0], data["events"][0]
    ent = next(e for e in data["entities"] if e["name"] == "Los Choneros")
    review.set_status(web_store, "claim", claim["id"], "reject")
    review.set_status(web_store, "event", event["id"], "reject")
    review.set_status(web_store, "entity", ent["id"], "reject")
    after = build_export(web_store)
    assert claim["id"] not in {c["id"] for c in after["claims"]}
    assert event["id"] not in {e["id"] for e in after["events"]}
    assert ent["id"] not in {e["id"] for e in after["entities"]}
    # Ties to a rejected actor go with it.
    assert all(ent["id"] not in (r["source"], r["target"]) for r in after["relations"])


def test_edit_entity_then_undo_restores_name_and_type(web_store: Store, find_entity) -> None:
    eid = find_entity("Clan del Golfo")
    audit_id = review.edit(web_store, "entity", eid, {"name": "Ejército Gaitanista de Colombia",
                                                       "type": "criminal_group"})
    ent = next(e for e in build_export(web_store)["entities"] if e["id"] == eid)
    assert (ent["name"], ent["type"]) == ("Ejército Gaitanista de Colombia", "criminal_group")
    review.undo(web_store, audit_id)
    ent = next(e for e in build_export(web_store)["entities"] if e["id"] == eid)
    assert (ent["name"], ent["type"]) == ("Clan del Golfo", "armed_group")


def test_edit_refuses_unknown_fields_and_types(web_store: Store, find_entity) -> None:
    eid = find_entity("Tumaco")
    with pytest.raises(ConfigError, match="cannot edit start"):
        review.edit(web_store, "entity", eid, {"start": 3})
    with pytest.raises(ConfigError, match="not a entity type"):
        review.edit(web_store, "entity", eid, {"type": "narco_regime"})
    with pytest.raises(NotFound):
        review.set_status(web_store, "claim", "no-such-claim", "reject")


def test_undo_only_the_latest_live_change(web_store: Store, find_entity) -> None:
    eid = find_entity("Tumaco")
    first = review.edit(web_store, "entity", eid, {"name": "Tumaco (Nariño)"})
    second = review.edit(web_store, "entity", eid, {"name": "San Andrés de Tumaco"})
    with pytest.raises(StoreError, match="changed again later"):
        review.undo(web_store, first)
    review.undo(web_store, second)
    review.undo(web_store, first)
    with pytest.raises(StoreError, match="already undone"):
        review.undo(web_store, first)
    assert next(e for e in build_export(web_store)["entities"] if e["id"] == eid)["name"] == "Tumaco"


def test_merge_and_undo_through_the_log(web_store: Store, find_entity) -> None:
    navy, armada = find_entity("Navy"), find_entity("Armada de Colombia")
    audit_id = review.merge(web_store, navy, armada, reason="same navy")
    ents = {e["id"]: e for e in build_export(web_store)["entities"]}
    assert navy not in ents and "Navy" in ents[armada]["aliases"]
    review.undo(web_store, audit_id)
    assert navy in {e["id"] for e in build_export(web_store)["entities"]}


def test_unmerge_can_itself_be_undone(web_store: Store, find_entity) -> None:
    navy, armada = find_entity("Navy"), find_entity("Armada de Colombia")
    review.merge(web_store, navy, armada)
    audit_id = review.unmerge(web_store, navy)
    assert navy in {e["id"] for e in build_export(web_store)["entities"]}
    review.undo(web_store, audit_id)
    assert navy not in {e["id"] for e in build_export(web_store)["entities"]}


def test_rating_a_publisher_regrades_and_undo_restores(web_store: Store) -> None:
    doc = next(d for d in build_export(web_store)["documents"] if d["publisher"])
    audit_id = review.rate_publisher(web_store, doc["publisher"], "B", note="long record")
    graded = [c for c in build_export(web_store)["claims"] if c["document"] == doc["id"]]
    assert graded and all(c["grade"]["reliability"] == "B" for c in graded)
    review.undo(web_store, audit_id)
    assert doc["publisher"] not in web_store.publisher_ratings()
    graded = [c for c in build_export(web_store)["claims"] if c["document"] == doc["id"]]
    assert all(c["grade"]["reliability"] == "F" for c in graded)
    with pytest.raises(ConfigError):
        review.rate_publisher(web_store, doc["publisher"], "Z")
