"""Turn the bytes of a file into plain text plus what the file says about itself.

``read_bytes`` picks a reader by file extension and, when the extension is
missing or unknown (stdin is named ``-``), by the first bytes of the file.
Every failure is a :class:`nexos.errors.IngestError` whose message names the
file and says what to do.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from nexos.errors import IngestError, TooLarge, UnsupportedFormat

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 50_000_000

TEXT_PLAIN = "text/plain"
TEXT_MARKDOWN = "text/markdown"
TEXT_HTML = "text/html"
APPLICATION_PDF = "application/pdf"
APPLICATION_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

EXTENSIONS: dict[str, str] = {
    ".txt": TEXT_PLAIN,
    ".text": TEXT_PLAIN,
    ".md": TEXT_MARKDOWN,
    ".markdown": TEXT_MARKDOWN,
    ".html": TEXT_HTML,
    ".htm": TEXT_HTML,
    ".xhtml": TEXT_HTML,
    ".pdf": APPLICATION_PDF,
    ".docx": APPLICATION_DOCX,
}

SUPPORTED_HINT = "plain text (.txt), Markdown (.md), HTML (.html/.htm), PDF (.pdf) and Word (.docx)"

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class RawDocument:
    """What a format reader extracted from one file, before any analysis."""

    text: str
    media_type: str
    title: str | None = None
    meta: dict = field(default_factory=dict)
    page_breaks: list[int] = field(default_factory=list)
    links: list[tuple[int, int, str]] = field(default_factory=list)
    encoding: str | None = None


def read_bytes(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Extract a :class:`RawDocument` from ``data``; ``name`` is used for dispatch and messages."""
    display = name or "-"
    check_size(len(data), display, max_bytes)
    media_type = detect_media_type(data, display)
    log.debug("reading %s as %s (%d bytes)", display, media_type, len(data))
    return _reader(media_type)(data, display)


def read_path(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Read a file from disk, refusing oversized files before loading them."""
    p = Path(path)
    if not p.exists():
        raise IngestError(f"cannot read {p}: no such file; check the path")
    if p.is_dir():
        raise IngestError(f"cannot read {p}: it is a folder; pass the files inside it")
    check_size(p.stat().st_size, str(p), max_bytes)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read {p}: {exc.strerror or exc}; check its permissions") from exc
    return read_bytes(data, p.name, max_bytes=max_bytes)


def check_size(size: int, name: str, max_bytes: int) -> None:
    if max_bytes and size > max_bytes:
        raise TooLarge(
            f"cannot read {name}: it is {_human(size)}, over the limit of {_human(max_bytes)}; "
            f"raise the limit with --max-size (e.g. --max-size {_suggest(size)})"
        )


def _human(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} kB"
    return f"{n} bytes"


def _suggest(size: int) -> str:
    return f"{-(-size // 1_000_000) + 1}MB"


def detect_media_type(data: bytes, name: str) -> str:
    """The media type to read ``data`` as: strong magic bytes, then extension, then content."""
    ext = Path(name).suffix.lower() if name not in ("", "-") else ""
    by_ext = EXTENSIONS.get(ext)
    sniffed = sniff(data)
    if by_ext in (APPLICATION_PDF, APPLICATION_DOCX):
        # Those readers check the content themselves and explain a mismatch.
        return by_ext
    if sniffed in (APPLICATION_PDF, APPLICATION_DOCX):
        if by_ext:
            log.warning(
                "%s is named like %s but its content is %s; reading it as %s", name, by_ext, sniffed, sniffed
            )
        return sniffed
    if by_ext:
        return by_ext
    if sniffed:
        return sniffed
    if data[:8] == OLE_MAGIC:
        raise UnsupportedFormat(
            f"cannot read {name}: it is an old Microsoft Office file or an encrypted one; "
            f"save it as .docx or PDF (without a password). nexos reads {SUPPORTED_HINT}"
        )
    raise UnsupportedFormat(
        f"cannot read {name}: its type is not recognised (extension {ext or 'none'!r}); "
        f"nexos reads {SUPPORTED_HINT}; convert it to one of those"
    )


def sniff(data: bytes) -> str | None:
    """Guess a media type from content alone; None for binary or unknown data."""
    head = data[:2048]
    if head.lstrip()[:5] == b"%PDF-":
        return APPLICATION_PDF
    if head[:4] == b"PK\x03\x04":
        return APPLICATION_DOCX if b"word/" in data[:65536] or _zip_has_word(data) else None
    from nexos.ingest.formats.text import looks_like_text

    if not looks_like_text(data):
        return None
    lowered = head.lower().lstrip(b"\xef\xbb\xbf \t\r\n")
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered or b"<body" in lowered:
        return TEXT_HTML
    return TEXT_PLAIN


def _zip_has_word(data: bytes) -> bool:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "word/document.xml" in zf.namelist()
    except zipfile.BadZipFile:
        return False


def _reader(media_type: str) -> Callable[[bytes, str], RawDocument]:
    # Imported lazily so reading a .txt never loads pypdf, lxml or python-docx.
    if media_type == TEXT_PLAIN:
        from nexos.ingest.formats.text import read_text

        return read_text
    if media_type == TEXT_MARKDOWN:
        from nexos.ingest.formats.text import read_markdown

        return read_markdown
    if media_type == TEXT_HTML:
        from nexos.ingest.formats.html import read_html

        return read_html
    if media_type == APPLICATION_PDF:
        from nexos.ingest.formats.pdf import read_pdf

        return read_pdf
    if media_type == APPLICATION_DOCX:
        from nexos.ingest.formats.docx import read_docx

        return read_docx
    raise UnsupportedFormat(f"no reader for {media_type}; nexos reads {SUPPORTED_HINT}")


__all__ = [
    "APPLICATION_DOCX",
    "APPLICATION_PDF",
    "DEFAULT_MAX_BYTES",
    "EXTENSIONS",
    "RawDocument",
    "TEXT_HTML",
    "TEXT_MARKDOWN",
    "TEXT_PLAIN",
    "check_size",
    "detect_media_type",
    "read_bytes",
    "read_path",
    "sniff",
]
