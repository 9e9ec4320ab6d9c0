"""Source audit per document, grade wording and check-worthiness (EN + ES)."""

from __future__ import annotations

from nexos.assess import grade
from nexos.assess.audit import audit_documents, citation_kind, describe_citations, format_audit
from nexos.assess.corroborate import Support
from nexos.assess.worthiness import check_worthiness
from nexos.model import Claim
from nexos.store import Store

from .conftest import claim_with, doc

VIDEO_NOTES = doc(
    "Video shows meeting at the border", "Evening Ledger",
    "A video recorded in Cúcuta shows Fundación Horizonte Andino staff meeting armed men.[1] "
    "The same video appears to show a payment being counted on a table.[2] "
    "Local officials said the recording was made in March.[3]",
    extra="\n[1] https://www.youtube.com/watch?v=Hx7Lp2Qm9Za\n"
          "[2] https://youtu.be/Hx7Lp2Qm9Za?si=tracking123\n"
          "[3] https://m.youtube.com/watch?v=Hx7Lp2Qm9Za&utm_source=whatsapp\n",
)

WIRE_EN = doc(
    "Police arrest three in Guayaquil", "Andean Example Wire",
    "Ecuador's National Police arrested three men in Guayaquil on Thursday, a police spokesman said. "
    "Officers seized two rifles and 40 kilograms of cocaine during the operation, according to a statement. "
    "The men will appear before a judge on Saturday. The Interior Ministry said the investigation continues "
    "and that more arrests are expected in the coming weeks.",
)
WIRE_ES = doc(
    "Capturan a tres personas en Cúcuta", "Agencia Pacífico Ejemplo",
    "La Policía Nacional capturó este jueves a tres personas en Cúcuta, informó un portavoz de la institución. "
    "Los agentes incautaron dos fusiles y 40 kilos de cocaína durante el operativo, según un comunicado. "
    "Los detenidos serán presentados ante un juez el sábado. El Ministerio de Defensa indicó que la "
    "investigación continúa y que se esperan nuevas capturas en las próximas semanas.", "es",
)
SLANT_RIGHT_ES = doc(
    "El narcorrégimen avanza", "La Trinchera",
    "La dictadura de Caracas no es un gobierno: es un narcorrégimen sostenido por el castrochavismo. "
    "Sus cómplices en Bogotá aplauden mientras la tiranía exporta cocaína y miseria a toda la región.", "es",
)
SLANT_LEFT_EN = doc(
    "The empire returns", "The Southern Barricade",
    "Washington's imperialist aggression against Venezuela continues. The opposition has become a delegation "
    "of lackeys of the empire, cheering every threat, while the old paramilitary fascism of Bogotá joins in.",
)


def test_three_footnotes_one_video(analyse, store: Store) -> None:
    v = analyse({"v.txt": VIDEO_NOTES})
    (a,) = audit_documents(store, v["docs"]["v.txt"]["id"])
    assert a["citations"] == 3
    assert a["distinct_sources"] == 1
    assert a["sources"] == ["youtube.com/watch?v=Hx7Lp2Qm9Za"]
    assert a["source_kinds"] == {"video": 1}
    assert "3 citations point to 1 distinct source (1 video)" in a["summary"]
    hedged = claim_with(v, "v.txt", "appears to show")
    assert hedged["grade"]["reasons"][0].startswith("credibility 3: asserted by 1 document; cites 1 video; hedged")


def test_audit_counts_and_speakers(analyse, store: Store) -> None:
    text = doc("Port seizure", "Andean Example Wire",
               "Sources close to the investigation said the cargo belonged to the Clan del Golfo. "
               "\"This network moved cargo every week,\" said Admiral Laura Quintero. "
               "The shipment was reportedly bound for Rotterdam.[1]",
               extra="\n[1] https://www.fiscalia.gov.co/noticias/2025/03/incautacion\n")
    v = analyse({"w.txt": text})
    (a,) = audit_documents(store, "w.txt")
    assert a["claims"] == len(v["by_doc"]["w.txt"])
    assert a["cited_claims"] == 1 and a["uncited_claims"] == a["claims"] - 1
    assert a["anonymous_claims"] >= 1 and 0 < a["anonymous_share"] <= 1
    assert a["hedged_claims"] >= 1 and "reportedly" in a["hedges"]
    assert "Laura Quintero" in " ".join(a["speakers"])
    assert a["source_kinds"] == {"official document": 1}
    assert all(c["text"] for c in a["check_first"])
    assert "Sources close" in format_audit(a)


def test_neutral_wires_have_no_loaded_language(analyse, store: Store) -> None:
    analyse({"en.txt": WIRE_EN, "es.txt": WIRE_ES})
    for a in audit_documents(store):
        assert a["loaded_terms"] == [], a["loaded_terms"]
        assert a["loaded_density_per_100_words"] < 0.3
        assert "no loaded language" in a["summary"]


def test_both_slants_are_flagged_alike(analyse, store: Store) -> None:
    analyse({"right.txt": SLANT_RIGHT_ES, "left.txt": SLANT_LEFT_EN})
    audits = {a["path"].rsplit("/", 1)[-1]: a for a in audit_documents(store)}
    right, left = audits["right.txt"], audits["left.txt"]
    assert {"narcorrégimen", "castrochavismo"} <= {t["term"].lower() for t in right["loaded_terms"]}
    assert any("lackeys" in t["term"] for t in left["loaded_terms"])
    for a in (right, left):
        assert a["loaded_density_per_100_words"] > 2
        assert a["summary"].startswith("The document makes")
        assert "loaded term" in a["summary"]


def test_audit_tolerates_missing_fields(store: Store, monkeypatch) -> None:
    import nexos.export.native as native

    monkeypatch.setattr(native, "build_export", lambda *_a, **_k: {
        "documents": [{"id": "d1", "citations": [{"url": "https://x.com/a/status/1", "marker": "1"}]}],
        "claims": [{"id": "d1:c1", "document": "d1", "text": "Something happened.", "kind": "event",
                    "loaded_terms": ["thugs"]}],
        "entities": []})
    (a,) = audit_documents(store, "d1")
    assert a["source_kinds"] == {"social-media post": 1} and a["claims"] == 1
    assert a["loaded_terms"][0]["term"] == "thugs"
    assert format_audit(a)


def test_a_quote_that_keeps_its_own_marks_is_not_wrapped_twice(store: Store, monkeypatch) -> None:
    import nexos.export.native as native

    monkeypatch.setattr(native, "build_export", lambda *_a, **_k: {
        "documents": [{"id": "d1"}],
        "claims": [{"id": "d1:c1", "document": "d1", "text": "He said “I farm cattle,” and left.", "kind": "quote",
                    "quote": "“I farm cattle,”", "speaker": "e1"},
                   {"id": "d1:c2", "document": "d1", "text": "She called it a gift.", "kind": "quote",
                    "quote": "a gift", "speaker": "e1"}],
        "entities": [{"id": "e1", "name": "Rosa Marín"}]})
    (a,) = audit_documents(store, "d1")
    text = format_audit(a)
    assert "quote (Rosa Marín): “I farm cattle,”\n" in text and "““" not in text
    assert "quote (Rosa Marín): “a gift”" in text


def test_citation_kinds() -> None:
    assert citation_kind("https://vimeo.com/123") == "video"
    assert citation_kind("https://twitter.com/someone/status/1") == "social-media post"
    assert citation_kind("https://www.state.gov/reports/2024") == "official document"
    assert citation_kind("https://www.gob.mx/sspc/prensa/1") == "official document"
    assert citation_kind("https://diario.example/2025/03/06/some-story") == "news article"
    assert citation_kind("https://ngo.example/about") == "web page"
    assert describe_citations(["https://youtu.be/Hx7Lp2Qm9Za", "https://www.youtube.com/watch?v=Hx7Lp2Qm9Za"]) == "1 video"
    assert describe_citations(["https://a.example/news/1", "https://b.example/noticias/2", "https://x.gob.ec/r.pdf"]) \
        == "1 official document and 2 news articles"


def test_grade_wording() -> None:
    claim = {"document": "d", "citations": ["https://youtu.be/Hx7Lp2Qm9Za"], "hedged": True, "hedges": []}
    g = grade(claim)
    assert g.credibility == 3 and g.reasons[0] == "credibility 3: asserted by 1 document; cites 1 video; hedged"
    sup = Support(documents={"d", "e", "f"}, independent_sources=2)
    g = grade({"citations": []}, "B", sup)
    assert g.credibility == 2 and g.reasons[0].startswith("credibility 2: asserted by 3 documents from 2 independent sources")
    assert grade({"citations": [], "anonymous_source": True}).credibility == 4
    assert grade({"citations": []}).credibility == 6
    assert grade({"citations": []}, support=Support(documents={"d"}, disputed_by_documents={"e"})).credibility == 5


def _claim(text: str, kind: str, **kw) -> Claim:
    return Claim(key="d:c1", document="d", start=0, end=len(text), text=text, kind=kind, **kw)


def test_check_worthiness_en_es() -> None:
    fact_en = _claim("Police seized 4,120 kilograms of cocaine in Tumaco on March 4.", "quantitative",
                     entities=["police", "tumaco"])
    opinion_en = _claim("I think we must rethink the whole drug policy.", "prescription")
    fact_es = _claim("La Policía incautó 4.120 kilos de cocaína en Tumaco el 4 de marzo.", "quantitative",
                     entities=["policia", "tumaco"])
    opinion_es = _claim("Creo que debemos repensar toda la política de drogas.", "prescription")
    assert check_worthiness(fact_en, "en") > check_worthiness(opinion_en, "en") + 0.3
    assert check_worthiness(fact_es, "es") > check_worthiness(opinion_es, "es") + 0.3
    footnote = _claim("[4] Defensoría del Pueblo, Alerta Temprana 012-24. https://defensoria.example/at-012", "event")
    assert check_worthiness(footnote, "es") < 0.1
    anon = _claim("Sources said the mayor met the gang leader in 2024.", "event", anonymous_source=True,
                  entities=["mayor", "gang"])
    cited = _claim("Sources said the mayor met the gang leader in 2024.", "event", entities=["mayor", "gang"],
                   citations=["https://a.example/news/1"])
    assert check_worthiness(anon) > check_worthiness(cited)
