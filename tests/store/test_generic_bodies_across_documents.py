"""'la Fiscalía' of a story about Colombia is not the Fiscalía of a story about Ecuador.

A body named only by words every state's body of that kind has ('Fiscalía', 'Policía Nacional',
'the Army') is one entity across documents about the same country, and separate ones across
countries (or, with no country to go by, per document). Real pipeline, real SQLite store.
"""

from __future__ import annotations

from pathlib import Path

from nexos.pipeline import analyze
from nexos.store import Store

COLOMBIA_1 = ("Tumaco, 4 de febrero de 2025.\n\nLa Fiscalía abrió una investigación contra el Clan del Golfo por la "
              "extorsión a los pescadores de Tumaco, según la Defensoría del Pueblo.\n")
COLOMBIA_2 = ("Cúcuta, 9 de febrero de 2025.\n\nLa Fiscalía imputó cargos a tres integrantes del Clan del Golfo "
              "capturados en Cúcuta, Colombia.\n")
ECUADOR = ("Guayaquil, 21 de octubre de 2025.- La Fiscalía allanó seis inmuebles en Guayaquil y detuvo a cinco "
           "integrantes de Los Lobos, en Ecuador.\n")


def _fiscalia_docs(store: Store) -> list[set[str]]:
    """For each entity named 'Fiscalía', the documents it is mentioned in."""
    ids = [r["id"] for r in store.entity_rows() if r["name"] == "Fiscalía"]
    return [{m["document_id"] for m in store.mention_rows() if m["entity_id"] == i} for i in ids]


def test_one_countrys_fiscalia_is_one_entity_and_anothers_is_another(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in (("co1.txt", COLOMBIA_1), ("co2.txt", COLOMBIA_2), ("ec.txt", ECUADOR)):
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(str(tmp_path / "n.db"))
    summary = analyze([folder], store, max_bytes=1_000_000)
    assert summary.documents == 3
    docs = {(d["path"] or "").rsplit("/", 1)[-1]: d["id"] for d in store.documents(with_text=False)}
    spans = sorted(_fiscalia_docs(store), key=len)
    assert spans == [{docs["ec.txt"]}, {docs["co1.txt"], docs["co2.txt"]}]
