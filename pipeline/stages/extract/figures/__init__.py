"""Figures: numbers with meaning (money, percent, counts, quantities, years, dates, ratios).

``find_figures(doc, section)`` is the extractor: it reads one en/ru/kk section with
that language's number data (``pipeline/lang/<code>/numbers.py``) and returns
``FigureMention`` records with document offsets and normalised values, so that
1.3 billion US dollars = 1,3 млрд долларов США = 1,3 млрд АҚШ доллары = 1.3e9 USD.
Table sections are read cell by cell, each figure tied to its row, column and unit.

What ``value``, ``unit`` and ``kind`` hold:
  money     value in units of the currency, unit an ISO 4217 code ("USD"; "USD-PPP"
            for PPP dollars), "тиын" and "cents" counted as hundredths
  percent   value in percent, unit "%"
  year      value the year (2023), unit "year"
  date      value the calendar year, ``date`` the ISO 8601 date ("14 March 2021": 2021,
            "2021-03-14"; "March 2021": "2021-03"); a yearless date ("1 September") has
            ``date`` "--09-01" and value the day; unit "date"
  count     value the number, unit "count"; the text takes the counted noun ("40 countries")
  duration  unit "years", "quarters", "months", "weeks", "days", "hours" or "minutes"
  quantity  value in the unit named ("t", "km", "m3", "ha")
  ratio     multipliers (unit "times"): "2.2 times", "в 2 раза", "1,2 есе"
  century   value the century's number, unit "century" ("XIX век": 19)
  range     low and high set, value = low, unit that of its ends ("2016-2020": year)
Without a digit only money and percent are figures ("two billion dollars"), with source
``WORDS_SOURCE``; "two", "екі", "двух" alone are not.
Labels: MONEY, PERCENT, DATE (years, dates, durations), CARDINAL (counts, ratios),
QUANTITY. ``approx`` is set by words such as about, более, шамамен, астам.
"""

from __future__ import annotations

import math
from dataclasses import replace

from pipeline.doc.records import Document, FigureMention, Section
from pipeline.doc.spans import Span, to_mention
from pipeline.stages.extract.figures.find import find_in_text
from pipeline.stages.extract.figures.read import Reading
from pipeline.stages.extract.figures.tables import find_in_table

SOURCE = "rules:figures"
WORDS_SOURCE = "rules:figures:words"  # money or percent written without digits
SKIP_KINDS = ("affiliation", "authors", "references", "author-info")  # addresses, citations


def find_figures(doc: Document, section: Section) -> list[FigureMention]:
    """Figures of one section, with document offsets, sorted by position."""
    if section.kind in SKIP_KINDS or section.lang not in ("en", "ru", "kk"):
        return []
    if section.kind == "table":
        figures = find_in_table(section.text, section.lang)
    else:
        figures = find_in_text(section.text, section.lang)
    return [_mention(doc, section, f) for f in figures if _finite(f)]


def _finite(f: Span[Reading]) -> bool:
    return all(v is None or math.isfinite(v) for v in (f.payload.value, f.payload.low,
                                                       f.payload.high))


def _mention(doc: Document, section: Section, f: Span[Reading]) -> FigureMention:
    r = f.payload
    digits = any(ch.isdigit() for ch in section.text[f.start:f.end])
    f = replace(f, source=(SOURCE if digits or r.kind == "century" else WORDS_SOURCE,))
    return to_mention(f, doc, section, FigureMention, value=r.value, unit=r.unit, kind=r.kind,
                      low=r.low, high=r.high, approx=r.approx, context=r.context, date=r.date)


__all__ = ["SOURCE", "WORDS_SOURCE", "Reading", "find_figures", "find_in_table", "find_in_text"]
