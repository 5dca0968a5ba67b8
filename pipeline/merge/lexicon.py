"""The trilingual lexicon of the field: words become shared concept ids, the rest are names.

Each language's ``pipeline/lang/<code>/lexicon.py`` maps concept ids ("university",
"national", "named-after", ...) to its forms. A token is looked up as written, then after
stripping case and possessive endings (repeatedly for Kazakh), so университетінің and
университета both reach "university". Tokens that are no concept (Әл-Фараби, Жекенов,
2050) are kept as names, to be compared by transliteration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from pipeline.lang import FALLBACK, LANGUAGES, data
from pipeline.lang.common import DASHES, QUOTE_MARKS
from pipeline.lang.schema import Lexicon
from pipeline.merge.translit import key

TOKEN = re.compile(rf"\w+(?:[{DASHES}'’]\w+)*")
HYPHEN = re.compile(rf"[{DASHES}'’]")
INITIAL = re.compile(r"\b(\w)\.(?=\s*\w)", re.UNICODE)
MIN_INDEXED_STEM = 4  # a form's stem shorter than this is no key (китая -> кит, a whale)


def lexicon_data(lang: str) -> Lexicon:
    """The lexicon data of ``lang`` (or of ``FALLBACK``)."""
    return data(lang if lang in LANGUAGES else FALLBACK, Lexicon)


@dataclass(frozen=True)
class Unit:
    """One meaningful piece of a name: a concept, or a name token with its romanised keys."""

    kind: str  # "concept" or "name"
    id: str  # the concept id, or the name's comparison key
    keys: tuple[str, ...]  # comparison keys of the surface word (as written, and its stem)
    tail: bool = False  # after a comma: often an address ("..., Almaty"), so it says less
    surface: str = ""  # the token as written (lowercased), for comparisons without translit


@dataclass(frozen=True)
class Analysis:
    """What a mention's text says: its concepts and its leftover name tokens."""

    concepts: frozenset[str]
    names: tuple[str, ...]
    units: tuple[Unit, ...]


def tokens(text: str) -> list[str]:
    """Lowercased word tokens; hyphenated and apostrophe words stay whole."""
    return [t.casefold().replace("’", "'") for t in TOKEN.findall(text)]


def _stripped(token: str, lang: str) -> list[str]:
    """The token, then what remains after each ending stripped (longest ending first)."""
    lex = lexicon_data(lang)
    found, word = [token], token
    for _ in range(lex.max_strips):
        ending = max((e for e in lex.endings
                      if word.endswith(e) and len(word) - len(e) >= lex.min_stem),
                     key=len, default="")
        if not ending:
            break
        word = word[: -len(ending)]
        found.append(word)
    return found


@cache
def stages(token: str, lang: str) -> tuple[str, ...]:
    """Every form a token may be looked up by, nearest first: any ending stripped (not only
    the longest, since -ті may be -т-і), up to ``MAX_STRIPS`` times, with alternations."""
    lex = lexicon_data(lang)
    found, layer = [token], [token]
    for _ in range(lex.max_strips):
        layer = sorted({w[: -len(e)] for w in layer for e in lex.endings
                        if w.endswith(e) and len(w) - len(e) >= lex.min_stem},
                       key=lambda w: (-len(w), w))
        for word in layer:
            found.append(word)
            if word[-1] in lex.alternations:
                found.append(word[:-1] + lex.alternations[word[-1]])
    return tuple(dict.fromkeys(found))


def stem(token: str, lang: str) -> str:
    """The token with all its endings stripped."""
    return _stripped(token, lang)[-1]


@cache
def _index(lang: str) -> tuple[dict[str, str], list[tuple[tuple[str, ...], str]]]:
    """Single-word forms (and their stems) to concepts; multi-word phrases (as stems) with
    their concepts, longest first."""
    words: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for concept, forms in lexicon_data(lang).concepts.items():
        for form in forms:
            parts = tokens(form)
            if len(parts) == 1:
                words.setdefault(parts[0], concept)
                short = stem(parts[0], lang)
                if lexicon_data(lang).index_stems and len(short) >= MIN_INDEXED_STEM:
                    words.setdefault(short, concept)
            else:
                phrases.setdefault(tuple(stem(p, lang) for p in parts), concept)
    return words, sorted(phrases.items(), key=lambda p: (-len(p[0]), p[0]))


def concept_of(token: str, lang: str) -> str | None:
    """The concept a single token expresses in ``lang``, if any."""
    words, _ = _index(lang)
    return next((words[s] for s in stages(token.casefold(), lang) if s in words), None)


def _phrase_at(toks: list[str], i: int, lang: str) -> tuple[str, int] | None:
    """The longest phrase starting at token ``i``: its concept and length."""
    _, phrases = _index(lang)
    for words, concept in phrases:
        window = toks[i: i + len(words)]
        if len(window) == len(words) and all(
                w in stages(t, lang) for w, t in zip(words, window, strict=True)):
            return concept, len(words)
    return None


def _name(token: str, lang: str) -> Unit | None:
    """A name unit, or None for a token with no letter to compare by (``___``, ``ь``)."""
    keys = tuple(dict.fromkeys(k for k in (key(token, lang), key(stem(token, lang), lang)) if k))
    return Unit("name", keys[0], keys, surface=token) if keys else None


def _concept(concept: str, token: str, lang: str) -> Unit:
    return Unit("concept", concept, (key(token, lang),), surface=token)


def _word_units(token: str, lang: str) -> list[Unit]:
    """Units of one token; a hyphenated token splits only when a part is a concept."""
    concept = concept_of(token, lang)
    if concept:
        return [_concept(concept, token, lang)]
    parts = [p for p in HYPHEN.split(token) if p]
    if len(parts) > 1 and any(concept_of(p, lang) for p in parts):
        return [u for p in parts for u in _word_units(p, lang)]
    name = _name(token, lang)
    return [name] if name else []


@cache
def concepts(text: str, lang: str) -> Analysis:
    """Concept ids and leftover name tokens of ``text`` written in ``lang``."""
    stop = lexicon_data(lang).stopwords - _initials(text)
    text = text.strip(QUOTE_MARKS)
    toks = tokens(text)
    comma = text.find(",")
    tails = [comma >= 0 and m.start() > comma for m in TOKEN.finditer(text)]
    units: list[Unit] = []
    i = 0
    while i < len(toks):
        phrase = _phrase_at(toks, i, lang)
        found = ([_concept(phrase[0], " ".join(toks[i: i + phrase[1]]), lang)] if phrase else
                 _word_units(toks[i], lang) if toks[i] not in stop else [])
        units.extend(replace(u, tail=tails[i]) for u in found)
        i += phrase[1] if phrase else 1
    first: dict[tuple[str, str], Unit] = {}
    for u in units:
        first.setdefault((u.kind, u.id), u)
    unique = tuple(first.values())
    return Analysis(concepts=frozenset(u.id for u in unique if u.kind == "concept"),
                    names=tuple(u.id for u in unique if u.kind == "name"), units=unique)


def _initials(text: str) -> frozenset[str]:
    """Capital letters written as initials (С. Джакубаева): never stopwords."""
    return frozenset(m.group(1).casefold() for m in INITIAL.finditer(text)
                     if m.group(1).isupper())


def content_words(text: str, lang: str) -> list[str]:
    """Tokens other than stopwords, in order (for acronym initials)."""
    stop = lexicon_data(lang).stopwords
    return [t for t in tokens(text) if t not in stop]
