"""Names as bags of comparison keys: what a registry name and a stretch of an affiliation
line are compared by.

A word is lowercased, expanded when it is an abbreviation ("Univ." -> university, "ун-т"),
stripped of its case endings with the language's lexicon (университетінің, университета ->
университет), then romanised and spelling-folded (``pipeline.merge.translit.key``), so that
Қазақ, Казах- and Kazakh meet where they can. Stopwords, "named after" words and initials
are no part of a key. Each word keeps its offsets, so a match is a span of the line.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache

from pipeline.lang import LANGUAGES, data, letters, written_in
from pipeline.lang.schema import Registry
from pipeline.merge.lexicon import lexicon_data, stem
from pipeline.merge.translit import key

WORD = re.compile(r"[^\W_¹²³⁰⁴-⁹]+(?:[-‐‑'’][^\W_¹²³⁰⁴-⁹]+)*")  # ¹ is no part of a word
HYPHEN = re.compile(r"[-‐‑'’]")
CAPITALS = re.compile(r"[^\W\d_]")
_UP_TO_CAPITAL = re.compile(rf"[^\W\d_]*[{letters(upper=True)}]")
# Letters NFKD does not take apart: Acıbadem = Acibadem, Białystok = Bialystok; ё = е.
FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
                      "ё": "е", "þ": "th"})
RAW_ACRONYM = 5  # acronyms up to this long are compared as written, not folded


@dataclass(frozen=True)
class Word:
    """A word of a line: where it stands, its keys (one word may expand to two), and whether
    it is written like a name (capitalised) or an acronym."""

    start: int
    end: int
    text: str
    keys: tuple[str, ...]
    chunk: int  # index of the comma-separated part of the line it stands in
    raw: str = ""  # the key of the word as written (no ending stripped): places compare by it


@cache
def _data(lang: str):
    return data(lang, Registry)


@cache
def _marks() -> list[tuple[str, re.Pattern[str]]]:
    """Languages by how specific their letters are: Kazakh letters first, then Cyrillic."""
    return sorted(((lang, re.compile(_data(lang).mark)) for lang in LANGUAGES),
                  key=lambda p: _data(p[0]).mark_order)


def script_lang(text: str) -> str:
    """The language whose letters ``text`` is written in (kk before ru; Latin is en)."""
    latin = written_in("latin")
    marked = [lang for lang, mark in _marks() if mark.search(text)]
    cyrillic = [lang for lang in marked if lang not in latin]
    return cyrillic[0] if cyrillic else latin[0]


@cache
def _skipped(lang: str) -> frozenset[str]:
    named = {w.rstrip(".") for phrase in _data(lang).named_after for w in phrase.split()}
    return frozenset(lexicon_data(lang).stopwords - set(_data(lang).kept) | named)


@cache
def word_keys(word: str, lang: str) -> tuple[str, ...]:
    """The comparison keys of one word (none for a stopword or an initial)."""
    low = word.casefold().translate(FOLD)
    expanded = _data(lang).abbreviations.get(low)
    if not expanded and len(word) <= RAW_ACRONYM and acronym_like(word):
        return (HYPHEN.sub("", low),)  # CTSA is no CA once spelling-folded
    parts = expanded.split() if expanded else [p for p in HYPHEN.split(low) if p]
    keys = []
    for part in parts:
        if part in _skipped(lang) or (len(part) == 1 and not part.isdigit()):
            continue
        folded = key(stem(part, lang), lang)
        if folded:
            keys.append(folded)
    return tuple(keys)


def words(text: str, lang: str | None = None) -> list[Word]:
    """The words of ``text`` with their keys; a word opens a new chunk after , ; ( ) or a line
    break. ``lang`` is taken from the letters when not given."""
    cyrillic = lang or script_lang(text)
    out, chunk, last = [], 0, 0
    for m in WORD.finditer(text):
        gap = text[last:m.start()]
        chunk += sum(gap.count(c) for c in ",;()[]\n|")
        last = m.end()
        token = m.group()
        own = script_lang(token)
        lang_of = own if own in written_in("latin") else cyrillic
        out.append(Word(m.start(), m.end(), token, word_keys(token, lang_of), chunk,
                        key(token.casefold(), lang_of)))
    return out


def name_key(text: str) -> tuple[str, ...]:
    """The key of a whole name: its word keys as a sorted bag (order-free, so the eponym may
    stand before or after the head)."""
    return tuple(sorted(k for w in words(clean(text)) for k in w.keys))


def clean(text: str) -> str:
    """HTML entities decoded (&#x0026; -> &), the rest unchanged in length where possible."""
    return html.unescape(text) if "&" in text else text


def acronym_like(token: str) -> bool:
    """A word written as an acronym: at least two capitals and no run of three lowercase
    letters after the first (KazNU, ҚазҰУ, ЕНУ, MIT), digits allowed (MGIMO, 2GIS)."""
    letters = CAPITALS.findall(token)
    caps = sum(c.isupper() for c in letters)
    return 2 <= len(token) <= 10 and caps >= 2 and caps * 2 >= len(letters) - 1 \
        and not re.search(r"[^\W\d_]{4}", _UP_TO_CAPITAL.sub("", token))


def unit_word(word: str) -> bool:
    """A word that opens a unit of an organisation (School, Faculty, Hospital)."""
    lang = script_lang(word)
    return bool(word_keys(word, lang)) and word_keys(word, lang)[0] in _units(lang)


@cache
def _units(lang: str) -> frozenset[str]:
    return frozenset(k for w in _data(lang).unit_words for k in word_keys(w, lang))
