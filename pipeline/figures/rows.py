"""Table rows flattened into a line of prose: "Total dividends paid, billion tenge 300 200 50".

A line that ends with two or more numbers, whose label ends with a scale, currency, percent
or unit phrase, states one figure per number, each in that unit: "billion tenge 300 200"
is 300e9 and 200e9 KZT, not the number 300 200. Each figure's text is its number alone.
"""

from __future__ import annotations

import re

from pipeline.figures.patterns import figure_regex
from pipeline.figures.read import BadRange, FigureSpan, read_match

_CELL = r"[+\-−–]?\d+(?:[.,]\d+)?"
_ROW = re.compile(rf"(?m)^(?P<label>[^\n]*?[^\W\d_][^\n]*?)[ \t,:]+"
                  rf"(?P<run>{_CELL}(?:[ \t]+{_CELL})+)[ \t]*$")
MAX_UNIT_WORDS = 4  # "billions of US dollars"


def find_rows(text: str, lang: str, comma: str | None) -> list[FigureSpan]:
    """One figure per number of every row line of ``text`` whose label names its unit."""
    found: list[FigureSpan] = []
    for m in _ROW.finditer(text):
        unit = _unit_phrase(m.group("label"), lang, comma)
        if unit is None:
            continue
        for cell in re.finditer(r"\S+", m.group("run")):
            fig = _cell(cell.group(), unit, lang, comma)
            if fig is not None:
                start = m.start("run") + cell.start()
                found.append(FigureSpan(start, start + len(cell.group()), fig.value, fig.unit,
                                        fig.kind))
    return found


def _unit_phrase(label: str, lang: str, comma: str | None) -> str | None:
    """The longest run of the label's last words that reads as the unit of a number."""
    words = label.rstrip(" \t,:").split()
    for k in range(min(MAX_UNIT_WORDS, len(words)), 0, -1):
        phrase = " ".join(words[-k:])
        fig = _cell("1", phrase, lang, comma)
        if fig is not None and fig.kind not in ("count", "year"):
            return phrase
    return None


def _cell(number: str, unit: str, lang: str, comma: str | None) -> FigureSpan | None:
    text = f"{number} {unit}"
    m = figure_regex(lang, ranges=False).fullmatch(text)
    if m is None:
        return None
    try:
        return read_match(m, lang, comma)
    except BadRange:
        return None
