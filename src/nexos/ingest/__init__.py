"""Ingestion: bytes of a file → a ``Document`` with text, metadata, segments and citations.

The format readers (``formats/``) only turn bytes into text; this module
adds what the text says about itself: language, title, publisher, date,
paragraphs, sentences and citations. It never looks at actors or claims.
"""

from __future__ import annotations

import hashlib
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from nexos.errors import IngestError, TooLarge, UnsupportedFormat
from nexos.ingest import citations, language, metadata, segment
from nexos.ingest.formats import read_bytes
from nexos.model import Document

log = logging.getLogger(__name__)

SUPPORTED = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")


def document_id(data: bytes) -> tuple[str, str]:
    """(id, sha256) of a file's bytes; the id is the first 16 hex digits."""
    digest = hashlib.sha256(data).hexdigest()
    return digest[:16], digest


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files under the given paths, folders walked recursively in name order.

    ``-`` stands for standard input and is yielded as ``Path('-')``. Hidden
    files and gold files (``*.gold.json``) inside folders are skipped; a file
    named directly is always yielded so that its error is reported.
    """
    for p in paths:
        path = Path(p)
        if str(p) == "-":
            yield path
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    if child.suffix.lower() in SUPPORTED:
                        yield child
        else:
            yield path


def read_source(path: Path, max_bytes: int) -> bytes:
    if str(path) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        if not path.exists():
            raise IngestError(f"cannot read {path}: no such file")
        size = path.stat().st_size
        if size > max_bytes:
            raise TooLarge(
                f"{path} is {size:,} bytes, over the limit of {max_bytes:,}; raise it with --max-size if you trust the file"
            )
        data = path.read_bytes()
    if len(data) > max_bytes:
        raise TooLarge(f"{path} is over the limit of {max_bytes:,} bytes; raise it with --max-size")
    return data


def build_document(data: bytes, name: str, path: str | None = None, max_bytes: int = 50 * 1024 * 1024) -> Document:
    """Read one file's bytes into a segmented ``Document`` (raises IngestError)."""
    if path is None and name != "-" and Path(name).suffix.lower() not in SUPPORTED and "." in Path(name).name:
        log.debug("unknown extension for %s, sniffing content", name)
    raw = read_bytes(data, name, max_bytes=max_bytes)
    doc_id, sha = document_id(data)
    text = raw.text.replace("\x00", "\ufffd")  # NUL cannot be stored everywhere; the same length keeps offsets
    lang = language.detect_language(text)
    paragraphs, sentences = segment.segment(text, lang)
    meta = metadata.detect_metadata(text, lang, dict(raw.meta or {}) | ({"title": raw.title} if raw.title else {}))
    cits = citations.find_citations(text, sentences, list(raw.links))
    title = meta.get("title") or raw.title or Path(name).stem
    return Document(
        id=doc_id,
        sha256=sha,
        text=text,
        title=title,
        path=path,
        language=lang,
        publisher=meta.get("publisher"),
        published=meta.get("published"),
        source_url=meta.get("source_url"),
        media_type=raw.media_type,
        size_bytes=len(data),
        paragraphs=paragraphs,
        sentences=sentences,
        citations=cits,
        page_breaks=list(raw.page_breaks),
        links=list(raw.links),
        meta={k: v for k, v in meta.items() if v is not None} | {"encoding": raw.encoding},
    )


def ingest_path(path: Path, max_bytes: int) -> Document:
    return document_from(path, read_source(path, max_bytes), max_bytes)


def document_from(path: Path, data: bytes, max_bytes: int) -> Document:
    """The document in ``data``, the bytes read from ``path`` (``-`` for stdin)."""
    name = "stdin" if str(path) == "-" else path.name
    if str(path) != "-" and path.suffix.lower() not in SUPPORTED and not path.suffix == "":
        # Content sniffing still gets a chance; a clear error comes from read_bytes otherwise.
        try:
            return build_document(data, name, str(path), max_bytes)
        except UnsupportedFormat as exc:
            raise UnsupportedFormat(f"{exc} (supported: {', '.join(SUPPORTED)})") from exc
    return build_document(data, name, None if str(path) == "-" else str(path), max_bytes)
