"""Layout: cut normalised text into blocks (paragraphs, headings, tables) and read their markers.

A block is the unit the segmenter classifies. Markers (Abstract / Аннотация /
Аңдатпа, Key words / Ключевые слова / Түйін сөздер, References, ...) come from
``pipeline/lang/<code>/markers.py`` for every language at once, because a
Kazakh paper prints English and Russian markers too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.lang import LANGUAGES, data

MARKER_KINDS = {
    "ABSTRACT": "abstract",
    "KEYWORDS": "keywords",
    "REFERENCES": "references",
    "AUTHOR_INFO": "author-info",
    "BODY_HEADINGS": "body",
}
LONG_LINE = 160  # a line this long ending a sentence is a paragraph of its own
_NUMBERING = r"(?:(?:\d+(?:\.\d+)*|[IVX]+)\.?\s+)?"


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


@cache
def _marker_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    patterns = []
    for topic, kind in MARKER_KINDS.items():
        words = sorted({w for lang in LANGUAGES for w in getattr(data(lang, "markers"), topic)},
                       key=len, reverse=True)
        alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        if kind == "keywords":
            tail = r"(?:\s*[:.—–-]\s*|\s*$)"  # "Key words: a, b"
        elif kind in ("abstract", "author-info"):
            # "Abstract", "Abstract:", "Abstract The paper ...", "Written by A. Author"
            tail = r"(?:\s*[:.—–-]\s*|\s*$|\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))"
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


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _cells(line: str) -> int:
    return sum(1 for cell in line.split("\t") if cell.strip())


def _table_rows(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indices of lines inside tables: tab-separated rows, or captioned column-per-line tables."""
    rows: set[int] = set()
    tabbed = [i for i, (s, e) in enumerate(lines) if _cells(text[s:e]) >= 2]
    for i in tabbed:
        rows.add(i)
        j = i + 1  # rows continued by a wrapped cell ("turnover\t\t\t") belong to the table
        while j < len(lines) and "\t" in text[lines[j][0]:lines[j][1]]:
            rows.add(j)
            j += 1
    caption, end = _table_words("TABLE"), _table_words("TABLE_END")
    for i, (s, e) in enumerate(lines):
        if i in rows or not caption.match(text[s:e]):
            continue
        run = _captioned_run(text, lines, i, end)
        rows.update(run)
    return rows


def _captioned_run(text: str, lines: list[tuple[int, int]], i: int, end: re.Pattern[str]
                   ) -> list[int]:
    """Lines of a 'Table: ...' caption up to its 'Source:' line, if the cells are short."""
    run = [i]
    for j in range(i + 1, min(len(lines), i + 2000)):
        line = text[lines[j][0]:lines[j][1]]
        if end.match(line):
            return [*run, j]
        if len(line.strip()) > 120:
            break
        run.append(j)
    # No source line: keep the caption and the short cells that follow it directly.
    return run if len(run) > 3 else [i]


def blocks(text: str, headings: tuple[tuple[int, int], ...] = ()) -> list[Block]:
    """Cut the text into blocks: tables, headings, then paragraphs separated by blank lines."""
    lines = _lines(text)
    table_rows = _table_rows(text, lines)
    heading_starts = {s for s, _ in headings}
    out: list[Block] = []
    current: list[int] = []

    def flush(table: bool = False) -> None:
        if current:
            s, e = lines[current[0]][0], lines[current[-1]][1]
            out.append(_make_block(text, s, e, heading=s in heading_starts, table=table))
            current.clear()

    for i, (s, e) in enumerate(lines):
        line = text[s:e]
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
        if current and _starts_new_block(text, lines[current[-1]], (s, e), heading_starts):
            flush()
        current.append(i)
    flush()
    return out


def _starts_new_block(text: str, prev: tuple[int, int], cur: tuple[int, int],
                      heading_starts: set[int]) -> bool:
    prev_line = text[prev[0]:prev[1]].rstrip()
    if cur[0] in heading_starts or prev[0] in heading_starts:
        return True
    if read_marker(text[cur[0]:cur[1]])[0] is not None:
        return True
    return len(prev_line) >= LONG_LINE and prev_line[-1:] in ".!?:;»”\")"


def _make_block(text: str, start: int, end: int, heading: bool, table: bool) -> Block:
    # Trim surrounding whitespace so section offsets sit on visible text.
    chunk = text[start:end]
    start += len(chunk) - len(chunk.lstrip())
    end -= len(chunk) - len(chunk.rstrip())
    body = text[start:end]
    marker, content = (None, 0) if table else read_marker(body.split("\n", 1)[0])
    inline = marker is not None and bool(body[content:].strip())
    return Block(start, end, body, heading=heading, table=table, marker=marker, inline=inline)
