import json
from pathlib import Path

import pytest

from nexos.export.stix import CONFIDENCE, export_stix, to_timestamp

stix2 = pytest.importorskip("stix2")
SAMPLE = Path(__file__).parents[1] / "fixtures" / "export_sample.json"


@pytest.fixture()
def export():
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def parsed(export):
    return stix2.parse(export_stix(export), allow_custom=True)


def by_nexos_id(bundle):
    return {o.get("x_nexos_id"): o for o in bundle.objects}


def test_bundle_round_trips_and_maps_types(export):
    objs = by_nexos_id(parsed(export))
    assert objs["ent-maduro"].type == "identity" and objs["ent-maduro"].identity_class == "individual"
    assert objs["ent-gov-co"].sectors == ["government-national"]
    assert objs["ent-ve"].type == "location" and objs["ent-ve"].country == "VE"
    assert objs["ent-tda"].type == "threat-actor"
    assert objs["ent-tda"].threat_actor_types == ["crime-syndicate"]
    # designations like "terrorist" are claims, not types
    assert objs["ent-eln"].threat_actor_types == ["unknown"]
    assert "National Liberation Army" in objs["ent-eln"].aliases


def test_relationships_carry_type_dates_and_grade(export):
    objs = by_nexos_id(parsed(export))
    allied = objs["rel-2"]
    assert allied.relationship_type == "allied-with"
    assert allied.source_ref == objs["ent-eln"].id and allied.target_ref == objs["ent-sm"].id
    assert allied.confidence == CONFIDENCE[2] and allied.x_nexos_reliability == "C"
    talks = objs["rel-4"]
    assert talks.start_time.year == 2022 and talks.stop_time.year == 2025


def test_claims_are_notes_with_confidence_mapping(export):
    objs = by_nexos_id(parsed(export))
    quote = objs["clm-4"]
    assert quote.type == "note" and "Grade B6" in quote.content
    assert "confidence" not in quote  # credibility 6 cannot be judged
    official = objs["clm-5"]
    assert official.confidence == 90 and official.x_nexos_reliability == "A"
    assert objs["rel-4"].id in official.object_refs


def test_events_are_notes_and_reports_reference_everything(export):
    bundle = parsed(export)
    objs = by_nexos_id(bundle)
    talks = objs["evt-2"]
    assert talks.abstract == "event: negotiation" and talks.x_nexos_event_date == "2025-01-17"
    assert objs["ent-catatumbo"].id in talks.object_refs
    reports = [o for o in bundle.objects if o.type == "report"]
    assert len(reports) == 2
    spanish = objs["doc-b2"]
    assert spanish.published.year == 2025 and spanish.published.month == 12
    assert spanish.external_references[0].url == "https://ejemplo.co/noticias/eln-negociacion"
    for ref in (objs["clm-5"].id, objs["ent-eln"].id, objs["rel-4"].id, talks.id):
        assert ref in spanish.object_refs
    assert objs["ent-tda"].id not in spanish.object_refs


def test_ids_are_deterministic(export):
    assert export_stix(export) == export_stix(json.loads(SAMPLE.read_text(encoding="utf-8")))


def test_document_without_content_gets_no_report(export):
    export["documents"].append(dict(export["documents"][0], id="doc-empty", title="Nothing here"))
    bundle = parsed(export)
    assert "doc-empty" not in by_nexos_id(bundle)


def test_partial_dates():
    assert to_timestamp("2026").month == 1
    assert to_timestamp("2026-03").month == 3
    assert to_timestamp("2026-03-04").day == 4
    assert to_timestamp("sometime") is None
