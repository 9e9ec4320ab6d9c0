"""Shared fixtures: a temp workspace, the tiny committed corpus, the export schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nexos.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(str(tmp_path / "nexos.db"))


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads((FIXTURES / "export.schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def docs_dir() -> Path:
    return FIXTURES / "docs"
