"""Language identification: en, ru, kk or other, with a score in [0, 1].

langdetect (seeded, so decisions are repeatable) is the base, but it has no
Kazakh, Kyrgyz, Tatar or Belarusian profile and calls them Russian or
Ukrainian. So every Cyrillic candidate language is scored on three kinds of
evidence, each kept as data (``pipeline/lang/<code>/langid.py`` for ours,
``pipeline/lang/confusable.py`` for look-alikes):

* letters outside the language's alphabet (``қ`` rules out Russian, ``ў``
  rules out everything but Belarusian),
* letters that point to it (``ә ғ қ ң ө ұ ү һ і`` for Kazakh),
* its frequent word forms,

plus langdetect's own probability where it has a profile. The weights were
tuned on the even-numbered sentences of ``../shared/datasets/ud_langid`` and
are reported on the odd-numbered ones (``python -m benchmarks.langid``).
Scores are a softmax over the candidates, so they read as a confidence.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Protocol

from pipeline.doc.records import Sentence
from pipeline.doc.spans import Span
from pipeline.lang import LANGUAGES, data
from pipeline.lang.confusable import PROFILES as CONFUSABLE


class Profile(Protocol):
    """The evidence kept for one candidate language (``langid.py`` or a look-alike)."""

    ALPHABET: str
    TELLING: str
    WORDS: frozenset[str]
    PATTERNS: tuple[str, ...]
    SUFFIXES: tuple[str, ...]


@dataclass(frozen=True)
class Weights:
    """How much each kind of evidence counts, per word of text."""

    word: float = 3.0  # a frequent word form of the language
    telling: float = 0.5  # a letter that points to the language
    foreign: float = 8.0  # a letter the language does not write
    detector: float = 0.25  # langdetect's probability for the language
    temperature: float = 0.1  # softmax temperature (lowest log loss on the dev half)
    min_other_latin: float = 0.9  # detector confidence that makes Latin text another language


WEIGHTS = Weights()
MIN_LETTERS = 3
MIN_OTHER_WORDS = 6  # shorter Latin text (names, codes) is not worth calling another language
SHORT_SENTENCE = 3  # sentences with fewer words take the language of their whole text
DETECTOR_ALIASES = {"mk": "bg"}  # langdetect's Macedonian on Cyrillic text is the Bulgarian side

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Addresses and markup say nothing about the language of the text around them.
_NOT_LANGUAGE = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|<[^>\n]{1,200}>")
# A Latin "i" typed inside a Cyrillic word stands for the Cyrillic "і" (Belarusian, Kazakh).
_LATIN_I = re.compile(r"(?<=[а-яёәғқңөұүһіўїєґҗ])i|i(?=[а-яёәғқңөұүһіўїєґҗ])")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[»”\")\]]*\s+(?=[«“\"(\[]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])|\n\s*\n")


@cache
def _profiles() -> dict[str, Profile]:
    ours: dict[str, Profile] = {lang: data(lang, "langid") for lang in LANGUAGES if lang != "en"}
    return {**ours, **CONFUSABLE}


@cache
def _cyrillic_letters() -> frozenset[str]:
    return frozenset("".join(p.ALPHABET for p in _profiles().values()))


def identify(text: str, weights: Weights = WEIGHTS) -> tuple[str, float]:
    """The language of ``text`` (en, ru, kk or other) and a confidence in [0, 1]."""
    lang, score, _ = scores(text, weights)
    return lang, score


def scores(text: str, weights: Weights = WEIGHTS) -> tuple[str, float, dict[str, float]]:
    """Like :func:`identify`, plus the confidence of every candidate (for inspection)."""
    lowered = _LATIN_I.sub("і", _NOT_LANGUAGE.sub(" ", text.lower()))
    cyrillic = sum(ch in _cyrillic_letters() for ch in lowered)
    latin = sum("a" <= ch <= "z" for ch in lowered)
    if max(cyrillic, latin) < MIN_LETTERS:
        return "other", 0.0, {}
    words = _WORD.findall(lowered)
    if latin > cyrillic:
        return _latin(text, words, weights)
    return _cyrillic(text, lowered, words, weights)


def _latin(text: str, words: list[str], weights: Weights) -> tuple[str, float, dict[str, float]]:
    english = data("en", "langid").WORDS
    share = sum(w in english for w in words) / max(len(words), 1)
    detected = _detect(text)
    p_en = detected.get("en", 0.0)
    other = max((p for lang, p in detected.items() if lang != "en"), default=0.0)
    # English is the only Latin-script language we extract from: another language needs
    # both a confident detector and no English function words.
    if share > 0 or other < weights.min_other_latin or len(words) < MIN_OTHER_WORDS:
        confidence = max(p_en, min(1.0, 0.5 + share * 2), 1 - other)
        return "en", round(confidence, 4), {"en": confidence}
    return "other", round(other, 4), {"en": p_en}


def _cyrillic(text: str, lowered: str, words: list[str], weights: Weights
              ) -> tuple[str, float, dict[str, float]]:
    detected = _detect(text)
    size = max(len(words), 1)
    raw: dict[str, float] = {}
    for lang, profile in _profiles().items():
        letters = [ch for ch in lowered if ch in _cyrillic_letters()]
        foreign = sum(ch not in profile.ALPHABET for ch in letters)
        telling = sum(ch in profile.TELLING for ch in letters)
        hits = sum(w in profile.WORDS for w in words)
        telling += sum(lowered.count(p) for p in profile.PATTERNS)
        telling += sum(w.endswith(profile.SUFFIXES) for w in words if len(w) > 3)
        raw[lang] = (
            (weights.word * hits + weights.telling * telling - weights.foreign * foreign) / size
            + weights.detector * detected.get(lang, 0.0)
        )
    confidences = _softmax(raw, weights.temperature)
    best = max(confidences, key=lambda lang: (confidences[lang], lang))
    lang = best if best in LANGUAGES else "other"
    return lang, round(confidences[best], 4), confidences


def _softmax(raw: dict[str, float], temperature: float) -> dict[str, float]:
    top = max(raw.values())
    exp = {k: math.exp((v - top) / temperature) for k, v in raw.items()}
    total = sum(exp.values())
    return {k: v / total for k, v in exp.items()}


def _detect(text: str) -> dict[str, float]:
    """langdetect's probabilities, seeded; empty when it has nothing to say."""
    return dict(_detect_cached(text))


@lru_cache(maxsize=16384)
def _detect_cached(text: str) -> tuple[tuple[str, float], ...]:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        found = detect_langs(text)
    except LangDetectException:
        return ()
    result: dict[str, float] = {}
    for item in found:
        lang = DETECTOR_ALIASES.get(item.lang, item.lang)
        result[lang] = result.get(lang, 0.0) + item.prob
    return tuple(sorted(result.items()))


def split_sentences(text: str) -> list[Span[None]]:
    """Sentence spans of ``text``, trimmed of surrounding space."""
    spans: list[Span[None]] = []
    start = 0
    for match in [*_SENTENCE_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        piece = text[start:end]
        if piece.strip():
            left = start + len(piece) - len(piece.lstrip())
            spans.append(Span(left, start + len(piece.rstrip())))
        if match:
            start = match.end()
    return spans


def identify_sentences(text: str, weights: Weights = WEIGHTS) -> list[Sentence]:
    """A language decision for every sentence of ``text`` (offsets relative to ``text``)."""
    whole: tuple[str, float] | None = None
    sentences = []
    for span in split_sentences(text):
        start, end = span.start, span.end
        piece = text[start:end]
        if len(_WORD.findall(piece)) < SHORT_SENTENCE:
            whole = whole or identify(text, weights)
            lang, score = whole
        else:
            lang, score = identify(piece, weights)
        sentences.append(Sentence(start, end, lang, score))
    return sentences
