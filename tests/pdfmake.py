"""A small typesetter for the PDF tests: journal-like pages made with fpdf2 at test time.

Paragraphs are justified, wrapped and hyphenated (a word that does not fit is cut
with a hyphen), set full width or in two columns, with a running head and a page
number on every page. Unicode superscripts (¹ ² ³) are drawn as small raised digits,
the way journals print author marks. No PDF is committed: tests build them in tmp_path.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_SUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
W, H, MARGIN, GUTTER = 595.0, 842.0, 50.0, 22.0


@dataclass(frozen=True)
class Para:
    """A paragraph to set: its text (\\n forces a line break), size, weight, columns."""

    text: str
    size: float = 9.5
    bold: bool = False
    columns: bool = False  # set in the two-column flow instead of full width


def font_path(bold: bool = False) -> Path:
    """DejaVu Sans (it has the Kazakh letters); tests skip when it is not installed."""
    return FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")


class Typesetter:
    """Flows paragraphs onto A4 pages; ``save`` writes the PDF."""

    def __init__(self, head: str = "", numbers: bool = True, hyphenate: bool = True,
                 height: float = H) -> None:
        from fpdf import FPDF

        self.height = height
        self.pdf = FPDF(unit="pt", format=(W, height))
        self.pdf.set_auto_page_break(False)
        self.pdf.add_font("dv", "", str(font_path()))
        self.pdf.add_font("dv", "B", str(font_path(True)))
        self.head, self.numbers, self.hyphenate = head, numbers, hyphenate
        self.page = 0
        self.y = 0.0
        self.column = -1  # -1 full width, 0 left, 1 right
        self.column_top = 0.0
        self._new_page()

    def _new_page(self) -> None:
        self.pdf.add_page()
        self.page += 1
        if self.head:
            self.pdf.set_font("dv", "", 7.5)
            self.pdf.text(MARGIN, 32, self.head.replace("#", str(self.page)))
        if self.numbers:
            self.pdf.set_font("dv", "", 8)
            self.pdf.text(W / 2 - 4, self.height - 28, str(self.page))
        self.y = 70.0
        self.column_top = self.lowest = self.y
        self.column = 0 if self.column >= 0 else -1

    def _box(self) -> tuple[float, float]:
        if self.column < 0:
            return MARGIN, W - 2 * MARGIN
        width = (W - 2 * MARGIN - GUTTER) / 2
        return MARGIN + self.column * (width + GUTTER), width

    def _next_line(self, height: float) -> None:
        if self.y + height <= self.height - 60:
            return
        if self.column == 0:
            self.column, self.y = 1, self.column_top
        else:
            self._new_page()

    def add(self, para: Para) -> None:
        """Set one paragraph, then a paragraph gap."""
        if para.columns and self.column < 0:
            self.column, self.column_top = 0, self.y
        elif not para.columns and self.column >= 0:
            self.column = -1
            self.y = max(self.y, self.lowest)
        self.pdf.set_font("dv", "B" if para.bold else "", para.size)
        lead = para.size * 1.3
        for forced in para.text.split("\n"):
            lines = self._wrap(forced.split(), self._box()[1], para)
            for i, words in enumerate(lines):
                self._next_line(lead)
                self.y += lead
                self._draw(words, para, last=i == len(lines) - 1)
                self.lowest = max(self.lowest, self.y)
        self.y += para.size * 0.9

    def _width(self, text: str, para: Para, size: float | None = None) -> float:
        self.pdf.set_font("dv", "B" if para.bold else "", size or para.size)
        return self.pdf.get_string_width(text)

    def _wrap(self, words: list[str], width: float, para: Para) -> list[list[str]]:
        lines: list[list[str]] = [[]]
        space = self._width(" ", para)
        for word in words:
            used = sum(self._width(w, para) for w in lines[-1]) + space * len(lines[-1])
            if not lines[-1] or used + self._width(word, para) <= width:
                lines[-1].append(word)
                continue
            cut = self._cut(word, width - used, para) if self.hyphenate else 0
            if cut:
                lines[-1].append(word[:cut] + "-")
                word = word[cut:]
            lines.append([word])
        return lines

    def _cut(self, word: str, room: float, para: Para) -> int:
        """Where to hyphenate a word so its head fits the room left (0: do not)."""
        if len(word) < 7 or not word.isalpha():
            return 0
        for cut in range(len(word) - 3, 2, -1):
            if self._width(word[:cut] + "-", para) <= room:
                return cut
        return 0

    def _draw(self, words: list[str], para: Para, last: bool) -> None:
        x, width = self._box()
        natural = sum(self._width(w, para) for w in words)
        gaps = len(words) - 1
        space = self._width(" ", para)
        if not last and gaps:
            space = (width - natural) / gaps
        for word in words:
            x = self._draw_word(word, x, para) + space

    def _draw_word(self, word: str, x: float, para: Para) -> float:
        run, run_sup = "", False
        for ch in word + "\0":
            sup = ch in "⁰¹²³⁴⁵⁶⁷⁸⁹"
            if run and (ch == "\0" or sup != run_sup):
                size = para.size * 0.6 if run_sup else para.size
                rise = para.size * 0.35 if run_sup else 0.0
                self.pdf.set_font("dv", "B" if para.bold else "", size)
                self.pdf.text(x, self.y - rise, run.translate(_SUPER))
                x += self.pdf.get_string_width(run.translate(_SUPER))
                run = ""
            run_sup = sup
            run += ch if ch != "\0" else ""
        return x

    def save(self, path: Path) -> Path:
        """Write the PDF and return its path."""
        self.pdf.output(str(path))
        return path


def make_pdf(paras: list[Para], path: Path, **options: object) -> Path:
    """Set the paragraphs on pages and write the PDF."""
    ts = Typesetter(**options)  # type: ignore[arg-type]
    for para in paras:
        ts.add(para)
    return ts.save(path)


def paragraphs_of(text: str, columns_from: str | None = None) -> list[Para]:
    """A plain-text paper as paragraphs: short first lines full width, the rest in columns."""
    paras = []
    in_columns = False
    for block in text.split("\n\n"):
        block = block.strip()
        if not block:
            continue
        if columns_from is not None and block.startswith(columns_from):
            in_columns = True
        heading = len(block) < 90 and "\n" not in block
        paras.append(Para(block, bold=heading and block.isupper(), columns=in_columns))
    return paras


JOURNAL_HEAD = "Tilmash Journal of Applied Studies · ISSN 0000-0000 · No. 2 (2026) · page #"


def journal_pdf(txt: Path, out: Path) -> Path:
    """A plain-text paper set like a journal: front matter full width, from its
    "Introduction" on in two columns, a running head and a page number on every page."""
    text = txt.read_text(encoding="utf-8")
    first_body = next(b for b in text.split("\n\n") if b.strip() == "Introduction")
    return make_pdf(paragraphs_of(text, columns_from=first_body), out, head=JOURNAL_HEAD)
