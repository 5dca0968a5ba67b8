"""PDF to text in one call: glyphs, lines, margins, columns, paragraphs, quality check.

``extract`` runs in this process; ``read_pdf_text`` runs it in a child process
bounded in time and memory (``worker.py``), so a PDF bomb costs at most the limits.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.doc.errors import InputError
from pipeline.stages.ingest.pdf.chars import PageGlyphs, open_pdf, page_glyphs
from pipeline.stages.ingest.pdf.lines import group_lines
from pipeline.stages.ingest.pdf.margins import strip_margins
from pipeline.stages.ingest.pdf.page import Area, areas, paragraphs, usual_gap
from pipeline.stages.ingest.pdf.quality import check, fold_lookalikes, measure
from pipeline.stages.ingest.pdf.text import PAGE_MARK, assemble, compounds

if TYPE_CHECKING:
    from pipeline.stages.ingest.pdf.chars import PdfDocument


@dataclass(frozen=True)
class PdfConfig:
    """Limits on what the PDF reader accepts and spends."""

    max_bytes: int = 100_000_000  # file size
    max_pages: int = 1000
    max_chars: int = 5_000_000  # characters drawn on all pages together
    max_seconds: float = 120.0  # wall time for one PDF
    max_memory: int = 2_000_000_000  # bytes of address space of the child process
    isolate: bool = True  # read in a child process bounded by the limits above


@dataclass(frozen=True)
class PdfText:
    """A PDF's text, with ``PAGE_MARK`` where each page starts, and its page count."""

    text: str
    pages: int


def extract(path: str, config: PdfConfig = PdfConfig()) -> PdfText:
    """Read a PDF's text in reading order; raise InputError when it is not usable text."""
    deadline = time.monotonic() + config.max_seconds
    pdf = open_pdf(path, config.max_pages)
    try:
        pages = _read_pages(pdf, path, config, deadline)
    finally:
        pdf.close()
    text = layout(pages)
    check(path, measure(pages, text))
    return PdfText(fold_lookalikes(text), len(pages))


def _read_pages(pdf: PdfDocument, path: str, config: PdfConfig, deadline: float
                ) -> list[PageGlyphs]:
    pages: list[PageGlyphs] = []
    chars = 0
    for i in range(len(pdf)):
        if time.monotonic() > deadline:
            raise InputError(path, f"reading took over {config.max_seconds:g} s at page {i + 1} "
                             f"of {len(pdf)} (PdfConfig.max_seconds)", "timeout")
        pages.append(page_glyphs(pdf, i))
        chars += len(pages[-1].glyphs)
        if chars > config.max_chars:
            raise InputError(path, f"over {config.max_chars} characters by page {i + 1} "
                             "(PdfConfig.max_chars)", "too-large")
    return pages


def layout(pages: list[PageGlyphs]) -> str:
    """Glyphs of every page to text: lines, margins stripped, columns, paragraphs joined."""
    lines = [group_lines(p.glyphs) for p in pages]
    kept = strip_margins([(ls, p.height) for ls, p in zip(lines, pages, strict=True)])
    all_areas = []
    for page, page_lines in zip(pages, kept, strict=True):
        page_areas = areas(page.number, page_lines, page.width)
        gap = usual_gap([ln for a in page_areas for ln in a.lines])
        for area in page_areas:
            area.paragraphs, area.gap = paragraphs(area, gap), gap
        if not page_areas:
            all_areas.append(_empty(page.number))
        all_areas += page_areas
    keep = compounds(ln for page_lines in kept for ln in page_lines)
    return assemble(all_areas, keep)


def _empty(number: int) -> Area:
    return Area(number, [], 0.0, 0.0, [])


def page_starts(text: str) -> tuple[str, tuple[int, ...]]:
    """Remove the page marks; return the text and the offset where each page starts."""
    starts: list[int] = []
    parts = text.split(PAGE_MARK)
    out = parts[0]
    for part in parts[1:]:
        starts.append(len(out))
        out += part
    return out, tuple(starts)
