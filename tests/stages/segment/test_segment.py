"""Segmentation of the seed papers' layouts and of small hand-written documents."""

import pytest

from pipeline.doc.records import Document
from pipeline.stages.ingest.read import read_document
from pipeline.stages.segment.sections import segment
from tests.conftest import seed_path


def _segment(text: str) -> Document:
    from pipeline.stages.normalize import normalize

    n = normalize(text)
    return segment(Document(id="t", path="t", sha256="", text=n.text, headings=n.headings))


def _kinds(doc: Document) -> list[str]:
    return [s.kind for s in doc.sections]


@pytest.mark.seeds
def test_segment_offsets_round_trip_and_do_not_overlap(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = segment(read_document(path))
        last_end = 0
        for s in doc.sections:
            assert doc.text[s.start:s.end] == s.text
            assert s.start >= last_end and s.end > s.start
            last_end = s.end


def _front(doc: Document) -> list[tuple[int | None, str]]:
    return [(s.group, s.kind) for s in doc.sections if s.group is not None]


@pytest.mark.seeds
def test_segment_002_three_front_matter_groups_at_the_top(seeds_dir):
    doc = segment(read_document(seed_path(seeds_dir, "002")))
    front = _front(doc)
    for group in (0, 1, 2):
        kinds = [k for g, k in front if g == group]
        assert kinds[-3:] == ["title", "abstract", "keywords"]
        assert "authors" in kinds and "affiliation" in kinds
    kinds = _kinds(doc)
    assert kinds.index("body") > max(i for i, s in enumerate(doc.sections) if s.group == 2)
    assert kinds[-1] == "references"


@pytest.mark.seeds
def test_segment_003_front_matter_after_references(seeds_dir):
    doc = segment(read_document(seed_path(seeds_dir, "003")))
    front = _front(doc)
    # one affiliation section per numbered line (¹ ² ³), then the title
    assert [k for g, k in front if g == 0] == ["affiliation"] * 3 + ["title", "abstract",
                                                                      "keywords"]
    assert [k for g, k in front if g == 1] == ["title", "abstract", "keywords"]
    assert [k for g, k in front if g == 2] == ["title", "abstract", "keywords"]
    kinds = _kinds(doc)
    assert kinds.count("references") == 2  # the English list and its transliterated copy
    assert kinds.count("author-info") == 3
    assert kinds.count("table") == 3
    kk_abstract = next(s for s in doc.sections if s.group == 1 and s.kind == "abstract")
    assert "\n\n" in kk_abstract.text.strip()  # the paragraph broken across a blank line


@pytest.mark.seeds
@pytest.mark.parametrize("prefix", ["000", "001", "004"])
def test_segment_english_only_papers_have_body_and_title(seeds_dir, prefix):
    doc = segment(read_document(seed_path(seeds_dir, prefix)))
    kinds = _kinds(doc)
    assert "body" in kinds and "title" in kinds
    assert sum(len(s.text) for s in doc.sections if s.kind == "body") > len(doc.text) / 3


@pytest.mark.seeds
def test_segment_000_inline_abstract_marker(seeds_dir):
    doc = segment(read_document(seed_path(seeds_dir, "000")))
    assert [k for _, k in _front(doc)] == ["title", "authors", "affiliation", "abstract"]


@pytest.mark.seeds
def test_segment_004_tables_and_contents(seeds_dir):
    doc = segment(read_document(seed_path(seeds_dir, "004")))
    tables = [s for s in doc.sections if s.kind == "table"]
    assert len(tables) == 2 and all(t.text.startswith("Table:") for t in tables)
    assert _kinds(doc)[-1] == "references"


def test_segment_hand_written_layout():
    text = (
        "A. Author, B. Author\n\nKazakh Institute of Things, Almaty\n\n"
        "## A STUDY OF THINGS\n\n"
        "Abstract: This paper studies things. " + "It has many words in it. " * 6 + "\n\n"
        "Keywords: things, stuff\n\n"
        "## Introduction\n\nThe body starts here. " + "More body text follows. " * 8 + "\n\n"
        "A\tB\tC\n1\t2\t3\n4\t5\t6\n\n"
        "## References\n\n1. Author A. (2020) A book. Almaty.\n"
    )
    doc = _segment(text)
    assert _kinds(doc) == ["authors", "affiliation", "title", "abstract", "keywords", "body",
                           "table", "references"]


def test_a_title_about_universities_is_a_title_and_the_address_an_affiliation():
    doc = _segment(
        "A. Writer\n\n"
        "Example National University, Almaty, Kazakhstan\n\n"
        "UNIVERSITY GRADUATES AND RESEARCH CENTRES OF THE CENTRAL REGIONS\n\n"
        "Abstract\n\n"
        "The paper follows university graduates of the central regions into research "
        "centres and asks what kept them there after five years.\n\n"
        "Key words: graduates, universities, regions.\n")
    kinds = {s.text.split("\n")[0][:20]: s.kind for s in doc.sections}
    assert kinds["Example National Uni"] == "affiliation"
    assert kinds["UNIVERSITY GRADUATES"] == "title"
