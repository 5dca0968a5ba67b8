"""One language's organisation-name data (``pipeline/lang/<code>/organisations.py``), compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.lang import data


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
    d = data(lang, "organisations")
    return Rules(
        head=re.compile(f"(?:{d.HEADS})", re.IGNORECASE),
        weak_head=re.compile(f"(?:{d.WEAK_HEADS})", re.IGNORECASE),
        head_capitalised=d.HEAD_CAPITALISED,
        left=re.compile(f"(?:{d.LEFT_WORDS}|{d.JOIN_LEFT})"),
        left_name=re.compile(f"(?:{d.LEFT_NAME_SHAPE})"),
        right=re.compile(f"(?:{d.RIGHT_WORDS}|{d.JOIN_RIGHT})"),
        closing=re.compile(f"(?:{d.CLOSING_WORDS})"),
        coordinator=re.compile(f"(?:{d.COORDINATORS})", re.IGNORECASE),
        name_after_head=d.NAME_AFTER_HEAD,
        first_word=re.compile(f"(?:{d.FIRST_WORD_NOT_NAME})", re.IGNORECASE),
        named_after=re.compile(f"(?:{d.NAMED_AFTER})", re.IGNORECASE),
        left_concepts=d.LEFT_CONCEPTS,
        not_name=d.NOT_NAME_WORDS,
        not_name_ending=re.compile(f"(?:{d.NOT_NAME_ENDINGS})", re.IGNORECASE),
        state=re.compile(f"(?:{d.STATE_WORDS})", re.IGNORECASE),
        lowercase_tail=d.LOWERCASE_TAIL,
        legal_forms=d.LEGAL_FORMS,
        institution=re.compile(f"(?:{d.NOT_PERSON_WORDS})", re.IGNORECASE),
        lower_head_after=d.LOWER_HEAD_AFTER,
        agency=re.compile(f"(?:{d.AGENCY_SHAPE})"),
    )
