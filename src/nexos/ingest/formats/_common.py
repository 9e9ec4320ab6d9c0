"""Helpers shared by the format readers: text assembly with offsets, dates, titles."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# Invisible characters that only break matching downstream: soft hyphen,
# zero-width space/joiners, word joiner, BOM left inside the text.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_SPACE_LIKE = "\u00a0\u2007\u202f"


class _CleanTable(dict[int, "str | None"]):
    """The ``str.translate`` table of ``clean_piece``: invisible characters dropped, space-like ones made spaces,
    any other character kept (found here after its first time, instead of a KeyError raised and caught for
    every character of a text that is not all ASCII)."""

    def __missing__(self, code: int) -> str:
        kept = self[code] = chr(code)
        return kept


_CLEAN = _CleanTable({**dict.fromkeys(map(ord, _INVISIBLE)), **dict.fromkeys(map(ord, _SPACE_LIKE), " ")})
_WS_RUN = re.compile(r"[ \t\r\n\f\v]+")


def superscript(number: str) -> str:
    """``"12"`` → ``"¹²"``: the form footnote markers take in nexos text."""
    return number.translate(SUPERSCRIPT_DIGITS)


def clean_piece(text: str) -> str:
    """NFC, drop invisible characters, turn no-break spaces into spaces."""
    text = unicodedata.normalize("NFC", text)
    return text.translate(_CLEAN)


class TextBuilder:
    """Assembles extracted text while keeping link offsets exact.

    Whitespace is held back ("pending") and only written before the next
    visible character, so paragraphs never start or end with spaces and a
    link's recorded start always points at its first visible character.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self._pending = ""  # "", " ", "\n" or "\n\n"
        self._open: list[list] = []  # [start|None, href]
        self.links: list[tuple[int, int, str]] = []
        self.line_prefix = ""  # written at the start of each line while set ("> " in a block quote)

    @property
    def length(self) -> int:
        return self._len

    def text(self) -> str:
        return "".join(self._parts)

    def space(self) -> None:
        if not self._pending:
            self._pending = " "

    def line_break(self) -> None:
        if self._pending != "\n\n":
            self._pending = "\n"

    def paragraph_break(self) -> None:
        self._pending = "\n\n"

    def add(self, text: str, *, collapse: bool = True) -> None:
        """Append text; with ``collapse`` runs of whitespace become one space."""
        text = clean_piece(text)
        if not collapse:
            self._write_raw(text)
            return
        chunks = _WS_RUN.split(text)
        for i, chunk in enumerate(chunks):
            if i > 0:
                self.space()
            if chunk:
                self._write(chunk)

    def _write_raw(self, text: str) -> None:
        for i, line in enumerate(text.split("\n")):
            if i > 0:
                self.line_break()
            if line.strip():
                self._write(line.rstrip())

    def _write(self, chunk: str) -> None:
        starts_line = self._len == 0 or "\n" in self._pending
        if self._pending and self._len > 0:
            self._emit(self._pending)
        self._pending = ""
        if self.line_prefix and starts_line:
            self._emit(self.line_prefix)
        for entry in self._open:
            if entry[0] is None:
                entry[0] = self._len
        self._emit(chunk)

    def _emit(self, s: str) -> None:
        self._parts.append(s)
        self._len += len(s)

    def open_link(self, href: str) -> None:
        self._open.append([None, href])

    def close_link(self) -> None:
        if not self._open:
            return
        start, href = self._open.pop()
        if start is not None and self._len > start and href:
            self.links.append((start, self._len, href))


_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?")


def iso_date(value: str | None) -> str | None:
    """The date part of a metadata value as ``YYYY[-MM[-DD]]``, or None."""
    if not value:
        return None
    value = value.strip()
    m = _PDF_DATE.match(value) or _DATE.search(value)
    if m:
        year, month, day = m.group(1), m.group(2), m.group(3)
        if not 1800 <= int(year) <= 2100:
            return None
        if month and 1 <= int(month) <= 12:
            if day and 1 <= int(day) <= 31:
                return f"{year}-{int(month):02d}-{int(day):02d}"
            return f"{year}-{int(month):02d}"
        return year
    for fmt in ("%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


_JUNK_TITLES = re.compile(
    r"^(untitled|sin t[ií]tulo|document\d*|documento\d*|title|microsoft word\b.*|"
    r".*\.(docx?|pdf|odt|rtf|txt))$",
    re.IGNORECASE,
)


def meaningful_title(value: str | None) -> str | None:
    """A stated title unless it is empty or a placeholder left by the authoring tool."""
    if not value:
        return None
    value = " ".join(clean_piece(value).split())
    if len(value) < 3 or _JUNK_TITLES.match(value):
        return None
    return value


def clean_meta(meta: dict[str, str | None]) -> dict[str, str]:
    """Keep only non-empty, whitespace-collapsed metadata values."""
    out: dict[str, str] = {}
    for key, value in meta.items():
        if value:
            value = " ".join(clean_piece(str(value)).split())
            if value:
                out[key] = value
    return out


def join_paragraphs(paragraphs: list[str]) -> str:
    return "\n\n".join(p for p in paragraphs if p.strip())
