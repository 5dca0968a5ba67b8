"""Per-language knowledge as typed data.

Each language lives in ``pipeline/lang/<code>/`` as small data modules of UPPER_CASE
constants, one per topic; each topic's shape is a frozen dataclass of
:mod:`pipeline.lang.schema`. Stage code asks for ``data(lang, Numbers).scales`` instead of
branching on languages, and the loader checks every field when it first loads a topic
(:func:`check_all` loads them all when a pipeline is built), so adding a language means
adding a folder that the schema accepts. Data of no language lives in
:mod:`pipeline.lang.common`.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from pipeline.lang.load import LanguageDataError, load
from pipeline.lang.schema import TOPICS, Langid, Topic

T = TypeVar("T", bound=Topic)

LANGUAGES = ("en", "ru", "kk")
# Whose form heads a record merged across languages, best first; a record with none of them
# takes its first member's form.
HEAD_PREFERENCE = ("en",)
FALLBACK = "en"  # text in a language without data (lang "other") is read with these rules


@cache
def data(lang: str, topic: type[T]) -> T:
    """The ``topic`` data of language ``lang``, checked (e.g. ``data("kk", Numbers)``)."""
    if lang not in LANGUAGES:
        raise KeyError(f"no language data for {lang!r}; known: {', '.join(LANGUAGES)}")
    return load(f"pipeline.lang.{lang}.{topic.topic}", lang, topic)


def check_all() -> None:
    """Load and check every topic of every language (raises :class:`LanguageDataError`)."""
    for lang in LANGUAGES:
        for topic in TOPICS:
            data(lang, topic)


def head_rank(lang: str) -> int:
    """Where ``lang`` stands in :data:`HEAD_PREFERENCE` (the others after, all equal)."""
    return HEAD_PREFERENCE.index(lang) if lang in HEAD_PREFERENCE else len(HEAD_PREFERENCE)


@cache
def written_in(script: str) -> tuple[str, ...]:
    """The languages whose letters are of ``script`` ("latin" or "cyrillic")."""
    return tuple(lang for lang in LANGUAGES if data(lang, Langid).script == script)


@cache
def letters(upper: bool = False) -> str:
    """Every letter of every language's alphabet, sorted (upper or lower case)."""
    chars = {ch for lang in LANGUAGES for ch in data(lang, Langid).alphabet}
    return "".join(sorted(ch.upper() if upper else ch for ch in chars))


__all__ = ["FALLBACK", "HEAD_PREFERENCE", "LANGUAGES", "LanguageDataError", "check_all", "data",
           "head_rank", "letters", "written_in"]
