"""The ingest adapter: a PDF file becomes a ``Document`` whose text is normalised like
any text file, with the offset where each page starts and each section's pages."""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import replace
from pathlib import Path

from pipeline.doc.errors import InputError
from pipeline.doc.records import Document
from pipeline.doc.spans import Span
from pipeline.stages.ingest.pdf.isolate import read_pdf_text
from pipeline.stages.ingest.pdf.reader import PdfConfig, page_starts
from pipeline.stages.normalize import normalize


def read_pdf(path: Path, config: PdfConfig, doc_id: str | None = None) -> Document:
    """Read one PDF as a Document; raise InputError with a code when it is not usable."""
    try:
        size = path.stat().st_size
        if size > config.max_bytes:
            raise InputError(str(path), f"file is {size} bytes, over the limit of "
                             f"{config.max_bytes} (PdfConfig.max_bytes)", "too-large")
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(str(path), f"cannot read file: {e.strerror or e}", "unreadable") from e
    if not raw.lstrip()[:1024].count(b"%PDF-"):
        raise InputError(str(path), "not a PDF (no %PDF- header)", "damaged-pdf")
    extracted = read_pdf_text(str(path), config)
    normalized = normalize(extracted.text)
    text, starts = page_starts(normalized.text)
    if not text.strip():
        raise InputError(str(path), "document is empty (no text after normalisation)", "empty")
    headings: tuple[Span[None], ...] = tuple(
        Span(h.start - _marks_before(normalized.text, h.start),
             h.end - _marks_before(normalized.text, h.end)) for h in normalized.headings)
    return Document(id=doc_id or path.stem, path=str(path),
                    sha256=hashlib.sha256(raw).hexdigest(), text=text, headings=headings,
                    pages=starts)


def _marks_before(text: str, offset: int) -> int:
    from pipeline.stages.ingest.pdf.text import PAGE_MARK

    return text.count(PAGE_MARK, 0, offset)


def assign_pages(doc: Document) -> Document:
    """Record on each section the 1-based numbers of the pages it spans (PDFs only)."""
    if not doc.pages:
        return doc
    sections = tuple(replace(s, pages=pages_of(doc.pages, s.start, s.end)) for s in doc.sections)
    return replace(doc, sections=sections)


def pages_of(starts: tuple[int, ...], start: int, end: int) -> tuple[int, ...]:
    """Pages (1-based) holding text offsets [start, end), from each page's start offset."""
    first = max(1, bisect.bisect_right(starts, start))
    last = max(first, bisect.bisect_right(starts, max(start, end - 1)))
    return tuple(range(first, last + 1))
