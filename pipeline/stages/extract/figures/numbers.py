"""Read numbers written with digits or words, in a language's style.

Digits: "43 168" (space, no-break or thin space groups), "25,539" (comma groups in
English), "24,1" and "0,197" (decimal comma), "1.3" (decimal point). The one ambiguous
shape is a single comma before exactly three digits ("1,300"): the language decides
("group" in English, "decimal" in Russian and Kazakh) unless the section shows its own
habit (``comma_style``). Words: "two hundred", "двух миллиардов", "он бес мың".
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation
from functools import cache

from pipeline.lang import data
from pipeline.lang.schema import Numbers

SPACES = " \u00a0\u202f\u2009"
# One number written with digits; the caller decides what may stand before and after it.
DIGITS = (
    rf"\d{{1,3}}(?:(?:[{SPACES}]{{1,2}}|,|\.)\d{{3}}(?!\d))+(?:[.,]\d+(?![.,]?\d))?"
    r"|\d+(?:[.,]\d+)?"
)
MAX_ENDING = 3  # letters a "*" scale word may add to its stem ("миллиард" + "ами")
_DIGITS_RE = re.compile(rf"(?:{DIGITS})")
_COMMA_DECIMAL = re.compile(r"(?<![\d,.])\d+,(?:\d{1,2}|\d{4,})(?![\d,])|(?<![\d,.])0,\d+")
_COMMA_GROUP = re.compile(r"\d,\d{3},\d{3}(?!\d)|\d,\d{3}\.\d")


def comma_style(text: str) -> str | None:
    """'decimal' or 'group' when ``text`` shows how it uses commas in numbers, else None."""
    decimal = len(_COMMA_DECIMAL.findall(text))
    group = len(_COMMA_GROUP.findall(text))
    if decimal > group:
        return "decimal"
    if group > decimal:
        return "group"
    return None


def parse_digits(text: str, ambiguous_comma: str = "group") -> float:
    """The value of a digit string: "43 168" -> 43168, "24,1" -> 24.1, "1,300" -> 1300."""
    s = "".join(ch for ch in text if ch not in SPACES)
    sign = -1.0 if s[:1] in "-−–" else 1.0
    s = s.lstrip("+-−–")
    commas, points = s.count(","), s.count(".")
    if commas and points:  # the last separator is the decimal one: "1,300.5", "1.300,5"
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        group = "." if decimal == "," else ","
        s = s.replace(group, "").replace(decimal, ".")
    elif commas > 1 or points > 1:  # "1,300,000" or "1.300.000"
        s = s.replace(",", "").replace(".", "")
    elif commas == 1:
        s = s.replace(",", "" if _comma_groups(s, ambiguous_comma) else ".")
    return sign * float(s)


def _comma_groups(s: str, ambiguous_comma: str) -> bool:
    head, tail = s.split(",")
    return len(tail) == 3 and head != "0" and ambiguous_comma == "group"


@cache
def _word_table(lang: str) -> dict[str, tuple[str, float]]:
    """Every number word form of ``lang`` -> (role, value); roles: unit, hundred, scale, half."""
    d = data(lang, Numbers)
    table: dict[str, tuple[str, float]] = {}
    for role, words in (("unit", d.units_words), ("hundred", d.hundred_words)):
        table.update({w.lower(): (role, float(v)) for w, v in words.items()})
    table.update({w.lower(): ("half", 0.5) for w in d.half_words})
    for w, v in d.scales.items():
        table[w.lower().rstrip("*")] = ("scale", float(v))
    return table


def word_role(word: str, lang: str) -> tuple[str, float] | None:
    """(role, value) of one number word, allowing the language's endings ("мыңнан")."""
    w = word.lower()
    d = data(lang, Numbers)
    if w in d.excluded_number_forms:
        return None
    table = _word_table(lang)
    if w in table:
        return table[w]
    for stem, entry in _stems(lang):
        if w.startswith(stem) and len(w) - len(stem) <= MAX_ENDING:  # "миллионов", not longer
            return entry
    for ending in sorted(d.number_endings, key=len, reverse=True):
        if w.endswith(ending) and w[: -len(ending)] in table:
            return table[w[: -len(ending)]]
    return None


@cache
def _stems(lang: str) -> tuple[tuple[str, tuple[str, float]], ...]:
    d = data(lang, Numbers)
    return tuple((w.lower().rstrip("*"), ("scale", float(v)))
                 for w, v in d.scales.items() if w.endswith("*"))


def parse_words(words: list[str], lang: str) -> float | None:
    """The value of a run of number words ("он миллиард үш жүз миллион") or None."""
    points = data(lang, Numbers).decimal_point_words
    at = next((i for i, w in enumerate(words) if w.lower() in points), None)
    if at is not None:
        return _decimal_words(words[:at], words[at + 1:], lang)
    total, current, seen = 0.0, 0.0, False
    for word in words:
        entry = word_role(word, lang)
        if entry is None:
            if word.lower() in data(lang, Numbers).number_joiners:
                continue
            return None
        role, value = entry
        seen = seen or role != "scale"
        if role == "scale":
            total += (current or 1.0) * value
            current = 0.0
        elif role == "hundred" and value == 100 and current:
            current *= 100
        else:
            current += value
    return total + current if (seen or total) else None


def _decimal_words(whole: list[str], rest: list[str], lang: str) -> float | None:
    """'екі бүтін оннан бір миллиард': whole 2, denominator 10, numerator 1, then the scale."""
    roles = [word_role(w, lang) for w in rest]
    if len(rest) < 2 or any(r is None for r in roles):
        return None
    cut = next((i for i, r in enumerate(roles) if r and r[0] == "scale"), len(rest))
    head = parse_words(whole, lang) if whole else 0.0
    numerator = parse_words(rest[1:cut], lang)
    denominator = roles[0][1] if roles[0] else 0.0
    if head is None or numerator is None or not denominator:
        return None
    scale = parse_words(rest[cut:], lang) if cut < len(rest) else 1.0
    return scaled(head + numerator / denominator, scale or 1.0)


def number_value(text: str, lang: str, ambiguous_comma: str | None = None) -> float | None:
    """Value of a number written with digits or words in ``lang``."""
    if _DIGITS_RE.fullmatch(text.strip().lstrip("+-−–")):
        style = ambiguous_comma or language_comma(lang)
        return parse_digits(text.strip(), style)
    return parse_words(re.split(r"[\s-]+", text.strip()), lang)


def language_comma(lang: str) -> str:
    """How ``lang`` reads "1,300" when the text gives no hint."""
    return data(lang, Numbers).ambiguous_comma


def scaled(value: float, scale: float) -> float:
    """``value * scale`` without binary noise: 8.2 * 1e9 is 8200000000.0, not 8199999999.99,
    and every digit kept (300001855903.03 stays itself); inf when it does not fit a float."""
    try:
        return float(Decimal(repr(value)) * Decimal(repr(scale)))
    except (InvalidOperation, ValueError):
        return math.inf
