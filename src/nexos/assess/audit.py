"""Source audit per document: how the document supports what it asserts.

It counts and lists, and never judges the thesis, so it reads the same for
any political slant. Distinct sources collapse equivalent URLs (three
footnotes citing one video are 3 citations, 1 source), and each source is
described by what it recognisably is (a video, a news article, an official
document, a social-media post) when its address says so.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

from nexos.assess.language import loaded_density, quoted_spans
from nexos.ingest.citations import canonical_url
from nexos.store import Store

VIDEO_HOSTS = ("youtube.com", "youtu.be", "vimeo.com", "dailymotion.com", "rumble.com", "twitch.tv")
SOCIAL_HOSTS = ("twitter.com", "x.com", "facebook.com", "fb.com", "instagram.com", "tiktok.com", "t.me",
                "telegram.me", "threads.net", "bsky.app", "linkedin.com", "reddit.com", "mastodon.social",
                "whatsapp.com")
OFFICIAL_LABELS = {"gov", "gob", "gouv", "gub", "mil", "gc", "gv"}
NEWS_PATH = re.compile(r"/(?:news|noticias?|article|articulo|articles|story|stories|nota|notas|politica|politics|"
                       r"world|mundo|nacional|internacional|opinion|economia|judicial|sucesos)(?:/|$)|/(?:19|20)\d\d/\d\d?/",
                       re.I)
DOCUMENT_PATH = re.compile(r"\.(?:pdf|docx?|xlsx?|odt)$", re.I)
KIND_ORDER = ["video", "official document", "news article", "social-media post", "document", "web page"]
# Claims of these kinds state checkable facts; the rest (forecasts, calls to action) are not checked first.
CHECKABLE = ("event", "relation", "quantitative", "causal", "characterisation", "quote")
FOOTNOTE_LINE = re.compile(r"^\s*(?:\[\d+\]|\(\d+\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d+\.)\s|https?://|www\.", re.I)


def _host(url: str) -> str:
    raw = url if "://" in url else "https://" + url
    try:
        return (urlsplit(raw).hostname or "").lower()
    except ValueError:
        return ""


def citation_kind(url: str) -> str:
    """What a cited URL recognisably points to, from its address alone."""
    host = _host(url)
    if any(host == h or host.endswith("." + h) for h in VIDEO_HOSTS):
        return "video"
    if any(host == h or host.endswith("." + h) for h in SOCIAL_HOSTS):
        return "social-media post"
    if OFFICIAL_LABELS & set(host.split(".")):
        return "official document"
    path = urlsplit(url if "://" in url else "https://" + url).path
    if DOCUMENT_PATH.search(path):
        return "document"
    if NEWS_PATH.search(path):
        return "news article"
    return "web page"


def describe_citations(urls: list[str]) -> str:
    """'1 video', '2 news articles and 1 official document': equivalent URLs count once."""
    distinct: dict[str, str] = {}
    for u in urls:
        if u:
            distinct.setdefault(canonical_url(u), citation_kind(u))
    counts = Counter(distinct.values())
    parts = [f"{counts[k]} {k}{'' if counts[k] == 1 else 's'}" for k in KIND_ORDER if counts[k]]
    if not parts:
        return "no source"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _loaded_terms(claims: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    quoted = quoted_spans(text) if text else []
    seen: set[tuple[int, int]] = set()
    out: list[dict[str, Any]] = []
    for c in claims:
        spans = c.get("loaded_term_spans") or [{"term": t} for t in c.get("loaded_terms") or []]
        for t in spans:
            if not isinstance(t, dict):
                t = {"term": str(t)}
            key = (t.get("start", -1), t.get("end", -1))
            if key == (-1, -1):
                key = (-len(out) - 2, -1)  # no offsets: count every occurrence
            if key in seen:
                continue  # a sentence with two quotes is two claims; its terms count once
            seen.add(key)
            inside = any(s <= key[0] and key[1] <= e for s, e in quoted)
            out.append({"term": t.get("term", ""), "category": t.get("category", ""), "quoted": inside})
    return out


def _check_first(claims: list[dict[str, Any]], n: int = 5) -> list[dict[str, Any]]:
    """Uncited or disputed factual claims, most check-worthy first."""
    def priority(c: dict[str, Any]) -> float:
        score = c.get("check_worthiness") or 0.0
        grade = c.get("grade") or {}
        if c.get("contradicted_by"):
            score += 0.2
        if grade.get("credibility") in (1, 2):
            score -= 0.3
        return score

    pool = [c for c in claims if c.get("kind") in CHECKABLE and not FOOTNOTE_LINE.search(c.get("text") or "")
            and (not c.get("citations") or c.get("contradicted_by"))]
    pool.sort(key=lambda c: (-priority(c), c.get("start", 0)))
    seen: set[str] = set()
    out = []
    for c in pool:
        if c["text"] in seen:
            continue
        seen.add(c["text"])
        out.append({"claim": c["id"], "text": c["text"][:240], "score": c.get("check_worthiness"),
                    "credibility": (c.get("grade") or {}).get("credibility")})
        if len(out) == n:
            break
    return out


def _audit_one(doc: dict[str, Any], claims: list[dict[str, Any]], names: dict[str, str]) -> dict[str, Any]:
    text = doc.get("text") or ""
    cits = [c for c in doc.get("citations") or [] if c.get("url")]
    distinct = sorted({canonical_url(c["url"]) for c in cits})
    kinds: Counter[str] = Counter()
    for key in distinct:
        kinds[citation_kind(next(c["url"] for c in cits if canonical_url(c["url"]) == key))] += 1
    n = len(claims)
    cited = [c for c in claims if c.get("citations")]
    anon = [c for c in claims if c.get("anonymous_source")]
    hedged = [c for c in claims if c.get("hedged")]
    quotes = [c for c in claims if c.get("quote")]
    terms = _loaded_terms(claims, text)
    words = len(re.findall(r"\w+", text)) if text else max(1, (doc.get("text_length") or 0) // 6)
    out = {
        "document": doc.get("id"), "title": doc.get("title") or "", "path": doc.get("path"),
        "publisher": doc.get("publisher"), "published": doc.get("published"), "language": doc.get("language"),
        "claims": n, "cited_claims": len(cited), "uncited_claims": n - len(cited),
        "citations": len(cits), "distinct_sources": len(distinct), "sources": distinct,
        "source_kinds": {k: kinds[k] for k in KIND_ORDER if kinds[k]},
        "anonymous_claims": len(anon), "anonymous_share": round(len(anon) / n, 3) if n else 0.0,
        "anonymous_sources": [c.get("source_description") for c in anon],
        "quotes": [{"speaker": names.get(c.get("speaker") or "") if c.get("speaker") else None, "quote": c["quote"]}
                   for c in quotes],
        "speakers": sorted({names[c["speaker"]] for c in quotes if c.get("speaker") in names}),
        "hedged_claims": len(hedged), "hedged_share": round(len(hedged) / n, 3) if n else 0.0,
        "hedges": dict(Counter(h for c in hedged for h in c.get("hedges") or []).most_common()),
        "loaded_terms": terms,
        "loaded_categories": dict(Counter(t["category"] for t in terms)),
        "loaded_density_per_100_words": round(100 * len(terms) / max(1, words), 2),
        "loaded_weighted_density": round(loaded_density(text, doc.get("language") or "und"), 2) if text else None,
        "disputed_claims": sum(1 for c in claims if c.get("contradicted_by")),
        "corroborated_claims": sum(1 for c in claims if c.get("corroborated_by")),
        "check_first": _check_first(claims),
    }
    out["summary"] = _summary(out)
    return out


def _s(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _summary(a: dict[str, Any]) -> str:
    parts = [f"The document makes {_s(a['claims'], 'claim')}; {a['cited_claims']} cite a source and "
             f"{a['uncited_claims']} cite none."]
    if a["citations"]:
        kinds = ", ".join(_s(v, k) for k, v in a["source_kinds"].items())
        parts.append(f"Its {_s(a['citations'], 'citation')} point to {_s(a['distinct_sources'], 'distinct source')}"
                     + (f" ({kinds})." if kinds else "."))
    if a["anonymous_claims"]:
        parts.append(f"{_s(a['anonymous_claims'], 'claim rests', 'claims rest')} on anonymous sources.")
    if a["hedged_claims"]:
        parts.append(f"{_s(a['hedged_claims'], 'claim is', 'claims are')} hedged.")
    if a["quotes"]:
        unnamed = sum(1 for q in a["quotes"] if not q["speaker"])
        who = list(a["speakers"]) + ([_s(unnamed, "unidentified speaker")] if unnamed else [])
        parts.append(f"It quotes {', '.join(who)}.")
    if a["loaded_terms"]:
        own = sum(1 for t in a["loaded_terms"] if not t["quoted"])
        parts.append(f"It uses {_s(len(a['loaded_terms']), 'loaded term')} "
                     f"({a['loaded_density_per_100_words']} per 100 words; {own} in its own words).")
    else:
        parts.append("It uses no loaded language that nexos recognises.")
    if a["corroborated_claims"]:
        parts.append(f"{_s(a['corroborated_claims'], 'claim is', 'claims are')} also asserted by independent documents.")
    if a["disputed_claims"]:
        parts.append(f"{_s(a['disputed_claims'], 'claim is', 'claims are')} in dispute with claims of other documents.")
    return " ".join(parts)


def audit_documents(store: Store, document: str | None = None) -> list[dict[str, Any]]:
    """One audit per document (all of them, or those whose id or path matches ``document``)."""
    from nexos.export.native import build_export  # the export imports nothing from here; keep it lazy anyway

    data = build_export(store, include_text=True)
    names = {e["id"]: e["name"] for e in data.get("entities") or []}
    docs = data.get("documents") or []
    if document:
        docs = [d for d in docs if (d.get("id") or "").startswith(document) or (d.get("path") or "").endswith(document)]
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for c in data.get("claims") or []:
        by_doc.setdefault(c.get("document"), []).append(c)
    return [_audit_one(d, by_doc.get(d.get("id"), []), names) for d in docs]


def quoted(words: str) -> str:
    """Quoted words between curly marks, unless they keep their own (an HTML inline quotation does)."""
    return words if words and words[0] in "“\"«‘'" else f"“{words}”"


def format_audit(a: dict[str, Any]) -> str:
    """The audit as plain text for the terminal."""
    lines = [f"{a.get('title') or a.get('path') or a['document']}  [{a['document']}]",
             f"  publisher: {a.get('publisher') or 'unknown'}   published: {a.get('published') or 'unknown'}",
             f"  {a['summary']}",
             f"  claims: {a['claims']}  cited: {a['cited_claims']}  uncited: {a['uncited_claims']}  "
             f"anonymous: {a['anonymous_claims']} ({round(100 * a['anonymous_share'])}%)  hedged: {a['hedged_claims']}",
             f"  citations: {a['citations']}  distinct sources: {a['distinct_sources']}"]
    for s in a["sources"]:
        lines.append(f"    - {s}")
    if a["anonymous_sources"]:
        lines.append("  anonymous sourcing: " + "; ".join(x or "?" for x in a["anonymous_sources"]))
    for q in a["quotes"]:
        lines.append(f"  quote ({q['speaker'] or 'unidentified'}): {quoted(q['quote'][:100])}")
    if a["hedges"]:
        lines.append("  hedges: " + ", ".join(f"{h} ×{n}" for h, n in a["hedges"].items()))
    if a["loaded_terms"]:
        lines.append(f"  loaded terms ({a['loaded_density_per_100_words']} per 100 words): " + ", ".join(
            f"{t['term']} ({t['category']}{', quoted' if t['quoted'] else ''})" for t in a["loaded_terms"]))
    if a["check_first"]:
        lines.append("  check first:")
        for c in a["check_first"]:
            lines.append(f"    [{c['score']}] {c['text']}")
    return "\n".join(lines)
