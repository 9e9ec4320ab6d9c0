"""The briefing report: one self-contained HTML file (optionally printed to PDF).

Documents are hostile input. Every string that comes from a document goes
through Jinja's autoescaping or ``markupsafe.escape``; the data handed to
the inline script is JSON with ``<``, ``>`` and ``&`` written as escapes,
and the script only ever sets ``textContent``. Links are emitted only for
http(s) URLs. Nothing is fetched: styles and scripts are inlined.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import tempfile
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from nexos.analysis.graph import build_graph, edge_records, metrics, relation_grade
from nexos.analysis.timeline import format_date, timeline
from nexos.assess.audit import quoted
from nexos.errors import ConfigError, NexosError
from nexos.report.network_svg import ENTITY_COLOURS, network_picture
from nexos.report.timeline_svg import timeline_picture

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).parent / "templates"
_SYMMETRIC = {"allied_with", "associated_with", "negotiates_with"}


PICTURE_MIN_CONFIDENCE = 0.35


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["grade"] = _grade_text
    env.filters["quoted"] = quoted
    env.filters["safe_url"] = _safe_url
    env.filters["date"] = format_date
    return env


def _grade_text(g: dict[str, Any] | None) -> str:
    return f"{g.get('reliability', 'F')}{g.get('credibility', 6)}" if g else "—"


def _safe_url(url: str | None) -> str | None:
    """Only plain web links become hrefs; javascript:, data: and the like stay text."""
    u = (url or "").strip()
    return u if u.lower().startswith(("http://", "https://")) else None


def script_json(data: Any) -> Markup:
    """JSON that can sit inside <script type="application/json"> whatever the strings hold."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)  # noqa: S704 - escaped just above


def highlight_loaded(claim: dict[str, Any]) -> Markup:
    """The claim text, escaped, with its loaded terms wrapped in <mark>."""
    text = claim.get("text") or ""
    base = claim.get("start") or 0
    spans = []
    for t in claim.get("loaded_term_spans") or []:
        s, e = t["start"] - base, t["end"] - base
        if not (0 <= s < e <= len(text)) or text[s:e].casefold() != (t.get("term") or "").casefold():
            found = text.casefold().find((t.get("term") or "").casefold())
            if found < 0 or not t.get("term"):
                continue
            s, e = found, found + len(t["term"])
        spans.append((s, e, t.get("category") or ""))
    out, pos = [], 0
    for s, e, cat in sorted(spans):
        if s < pos:
            continue
        out.append(escape(text[pos:s]))
        out.append(Markup('<mark class="loaded" title="loaded term: {}">{}</mark>').format(cat, text[s:e]))
        pos = e
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def _roles(export: dict[str, Any]) -> dict[str, list[str]]:
    """Per actor, its most frequent asserted roles, e.g. 'supports →' or '← acts_against'."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for r in export.get("relations") or []:
        if r.get("negated"):
            continue
        if r["type"] in _SYMMETRIC:
            counts[r["source"]][r["type"]] += 1
            counts[r["target"]][r["type"]] += 1
        else:
            counts[r["source"]][f"{r['type']} →"] += 1
            counts[r["target"]][f"← {r['type']}"] += 1
    return {k: [f"{role} ×{n}" if n > 1 else role for role, n in c.most_common(4)] for k, c in counts.items()}


def _actors(export: dict[str, Any], node_metrics: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    by_id = {m["id"]: m for m in node_metrics}
    roles = _roles(export)
    rows = []
    for e in export.get("entities") or []:
        m = by_id.get(e["id"], {})
        rows.append({"id": e["id"], "name": e["name"], "type": e["type"], "aliases": (e.get("aliases") or [])[:3],
                     "mentions": len(e.get("mentions") or []), "roles": roles.get(e["id"], []),
                     "degree": m.get("degree", 0), "pagerank": m.get("pagerank", 0.0),
                     "betweenness": m.get("betweenness", 0.0), "community": m.get("community"),
                     "broker_rank": m.get("broker_rank"), "colour": ENTITY_COLOURS.get(e["type"], "#666")})
    rows.sort(key=lambda r: (-r["pagerank"], -r["mentions"], r["name"]))
    return rows[:limit]


def _edge_details(export: dict[str, Any], edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rels = {r["id"]: r for r in export.get("relations") or []}
    claims = {c["id"]: c for c in export.get("claims") or []}
    names = {e["id"]: e["name"] for e in export.get("entities") or []}
    out = []
    for e in edges:
        items = []
        for rid in e["relations"][:8]:
            r = rels[rid]
            ev = (r.get("evidence") or [{}])[0]
            items.append({"type": r["type"], "from": names.get(r["source"]), "to": names.get(r["target"]),
                          "grade": _grade_text(relation_grade(r, claims)), "document": ev.get("document"),
                          "sentence": (ev.get("text") or "")[:600]})
        out.append({"a": e["source_name"], "b": e["target_name"], "sources": e["weight"], "relations": items})
    return out


def _claim_rows(export: dict[str, Any]) -> list[dict[str, Any]]:
    names = {e["id"]: e["name"] for e in export.get("entities") or []}
    rows = []
    for c in export.get("claims") or []:
        g = c.get("grade") or {}
        rows.append({
            "id": c["id"], "document": c["document"], "kind": c["kind"], "html": highlight_loaded(c),
            "reliability": g.get("reliability", "F"), "credibility": g.get("credibility", 6),
            "reasons": "; ".join(g.get("reasons") or []),
            "citations": [(u, _safe_url(u)) for u in c.get("citations") or []],
            "hedges": c.get("hedges") or ([] if not c.get("hedged") else ["hedged"]),
            "loaded": c.get("loaded_terms") or [], "anonymous": bool(c.get("anonymous_source")),
            "source_description": c.get("source_description"), "quote": c.get("quote"),
            "speaker": names.get(c.get("speaker") or "") or names.get(c.get("attributed_to") or ""),
            "disputed": len(c.get("contradicted_by") or []), "corroborated": len(c.get("corroborated_by") or []),
            "span": f"{c['start']}–{c['end']}",
        })
    return rows


def _documents(export: dict[str, Any]) -> list[dict[str, Any]]:
    per_doc = Counter(c["document"] for c in export.get("claims") or [])
    return [{**d, "url": _safe_url(d.get("source_url")), "claims": per_doc.get(d["id"], 0),
             "published_display": format_date(d.get("published")) if d.get("published") else "date unknown"}
            for d in export.get("documents") or []]


def render_report(export: dict[str, Any], audits: list[dict[str, Any]], *, title: str | None = None,
                  max_nodes: int = 80, max_actors: int = 25) -> str:
    """The whole briefing as one HTML string: no external scripts, styles or fonts."""
    # The picture shows the ties a cue phrase names; loose ties (same-sentence pairings, inferred ones) stay in the tables.
    g = build_graph(export, min_confidence=PICTURE_MIN_CONFIDENCE)
    m = metrics(g)
    edges = edge_records(g)
    picture = network_picture(g, m["nodes"], edges, max_nodes=max_nodes)
    events = timeline(export)
    chart = timeline_picture(events)
    docs = _documents(export)
    counts = {k: len(export.get(k) or []) for k in ("documents", "entities", "relations", "events", "claims")}
    # ties a cue phrase names, and the loose rest (same-clause pairings, ties inferred across sentences)
    counts["loose"] = sum(1 for r in export.get("relations") or [] if (r.get("confidence") or 1.0) < PICTURE_MIN_CONFIDENCE)
    context = {
        "title": title or "nexos briefing", "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "counts": counts, "documents": docs, "metrics": m, "actors": _actors(export, m["nodes"], max_actors),
        "brokers": [n for n in m["nodes"] if n["broker"]][:8], "net": picture,
        "edge_data": script_json(_edge_details(export, edges)), "events": events, "chart": chart,
        "claims": _claim_rows(export), "kinds": sorted({c["kind"] for c in export.get("claims") or []}),
        "audits": audits, "doc_titles": {d["id"]: d.get("title") or d["id"] for d in docs},
        "css": Markup((TEMPLATES / "report.css").read_text(encoding="utf-8")),  # noqa: S704 - our own file
        "js": Markup((TEMPLATES / "report.js").read_text(encoding="utf-8")),  # noqa: S704 - our own file
    }
    return _env().get_template("report.html").render(**context)


def find_chromium() -> str | None:
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def html_to_pdf(html_path: Path, pdf_path: Path, timeout: int = 180) -> None:
    exe = find_chromium()
    if exe is None:
        raise NexosError("PDF output needs headless Chromium, which is not installed. Install it "
                         "(Debian/Ubuntu: apt-get install -y chromium) or write HTML with --format html.")
    with tempfile.TemporaryDirectory(prefix="nexos-chromium-") as profile:
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
               f"--user-data-dir={profile}", f"--print-to-pdf={pdf_path}", html_path.resolve().as_uri()]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise NexosError(f"Chromium took over {timeout}s to print {html_path}; try --format html") from exc
    if not pdf_path.exists() or pdf_path.stat().st_size == 0:
        raise NexosError(f"Chromium did not write {pdf_path}: {proc.stderr.strip()[-400:]}")


def write_report(store: Any, path: str, fmt: str = "html") -> None:
    """Write the briefing for everything in ``store`` to ``path`` as HTML or PDF."""
    from nexos.assess.audit import audit_documents
    from nexos.export.native import build_export

    if fmt not in ("html", "pdf"):
        raise ConfigError(f"unknown report format {fmt!r}: use html or pdf")
    html = render_report(build_export(store), audit_documents(store))
    target = Path(path)
    if target.parent and not target.parent.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "html":
        target.write_text(html, encoding="utf-8")
        return
    with tempfile.TemporaryDirectory(prefix="nexos-report-") as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        html_to_pdf(page, target)
    log.info("wrote %s", target)
