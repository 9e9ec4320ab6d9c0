"""The nexos web app: explore, check and correct a workspace in the browser.

``create_app`` wires the pieces: one ``Workspace`` (the store and its cached
view), the security guard, the JSON API (``/api``, described at
``/openapi.json``), the HTML pages and the static files. Everything is
served from this process; the pages load nothing from elsewhere.
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from nexos import __version__
from nexos.assess.audit import quoted
from nexos.errors import (
    ConfigError,
    IngestError,
    NexosError,
    NotFound,
    StoreError,
    TooLarge,
    UnsupportedFormat,
)
from nexos.store import Store
from nexos.web import api, views
from nexos.web.index import Workspace
from nexos.web.security import LOOPBACK_NAMES, Guard
from nexos.web.uploads import DEFAULT_MAX_UPLOAD, Uploads

log = logging.getLogger(__name__)

HERE = Path(__file__).parent


@dataclass
class AppState:
    ws: Workspace
    uploads: Uploads
    templates: Jinja2Templates
    actor: str
    token: str | None


def _status(exc: NexosError) -> int:
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, TooLarge):
        return 413
    if isinstance(exc, UnsupportedFormat):
        return 415
    if isinstance(exc, (ConfigError, IngestError)):
        return 400
    if isinstance(exc, StoreError):
        return 409
    return 500


def _templates() -> Jinja2Templates:
    # autoescape=True for every template, whatever its extension: document text is hostile.
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["http_url"] = http_url
    env.filters["quoted"] = quoted
    return Jinja2Templates(env=env)


def http_url(value: object) -> str:
    """The URL when it is plain http(s), else "": a document's link must not become javascript:."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else ""


def _upload_folder(store: Store, folder: str | Path | None) -> Path:
    if folder:
        return Path(folder)
    if store.url.startswith("sqlite:///") and store.url != "sqlite:///:memory:":
        return Path(store.url[len("sqlite:///"):]).resolve().parent / "nexos-uploads"
    return Path(tempfile.mkdtemp(prefix="nexos-uploads-"))


def create_app(db: str | Store, token: str | None = None, actor: str = "analyst",
               upload_folder: str | Path | None = None, max_upload: int = DEFAULT_MAX_UPLOAD,
               allowed_hosts: set[str] | None = None, loopback_only: bool = True) -> FastAPI:
    """Build the app over one workspace.

    ``loopback_only`` (the default for a server without a token) makes the
    app answer only to loopback host names; ``allowed_hosts`` overrides it.
    """
    store = db if isinstance(db, Store) else Store(db)
    token = token or None
    if allowed_hosts is None and loopback_only and not token:
        allowed_hosts = set(LOOPBACK_NAMES)
    ws = Workspace(store)
    uploads = Uploads(store, _upload_folder(store, upload_folder), max_upload, on_done=ws.invalidate)
    app = FastAPI(title="nexos", version=__version__, docs_url=None, redoc_url=None,
                  description="Explore, check and correct what a nexos workspace holds. "
                              "POST requests need the X-CSRF-Token header (GET /api/session).")
    app.state.nexos = AppState(ws, uploads, _templates(), actor, token)
    app.middleware("http")(Guard(token, allowed_hosts))
    app.add_exception_handler(NexosError, _handle_error)
    app.include_router(api.router)
    app.include_router(views.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app


async def _handle_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, NexosError)
    status = _status(exc)
    if status >= 500:
        log.error("request %s failed: %s", request.url.path, exc)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": str(exc), "status": status}, status_code=status)
    state: AppState = request.app.state.nexos
    return state.templates.TemplateResponse(request, "error.html", views.page(request, "Error", status=status,
                                                                               message=str(exc)),
                                            status_code=status)


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory nexos.web.app:app_from_env`` (NEXOS_DB, NEXOS_TOKEN)."""
    return create_app(os.environ.get("NEXOS_DB", "nexos.db"), token=os.environ.get("NEXOS_TOKEN"))


def run(db: str, host: str, port: int, token: str | None, actor: str = "analyst",
        max_upload: int = DEFAULT_MAX_UPLOAD, **kw: Any) -> None:
    import uvicorn

    app = create_app(db, token=token, actor=actor, max_upload=max_upload, **kw)
    uvicorn.run(app, host=host, port=port, log_level="warning")
