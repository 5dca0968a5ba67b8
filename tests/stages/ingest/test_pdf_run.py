"""PDFs through the whole run: the same results as the same text as .txt; mixed folders;
the real Kazakh PDF of ../shared (read by path, never copied)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.run.document import RunConfig, analyse
from pipeline.run.flow import tilmash_flow
from pipeline.stages.ingest.read import IngestConfig, read_document
from tests.conftest import REPO, _shared_path
from tests.pdfmake import font_path, journal_pdf

PAPERS = ("renewable-auctions.txt", "agrarian-credit-farms.txt", "law-on-science-grants.txt")
KAZAKH_LETTERS = "әғқңөұүһі"


def _key(doc) -> dict:
    return {
        "sections": [(s.kind, s.lang, s.start, s.end, s.group) for s in doc.sections],
        "abstract_set": doc.abstract_set,
        "mentions": sorted((m.label, m.lang, m.start, m.end, m.text) for m in doc.mentions),
    }


@pytest.mark.models
@pytest.mark.parametrize("name", PAPERS)
def test_pdf_journal_layout_gives_the_same_results_as_the_text(tmp_path, name) -> None:
    if not font_path().exists():
        pytest.skip(f"{font_path()} is missing (apt-get install fonts-dejavu-core)")
    txt = REPO / "corpora" / name
    pdf = journal_pdf(txt, tmp_path / f"{txt.stem}.pdf")
    config = RunConfig()
    from_pdf, from_txt = analyse(pdf, config), analyse(txt, config)
    assert from_pdf.text == from_txt.text
    assert _key(from_pdf) == _key(from_txt)
    assert len(from_pdf.pages) >= 2 and all(s.pages for s in from_pdf.sections)
    assert not any(s.pages for s in from_txt.sections)


@pytest.mark.slow
def test_pdf_mixed_folder_every_pdf_is_processed_or_listed(tmp_path, prefect_server) -> None:
    if not font_path().exists():
        pytest.skip(f"{font_path()} is missing (apt-get install fonts-dejavu-core)")
    inputs = tmp_path / "papers"
    (inputs / "sub").mkdir(parents=True)
    journal_pdf(REPO / "corpora" / PAPERS[0], inputs / "journal.pdf")
    shutil.copy(REPO / "corpora" / PAPERS[1], inputs / "sub" / "plain.txt")
    (inputs / "not-a-pdf.pdf").write_bytes(b"GIF89a not a pdf at all")
    good = (inputs / "journal.pdf").read_bytes()
    (inputs / "sub" / "cut.PDF").write_bytes(good[: len(good) // 4])
    out = tmp_path / "out"
    counts = tilmash_flow([str(inputs)], str(out), RunConfig(), progress=False)
    docs = json.loads((out / "documents.json").read_text())["documents"]
    errors = json.loads((out / "errors.json").read_text())["errors"]
    assert sorted(d["id"] for d in docs) == ["journal", "plain"]
    assert sorted((Path(e["input"]).name, e["code"]) for e in errors) == [
        ("cut.PDF", "damaged-pdf"), ("not-a-pdf.pdf", "damaged-pdf")]
    assert counts["inputs"] == 4
    journal = next(d for d in docs if d["id"] == "journal")
    assert {lang for lang in journal["abstract_set"]} == {"en", "kk", "ru"}
    assert all(s["pages"] for s in journal["sections"])


@pytest.fixture(scope="module")
def kaznerd_pdf() -> Path:
    """../shared/datasets/kaznerd/KazNERD_Annotation_Guidelines.pdf (a real Kazakh PDF)."""
    return _shared_path("datasets", "kaznerd", "KazNERD_Annotation_Guidelines.pdf")


@pytest.mark.datasets
def test_pdf_real_kazakh_guidelines_come_out_as_kazakh(kaznerd_pdf) -> None:
    doc = read_document(kaznerd_pdf, IngestConfig())
    assert len(doc.pages) == 30
    for letter in KAZAKH_LETTERS:
        assert doc.text.count(letter) + doc.text.count(letter.upper()) >= 1, letter
    assert "\ufffd" not in doc.text and "(cid:" not in doc.text
    letters = [ch for ch in doc.text if ch.isalpha()]
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters)
    assert cyrillic / len(letters) > 0.85  # measured 0.863


@pytest.mark.datasets
def test_pdf_real_kazakh_guidelines_sections_are_kazakh(kaznerd_pdf) -> None:
    from pipeline.run.document import analyse_sections

    doc = analyse_sections(kaznerd_pdf)
    sizes: dict[str, int] = {}
    for s in doc.sections:
        sizes[s.lang] = sizes.get(s.lang, 0) + s.end - s.start
        assert s.pages and 1 <= s.pages[0] <= s.pages[-1] <= 30
    assert max(sizes, key=sizes.get) == "kk"
