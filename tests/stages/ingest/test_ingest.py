"""Ingest: bad input gets a clear, coded error; good input an id and a hash."""

import hashlib

import pytest

from pipeline.doc.errors import InputError
from pipeline.stages.ingest.read import IngestConfig, assign_ids, discover, read_document


def test_read_document_gives_id_hash_and_normalised_text(tmp_path):
    path = tmp_path / "paper_one.md"
    raw = b"**Title**\n\nText of the abstract.\n"
    path.write_bytes(raw)
    doc = read_document(path)
    assert doc.id == "paper_one"
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()
    assert doc.text.startswith("Title")


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Қазақстан".encode("cp1251", errors="replace") + b"\xe9\xfa", "encoding"),
        (b"**\n\n**", "empty"),
    ],
)
def test_read_document_rejects_bad_input(tmp_path, content, code):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert err.value.code == code
    assert str(path) in str(err.value)


def test_read_document_rejects_too_large_and_unknown_format(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    with pytest.raises(InputError, match="over the limit") as err:
        read_document(big, IngestConfig(max_bytes=100))
    assert err.value.code == "too-large"
    docx = tmp_path / "paper.docx"
    docx.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match="unsupported format") as err:
        read_document(docx)
    assert err.value.code == "unsupported-format"
    # PDFs are read (pipeline/stages/ingest/pdf); a header alone is damaged
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError) as err:
        read_document(pdf)
    assert err.value.code == "damaged-pdf"


def test_discover_reports_missing_paths_and_empty_folders(tmp_path):
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "sub" / "a.txt").write_text("a")
    (tmp_path / "docs" / "b.md").write_text("b")
    (tmp_path / "docs" / "notes.docx").write_text("c")
    (tmp_path / "empty").mkdir()
    found = list(discover([tmp_path / "docs", tmp_path / "empty", tmp_path / "nowhere.txt"]))
    paths = [p.name for p in found if not isinstance(p, InputError)]
    codes = [e.code for e in found if isinstance(e, InputError)]
    assert paths == ["b.md", "a.txt"]
    assert codes == ["unsupported-format", "no-documents", "missing"]


def test_assign_ids_keeps_stems_unique(tmp_path):
    a, b, c = tmp_path / "x" / "p.txt", tmp_path / "y" / "p.txt", tmp_path / "q.txt"
    ids = assign_ids([a, b, c])
    assert ids[c] == "q"
    assert ids[a] != ids[b] and ids[a].startswith("p~") and ids[b].startswith("p~")
