"""Bare acronyms that a document uses as organisations' names: KMG, ҚМГ-нің, "KMG EP".

Official texts name a company by its acronym alone, often with no full name anywhere
(an annual report's "KMG shareholders"). An acronym in capitals (three to six letters, a
second short part allowed: KMG EP, ҚМГ БӨ) is an organisation's name when the document
confirms it once:

* a legal form or a company word of the language stands right next to it ("KEGOC JSC",
  "the company KMG", "KMG shareholders", "ҚМГ акционерлерінің": ``ACRONYM_CUES``);
* the initials of an organisation name the document gives spell it (ҚМГ БӨ < «ҚазМұнайГаз»
  Барлау Өндіру», CamelCase parts counted);
* it is a known acronym whose full name is an organisation's (``acronyms.py``: UNESCO).

A confirmed acronym confirms the acronyms of the document's other languages that begin
the same by transliteration (KMG ~ ҚМГ, KMG EP ~ ҚМГ БӨ): parallel parts name one company.
Codes, units and field words (UDC, ISSN, GDP, ICT: ``NOT_ORG_ACRONYMS``), legal forms,
roman numerals, persons' capitalised surnames and uppercase title lines are never names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pipeline.doc.records import Mention, Section
from pipeline.lang import LANGUAGES, data, letters
from pipeline.lang.schema import Acronyms, Numbers, Organisations
from pipeline.merge.evidence import initials_match
from pipeline.merge.translit import key
from pipeline.stages.extract.organisations.names import find_in_text, mostly_capitals

_UP = letters(upper=True)  # every capital of every language's alphabet
CANDIDATE = re.compile(rf"(?<![\w.‐‑-])([{_UP}]{{3,6}})(?:[ \t]([{_UP}]{{2,4}}))?(?![\w])")
ROMAN = re.compile(r"[IVXLC]+")
INITIAL_BEFORE = re.compile(r"(?:^|\W)[^\W\d_]{1,2}\.[ \t]*$")  # "Ю.А. ХАН": a person
WORD = re.compile(r"[^\W\d_][\w‐‑-]*")


@dataclass(frozen=True)
class Candidate:
    """An acronym in capitals where it stands in a section."""

    text: str  # "KMG EP"
    first: str  # "KMG"
    lang: str  # the section's language
    start: int  # offsets in the section's text
    end: int


def candidates(section: Section) -> list[Candidate]:
    """The acronyms of a section that may be an organisation's name."""
    out = []
    for m in CANDIDATE.finditer(section.text):
        first, second = m.group(1), m.group(2)
        if second and _never(second, section.lang):
            second = None  # "KEGOC JSC": the legal form is no part of the acronym
        text = first + (" " + second if second else "")
        line = section.text[section.text.rfind("\n", 0, m.start()) + 1:m.start()]
        if _never(first, section.lang) or mostly_capitals(_line(section.text, m.start())) \
                or INITIAL_BEFORE.search(line):
            continue
        out.append(Candidate(text, first, section.lang, m.start(), m.start() + len(text)))
    return out


def _line(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:end if end >= 0 else len(text)]


def acronym_names(sections: Iterable[Section], orgs: Iterable[Mention]) -> list[str]:
    """The acronyms that a document of ``sections``, whose organisation mentions are
    ``orgs``, confirms as organisations' names (see the module)."""
    sections = [s for s in sections if s.lang in LANGUAGES]
    found = [(c, s) for s in sections for c in candidates(s)]
    orgs = list(orgs)
    confirmed = {c.text for c, s in found if _cued(c, s) or _known_organisation(c)
                 or any(initials_match(c.text.replace(" ", ""), c.lang, m.text, m.lang)
                        for m in orgs if len(m.text) > len(c.text) + 2)}
    keys = {key(c.first, c.lang) for c, _ in found if c.text in confirmed}
    return sorted({c.text for c, _ in found if key(c.first, c.lang) in keys})


def _cued(c: Candidate, section: Section) -> bool:
    """A legal form in capitals or a company word right before or after the acronym."""
    cue, form = _cue_patterns(section.lang)
    before = WORD.findall(section.text[max(0, c.start - 40):c.start].split("\n")[-1])
    after = WORD.findall(section.text[c.end:c.end + 40].split("\n")[0])
    gap_after = section.text[c.end:c.end + 3]
    words = ([before[-1]] if before else []) + ([after[0]] if after else [])
    if after and not re.match(r"(?:['’]s)?[ \t-]", gap_after):
        words = words[:1]  # "KMG, which ...": a comma parts the acronym from what follows
    return any(cue.fullmatch(w) or (form.fullmatch(w) and w.split("-")[0].isupper())
               for w in words)


@cache
def _cue_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a company word, a legal form with an optional ending) of ``lang``."""
    d = data(lang, Organisations)
    return (re.compile(rf"(?:{d.acronym_cues})", re.IGNORECASE),
            re.compile(rf"(?:{d.legal_forms})(?:[-‐‑]\w+)?", re.IGNORECASE))


@cache
def _known_organisation(c: Candidate) -> bool:
    """A known acronym (``pipeline/lang/<code>/acronyms.py``) whose full name is an
    organisation's name by the head-word rules (UNESCO, not PRC or BRI)."""
    for lang in LANGUAGES:
        table = data(lang, Acronyms)
        full = table.expansions.get(table.acronyms.get(c.text, ""), "")
        if full:
            return any(n.end - n.start >= len(full) - 1 for n in find_in_text(full, lang))
    return False


@cache
def _never(word: str, lang: str) -> bool:
    """Codes, units, field words, legal forms and roman numerals are no organisation."""
    if ROMAN.fullmatch(word):
        return True
    for code in LANGUAGES:
        d = data(code, Organisations)
        if word in d.not_org_acronyms or re.fullmatch(f"(?:{d.legal_forms})", word,
                                                      re.IGNORECASE):
            return True
        if word in set(data(code, Numbers).currency_before.values()):
            return True
    return False
