"""Dates: "20.09.2024", "2024-09-20", "March 2024", "May 20, 2016", "28 октября 2018 года".

Kazakh puts the year first: "2024 жылғы 20 қыркүйек".

A date is one figure of kind and unit "date" with ``date`` its ISO 8601 form and ``value``
its calendar year: "14 March 2021" is 2021 and "2021-03-14", "March 2024" is 2024 and
"2024-03". A yearless date ("1 September", "28 октября") is "--09-01" with ``value`` = the
day. Bare years are not read here but by the figure pattern (kind "year").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from functools import cache

from pipeline.doc.spans import Span
from pipeline.lang import data
from pipeline.stages.extract.figures.patterns import alternation, lookup
from pipeline.stages.extract.figures.read import Reading, figure

_YEAR = r"(?P<y>(?:1[89]|20)\d\d)(?!\d)"
_DAY = r"(?<![\d.,])(?P<d>[0-3]?\d)(?:st|nd|rd|th|-[^\W\d_]{1,5})?"


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    d = data(lang, "numbers")
    month = rf"(?P<m>{alternation(d.MONTHS)})"
    year_word = rf"(?:\s+{alternation(d.YEAR_AFTER)})?"
    day_range = r"(?:\s*[-–]\s*[0-3]?\d)?"
    shapes = [
        r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<mn>[01]?\d)\.(?P<y>(?:1[89]|20)\d\d)(?![\d.]\d)",
        r"(?<![\d-])(?P<y>(?:1[89]|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?!\d)",
        rf"{_DAY}{day_range}\s+{month}(?:,?\s+{_YEAR}{year_word})?",
        rf"{month},?\s+{_YEAR}{year_word}",
    ]
    if d.MONTH_BEFORE_DAY:  # "May 20, 2016"; Kazakh and Russian put the day first
        shapes.insert(3, rf"{month}\s+{_DAY}(?!\d){day_range}(?:,?\s+{_YEAR})?")
    if d.YEAR_OF:
        year_of = rf"{_YEAR}(?:-[^\W\d_]{{1,5}})?\s+{alternation(d.YEAR_OF)}"
        shapes.insert(0, rf"{year_of}\s+{_DAY}\s+{month}")
        shapes.insert(1, rf"{year_of}\s+{month}")
    return tuple(re.compile(s, re.IGNORECASE) for s in shapes)


def find_dates(text: str, lang: str) -> Iterator[Span[Reading]]:
    """Every date of ``text`` (section-relative offsets); overlapping shapes may repeat."""
    for pattern in _patterns(lang):
        for m in pattern.finditer(text):
            found = _value(m, lang)
            if found is not None:
                value, iso = found
                yield figure(m.start(), m.end(), value, "date", "date", date=iso)
    yield from _centuries(text, lang)


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "І": 1, "Х": 10}  # Cyrillic І, Х stand in for I, X


@cache
def _century_pattern(lang: str) -> re.Pattern[str] | None:
    words = data(lang, "numbers").CENTURY_WORDS
    if not words:
        return None
    number = r"(?:(?P<a>\d{1,2})(?:st|nd|rd|th|-?[^\W\d_]{1,5})?|(?P<r>[IVXLІХ]{1,6}))"
    return re.compile(rf"(?<![\w.]){number}(?:\s+|-){alternation(words)}", re.IGNORECASE)


def _centuries(text: str, lang: str) -> Iterator[Span[Reading]]:
    """'19th century', 'XIX век', 'ХХ ғасыр': value the century's number, unit "century"."""
    pattern = _century_pattern(lang)
    for m in pattern.finditer(text) if pattern else ():
        century = int(m.group("a")) if m.group("a") else _roman(m.group("r"))
        if 1 <= century <= 21:
            yield figure(m.start(), m.end(), float(century), "century", "century")


def _roman(text: str) -> int:
    values = [_ROMAN[ch] for ch in text.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))


def _value(m: re.Match[str], lang: str) -> tuple[float, str] | None:
    """(value, ISO date) of a date match, or None when it names no real day."""
    g = m.groupdict()
    if g.get("m"):
        month = lookup(_month_table(lang), g["m"])
        if not isinstance(month, int) or not _capitalised_ok(g["m"], lang):
            return None
    else:
        month = int(g["mn"])
    year = int(g["y"]) if g.get("y") else None
    day = int(g["d"]) if g.get("d") else None
    return iso_date(year, month, day)


def iso_date(year: int | None, month: int, day: int | None) -> tuple[float, str] | None:
    """(value, ISO 8601) of a date: value the year, or the day when the year is missing."""
    if not 1 <= month <= 12 or (year is None and day is None):
        return None
    if day is not None and not 1 <= day <= _days_in(month, year):
        return None
    if year is None:
        return float(day or 0), f"--{month:02d}-{day:02d}"
    if day is None:
        return float(year), f"{year:04d}-{month:02d}"
    return float(year), f"{year:04d}-{month:02d}-{day:02d}"


def _days_in(month: int, year: int | None) -> int:
    if month == 2:  # a yearless 29 February is a real (leap-year) day
        return 28 if year is not None and not calendar.isleap(year) else 29
    return 30 if month in (4, 6, 9, 11) else 31


def _month_table(lang: str) -> dict[str, object]:
    return dict(data(lang, "numbers").MONTHS)


def _capitalised_ok(word: str, lang: str) -> bool:
    return not data(lang, "numbers").MONTHS_CAPITALISED or word[:1].isupper()
