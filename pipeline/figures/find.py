"""Find the figures of a text in one language: table rows, dates, then numbers with their words.

What a figure is (the annotation contract of ``docs/figures.md``): a number written with
digits, with its scale, currency, percent or unit words. A number in words alone ("two",
"екі", "двух") is not a figure, except money and percent ("two billion dollars", "пять
процентов"), which are kept and marked by their source (``pipeline.figures.WORDS_SOURCE``).
A restatement in words in brackets ("6 (six) months", "6 (алты) ай") belongs to the digits
before it: one figure whose text runs over the brackets.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from pipeline.figures.dates import find_dates
from pipeline.figures.filters import excluded_spans, overlaps
from pipeline.figures.nouns import with_counted_noun
from pipeline.figures.numbers import DIGITS, comma_style, number_value
from pipeline.figures.patterns import figure_regex, word_number
from pipeline.figures.read import BadRange, FigureSpan, read_match
from pipeline.figures.rows import find_rows

# Kinds a figure written without digits may have (a century in Roman numerals: "XIX век").
KEPT_IN_WORDS = ("money", "percent", "century")


def find_in_text(text: str, lang: str, comma: str | None = None) -> list[FigureSpan]:
    """Figures of ``text`` (offsets into ``text``), sorted, without overlaps."""
    comma = comma or comma_style(text)
    masked = mask_restatements(text, lang)
    excluded = excluded_spans(masked, lang)
    not_dates = excluded_spans(masked, lang, numbering=False)
    found = [f for f in find_rows(masked, lang, comma) if not _excluded(f, masked, excluded)]
    taken = [(f.start, f.end) for f in found]
    candidates = _longest_first([*find_dates(masked, lang), *_numbers(masked, lang, comma)])
    for fig in candidates:
        if overlaps(fig.start, fig.end, taken) or not _kept(fig, masked) \
                or _excluded(fig, masked, not_dates if fig.kind == "date" else excluded) \
                or _in_name(fig, masked):
            continue
        taken.append((fig.start, fig.end))
        found.append(fig)
    found = [with_counted_noun(f, masked, lang) for f in found]
    return sorted(found, key=lambda f: (f.start, -f.end))


def _kept(fig: FigureSpan, text: str) -> bool:
    """Finite values only; without a digit only money and percent."""
    values = (fig.value, fig.low, fig.high)
    if not all(v is None or math.isfinite(v) for v in values):
        return False
    kind = fig.ends if fig.kind == "range" else fig.kind
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


def _longest_first(figures: list[FigureSpan]) -> list[FigureSpan]:
    return sorted(figures, key=lambda f: (f.start - f.end, f.start))


def _excluded(fig: FigureSpan, text: str, excluded: list[tuple[int, int]]) -> bool:
    """Excluded when the figure's digits sit inside a reference, id, contact or numbering."""
    digits = [i for i in range(fig.start, fig.end) if text[i].isdigit()]
    if not digits:
        return overlaps(fig.start, fig.end, excluded)
    return overlaps(digits[0], digits[-1] + 1, excluded)


_LATIN_WORD_BEFORE = re.compile(r"[A-Z][\w'’&-]*[ \t]+$")
_BARE_NUMBER = re.compile(r"[\d\s.,]+")


def _in_name(fig: FigureSpan, text: str) -> bool:
    """A bare count after a capitalised Latin word inside a sentence names a thing
    ("Billboard 200", "Type 11"); it is not a figure. At a sentence start it may be one."""
    if fig.kind != "count" or fig.approx or not _BARE_NUMBER.fullmatch(text[fig.start:fig.end]):
        return False
    word = _LATIN_WORD_BEFORE.search(text, 0, fig.start)
    if word is None:
        return False
    before = text[:word.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\n«\"“("


def _numbers(text: str, lang: str, comma: str | None) -> Iterator[FigureSpan]:
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
