"""Regenerate the small binary and legacy-encoding fixtures in tests/fixtures/formats/.

Dev-only: needs reportlab (PDFs), python-docx (DOCX) and, for the encrypted
DOCX, msoffcrypto-tool. The outputs are committed; tests never run this.

    python scripts/make_fixtures.py
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "formats"

SPANISH = (
    "La Fiscalía informó que el año pasado se incautaron 3 toneladas de cocaína "
    "en el puerto — según el “informe anual” — y que la investigación continúa.\n"
    "\n"
    "El señor Muñoz, alcalde de Tumaco, negó cualquier vínculo con la organización.\n"
)


def write(name: str, data: bytes) -> None:
    (OUT / name).write_bytes(data)
    print(f"{name}: {len(data)} bytes")


# ---------------------------------------------------------------- text


def make_texts() -> None:
    write("spanish-cp1252.txt", SPANISH.encode("cp1252"))
    # Latin-1 has no curly quotes or em dash, so that file uses plain ones.
    latin = SPANISH.replace("—", "-").replace("“", '"').replace("”", '"')
    write("spanish-latin1.txt", latin.encode("latin-1"))
    write("spanish-utf16.txt", SPANISH.replace("\n", "\r\n").encode("utf-16"))
    write("spanish-utf8-bom.txt", SPANISH.encode("utf-8-sig"))
    write("binary.txt", bytes(range(256)) * 4)
    write("blank.txt", b"  \r\n\t\n   \n")


# ---------------------------------------------------------------- PDF


def _pdf_two_pages(encrypt=None) -> bytes:
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A5, encrypt=encrypt)
    c.setTitle("Rutas del narcotráfico en el Pacífico")
    c.setAuthor("Centro de Estudios de Seguridad")
    page_one = [
        "The prosecutor's office said that two armed groups are fighting",
        "over the extortion business in the port of Buenaventura, where",
        "traffickers move cocaine towards Central America.",
        "",
        "Local leaders described threats against shop owners and the organi-",
        "zation of a curfew by one of the groups.",
    ]
    _draw_lines(c, page_one[:3], 540)
    # The footnote mark: a smaller, raised "1" right after "America.", in reading order.
    c.setFont("Helvetica", 6)
    c.drawString(40 + c.stringWidth(page_one[2], "Helvetica", 9) + 1, 540 - 2 * 13 + 3, "1")
    _draw_lines(c, page_one[3:], 540 - 3 * 13)
    c.setFont("Helvetica", 7)
    c.drawString(40, 60, "1 Fiscalía General, press release, https://www.fiscalia.example.gov.co/c/123")
    c.setFont("Helvetica", 9)
    c.drawString(200, 30, "1")
    c.showPage()
    page_two = [
        "In 2023 the navy seized 40 tonnes of cocaine on the Pacific coast,",
        "according to official figures.",
    ]
    _draw_lines(c, page_two, 540)
    c.drawString(200, 30, "2")
    c.showPage()
    c.save()
    return buf.getvalue()


def _draw_lines(c, lines: list[str], top: float) -> None:
    c.setFont("Helvetica", 9)
    y = top
    for line in lines:
        if line:
            c.drawString(40, y, line)
        y -= 13


def _pdf_scanned() -> bytes:
    from reportlab.lib.pagesizes import A6
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A6)
    c.rect(20, 20, 200, 300, fill=1)  # a picture, no text layer
    c.showPage()
    c.save()
    return buf.getvalue()


def make_pdfs() -> None:
    from reportlab.lib import pdfencrypt

    two = _pdf_two_pages()
    write("two-pages.pdf", two)
    enc = pdfencrypt.StandardEncryption("secreto", ownerPassword="dueno", strength=40)
    write("encrypted.pdf", _pdf_two_pages(encrypt=enc))
    write("truncated.pdf", two[: len(two) // 3])
    write("scanned.pdf", _pdf_scanned())
    write("html-named.pdf", b"<!DOCTYPE html><html><body>Access denied</body></html>")


# ---------------------------------------------------------------- DOCX


def _add_hyperlink(paragraph, url: str, text: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    d.core_properties.title = "Informe sobre economías ilegales"
    d.core_properties.author = "Observatorio Andino"
    from datetime import datetime

    d.core_properties.created = datetime(2024, 2, 1, 9, 0, 0)
    d.add_heading("Economías ilegales en la frontera", level=1)
    p = d.add_paragraph("Según el ")
    _add_hyperlink(p, "https://www.unodc.example.org/report-2023", "informe de la ONUDD")
    p.add_run(", los cultivos de coca crecieron en 2023.")
    table = d.add_table(rows=2, cols=2)
    for (r, c), value in {
        (0, 0): "Departamento",
        (0, 1): "Hectáreas",
        (1, 0): "Nariño",
        (1, 1): "61.000",
    }.items():
        table.cell(r, c).text = value
    d.add_paragraph("El Ejército desmanteló dos laboratorios.")
    buf = io.BytesIO()
    d.save(buf)
    return _with_footnote(buf.getvalue())


_FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> Ejército Nacional, boletín 45, https://www.ejercito.example.mil.co/b45</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)
_FOOTNOTE_REF = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'


def _with_footnote(docx_bytes: bytes) -> bytes:
    """python-docx cannot add footnotes, so patch the package: part, relation, reference."""
    src = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                marker = b"laboratorios.</w:t></w:r>"
                data = data.replace(marker, marker + _FOOTNOTE_REF.encode(), 1)
            elif item.filename == "word/_rels/document.xml.rels":
                rel = (
                    '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/'
                    '2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>'
                )
                data = data.replace(b"</Relationships>", rel.encode())
            elif item.filename == "[Content_Types].xml":
                ct = (
                    '<Override PartName="/word/footnotes.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'
                )
                data = data.replace(b"</Types>", ct.encode())
            dst.writestr(item, data)
        dst.writestr("word/footnotes.xml", _FOOTNOTES_XML)
    return out.getvalue()


def _encrypt_docx(plain: bytes) -> bytes | None:
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        print("msoffcrypto-tool not installed; keeping the existing encrypted.docx")
        return None
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(plain)).encrypt("secreto", out)
    return out.getvalue()


def make_docx() -> None:
    plain = _docx_bytes()
    write("report.docx", plain)
    encrypted = _encrypt_docx(plain)
    if encrypted:
        write("encrypted.docx", encrypted)
    write("truncated.docx", plain[:4000])


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    make_texts()
    make_pdfs()
    make_docx()


if __name__ == "__main__":
    main()
