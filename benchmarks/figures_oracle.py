"""The value a dataset's figure span states, read by a small strict reader of its own.

The NER datasets label spans (MONEY, PERCENT, DATE, ...) but give no values. This reader
turns a gold span into (value, unit, date) only when the whole span has one plain shape:
a number with an optional scale and a currency ("1,3 млрд долларов", "$ 5 million"), a
number with a percent sign or word, a year ("2019 жылы"), a full date ("3 октября 2018
года", "17.09.2016", "2021 жылғы 14 наурыз"), a month and year, a bare number (counts), or
a number with a simple unit (t, km, ha, kg). Anything else ("биыл", "в тот же день", word
numerals, ranges) is not read and not counted in the value-exact rows. It shares no code or
tables with ``pipeline.stages.extract.figures``, so the value-exact rows compare two independent
readings.
"""

from __future__ import annotations

import re

# value, unit (None: a bare number, whatever unit the words after the span give it), date
Gold = tuple[float, str | None, str | None]

_NUM = r"\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE_STEMS = {"thousand": 1e3, "тыс": 1e3, "тысяч": 1e3, "мың": 1e3, "million": 1e6,
                "mln": 1e6, "млн": 1e6, "миллион": 1e6, "billion": 1e9, "bn": 1e9, "млрд": 1e9,
                "миллиард": 1e9, "trillion": 1e12, "трлн": 1e12, "триллион": 1e12}
_CURRENCY_STEMS = {"$": "USD", "us$": "USD", "usd": "USD", "доллар": "USD", "долл": "USD",
                   "dollar": "USD", "₸": "KZT", "kzt": "KZT", "теңге": "KZT", "тенге": "KZT",
                   "tenge": "KZT", "€": "EUR", "евро": "EUR", "еуро": "EUR", "euro": "EUR",
                   "рубл": "RUB", "руб": "RUB", "ruble": "RUB", "юан": "CNY", "yuan": "CNY"}
_FILLER = {"ақш", "сша", "us", "u.s."}  # "АҚШ доллары", "долларов США"
_UNIT_STEMS = {"тонн": "t", "ton": "t", "км": "km", "шақырым": "km", "километр": "km",
               "kilomet": "km", "гектар": "ha", "га": "ha", "hectare": "ha", "кг": "kg",
               "килограмм": "kg"}
_MONTHS = [("january", "январ", "қаңтар"), ("february", "феврал", "ақпан"),
           ("march", "март", "наурыз"), ("april", "апрел", "сәуір"), ("may", "ма", "мамыр"),
           ("june", "июн", "маусым"), ("july", "июл", "шілде"), ("august", "август", "тамыз"),
           ("september", "сентябр", "қыркүйек"), ("october", "октябр", "қазан"),
           ("november", "ноябр", "қараша"), ("december", "декабр", "желтоқсан")]
_YEAR_WORD = r"(?:\s+(?:жыл\w*|ж\.|жж\.|год\w*|г\.|гг\.|year))?"
_PERCENT = re.compile(rf"^(?P<n>{_NUM})\s*(?:%(?:-\w+)?|пайыз\w*|процент\w*|percent|per cent)$",
                      re.I)
_YEAR = re.compile(rf"^(?P<y>1[89]\d\d|20\d\d){_YEAR_WORD}$", re.I)
_DMY = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})$")
_DAY_MONTH_YEAR = re.compile(rf"^(?P<d>\d{{1,2}})\s+(?P<mw>[^\W\d]+)\s+(?P<y>\d{{4}}){_YEAR_WORD}$")
_MONTH_DAY_YEAR = re.compile(r"^(?P<mw>[^\W\d]+)\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})$")
_KK_DATE = re.compile(r"^(?P<y>\d{4})\s+жыл(?:ғы|дың)\s+(?P<d>\d{1,2})\s+(?P<mw>[^\W\d]+)$", re.I)
_MONTH_YEAR = re.compile(rf"^(?P<mw>[^\W\d]+)\s+(?P<y>\d{{4}}){_YEAR_WORD}$")
_KK_MONTH_YEAR = re.compile(r"^(?P<y>\d{4})\s+жыл\w*\s+(?P<mw>[^\W\d]+)(?:\s+ай\w*)?$", re.I)


def number(text: str, lang: str) -> float | None:
    """A digit string; a comma before exactly three digits groups thousands in English."""
    s = text.replace(" ", "").replace("\u00a0", "")
    if "," in s and "." in s:
        s = s.replace(",", "")
    elif "," in s:
        head, _, tail = s.partition(",")
        s = head + tail if lang == "en" and len(tail) == 3 else f"{head}.{tail}"
    try:
        return float(s)
    except ValueError:
        return None


def _stem(word: str, table: dict[str, object]) -> object | None:
    w = word.lower()
    best = max((k for k in table if w.startswith(k) and len(w) - len(k) <= 4), key=len,
               default=None)
    return table[best] if best else None


def _month(word: str) -> int | None:
    w = word.lower()
    for i, names in enumerate(_MONTHS, 1):
        if any(w.startswith(n) for n in names) and (i != 5 or w in ("may", "мая", "май")
                                                     or w.startswith("мамыр")):
            return i
    return None


def _date(m: re.Match[str]) -> Gold | None:
    g = m.groupdict()
    month = int(g["m"]) if g.get("m") else _month(g["mw"])
    year = int(g["y"])
    if month is None or not 1 <= month <= 12 or not 1800 <= year <= 2100:
        return None
    if g.get("d") is None:
        return float(year), "date", f"{year:04d}-{month:02d}"
    day = int(g["d"])
    return (float(year), "date", f"{year:04d}-{month:02d}-{day:02d}") if 1 <= day <= 31 else None


def _amount(text: str, lang: str, tables: dict[str, object]) -> tuple[float, object] | None:
    """'1,3 млрд долларов США' -> (1.3e9, 'USD') when every word has a role."""
    m = re.match(rf"^(?P<sign>[$€₸]|US\$)?\s?(?P<n>{_NUM})(?P<rest>(?:\s+\S+)*)$", text, re.I)
    if m is None:
        return None
    value, what = number(m.group("n"), lang), tables.get((m.group("sign") or "").lower())
    scaled, named = False, what is not None
    for word in m.group("rest").split():
        scale, found = _stem(word, _SCALE_STEMS), _stem(word, tables)
        if scale and not scaled and (not named or m.group("sign")):
            value, scaled = None if value is None else value * float(scale), True  # type: ignore[arg-type]
        elif found and what is None:
            what, named = found, True
        elif word.lower() not in _FILLER:
            return None
    return (value, what) if value is not None and what else None


def gold_value(text: str, label: str, lang: str) -> Gold | None:
    """(value, unit, date) of a gold span, or None when its shape is not a plain one."""
    text = " ".join(text.split())
    if label == "MONEY" or label == "NUM":
        found = _amount(text, lang, {**_CURRENCY_STEMS, "": None})
        if found:
            return round(found[0], 6), str(found[1]), None
    if label in ("PERCENT", "NUM") and (m := _PERCENT.match(text)):
        value = number(m.group("n"), lang)
        return (value, "%", None) if value is not None else None
    if label == "DATE":
        for pattern in (_DMY, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _KK_DATE, _MONTH_YEAR,
                        _KK_MONTH_YEAR):
            if m := pattern.match(text):
                return _date(m)
        if m := _YEAR.match(text):
            return float(m.group("y")), "year", None
    if label == "QUANTITY" and (found := _amount(text, lang, _UNIT_STEMS)):
        return found[0], str(found[1]), None
    if label in ("CARDINAL", "NUM") and re.fullmatch(_NUM, text) and not _YEAR.match(text):
        value = number(text, lang)
        return (value, None, None) if value is not None else None
    return None
