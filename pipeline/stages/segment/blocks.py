"""Layout: cut normalised text into blocks (paragraphs, headings, tables) and read their markers.

A block is the unit the segmenter classifies. Markers (Abstract / Аннотация /
Аңдатпа, Key words / Ключевые слова / Түйін сөздер, References, ...) come from
``pipeline/lang/<code>/markers.py`` for every language at once, because a
Kazakh paper prints English and Russian markers too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pipeline.doc.spans import Span
from pipeline.lang import LANGUAGES, data
from pipeline.stages.segment.lines import (
    furniture_code_end,
    is_furniture,
    letter_languages,
    starts_new_line_block,
)

MARKER_KINDS = {  # keywords first: "Түйін сөздер" is keywords, "Түйін" alone an abstract
    "KEYWORDS": "keywords",
    "ABSTRACT": "abstract",
    "REFERENCES": "references",
    "AUTHOR_INFO": "author-info",
    "BODY_HEADINGS": "body",
}
LONG_LINE = 160  # a line this long ending a sentence is a paragraph of its own
_NUMBERING = r"(?:(?:\d+(?:\.\d+)*|[IVX]+)\.?\s+)?"
# A capitalised word glued to a marker ("AnnotationAt present", "АңдатпаМақалада").
_GLUED = r"(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі])"
# What may stand right before a marker glued to the text it follows ("…экономикаАннотация",
# "…2024.3.07Түйін сөздер:").
_GLUED_BEFORE = r"(?<=[a-zа-яёәғқңөұүһі0-9).\]»”])"
GLUED_KINDS = ("abstract", "keywords")


@dataclass(frozen=True)
class Block:
    """A paragraph, heading or table of the normalised text."""

    start: int
    end: int
    text: str
    heading: bool = False
    table: bool = False
    marker: str | None = None  # section kind announced by a marker at the block start
    inline: bool = False  # the marker is followed by content in the same block
    furniture: bool = False  # a DOI, code, ISSN, e-mail or counter line: not content


@cache
def _marker_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    patterns = []
    for topic, kind in MARKER_KINDS.items():
        words = sorted({w for lang in LANGUAGES for w in getattr(data(lang, "markers"), topic)},
                       key=len, reverse=True)
        alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        if kind == "keywords":
            tail = rf"(?:\s*[:.—–-]\s*|\s*$|{_GLUED})"  # "Key words: a, b"
        elif kind in ("abstract", "author-info"):
            # "Abstract", "Abstract:", "Abstract The paper ...", "Written by A. Author"
            tail = rf"(?:\s*[:.—–-]\s*|\s*$|\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])|{_GLUED})"
        else:
            # a line of its own: "References", "1 Introduction", "References[edit]"
            tail = r"\s*[:.]?\s*(?:\[edit\])?\s*$"
        pattern = rf"^\s*{_NUMBERING}(?i:{alternation}){tail}"  # case-blind words only
        patterns.append((kind, re.compile(pattern)))
    return tuple(patterns)


def read_marker(first_line: str) -> tuple[str | None, int]:
    """The section kind a line announces and where the content after the marker starts."""
    for kind, pattern in _marker_patterns():
        m = pattern.match(first_line)
        if m:
            return kind, m.end()
    return None, 0


@cache
def _table_words(topic: str) -> re.Pattern[str]:
    words = sorted({w for lang in LANGUAGES for w in getattr(data(lang, "markers"), topic)})
    return re.compile(rf"^\s*(?:{'|'.join(map(re.escape, words))})\b\s*(?:\d+\w*)?\s*[:.—–-]",
                      re.I)


@cache
def _glued_markers() -> re.Pattern[str]:
    """A capitalised marker glued to what comes before it, as a cut point inside a line."""
    words = {w for lang in LANGUAGES for topic, kind in MARKER_KINDS.items()
             if kind in GLUED_KINDS for w in getattr(data(lang, "markers"), topic)}
    forms = sorted({f for w in words for f in (w[:1].upper() + w[1:], w.upper())},
                   key=len, reverse=True)
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"{_GLUED_BEFORE}(?:{alternation})(?=\s*[:.—–-]|{_GLUED})")


def _lines(text: str) -> list[Span[None]]:
    """Line spans; a marker glued to the text before it starts a line of its own."""
    spans: list[Span[None]] = []
    pos = 0
    for line in text.split("\n"):
        cuts = [m.start() for m in _glued_markers().finditer(line)]
        code_end = furniture_code_end(line)
        if code_end is not None:  # "UDC 338.2 TITLE OF THE PAPER": the code is furniture
            cuts = sorted({code_end, *cuts})
        for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True):
            spans.append(Span(pos + a, pos + b))
        pos += len(line) + 1
    return spans


def _cells(line: str) -> int:
    return sum(1 for cell in line.split("\t") if cell.strip())


def _table_rows(text: str, lines: list[Span[None]]) -> set[int]:
    """Indices of lines inside tables: tab-separated rows, or captioned column-per-line tables."""
    rows: set[int] = set()
    tabbed = [i for i, line in enumerate(lines) if _cells(text[line.start:line.end]) >= 2]
    for i in tabbed:
        rows.add(i)
        j = i + 1  # rows continued by a wrapped cell ("turnover\t\t\t") belong to the table
        while j < len(lines) and "\t" in text[lines[j].start:lines[j].end]:
            rows.add(j)
            j += 1
    caption, end = _table_words("TABLE"), _table_words("TABLE_END")
    for i, line in enumerate(lines):
        if i in rows or not caption.match(text[line.start:line.end]):
            continue
        run = _captioned_run(text, lines, i, end)
        rows.update(run)
    return rows


def _captioned_run(text: str, lines: list[Span[None]], i: int, end: re.Pattern[str]
                   ) -> list[int]:
    """Lines of a 'Table: ...' caption up to its 'Source:' line, if the cells are short."""
    run = [i]
    for j in range(i + 1, min(len(lines), i + 2000)):
        line = text[lines[j].start:lines[j].end]
        if end.match(line):
            return [*run, j]
        if len(line.strip()) > 120:
            break
        run.append(j)
    # No source line: keep the caption and the short cells that follow it directly.
    return run if len(run) > 3 else [i]


def blocks(text: str, headings: Sequence[Span[None]] = ()) -> list[Block]:
    """Cut the text into blocks: tables, headings, then paragraphs separated by blank lines."""
    lines = _lines(text)
    table_rows = _table_rows(text, lines)
    heading_starts = {h.start for h in headings}
    out: list[Block] = []
    current: list[int] = []
    letters: frozenset[str] = frozenset()  # alphabet of the block's last telling line

    def flush(table: bool = False) -> None:
        nonlocal letters
        letters = frozenset()
        if current:
            s, e = lines[current[0]].start, lines[current[-1]].end
            out.append(_make_block(text, s, e, heading=s in heading_starts, table=table))
            current.clear()

    for i, span in enumerate(lines):
        line = text[span.start:span.end]
        if i in table_rows:
            if current and current[-1] not in table_rows:
                flush()
            current.append(i)
            if i + 1 not in table_rows:
                flush(table=True)
            continue
        if not line.strip():
            flush()
            continue
        if current and _starts_new_block(text, lines[current[-1]], span, heading_starts,
                                         letters):
            flush()
        current.append(i)
        letters = letter_languages(line) or letters
    flush()
    return out


def _starts_new_block(text: str, prev: Span[None], cur: Span[None],
                      heading_starts: set[int], letters: frozenset[str]) -> bool:
    prev_line = text[prev.start:prev.end].rstrip()
    line = text[cur.start:cur.end]
    if cur.start in heading_starts or prev.start in heading_starts:
        return True
    if cur.start != prev.end + 1:  # a cut inside one line: a glued marker
        return True
    if read_marker(line)[0] is not None:
        return True
    if starts_new_line_block(prev_line, line, letters):
        return True
    if read_marker(prev_line)[0] == "keywords" and prev_line.endswith((".", "!", "?")):
        return True  # a keywords line ends with its full stop
    return len(prev_line) >= LONG_LINE and prev_line[-1:] in ".!?:;»”\")"


def _make_block(text: str, start: int, end: int, heading: bool, table: bool) -> Block:
    # Trim surrounding whitespace so section offsets sit on visible text.
    chunk = text[start:end]
    start += len(chunk) - len(chunk.lstrip())
    end -= len(chunk) - len(chunk.rstrip())
    body = text[start:end]
    marker, content = (None, 0) if table else read_marker(body.split("\n", 1)[0])
    inline = marker is not None and bool(body[content:].strip())
    furniture = not table and marker is None and is_furniture(body.split("\n", 1)[0])
    return Block(start, end, body, heading=heading, table=table, marker=marker, inline=inline,
                 furniture=furniture)
