"""Programmes known by name alone, and acronyms a text gives its programmes.

Some programmes are named without a cue word or quotes: in keyword lists and titles
("One Belt / One Road / OBOR / Nurly Jol"), or by an acronym (BRI, ГПИИР, ҮИИДМБ). Each
language lists the best known of them with their spellings (``LISTED`` in
``pipeline/lang/<code>/programs.py``; general knowledge of Kazakhstani and Chinese state
programmes, not taken from any measured page). A name is kept whole, quotes included when
it is printed in them, and an uppercase title is matched without case. An acronym in
brackets right after a programme ("Belt and Road Initiative (BRI)") names it too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.lang import data
from pipeline.lang.schema import Programs
from pipeline.stages.extract.programs.lexicon import Candidate, Lexicon, find_quotes

ACRONYM_AFTER = re.compile(r"\s*\(\s*([^\W\d_][\w&]{1,9})\s*\)")


@dataclass(frozen=True)
class Listed:
    """A listed programme: its canonical name, kind and compiled spellings."""

    name: str
    kind: str
    pattern: re.Pattern[str]
    folded: re.Pattern[str]  # the same without case, for uppercase titles


@cache
def listed(lang: str) -> tuple[Listed, ...]:
    """The listed programmes of ``lang``."""
    out = []
    for name, kind, regex in data(lang, Programs).listed:
        whole = rf"(?<![\w-])(?:{regex})(?![\w-])"
        out.append(Listed(name, kind, re.compile(whole), re.compile(whole, re.IGNORECASE)))
    return tuple(out)


def find_listed(text: str, lex: Lexicon, capitals: bool = False
                ) -> list[tuple[Candidate, str]]:
    """Listed programme names in ``text`` as candidates, with their canonical names."""
    quotes = find_quotes(text, lex)
    out = []
    for item in listed(lex.lang):
        acronym = item.name.isupper()
        for m in (item.folded if capitals and not acronym else item.pattern).finditer(text):
            start, end = m.start(), m.end()
            quote = next((q for q in quotes if q.inner_start == start and q.inner_end == end),
                         None)
            outer = (quote.start, quote.end) if quote else (start, end)
            out.append((Candidate(*outer, start, end, item.kind, None, quote is not None,
                                  "listed"), item.name))
    return out


def acronyms(text: str, found: list[Candidate]) -> list[tuple[str, Candidate]]:
    """Acronyms in brackets right after a found programme whose letters follow its name's."""
    from pipeline.stages.extract.organisations.established import acronym_of

    out = []
    for c in found:
        m = ACRONYM_AFTER.match(text, c.end)
        if m and acronym_of(text[c.name_start:c.name_end], m.group(1)):
            out.append((m.group(1), c))
    return out
