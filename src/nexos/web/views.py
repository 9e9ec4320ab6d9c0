"""HTML pages: each renders a template over the same dict its /api twin returns.

No page computes anything of its own; the small scripts in /static call the
API for every action (review, merge, undo, upload, rating).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from nexos.assess.audit import audit_documents
from nexos.errors import NotFound
from nexos.ingest import SUPPORTED
from nexos.knowledge.vocabulary import vocabulary
from nexos.store import review
from nexos.store.search import search
from nexos.web import queries as qy
from nexos.web.reader import reader
from nexos.web.security import TOKEN_COOKIE, same_secret

router = APIRouter(include_in_schema=False)

NAV = [("/", "Explorer"), ("/entities", "Entities"), ("/documents", "Documents"), ("/timeline", "Timeline"),
       ("/search", "Search"), ("/upload", "Upload"), ("/review", "Review log")]


def page(request: Request, title: str, **data: Any) -> dict[str, Any]:
    return {"title": title, "csrf": getattr(request.state, "csrf", ""), "nav": NAV,
            "path": request.url.path, **data}


def _render(request: Request, template: str, title: str, **data: Any) -> Response:
    state = request.app.state.nexos
    return state.templates.TemplateResponse(request, template, page(request, title, **data))


def _ws(request: Request) -> Any:
    return request.app.state.nexos.ws


@router.get("/", response_class=HTMLResponse)
def explorer(request: Request, focus: str | None = None) -> Response:
    v = _ws(request).view()
    types = sorted({r["type"] for r in v.relations.values()})
    return _render(request, "explorer.html", "Network explorer", relation_types=types, focus=focus or "",
                   counts={k: len(v.data[k]) for k in ("documents", "entities", "relations", "events", "claims")})


@router.get("/entities", response_class=HTMLResponse)
def entity_list(request: Request, type: str | None = None) -> Response:
    v = _ws(request).view()
    ents = sorted((e for e in v.entities.values() if not type or e["type"] == type),
                  key=lambda e: (-len(e["mentions"]), e["name"]))
    rows = [qy.node(v, e["id"]) for e in ents[:1000]]
    return _render(request, "entities.html", "Entities", entities=rows, type=type or "",
                   types=sorted(vocabulary().entity_types))


@router.get("/entities/{eid}", response_class=HTMLResponse)
def entity(request: Request, eid: str) -> Response:
    ws = _ws(request)
    view = ws.view()
    canonical = view.merged_into.get(eid)
    if canonical and canonical in view.entities:
        return RedirectResponse(f"/entities/{canonical}?from={eid}", status_code=303)
    data = qy.entity_page(ws, view, eid)
    # Merges are logged under the entity merged away, so its rows belong on this page too.
    ids = [eid, *(m["id"] for m in data["merged_from"])]
    history = sorted((h for i in ids for h in review.history(ws.store, "entity", i)), key=lambda h: -h["id"])
    return _render(request, "entity.html", data["entity"]["name"], **data,
                   types=sorted(vocabulary().entity_types), history=history[:20])


@router.get("/documents", response_class=HTMLResponse)
def document_list(request: Request) -> Response:
    return _render(request, "documents.html", "Documents", documents=qy.document_list(_ws(request).view()))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str) -> Response:
    ws = _ws(request)
    data = reader(ws, ws.view(), doc_id)
    return _render(request, "document.html", data["document"]["title"] or doc_id, **data)


@router.get("/documents/{doc_id}/audit", response_class=HTMLResponse)
def document_audit(request: Request, doc_id: str) -> Response:
    audits = [a for a in audit_documents(_ws(request).store, doc_id) if a["document"] == doc_id]
    if not audits:
        raise NotFound(f"no document {doc_id!r} in this workspace")
    return _render(request, "audit.html", "Source audit", audit=audits[0])


@router.get("/claims/{cid}", response_class=HTMLResponse)
def claim(request: Request, cid: str) -> Response:
    ws = _ws(request)
    data = qy.claim_detail(ws, ws.view(), cid)
    return _render(request, "claim.html", "Claim", **data, kinds=sorted(vocabulary().claim_kinds))


@router.get("/relations/{rid}", response_class=HTMLResponse)
def relation(request: Request, rid: str) -> Response:
    ws = _ws(request)
    data = qy.relation_detail(ws, ws.view(), rid)
    return _render(request, "relation.html", "Tie", **data, types=sorted(vocabulary().relation_types))


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, entity: str | None = None, date_from: str | None = Query(None, alias="from"),
             date_to: str | None = Query(None, alias="to")) -> Response:
    v = _ws(request).view()
    items = qy.timeline(v, entity, date_from, date_to)
    return _render(request, "timeline.html", "Timeline", items=items, entity=entity or "",
                   entity_name=v.name(entity) or "", date_from=date_from or "", date_to=date_to or "")


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "") -> Response:
    q = q.strip()[:200]
    ws = _ws(request)
    docs = ws.view().documents
    hits = [h.as_dict() for h in search(ws.store, q, limit=60)] if q else []
    for h in hits:
        h["document_title"] = docs.get(h["document"] or "", {}).get("title") or h["document"]
    groups = {k: [h for h in hits if h["kind"] == k] for k in ("entity", "claim", "document")}
    return _render(request, "search.html", "Search", q=q, groups=groups, total=len(hits))


@router.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request) -> Response:
    ups = request.app.state.nexos.uploads
    return _render(request, "upload.html", "Upload", max_mb=ups.max_bytes // (1024 * 1024),
                   accept=",".join(SUPPORTED), accepted=", ".join(SUPPORTED))


@router.get("/review", response_class=HTMLResponse)
def review_log(request: Request) -> Response:
    ws = _ws(request)
    ratings = ws.store.publisher_ratings()
    pubs = sorted({d["publisher"] for d in ws.view().data["documents"] if d["publisher"]} | set(ratings))
    return _render(request, "review.html", "Review log", entries=review.history(ws.store)[:300],
                   publishers=[{"name": p, "reliability": ratings.get(p, "F"), "rated": p in ratings} for p in pubs])


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, token: str | None = None) -> Response:
    """The sign-in form; ``/login?token=T`` signs in directly (the link `nexos serve` prints)."""
    if token:
        return login(request, token)
    return _render(request, "login.html", "Sign in", failed=False)


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, token: str = Form(...)) -> Response:
    expected = request.app.state.nexos.token
    if not expected or not same_secret(token, expected):
        resp = _render(request, "login.html", "Sign in", failed=True)
        resp.status_code = 401
        return resp
    resp = RedirectResponse("/", status_code=303)
    resp.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict", path="/")
    return resp
