"""Canonical names and grouping keys of programme names, per language."""

from __future__ import annotations

import re

from pipeline.stages.extract.programs.lexicon import Cue, Lexicon

QUOTE_CHARS = "\"“”«»„‘’'`"
SPACE = re.compile(r"\s+")
PERIOD = re.compile(r"\s*\(\d{4}\s*[-–−]\s*\d{2,4}\)$")  # "(2011−2020)" after a name
KEY_WORD = re.compile(r"\w+")


def canonical(text: str, start: int, end: int, cue: Cue | None, lex: Lexicon) -> str:
    """The name in ``text[start:end]`` without quotes, articles and the cue's case ending."""
    if cue is not None and start <= cue.start and cue.end <= end:
        name = text[start:cue.start] + _lemma(text[cue.start:cue.end], cue.lemma) \
            + text[cue.end:end]
        name = _nominative_modifiers(name, cue.start - start, cue.lemma, lex)
    else:
        name = text[start:end]
    name = PERIOD.sub("", SPACE.sub(" ", name).strip()).strip(QUOTE_CHARS).strip()
    return _drop_article(name, lex)


def _lemma(surface: str, lemma: str) -> str:
    """The cue's lemma, capitalised like its surface form; an abbreviation ("УК РФ") stays."""
    if sum(ch.isupper() for ch in surface) >= 2 and all(len(w) <= 4 for w in surface.split()):
        return surface
    if surface[:1].isupper() and not lemma[:1].isupper():
        return lemma[:1].upper() + lemma[1:]
    return lemma


def _nominative_modifiers(name: str, cue_at: int, lemma: str, lex: Lexicon) -> str:
    """Put adjectives right before the cue into the nominative of the cue's gender."""
    gender = lex.gender.get(lemma)
    if gender is None or lex.adjective_endings is None:
        return name
    head, tail = name[:cue_at], name[cue_at:]
    words = head.split(" ")
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if not w:
            continue
        if not lex.modifier.match(w):
            break
        words[i] = (lex.agree(w, gender) if lex.agree else None) \
            or lex.adjective_endings.sub(lex.nominative[gender], w)
    return " ".join(words) + tail


def _drop_article(name: str, lex: Lexicon) -> str:
    first, _, rest = name.partition(" ")
    if rest and first.casefold() in lex.articles:
        return rest
    return name


def key(name: str, lex: Lexicon) -> str:
    """A grouping key: lower case, no articles, each word cut to its stem."""
    words = [w.casefold() for w in KEY_WORD.findall(name)]
    words = [w for w in words if w not in lex.articles]
    return " ".join(_stem(w, lex.key_endings) for w in words)


def _stem(word: str, endings: tuple[str, ...]) -> str:
    """Cut endings until none is left, so "Қазақстанның" and "Қазақстан" meet."""
    cut = True
    while cut:
        cut = False
        for ending in endings:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word, cut = word[: -len(ending)], True
                break
    return word
