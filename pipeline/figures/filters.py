"""Numbers that are not figures: references, identifiers, contacts, numbering.

``excluded_spans`` returns the stretches of a text whose digits must not become
figures: "[6]", "[1][2]", author-year citations "(Smirnov 2011: 22)", "Table 14.1",
"pp. 12-15", "№ 5", ORCID ids, DOIs, e-mail addresses, URLs, phone numbers, times of
day, list and section numbering ("2 Leadership ...", "1)"), and document ids ("УДК 338.2").
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.figures.patterns import alternation
from pipeline.lang import data

_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_CITE_ITEM = (
    rf"(?:[{_UPPER}][\w'’&.-]*(?:\s+(?:et\s+al\.?|and|&|и|мен|[{_UPPER}][\w'’.-]*))*\.?,?\s+)?"
    r"(?:19|20)\d\d[a-zа-я]?(?:\s*[:,]\s*(?:[pсб]\.\s*)?\d+(?:\s*[-–]\s*\d+)?)?"
)
COMMON = (
    r"\[\s*\d+(?:\s*[,;–-]\s*\d+)*\s*\]",  # [6], [1, 3], [2-4]
    r"(?:https?://|www\.)\S+",
    r"[\w.+-]+@[\w-]+\.[\w.-]+",
    r"\b10\.\d{4,9}/\S+",  # DOI
    r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b",  # ORCID
    r"(?:\+\d{1,3}[\s(-]*)?\(?\d{3,4}\)?[\s-]\d{2,3}[\s-]\d{2}[\s-]\d{2}(?!\d)",  # phone
    r"(?<![\d.,])\d{1,2}:\d{2}(?![\d])",  # time of day, "2011: 22" pages
    rf"(?m)^[ \t]*\d{{1,2}}(?:\.\d{{1,2}})*[.)]?[ \t]+(?=[{_UPPER}])",  # "2 Leadership", "2.1 Data"
    r"(?<![\w(])\d{1,2}\)(?!\s*[%\d])",  # "1) first ..."
    r"\(\d{1,2}\)",  # "(1)"
)


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    d = data(lang, "numbers")
    refs = alternation(d.REFERENCE_WORDS)
    ids = alternation(d.ID_WORDS)
    after = alternation(d.REFERENCE_AFTER) if d.REFERENCE_AFTER else "(?!)"
    own = (
        rf"{refs}\s*\d+(?:[.,:]\d+)*(?:\s*[-–]\s*\d+(?:[.,]\d+)*)?"
        rf"|(?<![\d.,])\d+(?:\s*[-–]\s*)?{after}",
        rf"{ids}\s*[:№]?\s*[\w./-]*\d[\w./-]*(?:[\s,;]+\d[\w./-]*)*",
        rf"\(\s*{_CITE_ITEM}(?:\s*;\s*{_CITE_ITEM})*\s*\)",
    )
    compiled = [re.compile(p, re.IGNORECASE) for p in own[:2]]
    compiled.append(re.compile(own[2]))
    return (*compiled, *(re.compile(p) for p in COMMON))


def excluded_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Sorted (start, end) stretches of ``text`` that hold no figure."""
    spans = []
    for pattern in _patterns(lang):
        for m in pattern.finditer(text):
            if _citation_without_name(pattern, m):
                continue
            spans.append((m.start(), m.end()))
    return sorted(spans)


def _citation_without_name(pattern: re.Pattern[str], m: re.Match[str]) -> bool:
    """'(2015)' or '(2016–2020)' is a figure; a citation needs an author name."""
    return pattern.pattern.startswith(r"\(\s*") and not re.search(rf"[{_UPPER}]", m.group())


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when [start, end) meets any of ``spans``."""
    return any(s < end and start < e for s, e in spans)
