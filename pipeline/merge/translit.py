"""Transliteration: Kazakh and Russian Cyrillic to Latin, and a spelling-blind comparison key.

``to_latin`` romanises with the language's table (``pipeline/lang/<code>/translit.py``);
``key`` folds the spelling variants of romanised names (kh/h, zh/j, ya/a, gh/g, q/k,
double letters, diacritics) so that Жекенов ~ Zhekenov and Харбин ~ Harbin compare equal
from either side; ``similarity`` is a fuzzy ratio of two keys.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import cache, lru_cache

from pipeline.lang import LANGUAGES, data
from pipeline.lang.schema import Translit

# Latin spelling variants folded together, applied in order to lowercase romanised text.
# The first three fold Chinese names: Russian writes pinyin j/zh as цз/чж (Palladius) and
# pinyin x as с (Xi Jinping = Си Цзиньпин, Xinjiang = Синьцзян).
FOLDS = (
    ("tsz", "j"), ("chzh", "j"), ("x", "s"),
    ("shch", "sh"), ("sch", "sh"), ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"),
    ("gh", "g"), ("tz", "c"), ("ts", "c"), ("ck", "k"), ("q", "k"), ("w", "v"), ("ph", "f"),
    ("yu", "u"), ("ya", "a"), ("ye", "e"), ("yo", "o"), ("iy", "i"), ("yi", "i"), ("y", "i"),
    ("ng", "n"),
)
HARD_C = re.compile(r"c(?![eih])")  # Latin c sounds k before a, o, u and consonants
DOUBLE = re.compile(r"(\w)\1+")
NOT_LETTER = re.compile(r"[\W_]+")


@cache
def _table(lang: str) -> dict[str, str]:
    """The romanisation table of ``lang``; a language without one is already Latin."""
    try:
        return dict(data(lang, Translit).table)
    except KeyError:  # a language without data
        return {}


@cache
def _fallback() -> dict[str, str]:
    """Every known table merged, for letters of another script inside a mention."""
    merged: dict[str, str] = {}
    for lang in reversed(LANGUAGES):
        merged.update(_table(lang))
    return merged


def _letter(ch: str, table: dict[str, str]) -> str:
    low = ch.lower()
    latin = table.get(low)
    if latin is None:
        latin = _fallback().get(low)
    if latin is None:
        return ch
    return latin.capitalize() if ch != low else latin


def to_latin(text: str, lang: str) -> str:
    """Romanise ``text`` written in ``lang`` (Latin letters pass through unchanged)."""
    table = _table(lang)
    return "".join(_letter(ch, table) for ch in text)


def plain(text: str) -> str:
    """Lowercase ASCII-ish Latin: diacritics removed (ü -> u, ö -> o, ä -> a)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def key(text: str, lang: str) -> str:
    """A comparison key: romanised, lowercased, spelling variants folded, letters only."""
    folded = plain(to_latin(text, lang))
    folded = NOT_LETTER.sub("", folded)
    for old, new in FOLDS:
        folded = folded.replace(old, new)
    return DOUBLE.sub(r"\1", HARD_C.sub("k", folded))


@lru_cache(maxsize=1 << 18)
def similarity(a: str, b: str, floor: float = 0.0) -> float:
    """Fuzzy similarity in [0, 1] of two comparison keys (difflib ratio); 0.0 as soon as
    it is sure to stay below ``floor``."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if 2 * min(len(a), len(b)) / (len(a) + len(b)) < floor:
        return 0.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.quick_ratio() < floor:
        return 0.0
    ratio = matcher.ratio()
    return ratio if ratio >= floor else 0.0


def same_name(a: str, lang_a: str, b: str, lang_b: str) -> float:
    """How alike two names sound once both are romanised, in [0, 1]."""
    return similarity(key(a, lang_a), key(b, lang_b))
