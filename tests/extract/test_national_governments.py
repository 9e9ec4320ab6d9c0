"""A country's government named by its nationality or by its level, not by a proper name."""

from __future__ import annotations

from nexos.extract import extract
from nexos.ingest import build_document


def _entities(text: str) -> dict[str, list[str]]:
    ex = extract(build_document(text.encode("utf-8"), "t.txt"))
    doc_text = ex.document.text
    return {e.name: sorted({doc_text[m.start : m.end] for m in e.mentions}) for e in ex.entities
            if e.type == "government_body"}


def test_a_government_named_by_its_nationality_is_an_actor() -> None:
    found = _entities("In March 2026, the Guatemalan government deployed 1,200 troops to Petén. "
                      "El gobierno hondureño negó todo.\n")
    assert found.get("Guatemalan government") == ["Guatemalan government"]
    assert found.get("gobierno hondureño") == ["gobierno hondureño"]


def test_a_listed_government_written_in_lower_case_is_the_listed_one() -> None:
    found = _entities("El gobierno peruano anunció un plan de erradicación en el valle.\n")
    assert "gobierno peruano" in found.get("Government of Peru", [])


def test_a_government_by_its_nationality_is_not_a_force_the_police_words_find() -> None:
    # 'the government' after the Peruvian one is Peru's, not the one named most often before
    ex = extract(build_document((b"Officials in Washington praised the raid. Washington sent advisers. "
                                 b"\"Every time, the Peruvian government answers with a siege,\" Yauri said. "
                                 b"In January, the government extended a state of emergency.\n"), "t.txt"))
    text = ex.document.text
    peru = next(e for e in ex.entities if e.name == "Government of Peru")
    assert "the government" in {text[m.start : m.end] for m in peru.mentions}


def test_a_government_by_its_level_joins_the_one_government_named() -> None:
    found = _entities("El gobierno peruano anunció un plan. Luego el Ejecutivo dijo que no negociará "
                      "y el Gobierno nacional calló.\n")
    assert {"Ejecutivo", "Gobierno nacional", "gobierno peruano"} <= set(found.get("Government of Peru", []))


def test_a_government_by_its_level_alone_is_one_actor() -> None:
    found = _entities("Anacona dice que ha pedido ayuda al Gobierno nacional cinco veces. "
                      "El Ejecutivo no respondió.\n")
    assert len(found) == 1
    assert set(next(iter(found.values()))) == {"Gobierno nacional", "Ejecutivo"}
    assert _entities("The federal government handed the forest to organised crime.\n") == {
        "federal government": ["federal government"]}


def test_a_government_by_its_level_joins_a_government_called_only_so() -> None:
    found = _entities("El Gobierno anunció un plan contra la extorsión. Luego el Ejecutivo dijo que no negociará.\n")
    assert len(found) == 1
    assert set(next(iter(found.values()))) == {"Gobierno", "Ejecutivo"}


def test_the_government_named_before_its_country_is_that_country_s() -> None:
    found = _entities("El Gobierno respondió con la palabra de siempre. El Gobierno peruano le abre la puerta a "
                      "Washington.\n")
    assert {"Gobierno", "Gobierno peruano"} <= set(found.get("Government of Peru", []))
    assert found.get("Government of the United States") == ["Washington"]


def test_the_government_of_a_named_president_is_a_body_he_leads() -> None:
    ex = extract(build_document("Se refería a los diálogos que el gobierno de Gustavo Petro intenta reabrir con el "
                                "ELN.\n".encode(), "t.txt"))
    names = {e.key: e.name for e in ex.entities}
    text = ex.document.text
    gov = next(e for e in ex.entities if e.type == "government_body")
    assert {text[m.start : m.end] for m in gov.mentions} == {"gobierno de Gustavo Petro"}
    assert ("Gustavo Petro", "leads", gov.name) in {(names[r.source], r.type, names[r.target]) for r in ex.relations}
    found = _entities("El gobierno de Xiomara Castro negocia con las maras.\n")
    assert found == {"gobierno de Castro": ["gobierno de Xiomara Castro"]}


def test_a_president_s_title_belongs_to_his_government_s_name() -> None:
    found = _entities("President Gustavo Petro's government suspended the talks with the ELN.\n")
    assert ["President Gustavo Petro's government"] in found.values()
