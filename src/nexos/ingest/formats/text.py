"""Plain text and Markdown: decoding, newline/Unicode normalisation, light Markdown cleanup."""

from __future__ import annotations

import codecs
import logging
import re

from nexos.errors import CorruptDocument, EmptyDocument
from nexos.ingest.formats import TEXT_MARKDOWN, TEXT_PLAIN, RawDocument
from nexos.ingest.formats._common import clean_meta, clean_piece, iso_date

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_BYTES = frozenset(range(0x00, 0x09)) | {0x0B, 0x0E, 0x0F} | frozenset(range(0x10, 0x20)) | {0x7F}
_CONTROL_BYTE_STRING = bytes(sorted(_CONTROL_BYTES))
_MAX_CONTROL_RATIO = 0.05


# ---------------------------------------------------------------- decoding


def looks_like_text(data: bytes) -> bool:
    """True unless the bytes look binary (NULs outside UTF-16, many control bytes)."""
    if _bom_encoding(data) or _utf16_without_bom(data):
        return True
    sample = data[:8192]
    if not sample:
        return True
    if b"\x00" in sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTE_STRING))  # (the control bytes, deleted in C)
    return controls / len(sample) <= _MAX_CONTROL_RATIO


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: one byte of each pair is almost always NUL."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    if odd_nul > 0.6 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.6 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode bytes to str and say which encoding was used.

    Order: BOM, BOM-less UTF-16, strict UTF-8, mostly-UTF-8 with a few bad
    bytes, then Windows-1252 (bytes 0x80-0x9F are curly quotes and dashes in
    real files, never C1 controls), then charset-normalizer, then Latin-1.
    """
    encoding = _bom_encoding(data) or _utf16_without_bom(data)
    if encoding:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise CorruptDocument(
                f"cannot read {name}: it claims to be {encoding} but has invalid bytes "
                f"at position {exc.start}; re-save it as UTF-8"
            ) from exc
    if not looks_like_text(data):
        raise CorruptDocument(
            f"cannot read {name}: it contains binary data, not text; "
            "if it is a PDF or Word file, give it the right extension (.pdf, .docx)"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data, name)


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    good = sum(1 for ch in lenient if ord(ch) > 127 and ch != "\ufffd")
    # Legacy-encoded Spanish almost never forms valid UTF-8 sequences by accident,
    # so a few valid ones mean UTF-8 with some damage.
    if good >= max(2, bad):
        log.warning("%s is UTF-8 with %d undecodable byte(s); they became U+FFFD", name, bad)
        return lenient, "utf-8"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        has_c1 = any(0x80 <= b <= 0x9F for b in data)
        # Without bytes 0x80-0x9F both code pages decode identically.
        return text, "cp1252" if has_c1 else "iso-8859-1"
    guessed = _charset_normalizer_guess(data)
    if guessed:
        return guessed
    return data.decode("latin-1"), "iso-8859-1"


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - it ships with requests, but stay safe
        return None
    best = from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    if _control_ratio(text) > _MAX_CONTROL_RATIO:
        return None
    return text, best.encoding


# Unicode's control characters (category Cc: U+0000-U+001F and U+007F-U+009F) but tab, newline, form feed and
# carriage return
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = len(_CONTROL_CHARS.findall(text))  # (one scan in C instead of a category look-up per character)
    return bad / len(text)


def normalise(text: str) -> str:
    """Newlines to ``\\n``, NFC, no trailing spaces, no leading/trailing blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.replace("\f", "\n\n")
    text = clean_piece(text)
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text)


def _decoded(data: bytes, name: str) -> tuple[str, str]:
    raw, encoding = decode_text(data, name)
    if _control_ratio(raw) > _MAX_CONTROL_RATIO:
        raise CorruptDocument(
            f"cannot read {name}: after decoding as {encoding} it is mostly control characters; "
            "the file is damaged or not text"
        )
    text = normalise(raw)
    if not text.strip():
        raise EmptyDocument(f"{name} has no text (it is empty or only whitespace); nothing to ingest")
    return text, encoding


def read_text(data: bytes, name: str) -> RawDocument:
    text, encoding = _decoded(data, name)
    return RawDocument(text=text, media_type=TEXT_PLAIN, encoding=encoding)


# ---------------------------------------------------------------- markdown

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_FM_KEYS = {
    "title": "title",
    "date": "published",
    "published": "published",
    "author": "author",
    "publisher": "publisher",
    "source": "source_url",
    "url": "source_url",
    "canonical": "source_url",
}
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE)
_INLINE = re.compile(
    r"(?P<img>!\[(?P<alt>[^\]\n]*)\]\((?P<isrc>[^)\s]+)(?:\s+\"[^\"]*\")?\))"
    r"|(?P<link>\[(?P<label>[^\]\n]+)\]\((?P<href>[^)\s]+)(?:\s+\"[^\"]*\")?\))"
    r"|(?P<auto><(?P<aurl>https?://[^>\s]+)>)"
    r"|(?P<fnref>\[\^(?P<fnid>[^\]\s]+)\](?!:))"
    r"|(?P<code>`(?P<ctext>[^`\n]+)`)"
    r"|(?P<strong>(?P<sm>\*\*|__)(?=\S)(?P<stext>.+?)(?<=\S)(?P=sm))"
    r"|(?P<em>(?<![\w*])\*(?=[^\s*])(?P<etext>[^*\n]+?)(?<=\S)\*(?![\w*])"
    r"|(?<![\w_])_(?=[^\s_])(?P<utext>[^_\n]+?)(?<=\S)_(?![\w_]))"
)
_FN_DEF = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]*", re.MULTILINE)


def read_markdown(data: bytes, name: str) -> RawDocument:
    """Markdown as readable text: markup removed, links kept as offsets."""
    source, encoding = _decoded(data, name)
    source, meta = _front_matter(source)
    title = meta.pop("title", None)
    if title is None:
        first = _HEADING.search(source)
        title = first.group(1).strip() if first else None
    source = _HEADING.sub(lambda m: m.group(1), source)
    source = re.sub(r"^ {0,3}>[ \t]?", "", source, flags=re.MULTILINE)
    source = re.sub(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", "", source, flags=re.MULTILINE)
    numbers: dict[str, str] = {}
    source = _FN_DEF_LINE.sub(_expose_footnote_urls, source)
    # footnote definitions keep their printed "[^1]:" so markers and definitions read as written
    text, links = _render_inline(source, numbers)
    text = normalise(text)
    if not text.strip():
        raise EmptyDocument(f"{name} has no text once its Markdown markup is removed; nothing to ingest")
    return RawDocument(
        text=text,
        media_type=TEXT_MARKDOWN,
        title=title,
        meta=clean_meta(meta),
        links=links,
        encoding=encoding,
    )


_FN_DEF_LINE = re.compile(r"^\[\^[^\]\s]+\]:.*$", re.MULTILINE)
_MD_LINK = re.compile(r"(?<!!)\[[^\]\n]+\]\((https?://[^)\s]+)(?:\s+\"[^\"]*\")?\)")


def _expose_footnote_urls(m: re.Match) -> str:
    """A footnote's URL must stay visible so citations can be linked from the text alone."""
    line = m.group(0)
    return _MD_LINK.sub(lambda lm: f"{lm.group(0)} <{lm.group(1)}>", line)


def _fn_number(label: str, numbers: dict[str, str]) -> str:
    if label not in numbers:
        numbers[label] = label if label.isdigit() else str(len(numbers) + 1)
    return numbers[label]


def _front_matter(source: str) -> tuple[str, dict]:
    m = _FRONT_MATTER.match(source)
    if not m:
        return source, {}
    meta: dict[str, str] = {}
    for line in m.group(1).split("\n"):
        key, sep, value = line.partition(":")
        target = _FM_KEYS.get(key.strip().lower())
        if sep and target and value.strip():
            meta[target] = value.strip().strip("'\"")
    if "published" in meta:
        meta["published"] = iso_date(meta["published"]) or meta["published"]
    return source[m.end() :].lstrip("\n"), meta


def _render_inline(source: str, numbers: dict[str, str]) -> tuple[str, list[tuple[int, int, str]]]:
    """Strip inline markup; link offsets are computed on the output text."""
    out: list[str] = []
    links: list[tuple[int, int, str]] = []
    length = 0
    pos = 0
    for m in _INLINE.finditer(source):
        out.append(source[pos : m.start()])
        length += m.start() - pos
        piece, inner_links, href = _render_match(m, numbers)
        links.extend((s + length, e + length, h) for s, e, h in inner_links)
        if href and piece:
            links.append((length, length + len(piece), href))
        out.append(piece)
        length += len(piece)
        pos = m.end()
    out.append(source[pos:])
    text = "".join(out)
    return _fix_offsets_after_normalise(text, links)


def _render_match(m: re.Match, numbers: dict[str, str]) -> tuple[str, list, str | None]:
    if m.group("img"):
        return m.group("alt"), [], None
    if m.group("link"):
        label, inner = _render_inline(m.group("label"), numbers)
        return label, inner, m.group("href")
    if m.group("auto"):
        return m.group("aurl"), [], m.group("aurl")
    if m.group("fnref"):
        return m.group("fnref"), [], None  # "[^1]" as printed
    if m.group("code"):
        return m.group("ctext"), [], None
    inner_text = m.group("stext") or m.group("etext") or m.group("utext") or ""
    piece, inner = _render_inline(inner_text, numbers)
    return piece, inner, None


def _fix_offsets_after_normalise(text: str, links: list) -> tuple[str, list]:
    """``normalise`` strips leading blank lines and collapses runs; shift links to match.

    Rather than re-deriving every edit, map each link by finding its anchor
    text again at or after its expected place in the normalised text.
    """
    clean = normalise(text)
    if clean == text:
        return text, links
    fixed: list[tuple[int, int, str]] = []
    cursor = 0
    for start, end, href in sorted(links):
        anchor = normalise(text[start:end])
        found = clean.find(anchor, max(cursor, start - (len(text) - len(clean))))
        if found < 0:
            found = clean.find(anchor)
        if found >= 0:
            fixed.append((found, found + len(anchor), href))
            cursor = found + len(anchor)
    return clean, fixed
