"""Helpers for the assessment tests: small documents written here, analysed into a temp store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from nexos.pipeline import analyze
from nexos.store import Store

Analyse = Callable[[dict[str, str]], dict[str, Any]]


def doc(title: str, publisher: str, body: str, lang: str = "en", extra: str = "") -> str:
    """A plain-text article whose head states its publisher the way real pages do."""
    by = "Published by" if lang == "en" else "Publicado por"
    return f"{title}\n\n{by} {publisher}.\n\n{body}\n{extra}"


@pytest.fixture
def analyse(store: Store, tmp_path: Path) -> Analyse:
    """Write the given {file name: text} and analyse them; returns ids and claims by file name."""

    def run(files: dict[str, str]) -> dict[str, Any]:
        folder = tmp_path / "docs"
        folder.mkdir(exist_ok=True)
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        analyze([folder], store, 10_000_000)
        return view(store)

    return run


def view(store: Store) -> dict[str, Any]:
    docs = {Path(d["path"]).name: d for d in store.documents(with_text=False)}
    claims = {c["id"]: c for c in store.rows("claims")}
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for name, d in docs.items():
        by_doc[name] = sorted((c for c in claims.values() if c["document_id"] == d["id"]), key=lambda c: c["start"])
    return {"docs": docs, "claims": claims, "by_doc": by_doc}


def claim_with(v: dict[str, Any], name: str, words: str) -> dict[str, Any]:
    """The claim of document ``name`` whose sentence contains ``words``."""
    found = [c for c in v["by_doc"][name] if words in c["text"]]
    assert found, f"no claim with {words!r} in {name}: {[c['text'] for c in v['by_doc'][name]]}"
    return found[0]
