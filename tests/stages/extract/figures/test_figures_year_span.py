"""A calendar year's span is its digits alone, in every language (the output contract)."""

import pytest

from pipeline.stages.extract.figures.find import find_in_text


@pytest.mark.parametrize(("text", "lang", "span"), [
    ("The programme started in 2019 and ended later.", "en", "2019"),
    ("Бағдарлама 2016 жылдан бастап жүзеге асырылады.", "kk", "2016"),
    ("Жоспар 2025 жылға дейін бекітілді.", "kk", "2025"),
    ("Закон был принят в 2013 году парламентом.", "ru", "2013"),
    ("Тұжырымдама 2023 – 2029 жылдарға арналған.", "kk", "2023 – 2029"),
])
def test_figures_year_span_is_the_digits(text, lang, span):
    years = [f for f in find_in_text(text, lang) if f.payload.unit == "year"]
    assert [text[f.start:f.end] for f in years] == [span]
