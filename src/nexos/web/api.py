"""The JSON API under /api: every page's data and every analyst action.

Handlers stay thin: read the request, call ``queries``/``reader`` or the
store's review functions, return a dict. Errors are NexosErrors, which the
app turns into one JSON error shape.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Query, Request, UploadFile
from pydantic import BaseModel, Field

from nexos.assess.audit import audit_documents
from nexos.errors import ConfigError, NexosError, NotFound
from nexos.store import review
from nexos.store.search import KINDS, search
from nexos.web import queries as qy
from nexos.web.reader import reader
from nexos.web.uploads import MAX_FILES, Uploads, safe_name

router = APIRouter(prefix="/api", tags=["nexos"])


def _app(request: Request) -> Any:
    return request.app.state.nexos


def edge_filter(types: str | None, date_from: str | None, date_to: str | None,
                max_credibility: int, loose: bool = False) -> qy.EdgeFilter:
    kinds = frozenset(x for x in (types or "").split(",") if x)
    return qy.EdgeFilter(kinds, date_from or None, date_to or None, max(1, min(6, max_credibility)), loose)


FilterLoose = Annotated[bool, Query(description="also show loose ties: same-clause pairings and ties inferred from the story's shape (low confidence)")]


FilterTypes = Annotated[str | None, Query(description="comma-separated relation types")]
FilterFrom = Annotated[str | None, Query(alias="from", description="earliest date, YYYY[-MM[-DD]]")]
FilterTo = Annotated[str | None, Query(alias="to", description="latest date, YYYY[-MM[-DD]]")]
FilterGrade = Annotated[int, Query(ge=1, le=6, description="worst Admiralty credibility shown (1 best, 6 none)")]


@router.get("/session")
def session(request: Request) -> dict[str, Any]:
    """The CSRF token to send back in X-CSRF-Token on POST requests."""
    return {"csrf": request.state.csrf, "actor": _app(request).actor}


@router.get("/stats")
def stats(request: Request) -> dict[str, Any]:
    v = _app(request).ws.view()
    return {k: len(v.data[k]) for k in ("documents", "entities", "relations", "events", "claims")}


@router.get("/graph")
def graph(request: Request, types: FilterTypes = None, date_from: FilterFrom = None, date_to: FilterTo = None,
          max_credibility: FilterGrade = 6, loose: FilterLoose = False,
          limit: int = Query(150, ge=1, le=2000)) -> dict[str, Any]:
    return qy.overview(_app(request).ws.view(), edge_filter(types, date_from, date_to, max_credibility, loose), limit)


@router.get("/entities")
def entities(request: Request, type: str | None = None, limit: int = Query(200, ge=1, le=5000)) -> list[dict]:
    v = _app(request).ws.view()
    ents = [e for e in v.entities.values() if not type or e["type"] == type]
    ents.sort(key=lambda e: -len(e["mentions"]))
    return [qy.node(v, e["id"]) for e in ents[:limit]]


@router.get("/entities/{eid}")
def entity(request: Request, eid: str) -> dict[str, Any]:
    app = _app(request)
    return qy.entity_page(app.ws, app.ws.view(), eid)


@router.get("/entities/{eid}/neighbourhood")
def neighbourhood(request: Request, eid: str, hops: int = Query(2, ge=1, le=4), types: FilterTypes = None,
                  date_from: FilterFrom = None, date_to: FilterTo = None, max_credibility: FilterGrade = 6,
                  loose: FilterLoose = False, limit: int = Query(250, ge=1, le=2000)) -> dict[str, Any]:
    flt = edge_filter(types, date_from, date_to, max_credibility, loose)
    return qy.neighbourhood(_app(request).ws.view(), eid, hops, flt, limit)


@router.get("/relations/{rid}")
def relation(request: Request, rid: str) -> dict[str, Any]:
    app = _app(request)
    return qy.relation_detail(app.ws, app.ws.view(), rid)


@router.get("/claims/{cid}")
def claim(request: Request, cid: str) -> dict[str, Any]:
    app = _app(request)
    return qy.claim_detail(app.ws, app.ws.view(), cid)


@router.get("/timeline")
def timeline(request: Request, entity: str | None = None, date_from: FilterFrom = None,
             date_to: FilterTo = None, limit: int = Query(500, ge=1, le=5000)) -> list[dict[str, Any]]:
    return qy.timeline(_app(request).ws.view(), entity, date_from, date_to, limit)


@router.get("/documents")
def documents(request: Request) -> list[dict[str, Any]]:
    return qy.document_list(_app(request).ws.view())


@router.get("/documents/{doc_id}")
def document(request: Request, doc_id: str) -> dict[str, Any]:
    """The reader: the text as plain segments, each naming the spans over it."""
    app = _app(request)
    return reader(app.ws, app.ws.view(), doc_id)


@router.get("/documents/{doc_id}/audit")
def document_audit(request: Request, doc_id: str) -> dict[str, Any]:
    audits = [a for a in audit_documents(_app(request).ws.store, doc_id) if a["document"] == doc_id]
    if not audits:
        raise NotFound(f"no document {doc_id!r} in this workspace")
    return audits[0]


@router.get("/search")
def search_api(request: Request, q: str = Query(..., min_length=1, max_length=200),
               kind: str | None = Query(None, description="document, claim or entity"),
               limit: int = Query(30, ge=1, le=200)) -> dict[str, Any]:
    kinds = (kind,) if kind in KINDS else KINDS
    hits = search(_app(request).ws.store, q, kinds, limit)
    return {"q": q, "hits": [h.as_dict() for h in hits]}


class ReviewBody(BaseModel):
    action: str = Field(description="accept, reject, reopen or edit")
    changes: dict[str, Any] = Field(default_factory=dict, description="for edit: field -> new value")


@router.post("/review/{kind}/{record_id}")
def review_record(request: Request, kind: str, record_id: str, body: ReviewBody) -> dict[str, Any]:
    app = _app(request)
    if body.action == "edit":
        audit_id = review.edit(app.ws.store, kind, record_id, body.changes, actor=app.actor)
    else:
        audit_id = review.set_status(app.ws.store, kind, record_id, body.action, actor=app.actor)
    app.ws.invalidate()
    return {"audit_id": audit_id}


class MergeBody(BaseModel):
    into: str
    reason: str = ""


@router.post("/entities/{eid}/merge")
def merge(request: Request, eid: str, body: MergeBody) -> dict[str, Any]:
    app = _app(request)
    audit_id = review.merge(app.ws.store, eid, body.into, body.reason, actor=app.actor)
    app.ws.invalidate()
    return {"audit_id": audit_id, "into": body.into}


@router.post("/entities/{eid}/unmerge")
def unmerge(request: Request, eid: str) -> dict[str, Any]:
    app = _app(request)
    audit_id = review.unmerge(app.ws.store, eid, actor=app.actor)
    app.ws.invalidate()
    return {"audit_id": audit_id}


@router.get("/publishers")
def publishers(request: Request) -> list[dict[str, Any]]:
    app = _app(request)
    ratings = app.ws.store.publisher_ratings()
    seen = {d["publisher"] for d in app.ws.view().data["documents"] if d["publisher"]} | set(ratings)
    return [{"name": n, "reliability": ratings.get(n, "F"), "rated": n in ratings} for n in sorted(seen)]


class RatingBody(BaseModel):
    name: str
    reliability: str
    note: str | None = None


@router.post("/publishers")
def rate(request: Request, body: RatingBody) -> dict[str, Any]:
    app = _app(request)
    audit_id = review.rate_publisher(app.ws.store, body.name, body.reliability, body.note, actor=app.actor)
    app.ws.invalidate()
    return {"audit_id": audit_id}


@router.get("/audit")
def audit_log(request: Request, kind: str | None = None, record: str | None = None) -> list[dict[str, Any]]:
    return review.history(_app(request).ws.store, kind, record)


@router.post("/audit/{audit_id}/undo")
def undo(request: Request, audit_id: int) -> dict[str, Any]:
    app = _app(request)
    new_id = review.undo(app.ws.store, audit_id, actor=app.actor)
    app.ws.invalidate()
    return {"audit_id": new_id, "undid": audit_id}


@router.post("/uploads", status_code=202)
async def upload(request: Request, files: Annotated[list[UploadFile], File()]) -> dict[str, Any]:
    """Store the files under safe names and start analysing them; poll /api/jobs/{id}."""
    ups = _app(request).uploads
    if not files or len(files) > MAX_FILES:
        raise ConfigError(f"send between 1 and {MAX_FILES} files")
    for f in files:  # check every name before anything is written
        safe_name(f.filename or "")
    job_id, job_dir = ups.new_job_dir()
    paths = []
    try:
        for f in files:
            dest = ups.place(job_dir, f.filename or "")
            await _save(f, dest, ups)
            paths.append(dest)
    except NexosError:
        shutil.rmtree(job_dir, ignore_errors=True)
        raise
    return ups.start(job_id, paths).as_dict()


async def _save(f: UploadFile, dest: Path, ups: Uploads) -> None:
    written = 0
    with open(dest, "wb") as out:
        while chunk := await f.read(1024 * 256):
            written += len(chunk)
            ups.check_size(written)
            out.write(chunk)


@router.get("/jobs/{job_id}")
def job(request: Request, job_id: str) -> dict[str, Any]:
    j = _app(request).uploads.jobs.get(job_id)
    if j is None:
        raise NotFound(f"no upload job {job_id!r}")
    return j.as_dict()
