"""The JSON API and pages, in process: views, review round trips, security rules, uploads."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from nexos.export.native import build_export
from nexos.store import Store

FIX = Path(__file__).parent / "fixtures"


# -- views -------------------------------------------------------------------

def test_graph_entity_and_neighbourhood(client, find_entity) -> None:  # noqa: ANN001
    g = client.get("/api/graph").json()
    assert g["nodes"] and g["edges"] and "allied_with" in g["relation_types"]
    clan = find_entity("Clan del Golfo")
    page = client.get(f"/api/entities/{clan}").json()
    assert page["entity"]["name"] == "Clan del Golfo"
    assert page["mentions"] and all(any(s["mark"] for s in m["context"]) for m in page["mentions"])
    assert {t["other_name"] for t in page["ties"]} >= {"Los Choneros", "Nariño"}
    one = client.get(f"/api/entities/{clan}/neighbourhood?hops=1").json()
    two = client.get(f"/api/entities/{clan}/neighbourhood?hops=2").json()
    assert {n["id"] for n in one["nodes"]} < {n["id"] for n in two["nodes"]}
    assert max(n["hop"] for n in two["nodes"]) == 2


def test_graph_filters_by_relation_type_and_grade(client) -> None:  # noqa: ANN001
    only = client.get("/api/graph?types=operates_in").json()
    assert only["edges"] and {e["type"] for e in only["edges"]} == {"operates_in"}
    every = client.get("/api/graph").json()["edges"]
    strict = client.get("/api/graph?max_credibility=1").json()["edges"]
    assert len(strict) < len(every)  # only ties asserted by three independent sources survive
    assert client.get("/api/graph?from=2999").json()["edges"] == []
    loose = client.get("/api/graph?loose=true").json()["edges"]
    assert len(loose) > len(every)  # same-clause pairings only when asked for


def test_relation_claim_timeline_documents_audit(client) -> None:  # noqa: ANN001
    rel = client.get("/api/graph?types=allied_with").json()["edges"][0]
    detail = client.get(f"/api/relations/{rel['id']}").json()
    assert detail["evidence"] and detail["evidence"][0]["context"]
    claim_id = detail["claims"][0]["id"]
    claim = client.get(f"/api/claims/{claim_id}").json()
    assert claim["claim"]["grade"]["reasons"] and claim["document"]["id"]
    items = client.get("/api/timeline").json()
    dated = [i["date"] for i in items if i["date"]]
    assert dated == sorted(dated) and {i["precision"] for i in items} <= {"day", "month", "year", "unknown"}
    docs = client.get("/api/documents").json()
    assert len(docs) == 4
    audit = client.get(f"/api/documents/{docs[0]['id']}/audit").json()
    assert audit["document"] == docs[0]["id"] and "summary" in audit


def test_reader_segments_cover_the_text_and_mark_spans(client) -> None:  # noqa: ANN001
    doc = next(d for d in client.get("/api/documents").json() if d["title"].startswith("Disputa"))
    data = client.get(f"/api/documents/{doc['id']}").json()
    segs = [s for p in data["paragraphs"] for s in p]
    text = "".join(s["text"] for s in segs)
    assert "Ejército de Liberación Nacional" in text
    assert any("entity" in s for s in segs) and any("claim" in s for s in segs)


def test_pages_render_and_openapi_lists_the_api(client, find_entity) -> None:  # noqa: ANN001
    clan = find_entity("Clan del Golfo")
    for url in ("/", "/entities", f"/entities/{clan}", "/documents", "/timeline", "/search?q=golfo",
                "/upload", "/review"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert "text/html" in r.headers["content-type"]
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/graph", "/api/entities/{eid}", "/api/search", "/api/uploads", "/api/audit/{audit_id}/undo"} <= set(paths)
    assert client.get("/api/entities/nope").status_code == 404


def test_search_api_folds_accents(client) -> None:  # noqa: ANN001
    hits = client.get("/api/search?q=ejercito").json()["hits"]
    assert any("Ejército" in "".join(s["text"] for s in h["snippet"]) for h in hits)
    assert client.get("/search?q=ejercito").text.count("<mark>Ejército</mark>") >= 1


# -- review ------------------------------------------------------------------

def test_reject_relation_via_api_then_undo(client, csrf, web_store: Store) -> None:  # noqa: ANN001
    rid = client.get("/api/graph?types=allied_with").json()["edges"][0]["id"]
    r = client.post(f"/api/review/relation/{rid}", json={"action": "reject"}, headers=csrf)
    assert r.status_code == 200
    assert rid not in {e["id"] for e in client.get("/api/graph").json()["edges"]}
    assert rid not in {x["id"] for x in build_export(web_store)["relations"]}
    client.post(f"/api/audit/{r.json()['audit_id']}/undo", headers=csrf).raise_for_status()
    assert rid in {e["id"] for e in client.get("/api/graph").json()["edges"]}
    assert rid in {x["id"] for x in build_export(web_store)["relations"]}


def test_edit_entity_via_api_and_bad_edit_is_400(client, csrf, find_entity) -> None:  # noqa: ANN001
    eid = find_entity("Los Choneros")
    r = client.post(f"/api/review/entity/{eid}", json={"action": "edit", "changes": {"aliases": ["Choneros"]}},
                    headers=csrf)
    assert r.status_code == 200
    assert client.get(f"/api/entities/{eid}").json()["entity"]["aliases"] == ["Choneros"]
    bad = client.post(f"/api/review/entity/{eid}", json={"action": "edit", "changes": {"type": "cartel"}},
                      headers=csrf)
    assert bad.status_code == 400 and "not a entity type" in bad.json()["error"]


def test_merge_unmerge_via_api(client, csrf, find_entity) -> None:  # noqa: ANN001
    navy, armada = find_entity("Navy"), find_entity("Armada de Colombia")
    r = client.post(f"/api/entities/{navy}/merge", json={"into": armada, "reason": "same"}, headers=csrf)
    assert r.status_code == 200
    page = client.get(f"/api/entities/{navy}").json()
    assert page["entity"]["id"] == armada and navy in {m["id"] for m in page["merged_from"]}
    html = client.get(f"/entities/{navy}", follow_redirects=False)
    assert html.status_code == 303 and html.headers["location"].startswith(f"/entities/{armada}")
    client.post(f"/api/entities/{navy}/unmerge", headers=csrf).raise_for_status()
    assert client.get(f"/api/entities/{navy}").json()["entity"]["id"] == navy
    assert client.post(f"/api/entities/{navy}/unmerge", headers=csrf).status_code == 404


def test_rate_publisher_via_api(client, csrf) -> None:  # noqa: ANN001
    pubs = {p["name"]: p for p in client.get("/api/publishers").json()}
    assert "Andean Wire" in pubs and not pubs["Andean Wire"]["rated"]
    r = client.post("/api/publishers", json={"name": "Andean Wire", "reliability": "B"}, headers=csrf)
    assert r.status_code == 200
    doc = next(d for d in client.get("/api/documents").json() if d["publisher"] == "Andean Wire")
    claims = client.get(f"/api/documents/{doc['id']}").json()["claims"]
    assert claims and all(c["grade"]["reliability"] == "B" for c in claims)
    log = client.get("/api/audit").json()
    assert log[0]["action"] == "rate" and log[0]["after"]["reliability"] == "B"


# -- security ----------------------------------------------------------------

def test_post_without_or_with_wrong_csrf_is_403(client, csrf, find_entity) -> None:  # noqa: ANN001
    eid = find_entity("Tumaco")
    body = {"action": "reject"}
    assert client.post(f"/api/review/entity/{eid}", json=body).status_code == 403
    assert client.post(f"/api/review/entity/{eid}", json=body, headers={"X-CSRF-Token": "guess"}).status_code == 403
    assert client.get(f"/api/entities/{eid}").status_code == 200  # nothing changed
    assert client.post(f"/api/review/entity/{eid}", json=body, headers=csrf).status_code == 200


def test_token_is_required_everywhere(client_factory) -> None:  # noqa: ANN001
    c = client_factory(token="s3cret")
    for url in ("/", "/api/graph", "/openapi.json", "/static/app.css"):
        assert c.get(url).status_code == 401, url
    assert c.get("/api/graph", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert c.get("/api/graph", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert c.post("/login", data={"token": "nope"}).status_code == 401
    r = c.post("/login", data={"token": "s3cret"}, follow_redirects=False)
    assert r.status_code == 303 and "nexos_token" in r.cookies
    assert c.get("/api/graph").status_code == 200  # the cookie now carries it


def test_login_link_sets_cookie(client_factory) -> None:  # noqa: ANN001
    c = client_factory(token="s3cret")
    assert c.get("/login?token=s3cret", follow_redirects=False).status_code == 303
    assert c.get("/").status_code == 200


def test_unexpected_host_is_refused_without_token(client) -> None:  # noqa: ANN001
    assert client.get("/api/stats", headers={"Host": "evil.example"}).status_code == 400
    assert client.get("/api/stats", headers={"Host": "localhost:8765"}).status_code == 200


def test_serve_refuses_public_bind_without_token(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from nexos.cli import main
    from nexos.web.security import check_bind

    monkeypatch.delenv("NEXOS_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "x.db"), "--host", "0.0.0.0"])
    assert result.exit_code != 0 and "without a token" in result.output
    assert check_bind("0.0.0.0", "t") is None and check_bind("::1", None) is None
    assert check_bind("192.168.1.4", None) and check_bind("127.0.0.1", None) is None


def test_security_headers(client) -> None:  # noqa: ANN001
    r = client.get("/")
    assert r.headers["content-security-policy"].startswith("default-src 'self'")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in r.text.replace('<script src="/static/common.js" defer></script>', "")


def test_document_payload_stays_text(client) -> None:  # noqa: ANN001
    for d in client.get("/api/documents").json():
        html = client.get(f"/documents/{d['id']}").text
        assert "<script>window.__pwned" not in html
        assert "<img src=x" not in html and "<b onmouseover" not in html
    hostile = [d for d in client.get("/api/documents").json() if "script" in d["title"]]
    assert hostile
    html = client.get(f"/documents/{hostile[0]['id']}").text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "&lt;script&gt;" in client.get("/documents").text
    assert "<script>window" not in client.get("/search?q=pwned").text
    assert "<script>window" not in client.get("/timeline").text


def test_http_url_filter_drops_javascript_links() -> None:
    from nexos.web.app import http_url

    assert http_url("javascript:alert(1)") == "" and http_url(" JAVASCRIPT:x") == ""
    assert http_url("https://example.org/a") == "https://example.org/a"


# -- uploads -----------------------------------------------------------------

def _wait(client, job_id: str) -> dict:  # noqa: ANN001
    for _ in range(300):
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError("upload job did not finish")


def test_upload_runs_analysis_and_document_appears(client, csrf, tmp_path: Path) -> None:  # noqa: ANN001
    data = (FIX / "upload_es.txt").read_bytes()
    r = client.post("/api/uploads", files=[("files", ("../../../etc/informe guayaquil.txt", data, "text/plain"))],
                    headers=csrf)
    assert r.status_code == 202, r.text
    job = _wait(client, r.json()["id"])
    assert job["state"] == "done" and job["summary"]["documents"] == 1 and job["progress"] == 1.0
    saved = list((tmp_path / "uploads").rglob("*.txt"))
    assert [p.name for p in saved] == ["informe_guayaquil.txt"]
    assert not (tmp_path / "etc").exists()
    titles = {d["title"] for d in client.get("/api/documents").json()}
    assert "Nuevo informe sobre Guayaquil" in titles
    assert any(h["kind"] == "document" for h in client.get("/api/search?q=guayaquil").json()["hits"])


def test_upload_limits(client_factory, tmp_path: Path) -> None:  # noqa: ANN001
    c = client_factory(max_upload=1000)
    c.get("/api/session")
    h = {"X-CSRF-Token": c.cookies.get("nexos_csrf")}
    big = c.post("/api/uploads", files=[("files", ("big.txt", b"x" * 5000, "text/plain"))], headers=h)
    assert big.status_code == 413
    exe = c.post("/api/uploads", files=[("files", ("tool.exe", b"MZ", "application/octet-stream"))], headers=h)
    assert exe.status_code == 415
    dots = c.post("/api/uploads", files=[("files", ("..txt", b"hello", "text/plain"))], headers=h)
    assert dots.status_code in (400, 415)
    assert not list((tmp_path / "uploads").rglob("*.*"))
    assert c.post("/api/uploads", files=[("files", ("a.txt", b"hi", "text/plain"))]).status_code == 403


@pytest.mark.parametrize("raw, safe", [
    ("report.txt", "report.txt"),
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\win\\informe.md", "informe.md"),
    ("Informe Ejército <b>.html", "Informe_Ejercito_b_.html"),
    ("/abs/path/doc.PDF", "doc.PDF"),
])
def test_safe_name(raw: str, safe: str) -> None:
    from nexos.web.uploads import safe_name

    assert safe_name(raw) == safe


@pytest.mark.parametrize("raw", ["", "..", "evil.sh", "x.txt/..", ".txt"])
def test_safe_name_refuses(raw: str) -> None:
    from nexos.errors import NexosError
    from nexos.web.uploads import safe_name

    with pytest.raises(NexosError):
        safe_name(raw)
