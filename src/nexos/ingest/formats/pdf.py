"""PDF: the text layer, reflowed into paragraphs, with page breaks recorded."""

from __future__ import annotations

import io
import logging
import re
import statistics
from itertools import pairwise

from nexos.errors import CorruptDocument, EmptyDocument, EncryptedDocument
from nexos.ingest.formats import APPLICATION_PDF, RawDocument
from nexos.ingest.formats._common import clean_meta, iso_date, meaningful_title, superscript
from nexos.ingest.formats.text import normalise

log = logging.getLogger(__name__)

_PAGE_NUMBER = re.compile(
    r"^\s*(?:p[aá]g(?:e|ina)?\.?\s*)?[-–]?\s*\d{1,4}\s*[-–]?\s*(?:(?:of|de|/)\s*\d{1,4})?\s*$", re.I
)
_BULLET = re.compile(r"^\s*(?:[•▪◦‣∙·\-–*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
_FOOTNOTE_LINE = re.compile(r"^\s*(?:\d{1,3}|[¹²³⁰⁴⁵⁶⁷⁸⁹]+)\s*[.)]?\s+\S")
_SENTENCE_END = re.compile(r"[.!?:;\"”»)\]]$")
_HYPHEN_END = re.compile(r"(\w)[-\u2010\u00ad]$")


def read_pdf(data: bytes, name: str) -> RawDocument:
    _check_header(data, name)
    reader = _open(data, name)
    pages = _page_texts(reader, name)
    if not any(p.strip() for p in pages):
        raise EmptyDocument(
            f"{name} has no text layer (it looks like a scanned image); run OCR on it first "
            "(for example `ocrmypdf in.pdf out.pdf`) and ingest the result"
        )
    text, page_breaks = _join_pages([reflow(p) for p in pages])
    title, meta = _metadata(reader)
    return RawDocument(text=text, media_type=APPLICATION_PDF, title=title, meta=meta, page_breaks=page_breaks)


def _check_header(data: bytes, name: str) -> None:
    if b"%PDF-" in data[:1024]:
        return
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype", b"<html")):
        what = "an HTML page (perhaps a failed download or a login page)"
    elif head[:4] == b"PK\x03\x04":
        what = "a ZIP archive (perhaps a .docx)"
    elif not head:
        what = "empty"
    else:
        what = "not a PDF"
    raise CorruptDocument(f"cannot read {name}: it is named .pdf but is {what}; download or export it again")


def _open(data: bytes, name: str):
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError) as exc:
        raise CorruptDocument(
            f"cannot read {name}: the PDF is damaged or truncated ({exc}); download or export it again"
        ) from exc
    if encrypted:
        try:
            opened = reader.decrypt("")
        except (DependencyError, NotImplementedError) as exc:
            raise EncryptedDocument(
                f"cannot read {name}: it is encrypted with a method that needs the "
                f"'cryptography' package ({exc}); decrypt it first or pip install cryptography"
            ) from exc
        except (FileNotDecryptedError, PdfReadError):
            opened = 0
        if not opened:
            raise EncryptedDocument(
                f"cannot read {name}: it is encrypted (password-protected); "
                "decrypt it first, e.g. `qpdf --decrypt --password=... in.pdf out.pdf`"
            )
    return reader


def _page_texts(reader, name: str) -> list[str]:
    from pypdf.errors import PdfReadError

    try:
        pages = list(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        raise CorruptDocument(
            f"cannot read {name}: its page tree is damaged ({exc}); download or export it again"
        ) from exc
    if not pages:
        raise CorruptDocument(f"cannot read {name}: the PDF has no pages; download or export it again")
    texts: list[str] = []
    for number, page in enumerate(pages, start=1):
        try:
            texts.append(_page_text(page))
        except Exception as exc:  # pypdf raises many kinds on odd content streams
            log.warning("%s: page %d text could not be extracted (%s); skipping it", name, number, exc)
            texts.append("")
    return texts


_DIGIT_CHUNK = re.compile(r"^\s*(\d{1,3})\s*$")
# A footnote's own number at the start of a small-print line: "1 Fiscalía ..." -> "¹ Fiscalía ...".
_NOTE_START = re.compile(r"(^|\n)(\d{1,3})(?:\s+|$)(?=\S|$)")


def _page_text(page) -> str:
    """The page's text with a blank line wherever the vertical gap says a paragraph ends.

    pypdf's visitor reports each text chunk with its matrices and font size;
    the concatenated chunks equal ``extract_text()``. The baseline of each
    line gives the gaps, and a small raised run of digits right after text
    is a footnote mark, written as superscript digits.
    """
    chunks: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, size):
        if text:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) or 1.0
            chunks.append((text, y, size * scale))

    plain = page.extract_text(visitor_text=visit) or ""
    if "".join(c[0] for c in chunks) != plain:
        return plain  # the visitor did not see everything; fall back to the plain text
    return _lines_with_gaps(chunks)


def _lines_with_gaps(chunks: list[tuple[str, float, float]]) -> str:
    sizes = [size for text, _, size in chunks if text.strip()]
    body = statistics.median(sizes) if sizes else 0.0
    lines: list[list] = [["", None]]  # [text, baseline]
    for text, y, size in chunks:
        small = bool(body) and size < 0.85 * body
        m = _DIGIT_CHUNK.match(text)
        if m and small and _attach_mark(lines, y, body, superscript(m.group(1))):
            continue
        if small:
            text = _NOTE_START.sub(lambda n: n.group(1) + superscript(n.group(2)) + " ", text)
        for i, piece in enumerate(text.split("\n")):
            if i > 0:
                lines.append(["", None])
            if piece.strip() and lines[-1][1] is None:
                lines[-1][1] = y
            lines[-1][0] += piece
    drops = [a[1] - b[1] for a, b in pairwise(lines) if a[1] is not None and b[1] is not None]
    step = _line_step([d for d in drops if d > 0])
    out: list[str] = []
    previous_y = None
    for text, y in lines:
        if y is not None and previous_y is not None and step:
            drop = previous_y - y
            if drop > 1.6 * step or drop < -step:
                out.append("")
        out.append(text)
        if y is not None:
            previous_y = y
    return "\n".join(out)


def _line_step(drops: list[float]) -> float:
    """The usual baseline-to-baseline distance: the most common drop, not the median,
    so a few paragraph gaps on a short page do not hide themselves."""
    if not drops:
        return 0.0
    rounded = [round(d * 2) / 2 for d in drops]
    return min(statistics.multimode(rounded))


def _attach_mark(lines: list[list], y: float, body: float, mark: str) -> bool:
    """Append a raised footnote mark to the line it sits on; False if it is not raised."""
    target = lines[-1] if lines[-1][0].strip() else (lines[-2] if len(lines) > 1 else None)
    if target is None or target[1] is None or not 0 < y - target[1] <= body:
        return False
    target[0] = target[0].rstrip() + mark
    return True


def _join_pages(pages: list[str]) -> tuple[str, list[int]]:
    parts: list[str] = []
    breaks: list[int] = []
    length = 0
    for page in pages:
        if not page:
            continue
        if parts:
            parts.append("\n\n")
            length += 2
            breaks.append(length)
        parts.append(page)
        length += len(page)
    return "".join(parts), breaks


# ---------------------------------------------------------------- reflow


def reflow(page_text: str) -> str:
    """Join the wrapped lines of one page into paragraphs separated by blank lines.

    Without coordinates the signals are textual: a blank line, a line much
    shorter than the page's usual width that ends a sentence, a bullet or a
    footnote-like line start. Hyphens at line ends are removed when the word
    continues in lower case ("organi-\\nzation").
    """
    lines = [line.strip() for line in normalise(page_text).split("\n")]
    lines = _drop_page_numbers(lines)
    width = _typical_width(lines)
    paragraphs: list[str] = []
    current = ""
    previous = ""
    for line in lines:
        if not line:
            current = _flush(current, paragraphs)
        elif current and _starts_paragraph(previous, line, width):
            current = _flush(current, paragraphs)
            current = line
        else:
            current = _join(current, line)
        previous = line
    _flush(current, paragraphs)
    return "\n\n".join(paragraphs)


def _flush(current: str, paragraphs: list[str]) -> str:
    if current.strip():
        paragraphs.append(re.sub(r"[ \t]{2,}", " ", current.strip()))
    return ""


def _join(current: str, line: str) -> str:
    if not current:
        return line
    m = _HYPHEN_END.search(current)
    if m and line[:1].islower():
        return current[:-1] + line
    if current.endswith(("-", "\u2010", "/")):
        return current + line
    return current + " " + line


def _starts_paragraph(previous: str, line: str, width: int) -> bool:
    if _BULLET.match(line) or (
        _FOOTNOTE_LINE.match(line) and ("http" in line or _SENTENCE_END.search(previous))
    ):
        return True
    short = len(previous) < 0.7 * width
    if short and _SENTENCE_END.search(previous):
        return True
    # A short line without final punctuation followed by a capital: a heading.
    return short and len(previous) < 0.5 * width and line[:1].isupper() and not previous.endswith(",")


def _typical_width(lines: list[str]) -> int:
    lengths = sorted(len(line) for line in lines if line)
    if not lengths:
        return 80
    high = lengths[int(0.8 * (len(lengths) - 1))]
    return max(30, int(statistics.median([n for n in lengths if n >= 0.5 * high] or [high])))


def _drop_page_numbers(lines: list[str]) -> list[str]:
    content = [i for i, line in enumerate(lines) if line]
    if not content:
        return lines
    for idx in {content[0], content[-1]}:
        if _PAGE_NUMBER.match(lines[idx]):
            lines = lines[:idx] + [""] + lines[idx + 1 :]
    return lines


# ---------------------------------------------------------------- metadata


def _metadata(reader) -> tuple[str | None, dict]:
    try:
        info = reader.metadata or {}
    except Exception as exc:  # a damaged info dictionary should not stop the text
        log.debug("PDF metadata unreadable: %s", exc)
        return None, {}
    title = meaningful_title(_str(info.get("/Title")))
    meta = {
        "author": _str(info.get("/Author")),
        # A file's creation date is not its publication date; the caller may decide.
        "created": iso_date(_str(info.get("/CreationDate"))),
    }
    return title, clean_meta(meta)


def _str(value) -> str | None:
    return str(value) if value is not None else None
