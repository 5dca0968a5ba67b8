"""Glyphs to lines: group a page's characters into lines, words and superscripts.

A line is a horizontal run of glyphs whose line boxes overlap and whose gaps are
smaller than ``FRAGMENT_GAP`` ems; a wider gap (a column gutter, a table cell)
starts a new line at the same height, so two columns never share a line.
Thresholds are in ems of the font size, set on the generated test pages and the
KazNERD guidelines PDF.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from pipeline.stages.ingest.pdf.chars import Glyph

FRAGMENT_GAP = 1.0  # ems: a wider horizontal gap splits a line (gutter, table cell)
SPACE_GAP = 0.15  # ems: a wider gap between glyphs is a word space
TAB_GAP = 3.0  # ems: a wider gap inside one column's line separates table cells
SUPER_SIZE = 0.85  # a glyph this much smaller than the line's text ...
SUPER_RISE = 0.12  # ... raised by this many ems above its baseline is a superscript
_SUPERSCRIPTS = str.maketrans("0123456789+-=()abcdeinost", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉⁱⁿᵒˢᵗ")


@dataclass
class Line:
    """Glyphs drawn on one line of one column, left to right."""

    glyphs: list[Glyph]
    x0: float
    x1: float
    top: float  # top and bottom of the line box (from font size, not ink)
    bottom: float
    size: float  # the dominant font size
    base: float
    text: str = ""

    def overlaps(self, g: Glyph) -> bool:
        """True when glyph ``g`` sits on this line (its line box overlaps by 30%)."""
        top, bottom = _box(g)
        overlap = min(bottom, self.bottom) - max(top, self.top)
        return overlap >= 0.3 * min(bottom - top, self.bottom - self.top)


def _box(g: Glyph) -> tuple[float, float]:
    return g.base - 0.8 * g.size, g.base + 0.2 * g.size


def _new_line(g: Glyph) -> Line:
    top, bottom = _box(g)
    return Line([g], g.x0, g.x1, top, bottom, g.size, g.base)


def _add(line: Line, g: Glyph) -> None:
    line.glyphs.append(g)
    top, bottom = _box(g)
    line.x0, line.x1 = min(line.x0, g.x0), max(line.x1, g.x1)
    line.top, line.bottom = min(line.top, top), max(line.bottom, bottom)
    if g.size > line.size:
        line.size, line.base = g.size, g.base


def group_lines(glyphs: Iterable[Glyph]) -> list[Line]:
    """Cut glyphs (in drawing order) into lines, merge pieces of one line, spell each out."""
    lines: list[Line] = []
    for g in glyphs:
        if g.char.isspace():
            continue  # drawn spaces say nothing the gaps do not
        last = lines[-1] if lines else None
        if (last is not None and last.overlaps(g) and g.x0 > last.x1 - 0.5 * g.size
                and g.x0 - last.x1 < FRAGMENT_GAP * max(g.size, last.size)):
            _add(last, g)
        else:
            lines.append(_new_line(g))
    lines = _merge_pieces(lines)
    for line in lines:
        line.text = spell(line)
    return [line for line in lines if line.text.strip()]


def _merge_pieces(lines: list[Line], max_gap: float = FRAGMENT_GAP) -> list[Line]:
    """Join lines drawn in several pieces (a bold word, a superscript) back together."""
    lines.sort(key=lambda line: (round(line.base), line.x0))
    out: list[Line] = []
    for line in lines:
        for other in reversed(out[-6:]):
            gap = line.x0 - other.x1
            if (other.overlaps(line.glyphs[0]) and -0.5 * line.size < gap
                    and gap < max_gap * max(line.size, other.size)):
                for g in line.glyphs:
                    _add(other, g)
                break
        else:
            out.append(line)
    for line in out:
        line.glyphs.sort(key=lambda g: g.x0)
    out.sort(key=lambda line: (line.top, line.x0))
    return out


def merge_row(lines: list[Line]) -> list[Line]:
    """Join the pieces of one column's lines that a wide gap had split (justified text, cells)."""
    out = _merge_pieces(list(lines), max_gap=float("inf"))
    for line in out:
        line.text = spell(line)
    return out


def spell(line: Line) -> str:
    """The line's text: spaces from gaps, superscript marks as Unicode superscripts.

    A gap far wider than the line's other word gaps (not a justified line, whose gaps
    are all alike) separates table cells and is spelt as a tab.
    """
    glyphs = line.glyphs
    gaps = [b.x0 - a.x1 for a, b in pairwise(glyphs)]
    words = sorted(g for g, b in zip(gaps, glyphs[1:], strict=False)
                   if b.space or g > SPACE_GAP * line.size)
    tab = max(TAB_GAP * line.size, 2.5 * words[len(words) // 2]) if words else float("inf")
    parts: list[str] = []
    for i, g in enumerate(glyphs):
        if i:
            gap, prev = gaps[i - 1], glyphs[i - 1]
            if gap > tab:
                parts.append("\t")
            elif g.space or gap > SPACE_GAP * min(g.size, prev.size):
                parts.append(" ")
        sup = g.size < SUPER_SIZE * line.size and line.base - g.base > SUPER_RISE * line.size
        parts.append(g.char.translate(_SUPERSCRIPTS) if sup else g.char)
    return "".join(parts)
