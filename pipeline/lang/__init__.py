"""Per-language knowledge as data.

Each language lives in ``pipeline/lang/<code>/`` as small data modules, one
per topic (``markers``, ``numbers``, ``programs``, ``langid``, ``lexicon``).
Stage code asks for ``data(lang, topic)`` instead of branching on languages,
so adding a language means adding a folder.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType

LANGUAGES = ("en", "ru", "kk")


@cache
def data(lang: str, topic: str) -> ModuleType:
    """The ``topic`` data module of language ``lang`` (e.g. ``data("kk", "numbers")``)."""
    if lang not in LANGUAGES:
        raise KeyError(f"no language data for {lang!r}; known: {', '.join(LANGUAGES)}")
    return importlib.import_module(f"pipeline.lang.{lang}.{topic}")
