"""The figure pattern of each language, built from its data in ``pipeline/lang/<code>/numbers.py``.

One regular expression per language reads, in order: an approximation word, a range
opener ("from", "от"), a currency before the number ("US$", "KZT"), a signed number in
digits or words, a second number after a dash or range word, a hyphenated ending
("100-ден", "1990-х"), a scale ("млрд"), and a tail: percent, currency, unit or
multiplier. ``pipeline.stages.extract.figures.read`` turns the groups into a value, unit and kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from types import ModuleType

from pipeline.lang import data
from pipeline.stages.extract.figures.numbers import DIGITS, MAX_ENDING

# Language-independent signs and ISO 4217 codes; words live in the language data.
ISO_CODES = ("USD", "EUR", "KZT", "RUB", "CNY", "GBP", "JPY", "KGS", "UZS", "TJS", "TMT", "TRY",
             "INR", "CHF", "CAD", "AUD", "HKD", "KRW", "AED", "QAR", "SAR", "UAH", "BYN", "AZN")
CURRENCY_SIGNS = {"US$": "USD", "PPP$": "USD-PPP", "$": "USD", "€": "EUR", "₸": "KZT",
                  "₽": "RUB", "¥": "CNY", "£": "GBP", **{code: code for code in ISO_CODES}}
DASHES = "-–—−"
_DASH = "[" + re.escape(DASHES) + "]"
_SIGN = "[+" + re.escape(DASHES) + "]"
_LETTER = r"[^\W\d_]"


def phrase(text: str) -> str:
    """Regex for a data phrase: spaces match any whitespace, a final '*' any word ending."""
    words = text.split()
    parts = []
    for word in words:
        stem = word[:-1] if word.endswith("*") and len(word) > 1 else word
        tail = r"\w*" if stem is not word else ""
        parts.append(re.escape(stem) + tail)
    body = r"\s+".join(parts)
    edge = r"(?!\w)" if text[-1:].isalnum() or text.endswith("*") else ""
    start = r"(?<!\w)" if text[:1].isalnum() else ""
    return start + body + edge


def alternation(phrases: Iterable[str]) -> str:
    """One non-capturing alternation of data phrases (a dict gives its keys), longest first."""
    items = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(phrase(p) for p in items) + ")"


def lookup(table: dict[str, object], text: str) -> object | None:
    """The value of the first phrase of ``table`` that matches all of ``text``."""
    for key in sorted(table, key=lambda p: (-len(p), p)):
        if re.fullmatch(phrase(key), text.strip(), re.IGNORECASE):
            return table[key]
    return None


@cache
def number_words(lang: str) -> str:
    """Regex for one number word of ``lang`` with its optional endings."""
    d = data(lang, "numbers")
    words = [*d.UNITS_WORDS, *d.HUNDRED_WORDS, *d.HALF_WORDS, *d.DECIMAL_POINT_WORDS,
             *(w.rstrip("*") for w in d.SCALES if not w.endswith("."))]
    stems = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    scale_stems = [re.escape(w[:-1]) + rf"\w{{0,{MAX_ENDING}}}"
                   for w in d.SCALES if w.endswith("*")]
    endings = "|".join(re.escape(e) for e in sorted(d.NUMBER_ENDINGS, key=len, reverse=True)
                       if " " not in e)
    ending = f"(?:{endings})?" if endings else ""
    alts = "|".join([f"(?:{stems}){ending}", *scale_stems])
    excluded = "|".join(re.escape(w) for w in d.EXCLUDED_NUMBER_FORMS)
    guard = rf"(?!(?:{excluded})(?!\w))" if excluded else ""
    return rf"(?<!\w){guard}(?:{alts})(?!\w)"


@cache
def word_number(lang: str) -> str:
    """Regex for a run of number words: "two hundred and five", "он бес мың"."""
    d = data(lang, "numbers")
    w = number_words(lang)
    joiner = alternation(d.NUMBER_JOINERS) + r"\s+" if d.NUMBER_JOINERS else ""
    return rf"{w}(?:(?:\s+|-)(?:{joiner})?{w})*"


def _signs() -> str:
    codes = "|".join(ISO_CODES)
    return alternation(k for k in CURRENCY_SIGNS if k not in ISO_CODES) + \
        rf"|(?<!\w)(?-i:{codes})(?!\w)"  # "5 try" is not Turkish lira


def _tail(d: ModuleType) -> str:
    """What may follow a number: percent, currency, unit, multiplier or year word."""
    return (rf"(?P<pct>%|{alternation(d.PERCENT)})"
            rf"|(?P<cur>{alternation(d.CURRENCY_AFTER)}|{_signs()})"
            rf"|(?P<unit>{alternation(d.UNITS)})"
            rf"|(?P<mult>{alternation(d.MULTIPLIER_AFTER)})"
            rf"|(?P<yw>{alternation(d.YEAR_AFTER)})")


def _optional(phrases: tuple[str, ...], after: str = "") -> str:
    """Alternation of ``phrases`` followed by ``after``, or a pattern that never matches."""
    return alternation(phrases) + after if phrases else "(?!)"


@cache
def figure_regex(lang: str, ranges: bool = True) -> re.Pattern[str]:
    """The compiled figure pattern of ``lang`` (without its range part when not ``ranges``)."""
    d = data(lang, "numbers")
    number = rf"(?:(?<![\w.,])(?:{DIGITS})|{word_number(lang)})"
    signed = rf"(?:(?<![\w.,]){_SIGN}(?=\d))?(?<![\d]){number}(?![\d])"
    range_to = _optional(tuple(p for _, p in d.RANGE_WORDS))
    scale = alternation(d.SCALES)
    before = alternation([*d.CURRENCY_BEFORE]) + "|" + _signs()
    glued = "|".join(re.escape(e) for e in d.DECADE_ENDINGS if not e.startswith("-")) or "(?!)"
    mult_before = _optional(d.MULTIPLIER_BEFORE, r"\s+")
    pattern = (
        rf"(?:(?P<approx>{alternation(d.APPROX_BEFORE)})\s+)?"
        rf"(?:(?P<mb>{mult_before}))?"
        rf"(?:(?P<from>{_optional(tuple(p for p, _ in d.RANGE_WORDS))})\s+)?"
        rf"(?:(?P<cur1>{before})\s?)?(?P<n1>{signed})"
        rf"(?:\s*(?P<scale1>{scale})(?=\s*(?:{_DASH}|{range_to})\s*\S*\d))?"
        rf"(?:(?:(?P<dash>\s*{_DASH}\s*)|(?(from)\s+{range_to}\s+|(?!)))"
        rf"(?P<cur2>{before})?\s?(?P<n2>{number}))" + ("?" if ranges else "{0}") +
        rf"(?P<dec>{glued})?(?P<hyph>-{_LETTER}+)?(?:\s*(?P<scale>{scale}))?"
        rf"(?:\s*(?P<tail>{_tail(d)}))?(?P<hyph2>-{_LETTER}+)?"
        rf"(?:\s+(?P<approx2>{alternation(d.APPROX_AFTER)}))?(?!\w)"
    )
    return re.compile(pattern, re.IGNORECASE)
