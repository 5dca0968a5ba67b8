"""Numbers that are not figures: references, identifiers, contacts, numbering.

``excluded_spans`` returns the stretches of a text whose digits must not become
figures: "[6]", "[1][2]", author-year citations "(Smirnov 2011: 22)", "Table 14.1",
"pp. 12-15", article and item numbers ("Article 14", "23-тармақ", "9-баптан"), act and
registration numbers ("№ 52/НҚ", "No. 215-VI", "N 78-VII"), ORCID ids, DOIs, e-mail
addresses, URLs, phone numbers, times of day, street addresses, list and section
numbering ("2 Leadership ...", "1)"), and document codes ("УДК 338.2", "МРНТИ11.25.91",
"JEL C82, O15"). Dates are only kept out by the non-numbering stretches: "1 September"
at a line start is a date, not an item number.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.doc.spans import Span
from pipeline.lang import data
from pipeline.stages.extract.figures.patterns import alternation

_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_CITE_ITEM = (
    rf"(?:[{_UPPER}][\w'’&.-]*(?:\s+(?:et\s+al\.?|and|&|и|мен|[{_UPPER}][\w'’.-]*))*\.?,?\s+)?"
    r"(?:19|20)\d\d[a-zа-я]?(?:\s*[:,]\s*(?:[pсб]\.\s*)?\d+(?:\s*[-–]\s*\d+)?)?"
)
# Codes printed in front matter whatever its language: classification (UDC, IRSTI, JEL),
# serials (ISSN, ISBN, DOI, ORCID) and business or bank identifiers (BIN, IIC, IBAN).
ID_CODES = ("ISSN", "ISBN", "DOI", "UDC", "УДК", "ӘОЖ", "МРНТИ", "ГРНТИ", "ҒТАХР", "ХҒТАР", "ҒТАМР",
            "IRSTI", "JEL", "ББК", "ORCID", "BIN", "IIN", "IIC", "IBAN", "SWIFT", "BIC", "БИН",
            "ИИН", "ИИК", "БСН", "ЖСН", "ЖСК")
_CODE = r"[\w./()-]*\d[\w./()-]*"
COMMON = (
    r"\[\s*\d+(?:\s*[,;–-]\s*\d+)*\s*\]",  # [6], [1, 3], [2-4]
    r"(?:https?://|www\.)\S+",
    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+",  # e-mail (starts at its run: linear time)
    r"\b10\.\d{4,9}/\S+",  # DOI
    r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b",  # ORCID
    # phone numbers, but not a row of numbers ("300 200 50 82 37 36")
    r"(?:\+\d{1,3}[\s(-]*)?\(?\d{3,4}\)?[\s-]\d{2,3}[\s-]\d{2}[\s-]\d{2}(?!\d)(?![ \t]+\d)",
    r"(?<![\d.,])\d{1,2}:\d{2}(?![\d])",  # time of day, "2011: 22" pages
    r"(?<!\w)(?-i:N)\s?\d+(?:[-/][\w]+)+",  # act numbers "N 78-VII", "N78/2"
    r"(?<=\*)\d{1,2}(?!\d)",  # affiliation marks "Кибаева,*1"
    # a reference's imprint: "Minsk: YSU, 2002. – 114 p.", "М.: Наука, 2001. - С. 5"
    rf"[{_UPPER}][\w. -]{{0,20}}:[ \t]*[^,:\n]{{1,40}},[ \t]*(?:1[5-9]|20)\d\d\.[ \t]*[-–—]"
    r"[ \t]*(?:[pсб]p?\.[ \t]*)?\d*(?:[-–]\d+)?(?:[ \t]*[pсб]\.)?",
)
NUMBERING = (
    rf"(?m)^[ \t]*\d{{1,2}}(?:\.\d{{1,2}})*[.)]?[ \t]+(?=[{_UPPER}])",  # "2 Leadership", "2.1 Data"
    r"(?<![\w(])\d{1,2}\)(?!\s*[%\d])",  # "1) first ..."
    r"\(\d{1,2}\)",  # "(1)"
    r"(?m)^[ \t]*\d{1,3}[ \t]*$",  # a page number or footnote mark alone on its line
    rf"(?<=[«\"“])\d{{1,2}}\.[ \t]+(?=[{_UPPER}])",  # a quoted item: «7. The Board ...
)


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    d = data(lang, "numbers")
    refs = alternation(d.REFERENCE_WORDS)
    after = alternation(d.REFERENCE_AFTER) if d.REFERENCE_AFTER else "(?!)"
    codes = "|".join(re.escape(c) for c in sorted({*ID_CODES, *d.ID_WORDS}, key=len,
                                                   reverse=True))
    address = alternation(d.ADDRESS_AFTER) if d.ADDRESS_AFTER else "(?!)"
    own = (
        rf"{refs}\s*\d+(?:[.,:/]\d+)*(?:[-/]\w+)*(?:\s*[-–]\s*\d+(?:[.,]\d+)*)?"
        rf"|(?<![\d.,])\d+(?:\s*[-–]\s*)?{after}",
        rf"(?<!\w)(?:{codes})(?![^\W\d_])\s*[:№]?\s*{_CODE}(?:\s*[,;]\s*{_CODE})*",
    )
    compiled = [re.compile(p, re.IGNORECASE) for p in own]
    # the street's name is capitalised (case matters here), its "Av." or "көшесі" need not be
    compiled.append(re.compile(
        rf"(?<![\d.,])\d+[{_UPPER}a-zа-я]?(?:\s+[{_UPPER}][\w'’-]*){{1,3}}\s+(?i:{address})"))
    compiled.append(re.compile(rf"\(\s*{_CITE_ITEM}(?:\s*;\s*{_CITE_ITEM})*\s*\)"))
    return (*compiled, *(re.compile(p) for p in COMMON))


@cache
def _numbering() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in NUMBERING)


def excluded_spans(text: str, lang: str, numbering: bool = True) -> list[Span[None]]:
    """Sorted stretches of ``text`` that hold no figure (without list numbering when not
    ``numbering``)."""
    spans: list[Span[None]] = []
    patterns = (*_patterns(lang), *(_numbering() if numbering else ()))
    for pattern in patterns:
        for m in pattern.finditer(text):
            if _citation_without_name(pattern, m):
                continue
            spans.append(Span(m.start(), m.end()))
    return sorted(spans, key=lambda s: (s.start, s.end))


def _citation_without_name(pattern: re.Pattern[str], m: re.Match[str]) -> bool:
    """'(2015)' or '(2016–2020)' is a figure; a citation needs an author name."""
    return pattern.pattern.startswith(r"\(\s*") and not re.search(rf"[{_UPPER}]", m.group())
