"""Find the figures of a text in one language: table rows, dates, then numbers with their words.

What a figure is (the annotation contract of ``docs/figures.md``): a number written with
digits, with its scale, currency, percent or unit words. A number in words alone ("two",
"екі", "двух") is not a figure, except money and percent ("two billion dollars", "пять
процентов"), which are kept and marked by their source
(``pipeline.stages.extract.figures.WORDS_SOURCE``).
A restatement in words in brackets ("6 (six) months", "6 (алты) ай") belongs to the digits
before it: one figure whose text runs over the brackets.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache

from pipeline.doc.spans import Located, Span
from pipeline.lang import LANGUAGES, data
from pipeline.stages.extract.figures.dates import find_dates
from pipeline.stages.extract.figures.filters import excluded_spans
from pipeline.stages.extract.figures.nouns import with_counted_noun
from pipeline.stages.extract.figures.numbers import DIGITS, comma_style, number_value
from pipeline.stages.extract.figures.patterns import alternation, figure_regex, word_number
from pipeline.stages.extract.figures.read import BadRange, Reading, read_match
from pipeline.stages.extract.figures.rows import find_rows

# Kinds a figure written without digits may have (a century in Roman numerals: "XIX век").
KEPT_IN_WORDS = ("money", "percent", "century")


def find_in_text(text: str, lang: str, comma: str | None = None) -> list[Span[Reading]]:
    """Figures of ``text`` (offsets into ``text``), sorted, without overlaps."""
    comma = comma or comma_style(text)
    masked = mask_restatements(text, lang)
    excluded = _Marks(len(masked), excluded_spans(masked, lang))
    not_dates = _Marks(len(masked), excluded_spans(masked, lang, numbering=False))
    found = [f for f in find_rows(masked, lang, comma) if not _excluded(f, masked, excluded)]
    taken = _Marks(len(masked), found)
    candidates = _longest_first([*find_dates(masked, lang), *_numbers(masked, lang, comma)])
    for fig in candidates:
        if taken.meets(fig.start, fig.end) or not _kept(fig, masked) \
                or _excluded(fig, masked, not_dates if fig.payload.kind == "date" else excluded) \
                or _in_name(fig, masked):
            continue
        taken.mark(fig.start, fig.end)
        found.append(fig)
    found = [_year_digits(with_counted_noun(f, masked, lang), masked) for f in found]
    return sorted(found, key=lambda f: (f.start, -f.end))


@cache
def _year_word(lang: str) -> re.Pattern[str]:
    return re.compile(rf"\s+{alternation(data(lang, 'numbers').YEAR_AFTER)}(?![^\W\d_])", re.I)


def year_word_after(text: str, end: int, lang: str) -> bool:
    """Whether a year word ("жылға", "году", "year") follows a year ending at ``end``."""
    return lang in LANGUAGES and bool(_year_word(lang).match(text, end))


def _year_digits(fig: Span[Reading], text: str) -> Span[Reading]:
    """A calendar year (or a range of years) is its digits alone: "2016" of "2016 жылдан",
    "2013" of "2013 году", "2023 – 2029" of "2023 – 2029 жылдарға" (the year word after
    them is a word of its own)."""
    if fig.payload.unit != "year" or fig.payload.date is not None:
        return fig
    span = text[fig.start:fig.end]
    digits = [i for i, ch in enumerate(span) if ch.isdigit()]
    if not digits or not span[digits[-1] + 1:digits[-1] + 2].isspace():
        return fig  # "1990s", "1990-х годов": a decade's span keeps its ending
    return replace(fig, start=fig.start + digits[0], end=fig.start + digits[-1] + 1)


class _Marks:
    """Which characters of a text are covered: overlap tests in the length of the span."""

    def __init__(self, size: int, spans: Iterable[Located]) -> None:
        self.covered = bytearray(size + 1)
        for s in spans:
            self.mark(s.start, s.end)

    def mark(self, start: int, end: int) -> None:
        self.covered[start:end] = b"\x01" * (end - start)

    def meets(self, start: int, end: int) -> bool:
        return 1 in self.covered[start:end]


def _kept(fig: Span[Reading], text: str) -> bool:
    """Finite values only; without a digit only money and percent."""
    values = (fig.payload.value, fig.payload.low, fig.payload.high)
    if not all(v is None or math.isfinite(v) for v in values):
        return False
    kind = fig.payload.ends if fig.payload.kind == "range" else fig.payload.kind
    return kind in KEPT_IN_WORDS or any(ch.isdigit() for ch in text[fig.start:fig.end])


def mask_restatements(text: str, lang: str) -> str:
    """``text`` with each bracketed restatement of the number before it blanked out
    ("6 (six) tiyns" -> "6       tiyns"), so the digits reach their currency or unit."""
    pattern = _restatement(lang)
    out = text
    for m in pattern.finditer(text):
        digits = number_value(m.group("num"), lang)
        words = number_value(" ".join(m.group("words").split()), lang)
        if digits is None or words is None or words not in (digits, math.floor(digits)):
            continue
        s, e = m.start("par"), m.end("par")
        out = out[:s] + " " * (e - s) + out[e:]
    return out


_RESTATEMENTS: dict[str, re.Pattern[str]] = {}


def _restatement(lang: str) -> re.Pattern[str]:
    if lang not in _RESTATEMENTS:
        _RESTATEMENTS[lang] = re.compile(
            rf"(?<![\w.,])(?P<num>{DIGITS})(?![\d])\s*(?P<par>\(\s*(?P<words>{word_number(lang)})"
            r"\s*\))", re.IGNORECASE)
    return _RESTATEMENTS[lang]


def _longest_first(figures: list[Span[Reading]]) -> list[Span[Reading]]:
    return sorted(figures, key=lambda f: (f.start - f.end, f.start))


def _excluded(fig: Span[Reading], text: str, excluded: _Marks) -> bool:
    """Excluded when the figure's digits sit inside a reference, id, contact or numbering."""
    digits = [i for i in range(fig.start, fig.end) if text[i].isdigit()]
    if not digits:
        return excluded.meets(fig.start, fig.end)
    return excluded.meets(digits[0], digits[-1] + 1)


_LATIN_WORD_BEFORE = re.compile(r"[A-Z][\w'’&-]*[ \t]+$")
_BARE_NUMBER = re.compile(r"[\d\s.,]+")


def _in_name(fig: Span[Reading], text: str) -> bool:
    """A bare count after a capitalised Latin word inside a sentence names a thing
    ("Billboard 200", "Type 11"); it is not a figure. At a sentence start it may be one."""
    if fig.payload.kind != "count" or fig.payload.approx \
            or not _BARE_NUMBER.fullmatch(text[fig.start:fig.end]):
        return False
    window = max(0, fig.start - 80)  # a bounded look back keeps long texts linear
    word = _LATIN_WORD_BEFORE.search(text, window, fig.start)
    if word is None:
        return False
    before = text[window:word.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\n«\"“("


def _numbers(text: str, lang: str, comma: str | None) -> Iterator[Span[Reading]]:
    """Numbers in digits or words with their scale, currency, percent or unit."""
    regex, plain = figure_regex(lang), figure_regex(lang, ranges=False)
    pos = 0
    while True:
        m = regex.search(text, pos)
        if m is None:
            return
        try:
            fig = read_match(m, lang, comma)
        except BadRange:  # "in 2010 – 1.75%": read the first number alone
            m = plain.match(text, m.start())
            fig = read_match(m, lang, comma) if m else None
        if m is None:
            return
        if fig is not None:
            yield fig
        pos = max(m.end(), pos + 1)
