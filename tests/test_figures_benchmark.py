"""The figure benchmark: its detokeniser, and a floor on the NER test splits it reads."""

import pytest

from benchmarks.figures import SETS, detokenise, score


@pytest.mark.parametrize(("tokens", "text"), [
    (["20", ",", "7", "пайызы"], "20,7 пайызы"),
    (["70", "%-ы"], "70%-ы"),
    (["(", "2015", ")", "."], "(2015)."),
    (["in", "2016", ",", "43", "168"], "in 2016, 43 168"),
    (["«", "Нұр", "»", "жобасы"], "«Нұр» жобасы"),
])
def test_figures_benchmark_detokenise(tokens, text):
    joined, offsets = detokenise(tokens)
    assert joined == text
    assert [joined[s:e] for s, e in offsets] == tokens


@pytest.mark.datasets
@pytest.mark.parametrize(("lang", "label", "floor"), [
    ("kk", "MONEY", 0.95), ("kk", "PERCENT", 0.95), ("ru", "MONEY", 0.80),
    ("en", "NUM", 0.90),
])
def test_figures_benchmark_recall_floor(datasets_dir, lang, label, floor):
    _, reader = SETS[lang]
    tally = score(reader(), lang, [], 0)[label]
    assert tally.found_label / tally.gold >= floor
