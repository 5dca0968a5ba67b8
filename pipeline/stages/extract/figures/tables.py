"""Figures of table sections, each tied to its row label, column header and unit.

Two shapes occur: tab-separated rows ("Trade\\tbillions of US dollars\\t18\\t24,1\\t+6,1"),
whose header may wrap over several rows, and column-per-line tables where every cell is
a paragraph of its own (a caption, the leaf column headers, then a row label followed by
one value per column). Lines that are not rows (captions, notes) are read as prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.doc.spans import Span, shift
from pipeline.lang import data
from pipeline.stages.extract.figures.find import find_in_text
from pipeline.stages.extract.figures.numbers import (
    DIGITS,
    comma_style,
    language_comma,
    parse_digits,
    scaled,
)
from pipeline.stages.extract.figures.patterns import figure_regex
from pipeline.stages.extract.figures.read import BadRange, Reading, figure, read_match

_NUMBER_CELL = re.compile(rf"[+\-−–]?(?:{DIGITS})")
_MISSING = {"–", "-", "—", "…", "..", "...", "n/a", "x", "×"}


@dataclass(frozen=True)
class Cell:
    """A table cell: stripped text and its offset in the section text."""

    start: int
    text: str

    @property
    def number(self) -> bool:
        return bool(_NUMBER_CELL.fullmatch(self.text))

    @property
    def missing(self) -> bool:
        return self.text.lower() in _MISSING


def find_in_table(text: str, lang: str) -> list[Span[Reading]]:
    """Figures of a table section (offsets into ``text``)."""
    comma = comma_style(text) or language_comma(lang)
    lines = _lines(text)
    if sum("\t" in line.text for line in lines) >= 2:
        return _sorted(_tabbed(text, lines, lang, comma))
    cells = _paragraphs(text)
    rows = _column_rows(cells)
    if rows is None:
        return find_in_text(text, lang, comma)
    return _sorted(_columns(text, cells, rows, lang, comma))


def _sorted(figures: list[Span[Reading]]) -> list[Span[Reading]]:
    return sorted(figures, key=lambda f: (f.start, -f.end))


def _lines(text: str) -> list[Cell]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append(Cell(pos, line))
        pos += len(line) + 1
    return out


def _split(line: Cell) -> list[Cell]:
    cells, pos = [], line.start
    for part in line.text.split("\t"):
        lead = len(part) - len(part.lstrip())
        cells.append(Cell(pos + lead, part.strip()))
        pos += len(part) + 1
    return cells


def _tabbed(text: str, lines: list[Cell], lang: str, comma: str) -> list[Span[Reading]]:
    rows = [_split(line) for line in lines if "\t" in line.text]
    first = next((i for i, r in enumerate(rows) if _data_row(r)), len(rows))
    headers = _headers(rows[:first])
    unit_col = _unit_column(headers, lang)
    labels: list[str] = []
    cells: list[tuple[Cell, int, int, str]] = []  # value cell, row, column, unit caption
    for row in rows[first:]:
        if labels and _only_label(row):
            labels[-1] += " " + row[0].text  # a wrapped row label ("Trade" / "turnover")
            continue
        labels.append(row[0].text)
        unit = row[unit_col].text if unit_col is not None and unit_col < len(row) else ""
        cells.extend((c, len(labels) - 1, col, unit) for col, c in enumerate(row)
                     if col and c.number and col != unit_col)
    figures = [_cell_figure(c, labels[r], headers[col] if col < len(headers) else "", unit,
                            lang, comma) for c, r, col, unit in cells]
    return figures + _prose_lines(text, lines, lang, comma, numbers_only=False)


def _data_row(row: list[Cell]) -> bool:
    """More value cells than words after the label: a header row may hold years too."""
    numbers = sum(c.number for c in row[1:])
    return numbers > sum(bool(c.text) and not c.number for c in row[1:])


def _only_label(row: list[Cell]) -> bool:
    """A wrapped label ("turnover") continues the previous row; a note does not."""
    return row[0].text[:1].islower() and all(not c.text for c in row[1:])


def _headers(rows: list[list[Cell]]) -> list[str]:
    width = max((len(r) for r in rows), default=0)
    return [" ".join(r[i].text for r in rows if i < len(r) and r[i].text) for i in range(width)]


def _unit_column(headers: list[str], lang: str) -> int | None:
    words = data(lang, "numbers").TABLE_UNIT_HEADERS
    for i, header in enumerate(headers):
        if any(w in header.lower() for w in words):
            return i
    return None


def _cell_figure(cell: Cell, label: str, header: str, unit_text: str, lang: str, comma: str
                 ) -> Span[Reading]:
    """A value cell read with its column header and the row's unit caption."""
    value = parse_digits(cell.text, comma)
    scale, unit, kind = unit_of(unit_text, lang)
    if "%" in header:
        scale, unit, kind = 1.0, "%", "percent"
    context = " | ".join(p for p in (label, header, unit_text) if p)
    return figure(cell.start, cell.start + len(cell.text), scaled(value, scale), unit, kind,
                  context=context)


def unit_of(caption: str, lang: str) -> tuple[float, str, str]:
    """(scale, unit, kind) of a unit caption: "billions of US dollars" -> (1e9, "USD", "money")."""
    d = data(lang, "numbers")
    words = [w for w in caption.split() if w.lower() not in d.UNIT_FILLERS]
    probe = "1 " + " ".join(words)  # read the caption as the words after a number
    m = figure_regex(lang, ranges=False).match(probe)
    try:
        fig = read_match(m, lang, None) if m and m.end() == len(probe) else None
    except BadRange:
        fig = None
    if fig is None or not words:
        return 1.0, "count", "count"
    r = fig.payload
    return r.value, r.unit, r.kind if r.kind != "year" else "count"


def _prose_lines(text: str, lines: list[Cell], lang: str, comma: str, numbers_only: bool
                 ) -> list[Span[Reading]]:
    """Figures of the lines that are not table rows (captions, notes)."""
    out: list[Span[Reading]] = []
    for line in lines:
        if "\t" in line.text and not numbers_only:
            continue
        out.extend(shift(f, line.start) for f in find_in_text(line.text, lang, comma))
    return out


def _paragraphs(text: str) -> list[Cell]:
    cells = []
    for m in re.finditer(r"\S(?:.*\S)?(?:\n[ \t]*\S.*)*", text):
        chunk = m.group().rstrip()
        cells.append(Cell(m.start(), chunk))
    return cells


def _column_rows(cells: list[Cell]) -> tuple[int, int] | None:
    """(index of the first row label, values per row) of a column-per-line table."""
    for i in range(len(cells) - 1):
        if _value_cell(cells[i]) or not _value_cell(cells[i + 1]):
            continue
        width = 0
        while i + 1 + width < len(cells) and _value_cell(cells[i + 1 + width]):
            width += 1
        if width >= 2 and i >= width:
            return i, width
    return None


def _value_cell(cell: Cell) -> bool:
    return cell.number or cell.missing


def _columns(text: str, cells: list[Cell], rows: tuple[int, int], lang: str, comma: str
             ) -> list[Span[Reading]]:
    first, width = rows
    headers = [" ".join(c.text.split()) for c in cells[first - width:first]]
    figures: list[Span[Reading]] = []
    i, label, col = first, "", 0
    while i < len(cells):
        cell = cells[i]
        if not _value_cell(cell):
            if i + 1 >= len(cells) or not _value_cell(cells[i + 1]):
                break
            label, col = " ".join(cell.text.split()), 0
        elif col < width:
            if cell.number:
                figures.append(_column_figure(cell, label, headers[col], comma))
            col += 1
        i += 1
    rest = [c for k, c in enumerate(cells) if k < first - width or k >= i]
    return figures + _prose_lines(text, rest, lang, comma, numbers_only=True)


def _column_figure(cell: Cell, label: str, header: str, comma: str) -> Span[Reading]:
    value = parse_digits(cell.text, comma)
    unit, kind = ("%", "percent") if "%" in header else ("count", "count")
    return figure(cell.start, cell.start + len(cell.text), value, unit, kind,
                  context=f"{label} | {header}")


__all__ = ["find_in_table", "unit_of"]
