"""Every store test runs on SQLite and, when a server is given, on PostgreSQL.

Set ``NEXOS_TEST_PG_URL`` (``scripts/pg-test-server.sh`` prints one) to run
the PostgreSQL half; without it those cases skip. Each PostgreSQL case gets a
schema of its own, selected through ``search_path``, and drops it afterwards,
so cases neither see nor wait on one another.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from nexos.store import Store

PG_ENV = "NEXOS_TEST_PG_URL"


def _pg_base_url() -> str:
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        pytest.skip(f"{PG_ENV} is not set (scripts/pg-test-server.sh starts a server)")
    pytest.importorskip("psycopg", reason="the postgres extra (psycopg) is not installed")
    return url


@contextmanager
def _pg_schema(base: str) -> Iterator[str]:
    """A URL whose connections see only a new, empty schema; dropped on exit."""
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database for one test, as the string ``Store`` takes."""
    if request.param == "sqlite":
        yield str(tmp_path / "nexos.db")
        return
    with _pg_schema(_pg_base_url()) as url:
        yield url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """PostgreSQL only, for tests that compare it with SQLite."""
    with _pg_schema(_pg_base_url()) as url:
        yield url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store(db_url)
    try:
        yield s
    finally:
        s.close()
