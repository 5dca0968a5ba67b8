"""Paragraphs to text: lines joined (hyphenated words mended), areas and pages joined.

A paragraph's wrapped lines become one line; short lines (affiliations, a list)
keep their line breaks. A paragraph cut by a column or page break is joined back
when it visibly runs on. Each page's first character offset is kept with a
marker character, so the caller can map text offsets to pages after normalising.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from pipeline.stages.ingest.pdf.lines import Line
from pipeline.stages.ingest.pdf.page import PARA_GAP, Area, is_short, starts_paragraph
from pipeline.stages.segment.blocks import read_marker

PAGE_MARK = "\ue0ff"  # private-use: where a page starts; removed after normalisation
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl",
                            "ﬅ": "st", "ﬆ": "st", "\x02": "-"})
# Zero-width characters, and soft hyphens except at a line's end (a hyphenation point).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]|\u00ad(?!\\s*$)")
_HYPHENS = ("-", "\u00ad", "\u2010")
_ENDS = (".", "!", "?", ":", ";")
FULL = 0.5  # ems: a line ending this close to its column's right edge is a full line
_WORD_HYPHEN = re.compile(r"\b(\w+)[-\u2010](\w+)\b")


def clean(text: str) -> str:
    """Fold ligatures, drop soft hyphens and zero-width characters."""
    return _INVISIBLE.sub("", text.translate(_LIGATURES))


def compounds(lines: Iterable[Line]) -> set[str]:
    """Hyphenated words printed inside a line: they keep their hyphen at a line break."""
    return {m.group(0).lower() for ln in lines for m in _WORD_HYPHEN.finditer(ln.text)}


def join_lines(left: str, right: str, newline: bool, keep: set[str]) -> tuple[str, int]:
    """Join two lines, mending a word hyphenated across them; also where ``right`` begins."""
    stripped, rest = left.rstrip(), right.lstrip()
    hyphen = stripped[-1:]
    if hyphen in _HYPHENS and stripped[-2:-1].isalpha() and rest[:1].isalnum():
        head = stripped[:-1]
        word_l, word_r = re.search(r"\w+$", head), re.match(r"\w+", rest)
        compound = f"{word_l.group(0)}-{word_r.group(0)}".lower() if word_l and word_r else ""
        # a lower-case (or all-capitals) word goes on: a hyphenated word, unless the
        # document prints the same compound with its hyphen inside a line elsewhere
        caps = word_l is not None and word_r is not None and (
            word_l.group(0).isupper() and word_r.group(0).isupper())
        if hyphen == "\u00ad" or ((rest[:1].islower() or caps) and compound not in keep):
            return head + rest, len(head)
        return head + "-" + rest, len(head) + 1
    joined = stripped + ("\n" if newline else " ")
    return joined + rest, len(joined)


def paragraph_text(lines: list[Line], area: Area, keep: set[str]) -> str:
    """One paragraph: wrapped lines joined, short lines kept as lines."""
    text = clean(lines[0].text)
    for prev, ln in pairwise(lines):
        text, _ = join_lines(text, clean(ln.text), line_break(prev, ln, area), keep)
    return text


def line_break(prev: Line, ln: Line, area: Area) -> bool:
    """True when the break after ``prev`` is the author's (a list, an address), not a wrap:
    a short line, or a line short of a justified edge before a line that is no lower-case
    continuation."""
    if is_short(prev, area):
        return True
    return prev.x1 < area.right - FULL * prev.size and not ln.text.lstrip()[:1].islower()


def runs_on(prev: Line, prev_area: Area, nxt: Line, nxt_area: Area) -> bool:
    """True when a paragraph ending on ``prev`` goes on at ``nxt`` in the next area or page."""
    end, start = prev.text.rstrip(), nxt.text.lstrip()
    if abs(nxt.size - prev.size) > 0.1 * prev.size:
        return False
    kind, content = read_marker(end)
    if read_marker(start)[0] is not None or (kind is not None and not end[content:].strip()):
        return False  # the next area opens a section, or this one is a bare marker line
    stacked = nxt_area.page == prev_area.page and nxt.top >= prev.bottom
    if stacked and nxt.top - prev.bottom > prev_area.gap + PARA_GAP * prev.size:
        return False
    if len(prev_area.lines) > 1 and prev.x1 >= prev_area.right - FULL * prev.size:
        return True  # a justified line as wide as its column: its paragraph goes on
    if end.endswith(_ENDS):
        return False
    return (start[:1].islower() or end.endswith(_HYPHENS)
            or (len(prev_area.lines) > 1 and not is_short(prev, prev_area)))


def below(prev: Line, prev_area: Area, nxt: Line, nxt_area: Area) -> bool:
    """True when ``nxt`` sits right under ``prev`` on the same page, at line spacing: the two
    areas are one stretch of text (a short line beside the gutter, under a full one)."""
    gap = nxt.top - prev.bottom
    return (nxt_area.page == prev_area.page and -1.0 <= gap <= prev_area.gap + PARA_GAP * prev.size
            and nxt_area.left < prev_area.right and prev_area.left < nxt_area.right)


def _joins(prev: Line, prev_area: Area, nxt: Line, area: Area) -> bool | None:
    """How a paragraph opening an area joins the one before: None (a new paragraph),
    True (on a new line) or False (in the same line)."""
    if below(prev, prev_area, nxt, area):
        if starts_paragraph(prev, nxt, prev_area, prev_area.gap):
            return None
        return line_break(prev, nxt, prev_area)
    return False if runs_on(prev, prev_area, nxt, area) else None


def assemble(areas: list[Area], keep: set[str]) -> str:
    """The text of all areas in order, pages marked with ``PAGE_MARK``."""
    out: list[str] = []
    page = 0
    last: tuple[Line, Area] | None = None
    mark = ""
    for area in areas:
        if area.page != page:
            mark, page = mark + PAGE_MARK, area.page  # an empty page's mark waits for text
        for i, para in enumerate(area.paragraphs or []):
            body = paragraph_text(para, area, keep)
            how = _joins(*last, para[0], area) if i == 0 and last is not None and out else None
            if how is not None:
                joined, at = join_lines(out[-1], body, how, keep)
                out[-1] = joined[:at] + mark + joined[at:]
            else:
                out.append(mark + body)
            mark, last = "", (para[-1], area)
    return "\n\n".join(out) + mark + "\n"
