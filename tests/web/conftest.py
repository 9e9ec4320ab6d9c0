"""Web fixtures: a workspace analysed from the tiny documents in fixtures/, and app clients over copies of it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from nexos.config import DEFAULT_MAX_BYTES
from nexos.pipeline import analyze
from nexos.store import Store

WEB_FIXTURES = Path(__file__).parent / "fixtures"
SEED = ["es_frontera.txt", "en_seizure.txt", "xss_payload.html", "xss_plain.txt"]



def pytest_configure(config: pytest.Config) -> None:
    # Starlette's TestClient warns that it will move from httpx to another client; not ours to fix.
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with `starlette.testclient`")


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Analyse the fixture documents once per session; tests work on copies."""
    path = tmp_path_factory.mktemp("seed") / "seed.db"
    store = Store(str(path))
    summary = analyze([WEB_FIXTURES / n for n in SEED], store, DEFAULT_MAX_BYTES)
    assert summary.documents == len(SEED), summary.as_dict()
    store.close()
    return path


@pytest.fixture
def web_store(seed_db: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "work.db"
    shutil.copy(seed_db, path)
    store = Store(str(path))
    yield store
    store.close()


def make_client(store: Store, tmp_path: Path, **kw: object):  # noqa: ANN201 - TestClient import is lazy
    from fastapi.testclient import TestClient

    from nexos.web.app import create_app

    app = create_app(store, upload_folder=tmp_path / "uploads", **kw)
    return TestClient(app, base_url="http://127.0.0.1")


@pytest.fixture
def client(web_store: Store, tmp_path: Path):  # noqa: ANN201
    c = make_client(web_store, tmp_path)
    c.get("/api/session")  # sets the CSRF cookie, as a browser's first page load does
    return c


@pytest.fixture
def csrf(client) -> dict[str, str]:  # noqa: ANN001
    """The header a page's script sends with every POST."""
    return {"X-CSRF-Token": client.cookies.get("nexos_csrf")}


@pytest.fixture
def find_entity(web_store: Store):  # noqa: ANN201
    from nexos.export.native import build_export

    def find(name: str) -> str:
        for e in build_export(web_store)["entities"]:
            if e["name"] == name:
                return e["id"]
        raise AssertionError(f"no entity named {name!r}")

    return find


@pytest.fixture
def client_factory(web_store: Store, tmp_path: Path):  # noqa: ANN201
    return lambda **kw: make_client(web_store, tmp_path, **kw)
