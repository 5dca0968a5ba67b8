"""The figure benchmark: its independent value reader, and floors on the NER test splits
(detokenised by ``pipeline.ner.datasets``, tested there) and the real pages it reads."""

from functools import cache
from itertools import islice

import pytest

from benchmarks.figures import SETS, score
from benchmarks.figures_oracle import gold_value
from tests.conftest import _shared_path


# (span text, label, lang, what the strict reader says)
@pytest.mark.parametrize(("text", "label", "lang", "gold"), [
    ("1,3 млрд АҚШ долларына", "MONEY", "kk", (1.3e9, "USD", None)),
    ("5 млн тенге", "MONEY", "ru", (5e6, "KZT", None)),
    ("$ 5 million", "NUM", "en", (5e6, "USD", None)),
    ("20,7 пайызы", "PERCENT", "kk", (20.7, "%", None)),
    ("36.5%", "NUM", "en", (36.5, "%", None)),
    ("2019 жылы", "DATE", "kk", (2019.0, "year", None)),
    ("3 октября 2018 года", "DATE", "ru", (2018.0, "date", "2018-10-03")),
    ("2021 жылғы 14 наурыз", "DATE", "kk", (2021.0, "date", "2021-03-14")),
    ("May 20, 2016", "DATE", "en", (2016.0, "date", "2016-05-20")),
    ("25,539", "NUM", "en", (25539.0, None, None)),
    ("5 тонна", "QUANTITY", "kk", (5.0, "t", None)),
    ("биыл", "DATE", "kk", None),
    ("two billion dollars", "MONEY", "en", None),
    ("2016-2020", "DATE", "en", None),
])
def test_figures_benchmark_gold_value_reader(text, label, lang, gold):
    assert gold_value(text, label, lang) == gold


@cache
def _tallies(lang: str):
    """Each split scored once per session, on its first 4,000 texts (the suite stays short)."""
    _, reader = SETS[lang]
    return score(islice(reader(), 4000), lang, [], 0)


@pytest.mark.datasets
@pytest.mark.slow
# Value-exact recall / precision measured on these slices (readable gold spans): kk MONEY
# 1.000 / 1.000 (63), kk PERCENT 1.000 / 1.000 (108), ru MONEY 1.000 / 1.000 (26), en NUM
# 0.961 / 1.000 (256), en DATE 0.998 / 0.999 (1527), ru DATE 1.000 / 1.000 (130).
@pytest.mark.parametrize(("lang", "label", "floor"), [
    ("kk", "MONEY", 0.98), ("kk", "PERCENT", 0.98), ("ru", "MONEY", 0.96),
    ("en", "NUM", 0.95), ("en", "DATE", 0.99), ("ru", "DATE", 0.98),
])
def test_figures_benchmark_value_exact_floor(datasets_dir, lang, label, floor):
    tally = _tallies(lang)[label]
    assert tally.value_found / tally.readable >= floor
    assert tally.value_right / tally.value_pred >= floor


@pytest.mark.slow
def test_figures_benchmark_real_pages_value_and_unit():
    """Every section counted (section kinds are measured elsewhere): F1 measured en 0.975,
    kk 1.000 (``python -m benchmarks.figures --no-datasets``)."""
    from benchmarks import figures_real

    root = _shared_path("corpora", "real")
    totals = figures_real.score(root)
    for lang, floor in (("en", 0.96), ("kk", 0.98)):
        assert totals[("all sections", "value and unit", lang)].prf()[2] >= floor
