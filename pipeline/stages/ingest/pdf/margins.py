"""Running heads, running feet and page numbers: lines at a page's top or bottom edge
that are page numbers, or that recur on other pages once their digits are ignored."""

from __future__ import annotations

import re
from collections import Counter

from pipeline.stages.ingest.pdf.lines import Line

EDGE = 0.1  # share of the page height at the top and at the bottom where heads and feet sit
EDGE_LINES = 2  # at most this many lines at each edge are candidates
SMALL = 0.9  # an edge line in type this much smaller than the page's usual size ...
APART = 2.0  # ... and this many of its ems away from any other line is a head or foot
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:(?:page|p\.|стр\.?|с\.|бет)\s*)?\d{1,4}(?:\s*(?:/|of|из)\s*\d{1,4})?"
    r"(?:\s*[-–—])?\s*$", re.I)
_DIGITS = re.compile(r"\d+")


def _key(line: Line) -> str:
    return _DIGITS.sub("#", " ".join(line.text.lower().split()))


def edge_lines(lines: list[Line], height: float) -> list[Line]:
    """The lines of a page that could be a running head or foot (by position)."""
    top = [ln for ln in lines[:EDGE_LINES] if ln.bottom <= EDGE * height]
    bottom = [ln for ln in lines[-EDGE_LINES:] if ln.top >= (1 - EDGE) * height]
    return top + [ln for ln in bottom if ln not in top]


def _set_apart(line: Line, lines: list[Line]) -> bool:
    """A small-print edge line far from the text: a head even where it cannot recur."""
    sizes = sorted(ln.size for ln in lines)
    others = [ln for ln in lines if ln is not line]
    if not others or line.size >= SMALL * sizes[len(sizes) // 2]:
        return False
    gap = min(max(o.top - line.bottom, line.top - o.bottom) for o in others)
    return gap >= APART * line.size


def strip_margins(pages: list[tuple[list[Line], float]]) -> list[list[Line]]:
    """Each page's lines without its running heads, feet and page numbers."""
    candidates = [edge_lines(lines, height) for lines, height in pages]
    seen = Counter(key for cands in candidates for key in {_key(ln) for ln in cands})
    out = []
    for (lines, _), cands in zip(pages, candidates, strict=True):
        drop = {id(ln) for ln in cands
                if _PAGE_NUMBER.match(ln.text) or (len(pages) > 1 and seen[_key(ln)] > 1)
                or _set_apart(ln, lines)}
        out.append([ln for ln in lines if id(ln) not in drop])
    return out
