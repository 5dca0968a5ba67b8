"""The lookups of a registry index, computed when it is built: each name's key, the
acronyms names are shortened to, the places (countries, cities) and the countries they
point to. Computing them takes a while; loading them is one JSON parse."""

from __future__ import annotations

from pipeline.lang import LANGUAGES, data
from pipeline.registry.normalise import acronym_like, name_key, words

GENERIC_NAMES = 50  # a word in more registry names than this is no name on its own
MIN_MADE = 3  # a made-up acronym shorter than this (KU, NU) says too little
VOWELS = frozenset("aeiouyаәеёиоөуұүыэюяі")


def made_acronyms(name: str) -> set[str]:
    """Acronyms a name is commonly shortened to: the initials of its content words, and the
    first syllable of the first word with the others' initials (Kazakh National University
    -> KNU, KazNU); also without a leading eponym (L.N. Gumilyov Eurasian ... -> ENU)."""
    content = [w.text for w in words(name) if w.keys]
    out = set()
    for skip in range(min(2, len(content) - 2) + 1):
        rest = content[skip:]
        initials = "".join(w[0] for w in rest).upper()
        out.add(initials)
        syllable = _first_syllable(rest[0])
        if syllable:
            out.add(syllable + initials[1:])
    return {a for a in out if len(a) >= MIN_MADE}


def _first_syllable(word: str) -> str:
    """The letters up to the first consonant after the first vowel, capitalised (Kaz, Қаз)."""
    seen_vowel = False
    for i, ch in enumerate(word):
        if ch.lower() in VOWELS:
            seen_vowel = True
        elif seen_vowel and ch.isalpha():
            return word[: i + 1].capitalize()
    return ""


def lookups(rows: list[list], countries: dict[str, str]) -> dict:
    """by_key, by_acronym (the registry's own and the curated ones), made-up acronyms per
    country (``made_block``), places, generic words and max_words of the index rows (see
    ``build.compact``)."""
    by_key: dict[str, list[int]] = {}
    by_acronym: dict[str, list[int]] = {}
    max_words = 0
    for i, row in enumerate(rows):
        display, names, acronyms, status = row[1], row[4], row[5], row[7]
        if status == 2:
            continue
        own: dict[str, int] = {}
        for j, name in enumerate((display, *names)):
            words = name_key(name)
            if words:
                own.setdefault(" ".join(words), j)
                max_words = max(max_words, len(words))
        for key, j in own.items():
            by_key.setdefault(key, []).extend((i, j))
        for acronym in {a.casefold() for a in acronyms}:
            by_acronym.setdefault(acronym, []).extend((i, 0))
    _add_curated(by_key, by_acronym)
    return {"by_key": by_key, "by_acronym": by_acronym, "max_words": max_words,
            "places": places(rows, countries), "generic": generic_words(by_key),
            "made": {c: made_block(rows, c) for c in sorted({row[2] for row in rows if row[2]})}}


def made_block(rows: list[list], country: str) -> str:
    """``made_by_country`` as text, one "acronym record record ..." line each: a lookup is
    a text search in it, so loading parses nothing (``Index.made``)."""
    made = made_by_country(rows, country)
    return "\n".join(" ".join([a, *map(str, made[a])]) for a in sorted(made))


def generic_words(by_key: dict[str, list[int]]) -> list[str]:
    """Key words in more than ``GENERIC_NAMES`` registry names (university, institute):
    no name on their own."""
    counts: dict[str, int] = {}
    for key in by_key:
        for k in key.split():
            counts[k] = counts.get(k, 0) + 1
    return sorted(k for k, n in counts.items() if n > GENERIC_NAMES)


def made_by_country(rows: list[list], country: str) -> dict[str, list[int]]:
    """Acronym -> records of ``country`` whose names make it (KazNU, ҚазҰУ, ЕНУ)."""
    out: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        if row[2] != country or row[7] == 2:
            continue
        made = {a.casefold() for name in (row[1], *row[4]) if len(name_key(name)) >= 2
                for a in made_acronyms(name)}
        for acronym in made:
            out.setdefault(acronym, []).append(i)
    return out


def places(rows: list[list], countries: dict[str, str]) -> dict[str, list[str]]:
    """Country names (the registry's, and each language's own words for them) and the
    cities of records, each with the countries it points to."""
    found: dict[str, set[str]] = {}
    named = [(name, code) for code, name in countries.items()]
    for lang in LANGUAGES:
        named += [(n, code) for code, ns in data(lang, "registry").COUNTRIES.items() for n in ns]
    for name, code in named:
        key = " ".join(name_key(name))
        if key:
            found.setdefault(key, set()).add(code)
    states = set(found)  # a country's name is never read as a city's (UK, not a town Uk)
    for row in rows:
        key = " ".join(name_key(row[3])) if row[3] and row[2] and row[7] != 2 else ""
        if key and key not in states:
            found.setdefault(key, set()).add(row[2])
    return {k: sorted(v) for k, v in sorted(found.items())}


def _add_curated(by_key: dict[str, list[int]], by_acronym: dict[str, list[int]]) -> None:
    """The acronyms each language's data spells out (``pipeline/lang/<code>/acronyms.py``),
    flagged 2 (curated), where the full names of their concept, in any language, are
    registry names of one record: ЕҰУ stands for ENU even if the registry lacks its Kazakh
    name."""
    surfaces: dict[str, list[str]] = {}
    records: dict[str, set[int]] = {}
    for lang in LANGUAGES:
        acronyms = data(lang, "acronyms")
        for surface, concept in acronyms.ACRONYMS.items():
            if acronym_like(surface):
                surfaces.setdefault(concept, []).append(surface)
        for concept, full in acronyms.EXPANSIONS.items():
            hits = by_key.get(" ".join(name_key(full)), [])
            records.setdefault(concept, set()).update(hits[::2])
    for concept, found in records.items():
        if len(found) != 1:
            continue
        (record,) = found
        for surface in surfaces.get(concept, ()):
            flat = by_acronym.setdefault(surface.casefold(), [])
            pairs = [(flat[j], flat[j + 1]) for j in range(0, len(flat), 2) if flat[j] != record]
            flat[:] = [x for pair in [(record, 2), *pairs] for x in pair]
