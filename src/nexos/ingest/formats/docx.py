"""Word .docx: body paragraphs and tables in order, hyperlinks, footnotes, core properties.

The body is walked as WordprocessingML rather than through python-docx's
``Paragraph.text`` because that drops footnote references and field-code
hyperlinks; python-docx still opens the package, resolves relationships and
reads the core properties.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile

from nexos.errors import CorruptDocument, EmptyDocument, EncryptedDocument, UnsupportedFormat
from nexos.ingest.formats import APPLICATION_DOCX, OLE_MAGIC, RawDocument
from nexos.ingest.formats._common import TextBuilder, clean_meta, iso_date, meaningful_title, superscript

log = logging.getLogger(__name__)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_HYPERLINK_FIELD = re.compile(r'HYPERLINK\s+"([^"]+)"')
_CONTAINERS = {"ins", "smartTag", "sdt", "sdtContent", "customXml", "fldSimple", "moveTo", "dir", "bdo"}


def read_docx(data: bytes, name: str) -> RawDocument:
    _check_container(data, name)
    document = _open(data, name)
    numbers: dict[str, int] = {}
    builder = TextBuilder()
    walker = _Walker(builder, document.part.rels, numbers)
    for block in document.element.body.iterchildren():
        walker.block(block)
    _append_notes(data, builder, numbers, name)
    text = builder.text()
    if not text.strip():
        raise EmptyDocument(
            f"{name} has no text in its body; if it holds only images, export it to PDF and run OCR"
        )
    title, meta = _core_properties(document)
    return RawDocument(
        text=text, media_type=APPLICATION_DOCX, title=title, meta=meta, links=sorted(builder.links)
    )


def _check_container(data: bytes, name: str) -> None:
    if data[:8] == OLE_MAGIC:
        if "EncryptionInfo".encode("utf-16-le") in data or b"EncryptedPackage" in data.replace(b"\x00", b""):
            raise EncryptedDocument(
                f"cannot read {name}: it is encrypted (password-protected); "
                "open it in Word and save a copy without a password, then ingest that"
            )
        raise UnsupportedFormat(
            f"cannot read {name}: it is an old binary Word document (.doc) "
            "with a .docx name; save it as .docx or PDF"
        )
    if data[:4] != b"PK\x03\x04":
        raise CorruptDocument(
            f"cannot read {name}: it is named .docx but is not a Word (ZIP) package; "
            "export it again from the word processor"
        )


def _open(data: bytes, name: str):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if "word/document.xml" not in zf.namelist():
                raise UnsupportedFormat(
                    f"cannot read {name}: it is a ZIP file but not a Word document (no word/document.xml)"
                )
            bad = zf.testzip()
        if bad:
            raise CorruptDocument(
                f"cannot read {name}: part {bad} of the package is damaged; export it again"
            )
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, EOFError) as exc:
        raise CorruptDocument(
            f"cannot read {name}: the Word package is damaged or truncated ({exc}); export it again"
        ) from exc
    except Exception as exc:  # lxml syntax errors and the like inside the package
        if isinstance(exc, (UnsupportedFormat, CorruptDocument)):
            raise
        raise CorruptDocument(f"cannot read {name}: its XML is damaged ({exc}); export it again") from exc


class _Walker:
    """Writes WordprocessingML paragraphs and tables into a TextBuilder."""

    def __init__(self, builder: TextBuilder, rels, numbers: dict[str, int], note: bool = False) -> None:
        self.b = builder
        self.rels = rels
        self.numbers = numbers
        self.note = note
        self._field_url: str | None = None
        self._field_link_open = False

    def block(self, el) -> None:
        tag = _local(el)
        if tag == "p":
            self.b.paragraph_break()
            self._inline(el)
            self.b.paragraph_break()
        elif tag == "tbl":
            self._table(el)
        elif tag in _CONTAINERS:
            for child in el.iterchildren():
                self.block(child)

    def _table(self, tbl) -> None:
        for row in tbl.iter(f"{W}tr"):
            self.b.paragraph_break()
            for i, cell in enumerate(row.iterchildren(f"{W}tc")):
                if i:
                    self.b.add(" | ")
                for j, p in enumerate(cell.iter(f"{W}p")):
                    if j:
                        self.b.space()
                    self._inline(p)
            self.b.paragraph_break()

    def _inline(self, el) -> None:
        for child in el.iterchildren():
            tag = _local(child)
            if tag == "r":
                self._run(child)
            elif tag == "hyperlink":
                self._hyperlink(child)
            elif tag in _CONTAINERS or tag == "sdtContent":
                self._inline(child)

    def _hyperlink(self, el) -> None:
        rel = self.rels.get(el.get(R_ID)) if el.get(R_ID) else None
        url = rel.target_ref if rel is not None and rel.is_external else None
        if url:
            self.b.open_link(url)
        start = self.b.length
        self._inline(el)
        if url:
            self.b.close_link()
            if self.note and url not in self.b.text()[start:]:
                self.b.add(" " + url)

    def _run(self, run) -> None:
        raised = run.find(f"{W}rPr/{W}vertAlign")
        superscripted = raised is not None and raised.get(f"{W}val") == "superscript"
        for child in run.iterchildren():
            tag = _local(child)
            if tag == "t":
                text = child.text or ""
                if superscripted and text.strip().isdigit():
                    text = superscript(text.strip())
                self.b.add(text)
            elif tag == "tab":
                self.b.space()
            elif tag in ("br", "cr"):
                self.b.line_break()
            elif tag in ("footnoteReference", "endnoteReference"):
                self.b.add(superscript(str(self._number(tag, child.get(f"{W}id")))))
            elif tag == "instrText":
                self._field_instruction(child.text or "")
            elif tag == "fldChar":
                self._field_char(child.get(f"{W}fldCharType"))
            elif tag == "noBreakHyphen":
                self.b.add("-")

    def _number(self, tag: str, note_id: str | None) -> int:
        key = f"{tag[:3]}:{note_id}"
        if key not in self.numbers:
            self.numbers[key] = 1 + sum(1 for k in self.numbers if k.startswith(tag[:3]))
        return self.numbers[key]

    def _field_instruction(self, instruction: str) -> None:
        m = _HYPERLINK_FIELD.search(instruction)
        if m:
            self._field_url = m.group(1)

    def _field_char(self, kind: str | None) -> None:
        if kind == "separate" and self._field_url:
            self.b.open_link(self._field_url)
            self._field_link_open = True
        elif kind == "end":
            if self._field_link_open:
                self.b.close_link()
            self._field_url, self._field_link_open = None, False


def _local(el) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


# ---------------------------------------------------------------- notes


def _append_notes(data: bytes, builder: TextBuilder, numbers: dict[str, int], name: str) -> None:
    """Footnotes and endnotes as "¹ text" paragraphs after the body, in reference order."""
    for kind, part_name in (("foo", "footnotes"), ("end", "endnotes")):
        notes = _read_notes(data, part_name, name)
        if not notes:
            continue
        ordered = sorted((n, key.split(":", 1)[1]) for key, n in numbers.items() if key.startswith(kind))
        for number, note_id in ordered:
            element = notes.get(note_id)
            if element is None:
                continue
            builder.paragraph_break()
            builder.add(superscript(str(number)) + " ")
            walker = _Walker(builder, _NoteRels(data, part_name), numbers, note=True)
            for i, p in enumerate(element.iter(f"{W}p")):
                if i:
                    builder.line_break()
                walker._inline(p)
            builder.paragraph_break()


def _read_notes(data: bytes, part_name: str, name: str) -> dict[str, object]:
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if f"word/{part_name}.xml" not in zf.namelist():
                return {}
            root = etree.fromstring(zf.read(f"word/{part_name}.xml"))
    except (zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        log.warning("%s: its %s could not be read (%s); they are left out", name, part_name, exc)
        return {}
    return {el.get(f"{W}id"): el for el in root if el.get(f"{W}type") in (None, "normal")}


class _NoteRels:
    """Relationship lookup for hyperlinks inside footnotes.xml / endnotes.xml."""

    def __init__(self, data: bytes, part_name: str) -> None:
        self._targets: dict[str, str] = {}
        from lxml import etree

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                root = etree.fromstring(zf.read(f"word/_rels/{part_name}.xml.rels"))
        except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError):
            return
        for rel in root:
            if rel.get("TargetMode") == "External":
                self._targets[rel.get("Id")] = rel.get("Target")

    def get(self, r_id: str):
        target = self._targets.get(r_id)
        return _ExternalRel(target) if target else None


class _ExternalRel:
    is_external = True

    def __init__(self, target: str) -> None:
        self.target_ref = target


# ---------------------------------------------------------------- properties


def _core_properties(document) -> tuple[str | None, dict]:
    props = document.core_properties
    created = props.created.date().isoformat() if props.created else None
    meta = {"author": props.author, "created": iso_date(created)}
    return meaningful_title(props.title), clean_meta(meta)
