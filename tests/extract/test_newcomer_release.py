"""Found reading an unseen Spanish release as a newcomer: a headline's bare head word, a wire in the
dateline, a ward's letter."""

from __future__ import annotations

from support.extraction import extracted

RELEASE = (
    "Cárcel de Río Claro: la Fiscalía imputa a cuatro guardias por la fuga de alias \"el Garza\"\n\n"
    "Río Claro, 3 de marzo de 2026 (Agencia Litoral).- La Fiscalía Provincial de San Telmo imputó este lunes a "
    "cuatro guardias por facilitar la fuga de Benigno Ruales Pita, alias \"el Garza\", jefe de la banda Los "
    "Gavilanes del Estero.\n\n"
    "Según el fiscal Aurelio Mancheno, los guardias apagaron las cámaras del pabellón C. \"Fue un negocio\", "
    "afirmó Mancheno.\n"
)


def test_the_headlines_fiscalia_is_the_one_named_in_full_below() -> None:
    bodies = [e for e in extracted(RELEASE).entities if e.type == "government_body"]
    assert [e.name for e in bodies] == ["Fiscalía Provincial de San Telmo"]
    assert "Fiscalía" in bodies[0].aliases


def test_the_wire_in_the_dateline_is_a_medium_and_a_wards_letter_nobody() -> None:
    types = {e.name: e.type for e in extracted(RELEASE).entities}
    assert types.get("Agencia Litoral") == "media"
    assert "C." not in types and "C" not in types


def test_a_place_before_an_attribution_is_no_body_and_a_financier_to_a_country_funds_nobody() -> None:
    ex = extracted("Guatemala extradites alleged Zetas financier to the United States\n\n"
                   "Guatemala on Monday extradited Heriberto Salguero Paz to the United States, where he faces "
                   "money-laundering charges in a federal court in Texas, the country's Interior Ministry said.\n")
    types = {e.name: e.type for e in ex.entities}
    assert types.get("Texas") == "location"
    assert not any(r.type == "funds" for r in ex.relations)


WIRE = (
    "Honduras on Monday extradited Heriberto Sauceda Paz, an alleged financier for the Gulf Cartel, to the "
    "United States.\n\n"
    "Sauceda, 52, was arrested in Choluteca last June. Prosecutors say Sauceda moved $30 million for the "
    "cartel.\n\n"
    '"This is one of the most important financial operators of the group," Security Minister Claudia '
    "Ventura told reporters. She said two of his associates, including his nephew Marco Sauceda, remain at "
    "large.\n\n"
    "His lawyer, Julio Arévalo, said his client was a legitimate businessman.\n"
)


def test_his_after_a_sentence_a_pronoun_opens_is_the_man_the_story_is_about() -> None:
    ex = extracted(WIRE)
    names = {e.key: e.name for e in ex.entities}
    man = next(e for e in ex.entities if e.name == "Heriberto Sauceda Paz")
    spans = {ex.document.text[m.start:m.end] for m in man.mentions}
    assert "His" in spans  # 'His lawyer': the accused's, not his nephew's
    pairs = {frozenset((names[r.source], names[r.target])) for r in ex.relations}
    assert frozenset(("Heriberto Sauceda Paz", "Marco Sauceda")) in pairs
