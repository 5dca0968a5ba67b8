"""Quoted company names next to a legal form: «KEGOC» АҚ, АО «Самрук-Казына», JSC "KEGOC".

A legal form (``LEGAL_FORMS`` written in capitals, or ``LEGAL_FORM_PHRASES`` written out:
"акционерлік қоғамы", "Joint Stock Company") right before or after a quoted name says the
name is a company's, with no head word needed. The span is the quoted text without its
outer quotes; an inner quote stays where the name nests another («ҚазМұнайГаз» Ұлттық
компаниясы» АҚ -> ҚазМұнайГаз» Ұлттық компаниясы), and legal forms inside the quotes at its
end are left out («Самұрық-Қазына» ҰӘҚ» АҚ -> Самұрық-Қазына).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.doc.spans import Span
from pipeline.lang import data
from pipeline.lang.schema import Organisations

_OPEN, _CLOSE, _ANY = "«“„\"", "»”\"", "«»“”„\""
# the quoted text: one stretch, or two joined by an inner quote (a nested name)
_CONTENT = rf"[^{_ANY}\n]{{1,60}}(?:[{_ANY}][ \t]*[^{_ANY}\n]{{1,40}})?"
QUOTED = rf"[{_OPEN}](?P<name>{_CONTENT})[{_CLOSE}]"
_ENDING = r"(?:[-‐‑][^\W\d_]{1,6})?"  # АҚ-ның, АО-шы


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(form before the quote, form after it, a form alone) of ``lang``."""
    d = data(lang, Organisations)
    form = rf"(?:{d.legal_forms}|{d.legal_form_phrases})"
    before = re.compile(rf"(?<![\w-])(?P<form>{form})(?:[ \t]+(?:{d.legal_forms}))*[ \t]+"
                        rf"{QUOTED}", re.IGNORECASE)
    after = re.compile(rf"{QUOTED}[ \t]+(?P<form>{form}){_ENDING}(?![\w])", re.IGNORECASE)
    alone = re.compile(rf"(?:{d.legal_forms})", re.IGNORECASE)
    return before, after, alone


def quoted_names(text: str, lang: str) -> list[Span[None]]:
    """Spans of quoted names that a legal form of ``lang`` stands next to."""
    before, after, alone = _patterns(lang)
    out = []
    for pattern in (before, after):
        for m in pattern.finditer(text):
            form = m.group("form")
            if alone.fullmatch(form) and not form.isupper():
                continue  # "ақ" (white) is a word; the legal form АҚ is written in capitals
            span = _trimmed(text, m.start("name"), m.end("name"), alone)
            if span and text[span.start].isupper():
                out.append(span)
    return sorted(set(out), key=lambda s: (s.start, s.end))


def _trimmed(text: str, start: int, end: int, alone: re.Pattern[str]
             ) -> Span[None] | None:
    """The name without spaces at its edges, nor a legal form after its inner quote."""
    inner = re.search(rf"[{_ANY}][ \t]*([^{_ANY}]+)$", text[start:end])
    if inner and all(alone.fullmatch(w) and w.isupper() for w in inner.group(1).split()):
        end = start + inner.start()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None
