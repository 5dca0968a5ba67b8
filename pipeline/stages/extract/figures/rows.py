"""Table rows flattened into a line of prose: "Total dividends paid, billion tenge 300 200 50".

A line that ends with two or more numbers, whose label ends with a scale, currency, percent
or unit phrase, states one figure per number, each in that unit: "billion tenge 300 200"
is 300e9 and 200e9 KZT, not the number 300 200. Each figure's text is its number alone.
"""

from __future__ import annotations

import re

from pipeline.doc.spans import Span
from pipeline.stages.extract.figures.patterns import figure_regex
from pipeline.stages.extract.figures.read import BadRange, Reading, figure, read_match

_CELL = re.compile(r"[+\-−–]?\d+(?:[.,]\d+)?")
_LETTER = re.compile(r"[^\W\d_]")
MAX_UNIT_WORDS = 4  # "billions of US dollars"


def find_rows(text: str, lang: str, comma: str | None) -> list[Span[Reading]]:
    """One figure per number of every row line of ``text`` whose label names its unit."""
    found: list[Span[Reading]] = []
    for line in re.finditer(r"[^\n]+", text):
        label, cells = _split(line.group())
        unit = _unit_phrase(label, lang, comma) if len(cells) >= 2 else None
        if unit is None:
            continue
        for at, cell in cells:
            fig = _cell(cell, unit, lang, comma)
            if fig is not None:
                start = line.start() + at
                r = fig.payload
                found.append(figure(start, start + len(cell), r.value, r.unit, r.kind))
    return found


def _split(line: str) -> tuple[str, list[tuple[int, str]]]:
    """A line's label and the numbers that end it, read from the right (linear time)."""
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", line)]
    k = len(tokens)
    while k and _CELL.fullmatch(tokens[k - 1][1]):
        k -= 1
    cells = tokens[k:]
    label = line[:cells[0][0]] if cells else line
    return (label, cells) if _LETTER.search(label) else ("", [])


def _unit_phrase(label: str, lang: str, comma: str | None) -> str | None:
    """The longest run of the label's last words that reads as the unit of a number."""
    words = label.rstrip(" \t,:").split()
    for k in range(min(MAX_UNIT_WORDS, len(words)), 0, -1):
        phrase = " ".join(words[-k:])
        fig = _cell("1", phrase, lang, comma)
        if fig is not None and fig.payload.kind not in ("count", "year"):
            return phrase
    return None


def _cell(number: str, unit: str, lang: str, comma: str | None) -> Span[Reading] | None:
    text = f"{number} {unit}"
    m = figure_regex(lang, ranges=False).fullmatch(text)
    if m is None:
        return None
    try:
        return read_match(m, lang, comma)
    except BadRange:
        return None
