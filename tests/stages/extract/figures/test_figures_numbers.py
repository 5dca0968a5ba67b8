"""Number reading: digits in each language's style, number words, and round trips (hypothesis)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.extract.figures.numbers import (
    comma_style,
    number_value,
    parse_digits,
    parse_words,
)


@pytest.mark.parametrize(("text", "comma", "expected"), [
    ("43 168", "group", 43168),
    ("43\u00a0168", "decimal", 43168),
    ("17\u202f195", "decimal", 17195),
    ("1\u2009046", "group", 1046),
    ("25,539", "group", 25539),
    ("1,300", "group", 1300),
    ("1,300", "decimal", 1.3),
    ("1,3", "group", 1.3),
    ("24,1", "group", 24.1),
    ("0,197", "group", 0.197),
    ("1.3", "decimal", 1.3),
    ("1,300.5", "decimal", 1300.5),
    ("1.300,5", "group", 1300.5),
    ("1,300,000", "decimal", 1300000),
    ("+6,1", "decimal", 6.1),
    ("-0,733", "decimal", -0.733),
    ("−2,8", "decimal", -2.8),
])
def test_figures_parse_digits(text, comma, expected):
    assert parse_digits(text, comma) == pytest.approx(expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "1,300", 1300),  # English groups thousands by comma
    ("ru", "1,300", 1.3),  # Russian writes a decimal comma
    ("kk", "1,3", 1.3),
    ("en", "twenty-five", 25),
    ("en", "two hundred and five", 205),
    ("en", "three million", 3e6),
    ("ru", "двух миллиардов", 2e9),
    ("ru", "триста пятьдесят тысяч", 350000),
    ("ru", "полтора миллиона", 1.5e6),
    ("kk", "он бес мың", 15000),
    ("kk", "үш жарым миллион", 3.5e6),
    ("kk", "он миллиард үш жүз миллион", 10.3e9),
    ("kk", "екі бүтін оннан бір миллиард", 2.1e9),
    ("kk", "сексен бір мың тоғыз жүз тоқсан сегіз", 81998),
    ("kk", "жиырмаға", 20),  # dative ending
])
def test_figures_number_value_per_language(lang, text, expected):
    assert number_value(text, lang) == pytest.approx(expected)


@pytest.mark.parametrize(("lang", "words"), [
    ("kk", ["бірақ"]),  # "but", not "one" + ending
    ("kk", ["үшін"]),  # "for", not "three" + ending
    ("kk", ["жүзеге"]),  # "жүзеге асыру" (carry out)
    ("ru", ["много"]),
])
def test_figures_words_that_are_not_numbers(lang, words):
    assert parse_words(words, lang) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Trade 18 24,1 +6,1 133,9", "decimal"),
    ("25,539 and 1,770,939 applications", "group"),
    ("no numbers here", None),
])
def test_figures_comma_style_of_a_text(text, expected):
    assert comma_style(text) == expected


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@settings(deadline=None)  # the first example also builds cached tables
@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=999))
def test_figures_english_style_round_trip(whole, frac):
    text = f"{whole:,}.{frac:03d}"
    assert number_value(text, "en") == pytest.approx(whole + frac / 1000)


@settings(deadline=None)  # the first example also builds cached tables
@given(st.sampled_from(["ru", "kk"]), st.sampled_from([" ", "\u00a0", "\u202f"]),
       st.integers(min_value=0, max_value=10**12), st.integers(min_value=1, max_value=99))
def test_figures_russian_and_kazakh_style_round_trip(lang, sep, whole, frac):
    text = f"{_group(whole, sep)},{frac:02d}"
    assert number_value(text, lang) == pytest.approx(whole + frac / 100)


@settings(deadline=None)  # the first example also builds cached tables
@given(st.sampled_from(["en", "ru", "kk"]), st.integers(min_value=1000, max_value=10**9))
def test_figures_space_grouped_integers_read_alike_in_every_language(lang, n):
    assert number_value(_group(n, "\u00a0"), lang) == n


@settings(deadline=None)  # the first example also builds cached tables
@given(st.integers(min_value=1, max_value=999_999))
def test_figures_kazakh_number_words_round_trip(n):
    assert number_value(_kk_words(n), "kk") == n


_KK_UNITS = ["", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
_KK_TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"]


def _kk_words(n: int) -> str:
    """Kazakh cardinal words for 1..999999 written by the rules of the language."""
    def below_thousand(k: int) -> list[str]:
        words = []
        if k >= 100:
            words += ([_KK_UNITS[k // 100]] if k // 100 > 1 else []) + ["жүз"]
        words += [w for w in (_KK_TENS[k % 100 // 10], _KK_UNITS[k % 10]) if w]
        return words

    thousands, rest = divmod(n, 1000)
    words = ([*below_thousand(thousands), "мың"] if thousands else []) + below_thousand(rest)
    return " ".join(words)
