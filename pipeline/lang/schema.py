"""The shape of each topic of language data: one frozen dataclass per topic.

A language's ``pipeline/lang/<code>/<topic>.py`` holds plain UPPER_CASE constants; the
loader (:func:`pipeline.lang.data`) maps them onto these fields (``HEADS`` -> ``heads``),
refusing missing, unknown and wrongly typed ones. What each field means is told where the
data lives (the English module of the topic); a field with a default is optional.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

Words = tuple[str, ...]


class Topic(Protocol):
    """What every topic's dataclass has: the name of its data module."""

    topic: ClassVar[str]
    __dataclass_fields__: ClassVar[dict[str, Any]]


@dataclass(frozen=True)
class Acronyms:
    """Acronyms of the field: surface -> shared id, and each id's full name."""

    topic: ClassVar[str] = "acronyms"
    acronyms: Mapping[str, str]
    expansions: Mapping[str, str]


@dataclass(frozen=True)
class Langid:
    """Evidence for language identification: script, alphabet, telling letters, words."""

    topic: ClassVar[str] = "langid"
    script: str  # "latin" or "cyrillic": which identifier weighs the language
    alphabet: str
    telling: str
    patterns: Words
    suffixes: Words
    words: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    """Words of the field mapped to shared concept ids, stopwords and inflection endings."""

    topic: ClassVar[str] = "lexicon"
    concepts: Mapping[str, Words]
    stopwords: frozenset[str]
    endings: Words
    min_stem: int
    max_strips: int
    index_stems: bool
    alternations: Mapping[str, str]


@dataclass(frozen=True)
class Markers:
    """Section markers and layout cue words."""

    topic: ClassVar[str] = "markers"
    abstract: Words
    keywords: Words
    references: Words
    author_info: Words
    table: Words
    table_end: Words
    body_headings: Words
    affiliation_cues: Words
    furniture: Words
    journal_words: Words


@dataclass(frozen=True)
class Numbers:
    """Number knowledge: separators, number words, scales, currencies, units, dates."""

    topic: ClassVar[str] = "numbers"
    ambiguous_comma: str
    units_words: Mapping[str, float]
    hundred_words: Mapping[str, int]
    scales: Mapping[str, float]
    number_joiners: Words
    number_endings: Words
    ambiguous_number_words: Words
    currency_before: Mapping[str, str]
    currency_after: Mapping[str, str]
    currency_factors: Mapping[str, float]
    percent: Words
    multiplier_after: Words
    multiplier_before: Words
    multiplier_words: Mapping[str, int]
    fractions: Mapping[str, float]
    approx_before: Words
    approx_endings: Words
    approx_after: Words
    units: Mapping[str, str]
    count_not_nouns: Words
    frequency_after: Words
    months: Mapping[str, int]
    decade_endings: Words
    century_words: Words
    year_before: Words
    year_after: Words
    ordinal_endings: Words
    ordinal_word_endings: Words
    reference_words: Words
    address_after: Words
    reference_after: Words
    id_words: Words
    unit_fillers: Words
    table_unit_headers: Words
    range_words: tuple[tuple[str, str], ...]
    half_words: Words
    decimal_point_words: Words
    excluded_number_forms: Words
    month_before_day: bool
    months_capitalised: bool
    year_of: Words


@dataclass(frozen=True)
class Organisations:
    """Organisation names: head words, and which words may stand on each side of them."""

    topic: ClassVar[str] = "organisations"
    heads: str
    weak_heads: str
    head_capitalised: bool
    name_after_head: bool
    left_words: str
    right_words: str
    closing_words: str
    lower_head_after: int
    join_left: str
    join_right: str
    named_after: str
    left_concepts: bool
    coordinators: str
    left_name_shape: str
    first_word_not_name: str
    not_name_words: frozenset[str]
    not_name_endings: str
    state_words: str
    lowercase_tail: bool
    institution_shape: str
    not_person_words: str
    legal_forms: str
    legal_form_phrases: str  # written-out legal forms ("joint stock company")
    lowercase_openers: str  # words that open a name written in lowercase
    not_org_acronyms: frozenset[str]  # capitals words that are never organisations
    acronym_cues: str  # words beside a bare acronym that make it a company
    own_string: str
    agency_shape: str


@dataclass(frozen=True)
class Programs:
    """Programme cue words, name words and generic-phrase stops."""

    topic: ClassVar[str] = "programs"
    cues: tuple[tuple[str, str, str, bool], ...]  # (kind, lemma, surface regex, capitalised only)
    quoted_only: Words
    self_named: Words
    law_parts_before: str
    law_parts_after: str
    gender: Mapping[str, str]
    modifiers: str
    naming: str
    coordination: str
    articles: Words
    name_word: str
    name_joiners: str
    name_joiners_before: str
    name_lower_words: int
    name_before: bool
    possessive: str
    stop_words: frozenset[str]
    generic_cue: str
    not_after: str
    about_before: str
    about_after: str
    complement_word: str
    complement_stop: frozenset[str]
    complement_verb: str
    complement_prepositions: frozenset[str]
    complement_max: int
    key_endings: Words
    quote_after_cue: bool
    name_after_lower_cue: bool
    cue_opens_quote: bool
    cue_ends_quote: bool
    about_kinds: Words
    name_break: str
    listed: tuple[tuple[str, str, str], ...]  # (canonical name, kind, regex)
    state_after: str
    title_word: str
    years_after: str
    years_before: str
    state_before: str
    dated_kinds: Words
    adjective_endings: str | None = None  # where modifiers agree with the cue's gender
    nominative: Mapping[str, str] = field(default_factory=dict)  # gender -> nominative ending
    agree: Callable[[str, str], str | None] | None = None  # (adjective, gender) -> nominative


@dataclass(frozen=True)
class Registry:
    """Words for registry matching: abbreviations, eponym joiners, script mark, countries."""

    topic: ClassVar[str] = "registry"
    abbreviations: Mapping[str, str]
    named_after: Words
    mark: str
    mark_order: int
    countries: Mapping[str, Words]
    unit_words: Words
    subunit_words: Words
    kept: Words


@dataclass(frozen=True)
class Translit:
    """Romanisation: lowercase letter -> Latin; empty for a language written in Latin."""

    topic: ClassVar[str] = "translit"
    table: Mapping[str, str]


TOPICS: tuple[type[Topic], ...] = (Acronyms, Langid, Lexicon, Markers, Numbers, Organisations,
                            Programs, Registry, Translit)
