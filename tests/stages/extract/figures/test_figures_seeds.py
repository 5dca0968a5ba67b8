"""Figures in the seed papers: sentences found by a phrase, and the tables of 003 and 004."""

from functools import cache
from pathlib import Path

import pytest

from pipeline.doc.records import Document, FigureMention
from pipeline.stages.extract.figures import find_figures, find_in_text
from pipeline.stages.ingest.read import read_document
from pipeline.stages.language.sections import identify_sections
from pipeline.stages.segment.sections import segment
from tests.conftest import seed_path

pytestmark = pytest.mark.seeds


@cache
def _doc(path: Path) -> Document:
    return identify_sections(segment(read_document(path)))


def _sentence(text: str, needle: str) -> str:
    """The sentence of ``text`` holding ``needle`` (cut at '. ' and line breaks)."""
    at = text.index(needle)
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def _figure(seeds: Path, prefix: str, needle: str, lang: str, surface: str):
    sentence = _sentence(_doc(seed_path(seeds, prefix)).text, needle)
    found = {sentence[f.start:f.end]: f for f in find_in_text(sentence, lang)}
    assert surface in found, f"{surface!r} not in {sorted(found)} of {sentence!r}"
    return found[surface]


# (seed, phrase that finds the sentence, language, figure text, value, unit, kind)
SENTENCES = [
    ("002", "43 168 applications", "en", "43 168 applications", 43168, "count", "count"),
    ("002", "146.2 billion", "en", "$ 146.2 billion", 146.2e9, "USD", "money"),
    ("002", "25,539 applications", "en", "25,539 applications", 25539, "count", "count"),
    ("002", "in 2014 – 2.09", "en", "2.09 %", 2.09, "%", "percent"),
    ("002", "in 2014 – 2.09", "en", "2014", 2014, "year", "year"),
    ("002", "295.3 thousand", "en", "295.3 thousand", 295300, "count", "count"),
    ("003", "1.3 billion US dollars", "en", "1.3 billion US dollars", 1.3e9, "USD", "money"),
    ("003", "1.3 billion US dollars", "en", "36.5%", 36.5, "%", "percent"),
    ("003", "2.2 times more", "en", "2.2 times", 2.2, "times", "ratio"),
    ("003", "1992 жылы", "kk", "1992", 1992, "year", "year"),
    ("003", "в 1992 году", "ru", "1992", 1992, "year", "year"),
    ("004", "PPP$598 million", "en", "PPP$598 million", 598e6, "USD-PPP", "money"),
    ("004", "PPP$598 million", "en", "PPP$714 million", 714e6, "USD-PPP", "money"),
    ("004", "60−70% of Kazakh exports", "en", "60−70%", 60, "%", "range"),
    ("004", "KZT 235 billion", "en", "KZT 235 billion", 235e9, "KZT", "money"),
    ("004", "KZT 235 billion", "en", "US$1.6 billion", 1.6e9, "USD", "money"),
    ("000", "183 billion cubic meters", "en", "183 billion cubic meters", 183e9, "m3",
     "quantity"),
]


@pytest.mark.parametrize(("seed", "needle", "lang", "surface", "value", "unit", "kind"),
                         SENTENCES)
def test_figures_seed_sentence(seeds_dir, seed, needle, lang, surface, value, unit, kind):
    fig = _figure(seeds_dir, seed, needle, lang, surface)
    assert (fig.payload.value, fig.payload.unit, fig.payload.kind) == (
        pytest.approx(value), unit, kind)


def _figures(seeds: Path, prefix: str) -> list[FigureMention]:
    doc = _doc(seed_path(seeds, prefix))
    return [m for s in doc.sections for m in find_figures(doc, s)]


def _in_tables(seeds: Path, prefix: str) -> dict[str, list[FigureMention]]:
    doc = _doc(seed_path(seeds, prefix))
    out: dict[str, list[FigureMention]] = {}
    for m in _figures(seeds, prefix):
        if doc.section(m.section).kind == "table":
            out.setdefault(m.text, []).append(m)
    return out


@pytest.mark.parametrize(("cell", "value", "unit", "context"), [
    ("24,1", 24.1e9, "USD", ("Trade turnover", "2022", "billions of US dollars")),
    ("+6,1", 6.1e9, "USD", ("Trade turnover", "Absolute Deviations")),
    ("133,9", 133.9, "%", ("Trade turnover", "Relative Deviations %")),
    ("-0,733", -0.733e9, "USD", ("Tires and auto parts", "Absolute")),
    ("0,197", 0.197e9, "USD", ("Tires and auto parts", "2022")),
    ("1,99", 1.99e9, "USD", ("Refined copper and copper alloys", "2021")),
])
def test_figures_tab_separated_table_of_003(seeds_dir, cell, value, unit, context):
    (fig,) = _in_tables(seeds_dir, "003")[cell]
    assert (fig.value, fig.unit) == (pytest.approx(value), unit)
    assert all(part in fig.context for part in context)


@pytest.mark.parametrize(("cell", "value", "unit", "context"), [
    ("17 195", 17195, "count", "Kazakhstan 2013 | Total researchers"),
    ("51.5", 51.5, "%", "Kazakhstan 2013 | Women (%"),
    ("30 890", 30890, "count", "Uzbekistan 2011 | Total researchers"),
    ("838", 838, "count", "Uzbekistan (2011) | Total"),
    ("4.4", 4.4, "count", "Kazakhstan (2013) | Total per million population"),
])
def test_figures_column_per_line_tables_of_004(seeds_dir, cell, value, unit, context):
    (fig,) = _in_tables(seeds_dir, "004")[cell]
    assert (fig.value, fig.unit, fig.context) == (value, unit, context)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_figures_seed_offsets_round_trip_and_no_reference_numbers(seeds_dir, prefix):
    doc = _doc(seed_path(seeds_dir, prefix))
    figures = _figures(seeds_dir, prefix)
    assert figures
    for m in figures:
        assert doc.text[m.start:m.end] == m.text
        assert not (doc.text[m.start - 1:m.start] == "[" and doc.text[m.end:m.end + 1] == "]")
        assert m.kind in ("money", "percent", "count", "quantity", "duration", "year", "date",
                          "ratio", "range", "century")


def test_figures_seed_address_is_not_a_figure(seeds_dir):
    texts = {m.text for m in _figures(seeds_dir, "000")}
    assert not {"227", "15", "2", "5", "A15P2M5"} & texts
