"""Turn a match of the figure pattern into a figure: value, unit, kind, range and span."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from pipeline.doc.spans import Span
from pipeline.lang import data
from pipeline.stages.extract.figures.numbers import number_value, scaled, word_role
from pipeline.stages.extract.figures.patterns import CURRENCY_SIGNS, alternation, lookup

YEARS = (1800, 2100)  # a bare integer in this range is read as a year
EARLY_YEARS = (1000, 2100)  # ... and in this one after a year word ("in 1465", "1465 жылы")
# Spans of time ("20 years", "3 күн") are DATE, as in the OntoNotes-style NER labels.
LABELS = {"money": "MONEY", "percent": "PERCENT", "year": "DATE", "date": "DATE",
          "duration": "DATE", "century": "DATE", "quantity": "QUANTITY", "count": "CARDINAL",
          "ratio": "CARDINAL"}
DURATIONS = ("years", "quarters", "months", "weeks", "days", "hours", "minutes")
COUNTED = ("count",)  # "31 человек", "40 people": a count, the counted noun in the text
_SPAN_GROUPS = ("from", "cur1", "n1", "scale1", "n2", "dec", "hyph", "scale", "tail", "hyph2")


@dataclass(frozen=True)
class Reading:
    """What a figure's text states: the payload of its ``Span``."""

    value: float
    unit: str
    kind: str
    low: float | None = None
    high: float | None = None
    approx: bool = False
    context: str | None = None
    ends: str = ""  # for a range, the kind of its two ends (money, percent, year, ...)
    date: str | None = None  # ISO 8601 of a date figure ("2021-03-14", "2021-03", "--09-01")

    @property
    def label(self) -> str:
        """The unified NER label of this figure (MONEY, PERCENT, DATE, CARDINAL, QUANTITY)."""
        return LABELS[self.ends if self.kind == "range" else self.kind]


def figure(start: int, end: int, value: float, unit: str, kind: str, **more: Any
           ) -> Span[Reading]:
    """A figure's span: offsets into one text, its label, and its ``Reading`` (``more``:
    low, high, approx, context, ends, date)."""
    reading = Reading(value, unit, kind, **more)
    return Span(start, end, reading.label, payload=reading)


class BadRange(Exception):
    """The two numbers around a dash do not form a range (e.g. "in 2010 – 1.75%")."""


def read_match(m: re.Match[str], lang: str, comma: str | None) -> Span[Reading] | None:
    """The figure a pattern match states, or None when it is not a figure."""
    d = data(lang, "numbers")
    g = m.groupdict()
    if _ordinal_words(m, lang):
        return _ordinal_year(m, lang, d)
    if _ordinal(g, d) or _bare_words(g, lang):
        return None
    scale = _scale(g["scale"], d) * _factor(g["cur"], d)
    v1 = _value(g["n1"], lang, comma)
    if v1 is None or _code(g["n1"]) or not math.isfinite(v1 * scale):
        return None
    v2 = _short_high(v1, _value(g["n2"], lang, comma), g["n2"]) if g["n2"] else None
    if g["n2"] and (v2 is None or not _ordered(v1, v2) or _two_figures(g)):
        raise BadRange(m.group())
    low_scale = _scale(g["scale1"], d) if g["scale1"] else scale
    unit, kind = _unit_kind(g, d, v1 if v2 is None else None, scale, _year_before(m, d))
    if kind == "ratio" and _frequency(m, d):  # "8 times a year" counts occasions
        unit, kind = "count", "count"
    start, end = _span(m).start, _span(m).end
    approx = bool(g["approx"] or g["approx2"]) or (g["hyph"] or "").lower() in d.APPROX_ENDINGS
    value = scaled(v1, low_scale)
    if not math.isfinite(value) or (v2 is not None and not math.isfinite(scaled(v2, scale))):
        return None  # finite digits times a scale word can still overflow
    if v2 is None and kind == "year" and _decade(g, d) and value % 10 == 0:
        v2 = value + 9  # "the 1990s", "1990-х годов": a range of ten years
    if v2 is not None:
        return figure(start, end, value, unit, "range", low=value, high=scaled(v2, scale),
                      approx=approx, ends=kind)
    return figure(start, end, value, unit, kind, approx=approx)


def _value(text: str | None, lang: str, comma: str | None) -> float | None:
    """The number's value; None also for one too large for a float (309 digits): no figure."""
    value = None if text is None else number_value(text, lang, comma)
    return value if value is not None and math.isfinite(value) else None


def _code(text: str | None) -> bool:
    """'010000', '08', '00': an integer written with a leading zero is a code (postcode,
    hour, part of an id), not a quantity; '0,5' and '0' are numbers."""
    digits = (text or "").lstrip("+-−–")
    return len(digits) > 1 and digits[0] == "0" and digits.isdigit()


def _frequency(m: re.Match[str], d: ModuleType) -> bool:
    """A multiplier followed by a period ("times a year", "раз в год") counts occasions."""
    words = getattr(d, "FREQUENCY_AFTER", ())
    pattern = r"\s+" + alternation(words) if words else "(?!)"
    return re.match(pattern, m.string[m.end():m.end() + 30], re.IGNORECASE) is not None


def _short_high(low: float, high: float | None, text: str) -> float | None:
    """'1919-20', '2015-16': a year range whose end keeps only its last digits."""
    if high is None or not (EARLY_YEARS[0] <= low <= EARLY_YEARS[1]) or len(text) > 2:
        return high
    full = low - low % 10 ** len(text) + high
    return full if full > low else high


def _year_before(m: re.Match[str], d: ModuleType) -> bool:
    """A year word right before the number: "in 1465", "с 1991"."""
    if not d.YEAR_BEFORE:
        return False
    before = m.string[max(0, m.start("n1") - 20):m.start("n1")]
    return re.search(alternation(d.YEAR_BEFORE) + r"\s*$", before, re.IGNORECASE) is not None


def _decade(g: dict[str, str | None], d: ModuleType) -> bool:
    return bool(g["dec"]) or (g["hyph"] or "").lower() in d.DECADE_ENDINGS


def _two_figures(g: dict[str, str | None]) -> bool:
    """'from $598 million to $714 million' states two values; 'from 5 to 10 million' one range."""
    return not g["dash"] and bool(g["scale1"] or g["cur2"])


def _ordered(low: float, high: float) -> bool:
    return 0 <= low < high or (low < 0 and high < 0 and abs(low) < abs(high))


def _ordinal(g: dict[str, str | None], d: ModuleType) -> bool:
    """'5th', '5-й', '5-ші' are ranks, not figures; '2017-нші жылы', '1990-е' are years."""
    hyph = (g["hyph"] or "").lower()
    decade = _decade(g, d) and (g["n1"] or "").endswith("0") and len(g["n1"] or "") == 4
    return bool(hyph) and hyph in d.ORDINAL_ENDINGS and not g["yw"] and not decade


def _ordinal_year(m: re.Match[str], lang: str, d: ModuleType) -> Span[Reading] | None:
    """'екі мың он жетінші жылы' (the 2017th year) is the year 2017; other ranks are None."""
    tail = rf"(\s*-?\s*)([^\W\d_]+)\s+{alternation(d.YEAR_AFTER)}"
    nxt = re.match(tail, m.string[m.end("n1"):], re.IGNORECASE)
    base = number_value(m.group("n1"), lang)
    rank = _ordinal_value(nxt.group(2), d) if nxt else None
    if nxt is None or base is None or rank is None:
        return None
    year = base + rank
    if not EARLY_YEARS[0] <= year <= EARLY_YEARS[1]:
        return None
    return figure(m.start("n1"), m.end("n1") + nxt.end(), year, "year", "year")


def _ordinal_value(word: str, d: ModuleType) -> float | None:
    """Value of an ordinal word by its number stem: "жетінші" -> 7, "жиырмасыншы" -> 20."""
    word = word.lower()
    if not any(e in word[2:] for e in d.ORDINAL_WORD_ENDINGS):
        return None
    stems = {w[:max(2, len(w) - 1)]: v for w, v in (*d.UNITS_WORDS.items(),
                                                     *d.HUNDRED_WORDS.items())}
    found = [st for st in stems if word.startswith(st)]
    return float(stems[max(found, key=len)]) if found else None


def _ordinal_words(m: re.Match[str], lang: str) -> bool:
    """'үш жүз алпыс' before 'алтыншы', 'Sixty' before '-ninth': the words make a rank."""
    if any(ch.isdigit() for ch in m.group("n1")) or m.group("tail") or m.group("n2"):
        return False
    nxt = re.match(r"\s*-?\s*([^\W\d_]+)", m.string[m.end("n1"):m.end("n1") + 40])
    if nxt is None or word_role(nxt.group(1), lang) is not None:
        return False
    return _ordinal_value(nxt.group(1), data(lang, "numbers")) is not None


def _factor(text: str | None, d: ModuleType) -> float:
    """0.01 for a currency word that names a hundredth of the unit ("тиын", "cents")."""
    found = lookup(d.CURRENCY_FACTORS, text) if text else None
    return float(found) if isinstance(found, (int, float)) else 1.0


def _bare_words(g: dict[str, str | None], lang: str) -> bool:
    """A lone ambiguous number word ('one', 'бір') with nothing after it, or scale words
    alone ("billion tenge" in a table caption names a unit, not an amount)."""
    n1 = g["n1"] or ""
    if any(ch.isdigit() for ch in n1):
        return False
    roles = [word_role(w, lang) for w in re.split(r"[\s-]+", n1)]
    if all(r is not None and r[0] == "scale" for r in roles):
        return True
    if g["tail"] or g["scale"] or g["cur1"] or g["n2"]:
        return False
    words = n1.split()
    return len(words) == 1 and words[0].lower() in data(lang, "numbers").AMBIGUOUS_NUMBER_WORDS


def _scale(text: str | None, d: ModuleType) -> float:
    if not text:
        return 1.0
    found = lookup(d.SCALES, text)
    return float(found) if isinstance(found, (int, float)) else 1.0


def _unit_kind(g: dict[str, str | None], d: ModuleType, single: float | None, scale: float,
               year_word: bool) -> tuple[str, str]:
    """Unit and kind from the words around the number."""
    currency = _currency(g, d)
    if currency:
        return currency, "money"
    if g["pct"]:
        return "%", "percent"
    hyph = (g["hyph"] or "")[1:]
    if g["mult"] or (hyph and lookup(_table(d, "MULTIPLIER_AFTER"), hyph)):
        return "times", "ratio"
    unit = lookup(d.UNITS, g["unit"] or hyph) if (g["unit"] or hyph) else None
    if unit:
        kind = "count" if unit in COUNTED else "duration" if unit in DURATIONS else "quantity"
        return str(unit), kind
    low, high = EARLY_YEARS if (year_word or g["yw"]) else YEARS
    year_like = single is None or (single == int(single) and low <= single <= high)
    plain = _plain_integer(g) and not g["approx2"]  # "2000-ға жуық" is about 2000 of something
    if (g["yw"] or plain) and year_like and scale == 1.0:
        return "year", "year"
    if g["yw"]:
        return "years", "duration"
    return "count", "count"


def _table(d: ModuleType, name: str) -> dict[str, object]:
    return dict.fromkeys(getattr(d, name), True)


def _plain_integer(g: dict[str, str | None]) -> bool:
    n1 = (g["n1"] or "").lstrip("+-−–")
    return n1.isdigit() and len(n1) == 4 and (not g["n2"] or (g["n2"] or "").isdigit())


def _currency(g: dict[str, str | None], d: ModuleType) -> str | None:
    for text, tables in ((g["cur1"], ("CURRENCY_BEFORE",)), (g["cur"], ("CURRENCY_AFTER",))):
        if not text:
            continue
        for name in tables:
            found = lookup(getattr(d, name), text)
            if found:
                return str(found)
        sign = CURRENCY_SIGNS.get(text.strip())
        if sign:
            return sign
    return None


def _span(m: re.Match[str]) -> Span[None]:
    """Offsets from the currency or number to the last word that belongs to the figure."""
    present = [k for k in _SPAN_GROUPS if m.group(k) and (k != "from" or m.group("n2"))]
    if m.group("mult") and m.group("mb"):
        present.insert(0, "mb")
    start = min(m.start(k) for k in present)
    end = max(m.end(k) for k in present)
    return Span(start, end)
