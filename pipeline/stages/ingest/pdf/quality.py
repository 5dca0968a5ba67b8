"""Is the text layer text? Scanned pages and fonts without a Unicode map are caught here.

Bad characters: glyphs pdfium could not map to Unicode, U+FFFD, control and
private-use characters, ``(cid:N)`` runs, and Latin letters that stand inside
Cyrillic words (a font that draws Cyrillic with Latin codes). The limits were set
on the generated test pages and the KazNERD guidelines PDF (share 0.000).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipeline.doc.errors import InputError
from pipeline.stages.ingest.pdf.chars import PageGlyphs

MIN_CHARS_PER_PAGE = 20  # fewer printable characters than this per page: no text layer
MAX_BAD_SHARE = 0.05  # more bad characters than this share of all: garbled text
# Latin letters drawn like Cyrillic ones; inside a Cyrillic word they are a broken font
# (many) or a typist's slip (a few, e.g. Latin ə for Kazakh ә), folded to Cyrillic.
_FOLD = dict(zip("aceopxyihəABCEHKMOPTXIƏ", "асеорхуіһәАВСЕНКМОРТХІӘ", strict=True))
LOOKALIKES = frozenset(_FOLD)
_FOLD_TABLE = str.maketrans(_FOLD)
_CID = re.compile(r"\(cid:\d+\)")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Quality:
    """Counts of a PDF's characters: all printable ones and the bad ones."""

    pages: int
    chars: int
    bad: int

    @property
    def share(self) -> float:
        return self.bad / self.chars if self.chars else 1.0


def _bad_char(ch: str) -> bool:
    return ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn")


def lookalikes(text: str) -> int:
    """Latin look-alike letters inside words that are otherwise Cyrillic."""
    bad = 0
    for word in _WORD.findall(text):
        cyr = sum("\u0400" <= ch <= "\u04ff" for ch in word)
        lat = [ch for ch in word if not "\u0400" <= ch <= "\u04ff"]
        if cyr and lat and all(ch in LOOKALIKES for ch in lat):
            bad += len(lat)
    return bad


def fold_lookalikes(text: str) -> str:
    """Spell Latin look-alikes inside otherwise Cyrillic words as the Cyrillic letters."""
    def fold(m: re.Match[str]) -> str:
        word = m.group(0)
        if not any("\u0400" <= ch <= "\u04ff" for ch in word):
            return word
        other = [ch for ch in word if not "\u0400" <= ch <= "\u04ff"]
        return word.translate(_FOLD_TABLE) if all(ch in LOOKALIKES for ch in other) else word
    return _WORD.sub(fold, text)


def measure(pages: list[PageGlyphs], text: str) -> Quality:
    """Count printable and bad characters of the glyphs and of the assembled text."""
    chars = bad = 0
    for page in pages:
        for g in page.glyphs:
            if not g.char.isspace():
                chars += 1
                bad += g.unmapped or _bad_char(g.char)
    bad += sum(len(m.group(0)) for m in _CID.finditer(text)) + lookalikes(text)
    return Quality(len(pages), chars, bad)


def check(path: str, quality: Quality) -> None:
    """Raise InputError for a PDF without a text layer or with garbled text."""
    if quality.chars < MIN_CHARS_PER_PAGE * quality.pages:
        raise InputError(path, f"no text layer: {quality.chars} characters on {quality.pages} "
                         "page(s), share of bad characters 1.000 (a scan? run OCR first, "
                         "e.g. `ocrmypdf in.pdf out.pdf`)", "no-text-layer")
    if quality.share > MAX_BAD_SHARE:
        raise InputError(path, f"garbled text: share of bad characters {quality.share:.3f} "
                         f"({quality.bad} of {quality.chars}: no Unicode map, U+FFFD, (cid:N) "
                         "or Latin look-alikes in Cyrillic words)", "garbled-text")
