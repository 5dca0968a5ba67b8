"""One language's organisation-name data (``pipeline/lang/<code>/organisations.py``), compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.lang import data
from pipeline.lang.schema import Organisations


@dataclass(frozen=True)
class Rules:
    """One language's organisation-name data, compiled (see pipeline/lang/en/organisations.py)."""

    head: re.Pattern[str]
    weak_head: re.Pattern[str]  # heads that need two name words (or a quoted name)
    head_capitalised: bool
    left: re.Pattern[str]  # lowercase words that may stand left of the head, joins included
    left_name: re.Pattern[str]  # the shape a capitalised word left of the head must have
    right: re.Pattern[str]
    closing: re.Pattern[str]  # lowercase words that may end a name after the head
    coordinator: re.Pattern[str]  # "and": where two coordinated names part
    name_after_head: bool  # may a capitalised word follow the head directly
    first_word: re.Pattern[str]  # a sentence's first word of this shape is no name word
    named_after: re.Pattern[str]  # "имени", "атындағы": a person's name belongs to the name
    left_concepts: bool  # may lowercase lexicon words stand before the head (Азия даму банкі)
    not_name: frozenset[str]
    not_name_ending: re.Pattern[str]
    state: re.Pattern[str]  # words of a state's name (Republic, Республикасы)
    lowercase_tail: bool  # may a name end on lowercase words (по изучению рака)
    legal_forms: str  # legal-form words (JSC, NC, АҚ) that may stand between a head and its quote
    institution: re.Pattern[str]  # words of institutions' names, never of persons'
    lower_head_after: int  # capitalised words that make a lower-case head a name's head
    agency: re.Pattern[str]  # one word that is an organisation by its shape (Tengrinews)


@cache
def rules(lang: str) -> Rules:
    """The compiled organisation rules of ``lang``."""
    d = data(lang, Organisations)
    return Rules(
        head=re.compile(f"(?:{d.heads})", re.IGNORECASE),
        weak_head=re.compile(f"(?:{d.weak_heads})", re.IGNORECASE),
        head_capitalised=d.head_capitalised,
        left=re.compile(f"(?:{d.left_words}|{d.join_left})"),
        left_name=re.compile(f"(?:{d.left_name_shape})"),
        right=re.compile(f"(?:{d.right_words}|{d.join_right})"),
        closing=re.compile(f"(?:{d.closing_words})"),
        coordinator=re.compile(f"(?:{d.coordinators})", re.IGNORECASE),
        name_after_head=d.name_after_head,
        first_word=re.compile(f"(?:{d.first_word_not_name})", re.IGNORECASE),
        named_after=re.compile(f"(?:{d.named_after})", re.IGNORECASE),
        left_concepts=d.left_concepts,
        not_name=d.not_name_words,
        not_name_ending=re.compile(f"(?:{d.not_name_endings})", re.IGNORECASE),
        state=re.compile(f"(?:{d.state_words})", re.IGNORECASE),
        lowercase_tail=d.lowercase_tail,
        legal_forms=d.legal_forms,
        institution=re.compile(f"(?:{d.not_person_words})", re.IGNORECASE),
        lower_head_after=d.lower_head_after,
        agency=re.compile(f"(?:{d.agency_shape})"),
    )
