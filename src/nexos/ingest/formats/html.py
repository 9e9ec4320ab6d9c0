"""HTML: the main text of a web page, its links, footnotes and publication metadata."""

from __future__ import annotations

import json
import logging
import re
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from nexos.errors import CorruptDocument, EmptyDocument
from nexos.ingest.formats import TEXT_HTML, RawDocument
from nexos.ingest.formats._common import TextBuilder, clean_meta, iso_date, meaningful_title, superscript
from nexos.ingest.formats.text import decode_text

log = logging.getLogger(__name__)

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "object",
    "embed",
    "nav",
    "aside",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "label",
    "dialog",
    "menu",
    "head",
    "link",
    "meta",
)
_DROP_ROLES = {
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
    "alertdialog",
}
# Tokens of class/id values that mark page furniture rather than content.
_BOILERPLATE_TOKENS = {
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "menu",
    "navbar",
    "nav",
    "navigation",
    "breadcrumb",
    "breadcrumbs",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "subscription",
    "sidebar",
    "advert",
    "advertisement",
    "ads",
    "promo",
    "related",
    "popup",
    "modal",
    "skip",
    "paywall",
    "comments",
    "comment",
    "widget",
    "masthead",
    "toolbar",
    "pagination",
    "tags",
}
_FOOTNOTE_TOKENS = {"footnotes", "footnote", "endnotes", "endnote", "notes", "notas", "references", "fn"}
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "pre",
    "figure",
    "figcaption",
    "table",
    "tr",
    "address",
    "hr",
    "details",
    "summary",
    "body",
    "caption",
    "center",
}
_CELL_TAGS = {"td", "th"}
_FN_HREF = re.compile(r"^#(?:fn|footnote|note|endnote|_ftn|_edn|ftn|cite_note|nota)[-_:]?\w*", re.I)
_BACKREF = re.compile(r"^\s*[↩↑^⤴]\s*\ufe0e?\s*$")
_DIGITS = re.compile(r"^\s*\[?\(?(\d{1,3})\)?\]?\s*$")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


def read_html(data: bytes, name: str) -> RawDocument:
    markup, encoding = _decode(data, name)
    try:
        soup = BeautifulSoup(markup, "lxml")
    except Exception as exc:  # lxml rarely fails, but a damaged file must not crash ingest
        raise CorruptDocument(
            f"cannot read {name}: the HTML could not be parsed ({exc}); save the page again"
        ) from exc
    meta = _metadata(soup)
    title = meta.pop("title", None)
    root = _main_root(soup)
    footnote_blocks = _footnotes_outside(soup, root)
    _strip_boilerplate(root)
    builder = TextBuilder()
    base = meta.get("source_url")
    _Renderer(builder, base).render(root)
    for block in footnote_blocks:
        builder.paragraph_break()
        _Renderer(builder, base).render(block)
    text = builder.text()
    if not text.strip():
        raise EmptyDocument(
            f"{name} has no readable text once navigation and scripts are removed; "
            "if the page builds its text with JavaScript, save the rendered page instead"
        )
    if title is None:
        h1 = soup.find("h1")
        title = meaningful_title(h1.get_text(" ", strip=True)) if h1 else None
    return RawDocument(
        text=text,
        media_type=TEXT_HTML,
        title=title,
        meta=clean_meta(meta),
        links=sorted(builder.links),
        encoding=encoding,
    )


def _decode(data: bytes, name: str) -> tuple[str, str]:
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        encoding = declared.group(1).decode("ascii", "ignore").lower()
        try:
            text = data.decode(encoding)
            if encoding in ("iso-8859-1", "latin-1", "us-ascii", "ascii"):
                # Browsers read these labels as windows-1252; so do we.
                text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
            return text.lstrip("\ufeff"), encoding
        except (LookupError, UnicodeDecodeError):
            log.warning("%s declares charset %s but does not decode with it; guessing", name, encoding)
    text, encoding = decode_text(data, name)
    return text.lstrip("\ufeff"), encoding


# ---------------------------------------------------------------- metadata


def _metadata(soup: BeautifulSoup) -> dict[str, str | None]:
    metas = _meta_tags(soup)
    ld = _json_ld(soup)
    canonical = soup.find("link", rel=lambda v: v and "canonical" in v)
    title_tag = soup.title.get_text(" ", strip=True) if soup.title else None
    h1 = soup.find("h1")
    site = (
        metas.get("og:site_name")
        or metas.get("citation_publisher")
        or metas.get("dc.publisher")
        or metas.get("dcterms.publisher")
        or ld.get("publisher")
        or metas.get("publisher")
        or _site_from_title(title_tag, h1.get_text(" ", strip=True) if h1 else None)
    )
    published = (
        metas.get("article:published_time")
        or metas.get("citation_publication_date")
        or metas.get("citation_date")
        or metas.get("dc.date")
        or metas.get("dcterms.date")
        or metas.get("date")
        or metas.get("pubdate")
        or metas.get("publish-date")
        or metas.get("datepublished")
        or metas.get("dcterms.issued")
        or metas.get("dc.date.issued")
        or metas.get("parsely-pub-date")
        or metas.get("sailthru.date")
        or ld.get("datePublished")
        or _time_tag(soup)
    )
    title = (
        metas.get("og:title")
        or metas.get("citation_title")
        or metas.get("twitter:title")
        or ld.get("headline")
        or _strip_site_suffix(title_tag, site)
    )
    return {
        "title": meaningful_title(title),
        "publisher": site,
        "published": _meta_date(published),
        "author": metas.get("author")
        or metas.get("citation_author")
        or metas.get("article:author")
        or metas.get("dc.creator")
        or ld.get("author"),
        "source_url": _attr(canonical.get("href") if canonical else None) or metas.get("og:url"),
        "language": _attr(soup.html.get("lang") if soup.html else None),
    }


def _meta_tags(soup: BeautifulSoup) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        value = (tag.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
    return found


def _json_ld(soup: BeautifulSoup) -> dict[str, str]:
    """datePublished, headline, publisher and author from simple JSON-LD blocks."""
    out: dict[str, str] = {}
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError):
            continue
        for item in _ld_items(data):
            for key in ("datePublished", "headline"):
                if isinstance(item.get(key), str):
                    out.setdefault(key, item[key])
            for key in ("publisher", "author"):
                name = _ld_name(item.get(key))
                if name:
                    out.setdefault(key, name)
    return out


def _ld_items(data: object) -> list[dict]:
    if isinstance(data, list):
        return [x for item in data for x in _ld_items(item)]
    if isinstance(data, dict):
        return [data, *_ld_items(data.get("@graph", []))]
    return []


def _ld_name(value: object) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) else None


def _attr(value: object) -> str | None:
    """An attribute's text; bs4 gives a list for multi-valued attributes."""
    if isinstance(value, list):
        value = " ".join(str(v) for v in value)
    return str(value) if value else None


def _meta_date(value: str | None) -> str | None:
    """A written date ("June 2, 2025", "2 de junio de 2025") keeps its day, not just its year."""
    from nexos.ingest.metadata import normalize_date  # metadata never imports formats

    found = normalize_date(value) if value else None
    return found[0] if found else iso_date(value)


def _time_tag(soup: BeautifulSoup) -> str | None:
    tag = soup.find("time", datetime=True)
    return tag["datetime"] if tag else None


_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


def _site_from_title(title: str | None, heading: str | None) -> str | None:
    """A title "Headline | Outlet" names the outlet when the page's own heading is that headline."""
    if not title or not heading:
        return None
    folded = " ".join(heading.split()).casefold()
    for sep in _TITLE_SEPARATORS:
        left, found, right = title.rpartition(sep)
        if found and left.strip().casefold() == folded and 0 < len(right.split()) <= 6:
            return right.strip()
    return None


def _strip_site_suffix(title: str | None, site: str | None) -> str | None:
    if not title or not site:
        return title
    for sep in _TITLE_SEPARATORS:
        if title.endswith(sep + site):
            return title[: -len(sep + site)]
    return title


# ---------------------------------------------------------------- main content


def _main_root(soup: BeautifulSoup) -> Tag:
    articles = soup.find_all("article")
    if articles:
        best = max(articles, key=lambda t: len(t.get_text(" ", strip=True)))
        if len(best.get_text(" ", strip=True)) > 200 or len(articles) == 1:
            return best
    for finder in (lambda: soup.find("main"), lambda: soup.find(attrs={"role": "main"})):
        found = finder()
        if found is not None:
            return found
    return soup.body or soup


def _tokens(tag: Tag) -> set[str]:
    values = tag.get("class") or []
    if isinstance(values, str):
        values = [values]
    raw = " ".join([*values, tag.get("id") or ""]).lower()
    return set(re.split(r"[-_\s]+", raw)) - {""}


def _is_footnote_container(tag: Tag) -> bool:
    if tag.name not in ("ol", "ul", "section", "div", "aside", "footer", "dl"):
        return False
    if _tokens(tag) & _FOOTNOTE_TOKENS or tag.get("role") == "doc-endnotes":
        return True
    items = tag.find_all("li", recursive=False)
    return bool(items) and all(
        re.match(r"^(fn|footnote|note|_ftn)", li.get("id") or "", re.I) for li in items
    )


def _footnotes_outside(soup: BeautifulSoup, root: Tag) -> list[Tag]:
    """Footnote lists that live outside the chosen main element, in page order."""
    found: list[Tag] = []
    for tag in soup.find_all(_is_footnote_container):
        ancestors = [p for p in tag.parents]
        if tag is root or any(p is root or any(p is f for f in found) for p in ancestors):
            continue
        if any(p is tag for p in root.parents):
            continue
        found.append(tag)
    for tag in found:
        tag.extract()
    return found


def _strip_boilerplate(root: Tag) -> None:
    for comment in root.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    total = max(1, len(root.get_text(" ", strip=True)))
    for tag in list(root.find_all(True)):
        if tag.decomposed or _is_footnote_container(tag) or _inside_footnotes(tag):
            continue
        if _is_boilerplate(tag, root, total):
            tag.decompose()


def _inside_footnotes(tag: Tag) -> bool:
    return any(_is_footnote_container(p) for p in tag.parents if isinstance(p, Tag))


def _is_boilerplate(tag: Tag, root: Tag, total: int) -> bool:
    if tag.name in _DROP_TAGS or tag.get("role") in _DROP_ROLES:
        return True
    if tag.get("hidden") is not None or tag.get("aria-hidden") == "true":
        return True
    if tag.name in ("header", "footer") and not _in_article(tag, root):
        return True
    if tag.name == "footer":
        return True
    if tag.name in ("article", "main") or not (_tokens(tag) & _BOILERPLATE_TOKENS):
        return False
    # A wrapper such as <div class="has-sidebar"> may hold the whole story.
    return len(tag.get_text(" ", strip=True)) < 0.5 * total


def _in_article(tag: Tag, root: Tag) -> bool:
    return root.name in ("article", "main") or any(p.name in ("article", "main") for p in tag.parents)


# ---------------------------------------------------------------- rendering


class _Renderer:
    def __init__(self, builder: TextBuilder, base: str | None) -> None:
        self.b = builder
        self.base = base
        self.in_footnotes = 0

    def render(self, node: Tag) -> None:
        self._node(node)

    def _node(self, node) -> None:
        if isinstance(node, Comment):
            return
        if isinstance(node, NavigableString):
            self.b.add(str(node))
            return
        if not isinstance(node, Tag):
            return
        handler = getattr(self, f"_tag_{node.name}", None)
        if handler is not None:
            handler(node)
            return
        if node.name in _BLOCK_TAGS:
            self._block(node)
        elif node.name in _CELL_TAGS:
            self._cell(node)
        else:
            self._children(node)

    def _children(self, node: Tag) -> None:
        for child in node.children:
            self._node(child)

    def _block(self, node: Tag) -> None:
        footnotes = _is_footnote_container(node)
        self.in_footnotes += footnotes
        self.b.paragraph_break()
        self._children(node)
        self.b.paragraph_break()
        self.in_footnotes -= footnotes

    def _cell(self, node: Tag) -> None:
        if node.find_previous_sibling(_CELL_TAGS):
            self.b.add(" | ")
        self._children(node)

    def _tag_br(self, node: Tag) -> None:
        self.b.line_break()

    def _tag_q(self, node: Tag) -> None:
        # a browser draws the marks of an inline quotation; the text must hold them too
        self.b.add("“")
        self._children(node)
        self.b.add("”")

    def _tag_blockquote(self, node: Tag) -> None:
        # a block quotation's lines start with "> ", as in Markdown, so its words stay set apart
        outer = self.b.line_prefix
        self.b.line_prefix = "> "
        self._block(node)
        self.b.line_prefix = outer

    def _tag_pre(self, node: Tag) -> None:
        self.b.paragraph_break()
        self.b.add(node.get_text(), collapse=False)
        self.b.paragraph_break()

    def _tag_img(self, node: Tag) -> None:
        return  # alt text of images is rarely prose

    def _tag_li(self, node: Tag) -> None:
        if self.in_footnotes:
            self._footnote_item(node)
        else:
            self._block(node)

    def _footnote_item(self, node: Tag) -> None:
        self.b.paragraph_break()
        number = _footnote_number(node)
        if number and not _starts_with_number(node, number):
            self.b.add(superscript(number) + " ")
        urls_before = len(self.b.links)
        item_start = self.b.length
        self._children(node)
        shown = self.b.text()[item_start:]
        for _, _, href in self.b.links[urls_before:]:
            if href.startswith("http") and href not in shown:
                self.b.add(" " + href)
        self.b.paragraph_break()

    def _tag_sup(self, node: Tag) -> None:
        m = _DIGITS.match(node.get_text())
        if m:
            link = node.find("a", href=True)
            href = link["href"] if link else ""
            if link is None or href.startswith("#"):
                self.b.add(_as_printed(node.get_text(), m.group(1)))
                return
        self._children(node)

    def _tag_a(self, node: Tag) -> None:
        href = (node.get("href") or "").strip()
        label = node.get_text()
        if _BACKREF.match(label) or "backref" in " ".join(node.get("class") or []):
            return
        if _FN_HREF.match(href) and _DIGITS.match(label):
            self.b.add(_as_printed(label, _DIGITS.match(label).group(1)))
            return
        if not href or href.startswith(("#", "javascript:")):
            self._children(node)
            return
        self.b.open_link(urljoin(self.base, href) if self.base else href)
        self._children(node)
        self.b.close_link()


def _footnote_number(li: Tag) -> str | None:
    m = re.search(r"(\d+)$", li.get("id") or "")
    if m:
        return m.group(1)
    parent = li.parent
    if parent is not None and parent.name == "ol":
        start = int(parent.get("start") or 1) if str(parent.get("start") or "1").isdigit() else 1
        return str(start + parent.find_all("li", recursive=False).index(li))
    return None


def _starts_with_number(li: Tag, number: str) -> bool:
    text = li.get_text(" ", strip=True)
    return bool(re.match(rf"^\[?{number}[\].):\s]", text + " "))


def _as_printed(label: str, number: str) -> str:
    """A marker keeps the form the reader sees: "[1]" stays "[1]", a bare raised 1 becomes "¹"."""
    label = label.strip()
    return label if label[:1] in "[(" else superscript(number)
