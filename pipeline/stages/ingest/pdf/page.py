"""One page's lines in reading order: columns found by their gutter, then paragraphs.

Lines that cross the gutter (a title, a full-width abstract) cut the page into
bands; inside a band the left column is read before the right one. Each column
of a band is an ``Area``; paragraphs never span areas here (``text.py`` joins a
paragraph that runs on into the next column or page).
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from pipeline.stages.ingest.pdf.lines import Line, merge_row

MIN_COLUMN_LINES = 3  # lines on each side of a gutter before a page counts as two columns
SIZE_CHANGE = 0.1  # a font size change of this share starts a paragraph
PARA_GAP = 0.4  # ems of extra space over the page's usual line gap that start a paragraph
INDENT = (0.8, 6.0)  # ems: a first-line indent
SHORT = 0.25  # a line ending this share of the width short of the right edge is short


@dataclass
class Area:
    """Lines of one column of one band, with its left and right edges."""

    page: int
    lines: list[Line]
    left: float
    right: float
    paragraphs: list[list[Line]] | None = None
    gap: float = 0.0  # the page's usual gap between lines


def find_gutter(lines: list[Line], width: float) -> float | None:
    """The x of the gap between two columns, or None for a one-column page.

    Full-width lines (a title, an abstract) may cross it; the right column must have
    lines starting at one x, so centred lines do not make a page two columns.
    """
    best: tuple[int, int, float] | None = None
    for step in range(int(0.3 * width), int(0.7 * width), 2):
        x = float(step)
        left = sum(ln.x1 <= x for ln in lines)
        right = [round(ln.x0) for ln in lines if ln.x0 >= x]
        crossing = len(lines) - left - len(right)
        aligned = max(Counter(right).values(), default=0)
        if min(left, aligned) < MIN_COLUMN_LINES:
            continue
        score = (-crossing, min(left, len(right)), x)
        if best is None or score[:2] > best[:2]:
            best = score
    return None if best is None else best[2]


def areas(page: int, lines: list[Line], width: float) -> list[Area]:
    """Cut a page into areas in reading order: bands of full-width lines and columns."""
    if not lines:
        return []
    gutter = find_gutter(lines, width)
    edge = max(ln.x1 for ln in lines)  # lines outside columns are short against this edge
    if gutter is None:
        return [_area(page, lines, edge)]
    out: list[Area] = []
    band: list[Line] = []
    for ln in sorted(lines, key=lambda ln: ln.top):
        if ln.x0 < gutter < ln.x1:
            out += _band(page, band, gutter, edge)
            if out and out[-1].left < gutter < out[-1].right and not band:
                out[-1] = _area(page, [*out[-1].lines, ln], edge)  # a run of full-width lines
            else:
                out.append(_area(page, [ln], edge))
            band = []
        else:
            band.append(ln)
    return out + _band(page, band, gutter, edge)


def _band(page: int, lines: list[Line], gutter: float, edge: float) -> list[Area]:
    """A band between full-width lines: left column, then right; short lines above both
    columns (an affiliation, a heading) are full-width lines that stop early."""
    right = [ln for ln in lines if ln.x0 >= gutter]
    if not right:
        return [_area(page, lines, edge)] if lines else []
    top = min(ln.top for ln in right)
    above = [ln for ln in lines if ln.bottom <= top]
    left = [ln for ln in lines if ln.x1 <= gutter and ln.bottom > top]
    parts = [(above, edge), (left, None), (right, None)]
    return [_area(page, part, right_edge) for part, right_edge in parts if part]


def _area(page: int, lines: list[Line], right: float | None = None) -> Area:
    lines = merge_row(lines) if len(lines) > 1 else lines
    edge = max(ln.x1 for ln in lines)
    return Area(page, lines, min(ln.x0 for ln in lines), max(edge, right or edge))


def usual_gap(lines: list[Line]) -> float:
    """The median gap between consecutive lines of a page, in points."""
    gaps = [b.top - a.bottom for a, b in pairwise(lines)
            if 0 <= b.top - a.bottom < 2 * a.size]
    return statistics.median(gaps) if gaps else 0.0


def paragraphs(area: Area, gap: float) -> list[list[Line]]:
    """Split an area's lines into paragraphs by space, font size, indent and short lines."""
    paras: list[list[Line]] = []
    for ln in area.lines:
        if paras and not starts_paragraph(paras[-1][-1], ln, area, gap):
            paras[-1].append(ln)
        else:
            paras.append([ln])
    return paras


def starts_paragraph(prev: Line, ln: Line, area: Area, gap: float) -> bool:
    """True when line ``ln`` begins a new paragraph after line ``prev``."""
    size = prev.size
    if abs(ln.size - size) > SIZE_CHANGE * size or ln.top - prev.bottom > gap + PARA_GAP * size:
        return True
    indent = (ln.x0 - area.left) / size
    if prev.x0 - area.left < 0.5 * size and INDENT[0] <= indent <= INDENT[1]:
        return True
    first = ln.text.lstrip()[:1]
    return (is_short(prev, area) and first.isupper()
            and not prev.text.rstrip().endswith((",", "-", "\u00ad")))


def is_short(line: Line, area: Area) -> bool:
    """True when a line stops well before the area's right edge."""
    return line.x1 < area.right - SHORT * (area.right - area.left)
