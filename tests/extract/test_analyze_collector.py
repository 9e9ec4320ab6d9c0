"""`analyze` runs with the collector's youngest generation raised, and leaves it as it found it."""

from __future__ import annotations

import gc

from nexos import extract as extract_pkg
from nexos import pipeline
from nexos.pipeline import GC_YOUNG, analyze
from nexos.store import Store


def test_documents_are_extracted_with_fewer_collections_and_the_threshold_comes_back(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "en.txt").write_text("The Gulf Clan financed the campaign of Ramiro Zambrano in Cúcuta.\n", encoding="utf-8")
    (tmp_path / "es.txt").write_text("El Clan del Golfo financió la campaña de Lucía Benítez en Tumaco.\n", encoding="utf-8")
    seen: list[int] = []
    real = extract_pkg.extract

    def recording(doc):  # type: ignore[no-untyped-def]
        seen.append(gc.get_threshold()[0])
        return real(doc)

    monkeypatch.setattr(pipeline.extract, "extract", recording)
    before = gc.get_threshold()
    gc.set_threshold(700, before[1], before[2])
    try:
        summary = analyze([tmp_path], Store(f"sqlite:///{tmp_path / 'w.db'}"), max_bytes=10_000_000)
        assert gc.get_threshold() == (700, before[1], before[2])  # restored
    finally:
        gc.set_threshold(*before)
    assert summary.documents == 2 and summary.relations >= 2
    assert seen == [GC_YOUNG, GC_YOUNG]


def test_a_higher_threshold_is_never_lowered(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Los Choneros operan junto a Los Lobos en Guayaquil.\n", encoding="utf-8")
    before = gc.get_threshold()
    gc.set_threshold(GC_YOUNG * 2, before[1], before[2])
    try:
        with pipeline._fewer_collections():
            assert gc.get_threshold()[0] == GC_YOUNG * 2
        analyze([tmp_path], Store(f"sqlite:///{tmp_path / 'w.db'}"), max_bytes=10_000_000)
        assert gc.get_threshold()[0] == GC_YOUNG * 2
    finally:
        gc.set_threshold(*before)
