"""Inputs accounted for: every entry under a folder is a document or a coded error;
encodings named; one file by two paths is one input; odd file names work."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.doc.errors import InputError
from pipeline.stages.ingest.encoding import decode, likely_encoding
from pipeline.stages.ingest.files import discover
from pipeline.stages.ingest.read import assign_ids, display, read_document

KK = "Аңдатпа. Қазақстан Республикасының ғылым бағдарламасы 2020 жылы қабылданды.\n"
RU = "Аннотация. Программа развития науки Республики Казахстан принята в 2020 году.\n"
EN = "Abstract. The science programme of the Republic of Kazakhstan was adopted in 2020.\n"


def _codes(found: list) -> dict[str, str]:
    return {Path(e.path).name: e.code for e in found if isinstance(e, InputError)}


def test_every_entry_of_a_folder_is_a_document_or_an_error(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "a.txt").write_text(EN)
    (docs / "sub" / "b.md").write_text(RU)
    (docs / "paper.docx").write_bytes(b"PK\x03\x04")
    (docs / "README").write_text("no suffix")
    os.mkfifo(docs / "pipe.txt")
    (docs / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "c.txt").write_text(KK)
    (docs / "linked").symlink_to(elsewhere, target_is_directory=True)
    (docs / ".hidden.txt").write_text(EN)
    found = list(discover([docs]))
    paths = sorted(p.name for p in found if isinstance(p, Path))
    assert paths == ["a.txt", "b.md", "c.txt"]
    assert _codes(found) == {"paper.docx": "unsupported-format", "README": "unsupported-format",
                             "pipe.txt": "special-file", "gone.txt": "dangling-link"}


def test_a_folder_that_cannot_be_listed_is_unreadable(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "a.txt").write_text(EN)
    real = os.scandir

    def scandir(path):  # root reads everything, so the refusal is simulated
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(discover([tmp_path]))
    assert _codes(found) == {"locked": "unreadable"}
    assert [p.name for p in found if isinstance(p, Path)] == ["a.txt"]


def test_named_inputs_that_are_no_files(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.md")
    (tmp_path / "dead.md").symlink_to(tmp_path / "missing.md")
    found = list(discover([tmp_path / "fifo.md", tmp_path / "dead.md", tmp_path / "no.md"]))
    assert [e.code for e in found] == ["special-file", "dangling-link", "missing"]


def test_one_file_by_several_paths_is_one_input(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "p.txt").write_text(EN)
    os.link(tmp_path / "p.txt", tmp_path / "hard.txt")
    (tmp_path / "soft.txt").symlink_to(tmp_path / "p.txt")
    monkeypatch.chdir(tmp_path)
    found = list(discover(["p.txt", tmp_path / "p.txt", tmp_path, "soft.txt"]))
    assert found == [Path("p.txt")]
    assert list(assign_ids(found).values()) == ["p"]


def test_a_file_name_that_is_not_utf8_is_read_and_shown(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9-\xd0\xb0.txt")
    path = tmp_path / name
    path.write_text(EN)
    (found,) = list(discover([tmp_path]))
    doc = read_document(found, doc_id=assign_ids([found])[found])
    assert doc.path.endswith("caf\\xe9-а.txt")
    assert doc.id.startswith("caf\ufffd-а~")
    doc.path.encode("utf-8") and doc.id.encode("utf-8")  # both are valid text
    assert display(path) == doc.path


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"])
@pytest.mark.parametrize("text", [EN, RU, KK])
def test_unicode_with_a_byte_order_mark_is_decoded(codec: str, text: str) -> None:
    raw = text.encode(codec)
    if codec == "utf-16-be":
        raw = b"\xfe\xff" + raw
    if codec == "utf-32-be":
        raw = b"\x00\x00\xfe\xff" + raw
    assert decode(raw, "x.txt") == text


@pytest.mark.parametrize(("raw", "guess"), [
    (RU.encode("cp1251"), "CP1251"),
    (RU.encode("koi8-r"), "KOI8-R"),
    ("Résumé of the Société générale".encode("cp1252"), "CP1252"),
    (EN.encode("utf-16-le"), "UTF-16LE"),
    (EN.encode("utf-16-be"), "UTF-16BE"),
])
def test_not_utf8_is_refused_with_the_likely_encoding(raw: bytes, guess: str) -> None:
    assert likely_encoding(raw) == guess
    with pytest.raises(InputError) as err:
        decode(raw, "x.txt")
    assert err.value.code == "encoding" and f"iconv -f {guess}" in err.value.reason


@pytest.mark.parametrize("at", [0, 100, 9000, 50_000])
def test_a_nul_byte_anywhere_is_refused(at: int) -> None:
    text = (EN * 1000)[:60_000]
    raw = (text[:at] + "\x00" + text[at:]).encode("utf-8")
    with pytest.raises(InputError) as err:
        decode(raw, "x.txt")
    assert err.value.code == "binary"


def test_a_nul_in_utf16_text_is_refused_too() -> None:
    with pytest.raises(InputError) as err:
        decode((EN * 200 + "\x00" + KK).encode("utf-16"), "x.txt")
    assert err.value.code == "binary" and "UTF-16" in err.value.reason
