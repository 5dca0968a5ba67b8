"""The pdfium adapter: open a PDF and turn each page into glyphs with their boxes.

Nothing outside this module imports pypdfium2; the rest of ``pipeline.stages.ingest.pdf`` sees
``Glyph`` records (character, box, font size, baseline) in a top-down coordinate
system (y grows down the page, like reading order).
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass, replace
from types import ModuleType
from typing import TYPE_CHECKING

from pipeline.doc.errors import InputError

if TYPE_CHECKING:  # pypdfium2 ships no types: these name what is passed, mypy sees Any
    from pypdfium2 import PdfDocument
    from pypdfium2.raw import FPDF_TEXTPAGE

# Zero-width characters carry no ink; their boxes would only put spaces inside words.
_INVISIBLE = frozenset((0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF))


@dataclass(frozen=True, slots=True)
class Glyph:
    """One character drawn on a page; y grows downwards from the top edge."""

    char: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # font size in points
    base: float  # baseline y (from the character's origin)
    unmapped: bool = False  # pdfium found no Unicode for the glyph's code
    space: bool = False  # the PDF draws a space right before this glyph


@dataclass(frozen=True)
class PageGlyphs:
    """The glyphs of one page and the page's size in points."""

    number: int  # 1-based
    width: float
    height: float
    glyphs: tuple[Glyph, ...]


def open_pdf(path: str, max_pages: int) -> PdfDocument:
    """Open a PDF with pdfium, raising InputError for encrypted, damaged or empty files."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as e:
        code = raw.FPDF_GetLastError()
        if code == raw.FPDF_ERR_PASSWORD:
            raise InputError(path, "PDF is encrypted with a password; save an unprotected "
                             "copy (e.g. `qpdf --decrypt in.pdf out.pdf`)", "encrypted") from e
        if code == raw.FPDF_ERR_SECURITY:
            raise InputError(path, "PDF uses an unsupported security handler", "encrypted") from e
        raise InputError(path, f"damaged PDF, pdfium cannot open it ({e})", "damaged-pdf") from e
    pages = len(pdf)
    if pages == 0:
        pdf.close()
        raise InputError(path, "PDF has no pages", "no-pages")
    if pages > max_pages:
        pdf.close()
        raise InputError(path, f"PDF has {pages} pages, over the limit of {max_pages} "
                         "(PdfConfig.max_pages)", "too-many-pages")
    return pdf


def page_glyphs(pdf: PdfDocument, index: int) -> PageGlyphs:
    """Read every drawn character of page ``index`` (0-based) with its box and size."""
    import pypdfium2.raw as raw

    page = pdf[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            glyphs = tuple(_split_ligatures(_glyphs(raw, textpage.raw, height)))
        finally:
            textpage.close()
    finally:
        page.close()
    return PageGlyphs(index + 1, width, height, glyphs)


def _split_ligatures(glyphs: Iterator[Glyph]) -> Iterator[Glyph]:
    """pdfium spells a ligature glyph (ﬁ, ﬃ) as its letters, all with the ligature's box;
    share the box out so the letters stay in order."""
    run: list[Glyph] = []
    for g in [*glyphs, None]:
        if run and g is not None and (g.x0, g.x1, g.base) == (run[0].x0, run[0].x1, run[0].base):
            run.append(g)
            continue
        step = (run[0].x1 - run[0].x0) / len(run) if run else 0.0
        for k, part in enumerate(run):
            yield replace(part, x0=run[0].x0 + k * step, x1=run[0].x0 + (k + 1) * step)
        run = [g] if g is not None else []


def _glyphs(raw: ModuleType, tp: FPDF_TEXTPAGE, height: float) -> Iterator[Glyph]:
    # Loose boxes span a glyph's advance, so a narrow "1" does not read as "1 0".
    rect = raw.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    origin = ctypes.byref(ox), ctypes.byref(oy)
    space = False
    for i in range(raw.FPDFText_CountChars(tp)):
        code = raw.FPDFText_GetUnicode(tp, i)
        if code in (0x20, 0xA0, 0x0D, 0x0A):
            # pdfium's own spaces and line breaks, and drawn spaces: layout is rebuilt
            # from the boxes, a drawn space only confirms a word gap
            space = space or (code != 0x0A and code != 0x0D
                              and raw.FPDFText_IsGenerated(tp, i) != 1)
            continue
        if code in _INVISIBLE or not raw.FPDFText_GetLooseCharBox(tp, i, ctypes.byref(rect)):
            continue
        raw.FPDFText_GetCharOrigin(tp, i, *origin)
        yield Glyph(
            # pdfium reports a hyphen that ends a line as 0x02 (0xFFFE in some versions)
            char="-" if code in (0x02, 0xFFFE) else chr(code) if code < 0x110000 else "\ufffd",
            x0=rect.left, top=height - rect.top, x1=rect.right, bottom=height - rect.bottom,
            size=raw.FPDFText_GetFontSize(tp, i), base=height - oy.value,
            unmapped=raw.FPDFText_HasUnicodeMapError(tp, i) == 1, space=space,
        )
        space = False
