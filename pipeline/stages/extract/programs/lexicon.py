"""A language's programme data (pipeline/lang/<code>/programs.py) compiled into regexes."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from pipeline.lang import data


@dataclass(frozen=True)
class Cue:
    """A cue word found in a text: which kind of programme it names and its lemma."""

    start: int
    end: int
    kind: str
    lemma: str


@dataclass(frozen=True)
class Quote:
    """A quoted stretch: outer offsets include the quote marks, inner ones are the name."""

    start: int
    end: int
    inner_start: int
    inner_end: int


@dataclass(frozen=True)
class Candidate:
    """A programme found by a rule: the whole mention (modifiers, cue, quotes) and the name
    inside it, before canonical names are made."""

    start: int
    end: int
    name_start: int
    name_end: int
    kind: str
    cue: Cue | None
    quoted: bool
    rule: str


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns of one language."""

    lang: str
    cue: re.Pattern[str]
    cue_info: tuple[tuple[str, str, bool], ...]  # per cue group: kind, lemma, capitalised only
    quote: re.Pattern[str]
    name_word: re.Pattern[str]
    joiner: re.Pattern[str]
    joiner_before: re.Pattern[str]
    modifier: re.Pattern[str]
    naming: re.Pattern[str]
    coordination: re.Pattern[str]
    possessive: re.Pattern[str]
    not_after: re.Pattern[str]
    generic_cue: re.Pattern[str]
    complement_word: re.Pattern[str] | None
    complement_verb: re.Pattern[str]
    about_after: re.Pattern[str] | None
    about_before: re.Pattern[str] | None
    stop_words: frozenset[str]
    complement_stop: frozenset[str]
    complement_prepositions: frozenset[str]
    complement_max: int
    lower_words: int
    name_before: bool
    quote_after_cue: bool
    name_after_lower_cue: bool
    cue_opens_quote: bool
    cue_ends_quote: bool
    name_break: re.Pattern[str]
    about_kinds: tuple[str, ...]
    articles: tuple[str, ...]
    gender: dict[str, str]
    adjective_endings: re.Pattern[str] | None
    nominative: dict[str, str]
    agree: Callable[[str, str], str | None] | None  # adjective -> nominative of a gender
    key_endings: tuple[str, ...]
    self_named: tuple[str, ...]
    quoted_only: tuple[str, ...]
    law_parts_before: re.Pattern[str]
    law_parts_after: re.Pattern[str]


def _full(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{pattern})$", re.IGNORECASE)


def _quote_regex(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    alts = []
    for opening, closing in pairs:
        o, c = re.escape(opening), re.escape(closing)
        # one line break may stand inside a name (a title wrapped in a PDF), not two
        nl = r"\n(?![ \t]*\n)"
        inner = rf"(?:[^{o}{c}\n]|{nl}|{o}[^{o}{c}\n]*{c})" if opening != closing \
            else rf"(?:[^{o}\n]|{nl})"
        alts.append(rf"(?<!\w){o}({inner}{{1,200}}?){c}")
    return re.compile("|".join(alts))


def _cue_regex(cues: Sequence[tuple[str, str, str, bool]]) -> re.Pattern[str]:
    """Every cue's word forms in one pattern; group ``c<i>`` is cue ``i``."""
    cue = "|".join(f"(?P<c{i}>{forms})" for i, (_, _, forms, _) in enumerate(cues))
    return re.compile(rf"(?<![\w-])(?:{cue})(?![\w-])", re.IGNORECASE)


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled programme patterns of ``lang`` (KeyError for a language without data)."""
    d = data(lang, "programs")
    return Lexicon(
        lang=lang,
        cue=_cue_regex(d.CUES),
        cue_info=tuple((kind, lemma, cap) for kind, lemma, _, cap in d.CUES),
        quote=_quote_regex(d.QUOTES),
        name_word=re.compile(rf"{d.NAME_WORD}$"),
        joiner=re.compile(rf"(?:{d.NAME_JOINERS})$"),
        joiner_before=re.compile(rf"(?:{d.NAME_JOINERS_BEFORE})$"),
        modifier=_full(d.MODIFIERS),
        naming=re.compile(rf"^\s*(?:{d.NAMING})\s*$", re.IGNORECASE),
        coordination=re.compile(rf"^\s*(?:{d.COORDINATION})\s*$", re.IGNORECASE),
        possessive=re.compile(d.POSSESSIVE),
        not_after=re.compile(d.NOT_AFTER, re.IGNORECASE),
        generic_cue=re.compile(d.GENERIC_CUE, re.IGNORECASE),
        complement_word=re.compile(rf"{d.COMPLEMENT_WORD}$") if d.COMPLEMENT_WORD else None,
        complement_verb=re.compile(d.COMPLEMENT_VERB),
        about_after=_full(d.ABOUT_AFTER) if d.ABOUT_AFTER else None,
        about_before=_full(d.ABOUT_BEFORE) if d.ABOUT_BEFORE else None,
        stop_words=d.STOP_WORDS, lower_words=d.NAME_LOWER_WORDS, articles=d.ARTICLES,
        complement_stop=d.COMPLEMENT_STOP, complement_prepositions=d.COMPLEMENT_PREPOSITIONS,
        complement_max=d.COMPLEMENT_MAX,
        # where names stand relative to cues and quotes
        name_before=d.NAME_BEFORE, name_after_lower_cue=d.NAME_AFTER_LOWER_CUE,
        quote_after_cue=d.QUOTE_AFTER_CUE,
        cue_opens_quote=d.CUE_OPENS_QUOTE, cue_ends_quote=d.CUE_ENDS_QUOTE,
        name_break=re.compile(d.NAME_BREAK),
        about_kinds=d.ABOUT_KINDS, gender=d.GENDER,
        adjective_endings=re.compile(d.ADJECTIVE_ENDINGS) if hasattr(d, "ADJECTIVE_ENDINGS")
        else None,
        nominative=getattr(d, "NOMINATIVE", {}),
        agree=getattr(d, "AGREE", None),
        key_endings=tuple(sorted(d.KEY_ENDINGS, key=len, reverse=True)),
        self_named=d.SELF_NAMED,
        quoted_only=d.QUOTED_ONLY,
        law_parts_before=re.compile(d.LAW_PARTS_BEFORE, re.IGNORECASE),
        law_parts_after=re.compile(d.LAW_PARTS_AFTER, re.IGNORECASE),
    )


def find_cues(text: str, lex: Lexicon) -> list[Cue]:
    """Every cue word of ``text`` (capitalised-only cues only where capitalised)."""
    cues = []
    for m in lex.cue.finditer(text):
        index = int(m.lastgroup[1:]) if m.lastgroup else 0
        kind, lemma, cap_only = lex.cue_info[index]
        if cap_only and not text[m.start()].isupper():
            continue
        cues.append(Cue(m.start(), m.end(), kind, lemma))
    return cues


def find_quotes(text: str, lex: Lexicon, start: int = 0, end: int | None = None,
                depth: int = 1) -> list[Quote]:
    """Every quoted stretch of ``text[start:end]`` with non-blank content, and the quotes
    nested one level inside them (a speech quoting «Бақытты отбасы» бағдарламасы)."""
    quotes = []
    for m in lex.quote.finditer(text, start, len(text) if end is None else end):
        group = next(i for i in range(1, (m.lastindex or 1) + 1) if m.group(i) is not None)
        inner_start, inner_end = m.start(group), m.end(group)
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        if inner_start < inner_end:
            quotes.append(Quote(m.start(), m.end(), inner_start, inner_end))
            if depth:
                quotes += find_quotes(text, lex, inner_start, inner_end, depth - 1)
    return sorted(quotes, key=lambda q: (q.start, -q.end))
