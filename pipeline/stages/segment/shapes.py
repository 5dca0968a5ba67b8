"""Shapes of blocks: prose, titles, names, affiliations, keyword lists, references.

Plain predicates over a ``pipeline.stages.segment.blocks.Block`` that the segmenter combines; cue
words come from ``pipeline/lang/<code>/markers.py``.
"""

from __future__ import annotations

import re

from pipeline.stages.segment.blocks import Block
from pipeline.stages.segment.lines import affiliation_cues

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|e-?mail|orcid", re.I)
_YEAR_IN_PARENS = re.compile(r"\((?:19|20)\d\d[a-z]?\)|//|\bpp?\.\s*\d|\b[PС]\.\s*\d")
_REFERENCE_START = re.compile(r"^\s*(?:-|\^|\[\d+\]|\d+[.)]?\s)")
_INITIAL = re.compile(r"(?:^|[\s,])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.(?:\s|$|[A-ZА-ЯЁ])")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
MARKED_LINE = re.compile(r"^\s*(?:[•▪●◦·*]|\d{1,2}(?=\D)|[¹²³⁴⁵⁶⁷⁸⁹])")
SENTENCE_END = re.compile(r"[.!?…](?:[»”\")\]]*)(?:\s|$)")



def words(text: str) -> list[str]:
    """The words of ``text`` (letters first, then letters, digits, apostrophes, hyphens)."""
    return _WORD.findall(text)


def prose(b: Block) -> bool:
    """A paragraph of running text rather than a heading, name list or table cell."""
    return not b.heading and not b.table and len(words(b.text)) >= 25 \
        and bool(SENTENCE_END.search(b.text))


def title_like(b: Block) -> bool:
    found = words(b.text)
    return (b.heading or 2 <= len(found) <= 40) and b.text.count("\n") <= 3 \
        and not _EMAIL.search(b.text) and not b.text.rstrip().endswith((".", ";", ","))


def names_like(b: Block) -> bool:
    """'D. Zhekenov*, S. Jakubayeva' or 'Azhar Serikkaliyeva'."""
    found = words(b.text)
    if not found or len(found) > 14 or b.text.isupper():
        return False
    capitalised = sum(w[0].isupper() for w in found)
    return capitalised == len(found) and (
        bool(_INITIAL.search(b.text)) or "," in b.text or len(found) <= 4)


def affiliation_like(b: Block) -> bool:
    """An address: an e-mail, or a cue word in a short block that has a comma (a title
    about "university graduates" has none), or a numbered or bulleted line with a cue
    ("1Institute of economics", "• G. Author, X University")."""
    if len(words(b.text)) > 60:
        return False
    if _EMAIL.search(b.text):
        return True
    cue = affiliation_cues().search(b.text)
    return bool(cue) and ("," in b.text or bool(MARKED_LINE.match(b.text)))


def keywords_like(b: Block) -> bool:
    """An unlabelled keyword list: four or more short comma- or semicolon-separated items."""
    if b.heading or b.text.count("\n") > 2 or len(words(b.text)) > 45:
        return False
    items = [i.strip() for i in re.split(r"[,;]", b.text.rstrip(" .")) if i.strip()]
    lowercase = sum(i[:1].islower() for i in items)
    return len(items) >= 4 and all(len(words(i)) <= 4 for i in items) \
        and lowercase * 2 >= len(items) \
        and not SENTENCE_END.search(b.text.rstrip(". ")) and not names_like(b)


def reference_like(b: Block, strict: bool = False) -> bool:
    if _YEAR_IN_PARENS.search(b.text) or _REFERENCE_START.match(b.text):
        return True
    return not strict and not prose(b) and len(b.text) < 200 and not b.heading


def author_info_like(b: Block) -> bool:
    return bool(_EMAIL.search(b.text)) or " - " in b.text[:80] or \
        (bool(affiliation_cues().search(b.text)) and len(b.text) < 400)
