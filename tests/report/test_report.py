from __future__ import annotations

import re

import pytest

from nexos.errors import NexosError
from nexos.report import html as report_html
from nexos.report.html import highlight_loaded, render_report, script_json

HOSTILE = 'Maduro <script>alert("x")</script> backs <img src=x onerror=alert(1)> the ELN.'


def _export():
    ents = [{"id": f"e{i}", "name": n, "type": t, "aliases": [], "mentions": [{"document": "d1", "start": 0, "end": 1}]}
            for i, (n, t) in enumerate([("Nicolás Maduro", "person"), ("ELN", "armed_group"),
                                        ("<b>Evil</b> Corp", "company"), ("Gobierno de Colombia", "government_body")])]
    claims = [
        {"id": "d1:c1", "document": "d1", "start": 10, "end": 10 + len(HOSTILE), "text": HOSTILE, "kind": "relation",
         "citations": ["javascript:alert(1)", "https://example.org/a?b=1&c=2"], "hedged": True, "hedges": ["reportedly"],
         "anonymous_source": True, "source_description": "sources close to <the> army", "loaded_terms": ["backs"],
         "loaded_term_spans": [{"start": 10 + HOSTILE.index("backs"), "end": 10 + HOSTILE.index("backs") + 5,
                                "term": "backs", "category": "framing"}],
         "entities": ["e0", "e1"], "corroborated_by": [], "contradicted_by": [],
         "grade": {"reliability": "F", "credibility": 4, "reasons": ["credibility 4: hedged"]}},
        {"id": "d1:c2", "document": "d1", "start": 200, "end": 260, "text": "El Gobierno de Colombia financia a la empresa.",
         "kind": "relation", "citations": [], "hedged": False, "anonymous_source": False, "loaded_terms": [],
         "entities": ["e3", "e2"], "corroborated_by": [], "contradicted_by": [],
         "grade": {"reliability": "B", "credibility": 3, "reasons": ["credibility 3"]}},
    ]
    rels = [{"id": "d1:r1", "type": "supports", "source": "e0", "target": "e1", "claims": ["d1:c1"], "negated": False,
             "evidence": [{"document": "d1", "start": 10, "end": 80, "text": HOSTILE}]},
            {"id": "d1:r2", "type": "funds", "source": "e3", "target": "e2", "claims": ["d1:c2"], "negated": False,
             "evidence": [{"document": "d1", "start": 200, "end": 260, "text": "El Gobierno de Colombia financia"}]}]
    events = [{"id": "v1", "type": "statement", "date": "2025", "date_precision": "year", "description": HOSTILE,
               "participants": ["e0"], "claims": ["d1:c1"], "evidence": []},
              {"id": "v2", "type": "arrest", "date": "2026-01-03", "date_precision": "day", "description": "arrest",
               "participants": ["e0"], "claims": [], "evidence": []}]
    docs = [{"id": "d1", "title": "<script>alert('title')</script>", "language": "en", "sha256": "x",
             "publisher": "Outlet", "published": "2026-01-13", "source_url": "javascript:alert(2)", "citations": []}]
    return {"schema": "nexos/export@1", "documents": docs, "entities": ents, "relations": rels, "events": events,
            "claims": claims}


AUDIT = [{"document": "d1", "title": "<script>t</script>", "publisher": "Outlet", "published": "2026-01-13",
          "claims": 2, "cited_claims": 1, "uncited_claims": 1, "citations": 2, "distinct_sources": 1,
          "sources": ["https://example.org/a"], "anonymous_claims": 1, "anonymous_share": 0.5,
          "anonymous_sources": ["<i>someone</i>"], "quotes": [{"speaker": None, "quote": "<script>q</script>"}],
          "hedged_claims": 1, "loaded_terms": [{"term": "backs", "category": "framing"}],
          "loaded_categories": {"framing": 1}, "loaded_density_per_100_words": 1.2, "check_first": [],
          "summary": "The document makes 2 claims."}]


@pytest.fixture(scope="module")
def page() -> str:
    return render_report(_export(), AUDIT)


def test_document_text_is_escaped(page):
    scripts = re.findall(r"<script\b[^>]*>", page)
    # only our own inline script and the JSON data block
    assert sorted(scripts) == ['<script type="application/json" id="edge-data">', "<script>"]
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>Evil</b>" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "&lt;b&gt;Evil&lt;/b&gt; Corp" in page
    assert 'href="javascript:' not in page


def test_no_external_resources(page):
    for tag in re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", page):
        assert not re.search(r"(?:src|href)\s*=", tag), tag
    assert "@import" not in page and "url(http" not in page


def test_sections_and_wording(page):
    for anchor in ("summary", "actors", "network", "timeline", "claims", "audit", "method"):
        assert f'id="{anchor}"' in page
    assert "not findings" in page and "document" in page and "asserts" in page
    assert '<mark class="loaded" title="loaded term: framing">backs</mark>' in page
    assert "<svg id=\"net\"" in page and "svg class=\"tl\"" in page
    assert "Gobierno de Colombia" in page  # Spanish text survives with its accents
    assert "Nicolás Maduro" in page
    assert '<a href="https://example.org/a?b=1&amp;c=2"' in page


def test_year_event_drawn_as_band_and_day_as_dot(page):
    assert re.search(r'<g class="ev ev-year">.*?<rect ', page, re.S)
    assert re.search(r'<g class="ev ev-day">.*?<circle ', page, re.S)
    assert "1 Jan 2025" not in page


def test_script_json_cannot_close_its_tag():
    out = str(script_json({"s": "</script><script>alert(1)</script>&"}))
    assert "</script" not in out and "<" not in out and "&" not in out


def test_highlight_falls_back_to_search_when_offsets_are_off():
    c = {"text": "Un régimen criminal", "start": 0, "loaded_term_spans": [{"start": 90, "end": 99, "term": "criminal",
                                                                          "category": "label"}]}
    assert str(highlight_loaded(c)) == 'Un régimen <mark class="loaded" title="loaded term: label">criminal</mark>'


def test_pdf_without_chromium_says_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setattr(report_html, "find_chromium", lambda: None)
    (tmp_path / "r.html").write_text("<p>x</p>")
    with pytest.raises(NexosError, match="apt-get install -y chromium"):
        report_html.html_to_pdf(tmp_path / "r.html", tmp_path / "r.pdf")


@pytest.mark.slow
@pytest.mark.skipif(report_html.find_chromium() is None, reason="headless Chromium not installed")
def test_pdf_with_chromium(tmp_path, page):
    src = tmp_path / "r.html"
    src.write_text(page, encoding="utf-8")
    report_html.html_to_pdf(src, tmp_path / "r.pdf")
    assert (tmp_path / "r.pdf").read_bytes()[:5] == b"%PDF-"


def test_write_report_html_from_store(tmp_path, monkeypatch):
    monkeypatch.setattr("nexos.export.native.build_export", lambda store: _export())
    monkeypatch.setattr("nexos.assess.audit.audit_documents", lambda store: AUDIT)
    out = tmp_path / "sub" / "report.html"
    report_html.write_report(object(), str(out))
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(NexosError):
        report_html.write_report(object(), str(out), fmt="docx")



def test_the_summary_counts_loose_ties_apart_from_asserted_ones():
    export = _export()
    export["relations"][1]["confidence"] = 0.3  # a tie inferred across sentences, or a loose pairing
    page = render_report(export, AUDIT)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    assert "1 asserted ties, and 1 loose ones" in text
    assert "2 asserted ties" in re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", render_report(_export(), AUDIT)))
