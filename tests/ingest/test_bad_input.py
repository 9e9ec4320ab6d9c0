"""Files nexos cannot read fail with the right error and a message that helps."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from nexos.errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    IngestError,
    TooLarge,
    UnsupportedFormat,
)
from nexos.ingest.formats import read_bytes, read_path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "formats"


def _fail(exc_type, data: bytes, name: str, **kwargs) -> str:
    with pytest.raises(exc_type) as info:
        read_bytes(data, name, **kwargs)
    message = str(info.value)
    assert name in message
    return message


def test_too_large_names_size_limit_and_flag() -> None:
    message = _fail(TooLarge, b"x" * 2_500_000, "big.txt", max_bytes=1_000_000)
    assert "2.5 MB" in message and "1.0 MB" in message and "--max-size" in message


def test_read_path_checks_size_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"0" * 5000)
    with pytest.raises(TooLarge, match="huge.pdf"):
        read_path(path, max_bytes=1000)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file"):
        read_path(tmp_path / "absent.txt")
    with pytest.raises(IngestError, match="folder"):
        read_path(tmp_path)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\ufeff\n".encode("utf-8")])
def test_empty_text(data: bytes) -> None:
    assert "no text" in _fail(EmptyDocument, data, "vacio.txt")


def test_whitespace_fixture_is_empty() -> None:
    with pytest.raises(EmptyDocument):
        read_path(FIXTURES / "blank.txt")


def test_binary_bytes_named_txt_are_corrupt() -> None:
    with pytest.raises(CorruptDocument, match="binary data"):
        read_path(FIXTURES / "binary.txt")


def test_control_characters_are_corrupt() -> None:
    _fail(CorruptDocument, bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 50 + b"hola", "raro.txt")


def test_unknown_binary_lists_supported_types() -> None:
    message = _fail(UnsupportedFormat, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "scan.png")
    assert ".pdf" in message and ".docx" in message and ".html" in message


def test_unknown_binary_from_stdin() -> None:
    _fail(UnsupportedFormat, b"\x00\x01\x02\x03" * 100, "-")


def test_empty_html_page() -> None:
    page = b"<html><head><script>render()</script></head><body><nav>Menu</nav></body></html>"
    assert "JavaScript" in _fail(EmptyDocument, page, "app.html")


# ---------------------------------------------------------------- pdf


def test_encrypted_pdf() -> None:
    with pytest.raises(EncryptedDocument, match="encrypted.pdf.*decrypt it first"):
        read_path(FIXTURES / "encrypted.pdf")


def test_truncated_pdf() -> None:
    with pytest.raises(CorruptDocument, match="truncated.pdf.*damaged or truncated"):
        read_path(FIXTURES / "truncated.pdf")


def test_scanned_pdf_needs_ocr() -> None:
    with pytest.raises(EmptyDocument, match="scanned.pdf.*OCR"):
        read_path(FIXTURES / "scanned.pdf")


def test_html_saved_as_pdf() -> None:
    with pytest.raises(CorruptDocument, match="HTML page"):
        read_path(FIXTURES / "html-named.pdf")


# ---------------------------------------------------------------- docx


def test_encrypted_docx() -> None:
    with pytest.raises(EncryptedDocument, match="encrypted.docx.*password"):
        read_path(FIXTURES / "encrypted.docx")


def test_truncated_docx() -> None:
    with pytest.raises(CorruptDocument, match="truncated.docx.*damaged or truncated"):
        read_path(FIXTURES / "truncated.docx")


def test_legacy_doc_renamed_docx() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "WordDocument".encode("utf-16-le")
    assert ".doc" in _fail(UnsupportedFormat, ole, "viejo.docx")


def test_zip_that_is_not_word() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("data.csv", "a,b\n1,2\n")
    _fail(UnsupportedFormat, buf.getvalue(), "tabla.docx")


def test_docx_with_empty_body() -> None:
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    _fail(EmptyDocument, buf.getvalue(), "blanco.docx")
