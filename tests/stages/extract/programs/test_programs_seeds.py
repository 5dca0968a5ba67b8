"""Programmes in the real seed papers (read from ../shared by path), and the front-matter table."""

import json
from functools import cache
from pathlib import Path

import pytest

from pipeline.doc.records import ProgramMention
from pipeline.run.document import analyse_sections
from pipeline.stages.extract.programs import find_programs
from tests.conftest import REPO, seed_path

GOLD = REPO / "benchmarks" / "gold" / "seed_programs.json"
FRONT = ("title", "abstract", "keywords")


@cache
def _programs(seeds: Path, prefix: str) -> tuple[tuple[str, ProgramMention], ...]:
    """(section kind, mention) of every programme the pipeline finds in one seed."""
    doc = analyse_sections(seed_path(seeds, prefix))
    found = []
    for section in doc.sections:
        for m in find_programs(doc, section, []):
            assert doc.text[m.start:m.end] == m.text
            found.append((section.kind, m))
    return tuple(found)


@pytest.mark.seeds
@pytest.mark.parametrize(("prefix", "where", "lang", "canonical", "kind", "surface"), [
    # the trilingual abstracts and keywords
    ("003", "abstract", "kk", "Бір белдеу, бір жол", "initiative", "бастамасын"),
    ("003", "keywords", "kk", "Бір белдеу, бір жол", "initiative", "«"),
    ("003", "abstract", "ru", "Один пояс, один путь", "initiative", "инициатива"),
    ("003", "keywords", "ru", "Один пояс, один путь", "initiative", "«"),
    ("003", "abstract", "en", "Belt and Road", "initiative", "initiative"),
    ("003", "abstract", "en", "Digital Kazakhstan", "strategy", "strategy"),
    ("002", "abstract", "kk", "гармониялық әлем", "concept", "концепциялары"),
    ("002", "abstract", "en", "Chinese Dream", "concept", "concept"),
    # the English bodies
    ("000", "body", "en", "13th Five-Year Plan for 2016-2020", "plan", "Plan"),
    ("000", "body", "en", "Digital Kazakhstan", "programme", "program"),
    ("001", "body", "en", "Business Road Map 2020", "programme", "program"),
    ("002", "body", "en", "Made in China 2025", "programme", "program"),
    ("002", "body", "en", "On Support of Science and Technology", "law", "Law"),
    ("002", "body", "en", "Nurly Zhol", "project", "project"),
    ("003", "body", "en", "One Belt, One Road", "project", "project"),
    ("004", "body", "en", "Kazakhstan 2050 Strategy", "strategy", "Strategy"),
    ("004", "body", "en", "Law on Science", "law", "Law"),
    ("004", "body", "en", "State Programme for Accelerated Industrial and Innovative Development",
     "programme", "Programme"),
    ("004", "body", "en", "Plan of the Nation", "plan", "Plan"),
])
def test_programs_seed_sentences(seeds_dir, prefix, where, lang, canonical, kind, surface):
    hits = [m for k, m in _programs(seeds_dir, prefix)
            if k == where and m.lang == lang and m.canonical == canonical]
    assert hits, f"{canonical!r} not found in {prefix} {where} ({lang})"
    assert any(m.kind == kind and surface in m.text for m in hits)


@pytest.mark.seeds
@pytest.mark.parametrize(("prefix", "phrase"), [
    ("004", "research programmes"),  # programmes in general
    ("000", "space program"),  # the country's space program: no name
    ("004", "five-year plan"),  # "each five-year plan": generic
    ("003", "cooperation projects"),
])
def test_programs_seed_generic_phrases_not_found(seeds_dir, prefix, phrase):
    assert not [m for _, m in _programs(seeds_dir, prefix) if phrase in m.text]


@pytest.mark.seeds
@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_programs_seed_references_give_nothing(seeds_dir, prefix):
    assert not [m for k, m in _programs(seeds_dir, prefix) if k == "references"]


def _gold_rows() -> list:
    rows = json.loads(GOLD.read_text(encoding="utf-8"))["rows"]
    missed = {  # measured misses, kept visible: xfail(strict) fails once they are found
        ("002", "kk", "Қытай арманы"): "only «...» түсінігі (notion), not a cue word",
        ("002", "ru", "Китайская мечта"): "no cue word next to «китайской мечты»",
        ("002", "ru", "гармоничный мир"): "found as genitive «гармоничного мира»: no lemmatiser",
        ("003", "kk", "Цифрлық Жібек жолы"): "no cue word in the Kazakh abstract",
        ("003", "ru", "Цифровой Шелковый путь"): "genitive, no cue word",
    }  # Цифрлық Қазақстан, Цифровой Казахстан: found since they are listed programmes
    return [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=missed[tuple(row[:3])]))
            if tuple(row[:3]) in missed else pytest.param(*row) for row in rows]


def _front_matter(seeds: Path, prefix: str) -> set[tuple[str, str, str]]:
    return {(m.lang, m.canonical, m.kind) for k, m in _programs(seeds, prefix) if k in FRONT}


@pytest.mark.seeds
@pytest.mark.parametrize(("prefix", "lang", "canonical", "kind"), _gold_rows())
def test_programs_seed_front_matter_table(seeds_dir, prefix, lang, canonical, kind):
    found = {(la, name) for la, name, _ in _front_matter(seeds_dir, prefix)}
    assert (lang, canonical) in found


@pytest.mark.seeds
def test_programs_seed_front_matter_precision(seeds_dir):
    gold = {tuple(r[:3]) for r in json.loads(GOLD.read_text(encoding="utf-8"))["rows"]}
    extra = set()
    for prefix in ("000", "002", "003"):
        extra |= {(prefix, la, name) for la, name, _ in _front_matter(seeds_dir, prefix)} - gold
    # "soft power" is a theory the body calls a concept; «гармоничного мира» is the genitive
    assert extra <= {("002", "en", "soft power"), ("002", "ru", "гармоничного мира")}
