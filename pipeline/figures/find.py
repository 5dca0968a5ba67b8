"""Find the figures of a text in one language: dates first, then numbers with their words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.figures.dates import find_dates
from pipeline.figures.filters import excluded_spans, overlaps
from pipeline.figures.numbers import comma_style
from pipeline.figures.patterns import alternation, figure_regex, phrase
from pipeline.figures.read import BadRange, FigureSpan, read_match
from pipeline.lang import data


def find_in_text(text: str, lang: str, comma: str | None = None) -> list[FigureSpan]:
    """Figures of ``text`` (offsets into ``text``), sorted, without overlaps."""
    comma = comma or comma_style(text)
    excluded = excluded_spans(text, lang)
    taken: list[tuple[int, int]] = []
    found: list[FigureSpan] = []
    candidates = _longest_first([*find_dates(text, lang), *_words(text, lang),
                                 *_numbers(text, lang, comma)])
    for fig in candidates:
        if overlaps(fig.start, fig.end, taken) or _excluded(fig, text, excluded) \
                or _in_name(fig, text):
            continue
        taken.append((fig.start, fig.end))
        found.append(fig)
    return sorted(found, key=lambda f: (f.start, -f.end))


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


def _words(text: str, lang: str) -> Iterator[FigureSpan]:
    """Words that are figures by themselves: multipliers ("twice") and fractions ("треть")."""
    d = data(lang, "numbers")
    for table, unit, kind in ((d.MULTIPLIER_WORDS, "times", "ratio"),
                              (d.FRACTIONS, "fraction", "ratio")):
        if not table:
            continue
        for m in re.finditer(alternation(table), text, re.IGNORECASE):
            value = next(v for k, v in table.items()
                         if re.fullmatch(phrase(k), m.group(), re.IGNORECASE))
            yield FigureSpan(m.start(), m.end(), float(value), unit, kind)
