"""The alignment gold files point at real text: every surface string is in its abstract.

``benchmarks/gold/corpora_links.json`` annotates the sample papers in ``corpora/``,
``benchmarks/gold/seed_links.json`` the trilingual seeds 002 and 003. The benchmark
(``benchmarks.align``) finds each surface with ``str.find`` inside the abstract of its
language. Our papers are written so that each surface occurs there exactly once; a seed may
repeat a name (002's Russian abstract names «китайской мечты» twice), and the benchmark then
takes the first occurrence.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from pipeline.doc.records import Document
from pipeline.run.document import analyse_sections
from tests.conftest import REPO, seed_path

CORPORA = REPO / "corpora"
GOLD = REPO / "benchmarks" / "gold"
LANGS = ("en", "kk", "ru")
LABELS = ("ORG", "PROGRAM", "FIGURE")


def _gold(name: str) -> dict[str, list[dict]]:
    raw = json.loads((GOLD / name).read_text(encoding="utf-8"))
    return {stem: entry["records"] for stem, entry in sorted(raw.items())}


CORPORA_GOLD = _gold("corpora_links.json")
SEED_GOLD = _gold("seed_links.json")


def _surfaces(gold: dict[str, list[dict]]) -> list[tuple[str, str, str, str]]:
    """(stem, label, lang, surface) for every gold mention."""
    return [(stem, r["label"], lang, surface) for stem, records in gold.items()
            for r in records for lang, surface in sorted(r["mentions"].items())]


@cache
def _document(path: Path) -> Document:
    return analyse_sections(path)


def _abstract(doc: Document, lang: str) -> str:
    entry = doc.abstract_set.get(lang)
    assert entry is not None, f"{doc.id}: no {lang} abstract in {doc.abstract_set}"
    return doc.section(entry["abstract"]).text


def _corpus_paper(stem: str) -> Path:
    (path,) = [p for p in CORPORA.iterdir() if p.stem == stem]
    return path


def test_gold_covers_every_corpus_paper():
    papers = sorted(p.stem for p in CORPORA.iterdir() if p.suffix in (".md", ".txt"))
    assert len(papers) >= 3
    assert sorted(CORPORA_GOLD) == papers


@pytest.mark.parametrize("gold", [CORPORA_GOLD, SEED_GOLD], ids=["corpora", "seeds"])
def test_gold_records_are_trilingual_and_labelled(gold):
    for stem, records in gold.items():
        for record in records:
            assert record["label"] in LABELS, (stem, record)
            assert sorted(record["mentions"]) == sorted(LANGS), (stem, record)
            assert all(s and s == s.strip() for s in record["mentions"].values()), record


@pytest.mark.parametrize("gold", [CORPORA_GOLD, SEED_GOLD], ids=["corpora", "seeds"])
def test_gold_figures_have_the_same_digits_in_every_language(gold):
    for stem, records in gold.items():
        for record in (r for r in records if r["label"] == "FIGURE"):
            digits = {re.sub(r"\D", "", s) for s in record["mentions"].values()}
            assert len(digits) == 1, (stem, record)


@pytest.mark.parametrize("stem", sorted(CORPORA_GOLD))
def test_corpus_paper_has_title_abstract_and_keywords_in_three_languages(stem):
    doc = _document(_corpus_paper(stem))
    assert sorted(doc.abstract_set) == sorted(LANGS)
    for lang, entry in doc.abstract_set.items():
        assert sorted(entry) == ["abstract", "keywords", "title"], (lang, entry)


@pytest.mark.parametrize(("stem", "label", "lang", "surface"), _surfaces(CORPORA_GOLD))
def test_corpus_gold_surface_occurs_once_in_its_abstract(stem, label, lang, surface):
    """Once, so a gold surface names one thing; a year stated twice (2023) is one record
    whose every occurrence counts, and so may repeat."""
    abstract = _abstract(_document(_corpus_paper(stem)), lang)
    count = abstract.count(surface)
    assert count == 1 or (label == "FIGURE" and surface.isdigit() and count > 1), \
        f"{stem} {label} {lang}: {surface!r} occurs {count} times"


@pytest.mark.seeds
@pytest.mark.parametrize(("stem", "label", "lang", "surface"), _surfaces(SEED_GOLD))
def test_seed_gold_surface_occurs_in_its_abstract(seeds_dir, stem, label, lang, surface):
    abstract = _abstract(_document(seed_path(seeds_dir, stem)), lang)
    assert surface in abstract, f"{stem} {label} {lang}: {surface!r}"
