import io
import json
from pathlib import Path

import pytest

from nexos.export.ftm import export_ftm, grade_label, schema_for

model = pytest.importorskip("followthemoney").model
SAMPLE = Path(__file__).parents[1] / "fixtures" / "export_sample.json"


@pytest.fixture()
def export():
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def read_back(export):
    buf = io.StringIO()
    count = export_ftm(export, buf)
    proxies = [model.get_proxy(json.loads(line)) for line in buf.getvalue().splitlines()]
    assert count == len(proxies)
    return proxies


def find(proxies, schema, prop, value):
    return [p for p in proxies if p.schema.name == schema and value in p.get(prop)]


def test_types_map_to_schemata(export):
    proxies = read_back(export)
    assert find(proxies, "Person", "name", "Nicolás Maduro")
    [state] = find(proxies, "PublicBody", "name", "Venezuela")
    assert state.get("jurisdiction") == ["ve"]
    [eln] = find(proxies, "Organization", "name", "ELN")
    assert "Ejército de Liberación Nacional" in eln.get("alias")
    assert "armed_group" in eln.get("classification")
    assert find(proxies, "Territory", "name", "Catatumbo")
    assert schema_for("criminal_group") == "Organization" and schema_for("company") == "Company"


def test_relations_become_interval_entities_with_evidence(export):
    proxies = read_back(export)
    ids = {p.first("name"): p.id for p in proxies if p.schema.is_a("Thing") and p.first("name")}
    [lead] = [p for p in proxies if p.schema.name == "Directorship"]
    assert lead.get("director") == [ids["Iván Márquez"]]
    assert lead.get("organization") == [ids["Segunda Marquetalia"]]
    assert lead.get("startDate") == ["2019-08"]
    assert lead.get("summary")[0].startswith("clm-1: B2")
    [member] = [p for p in proxies if p.schema.name == "Membership"]
    assert member.get("member") == [ids["Nicolás Maduro"]]
    [pay] = [p for p in proxies if p.schema.name == "Payment"]
    assert pay.get("payer") == [ids["Tren de Aragua"]]
    allied = [p for p in proxies if p.schema.name == "UnknownLink" and "allied_with" in p.get("role")]
    [allied] = allied
    assert len(allied.get("proof")) == 2  # asserted by both documents
    assert any("Según fuentes" in d for d in allied.get("description"))


def test_documents_and_mentions(export):
    proxies = read_back(export)
    [doc] = find(proxies, "Document", "title", "El ELN y la negociación con el Gobierno")
    assert doc.get("publishedAt") == ["2025-12"] and doc.get("language") == ["spa"]
    mentions = [p for p in proxies if p.schema.name == "Mention" and doc.id in p.get("document")]
    names = {n for m in mentions for n in m.get("name")}
    assert {"ELN", "Ejército de Liberación Nacional", "Gobierno de Colombia"} <= names
    # a place cannot be a Mention's resolved LegalEntity, so it is documented instead
    docs = [p for p in proxies if p.schema.name == "Documentation"]
    assert docs and docs[0].get("document") == [doc.id]


def test_events_and_claims(export):
    proxies = read_back(export)
    events = [p for p in proxies if p.schema.name == "Event"]
    assert sorted(e.first("date") for e in events) == ["2024-06", "2025", "2025-01-17"]
    notes = [p for p in proxies if p.schema.name == "Note"]
    assert len(notes) == len(export["claims"])
    assert any(n.first("summary", "").startswith("E5") for n in notes)


def test_ids_are_stable(export):
    first, second = io.StringIO(), io.StringIO()
    export_ftm(export, first)
    export_ftm(json.loads(SAMPLE.read_text(encoding="utf-8")), second)
    assert first.getvalue() == second.getvalue()


def test_relation_to_unknown_entity_is_skipped(export):
    export["relations"].append(dict(export["relations"][0], id="rel-x", target="ent-missing"))
    proxies = read_back(export)
    assert len([p for p in proxies if p.schema.name == "Directorship"]) == 1


def test_grade_label():
    assert grade_label({"reliability": "C", "credibility": 3, "reasons": ["a", "b"]}) == "C3 (a; b)"
    assert grade_label({"reliability": "A", "credibility": 1}) == "A1"
