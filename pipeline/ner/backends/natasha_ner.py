"""Natasha's Russian news NER (slovnet + navec); its weights ship with the package."""

from __future__ import annotations

import importlib.util
from importlib import metadata
from typing import Any

from pipeline.doc.errors import ConfigError
from pipeline.doc.spans import Span
from pipeline.ner.backends import Runner, Spec

ARGUMENT = None  # "natasha" takes no argument
LANGUAGES = ("ru",)  # the news model is trained on Russian only
MODEL = "slovnet_ner_news_v1"


def check(spec: Spec) -> None:
    """Raise ConfigError for a language Natasha cannot tag or a missing installation."""
    if spec.lang not in LANGUAGES:
        raise ConfigError(f"natasha tags {', '.join(LANGUAGES)} only, not {spec.lang}: "
                          f"choose another backend with --ner {spec.lang}=...")
    if importlib.util.find_spec("natasha") is None:
        raise ConfigError("natasha is not installed: pip install 'natasha>=1.6'")


def load(spec: Spec) -> Runner:
    """Load the embedding and the NER tagger (a few seconds, once per process)."""
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())

    def run(texts: list[str]) -> list[list[Span[None]]]:
        return [[Span(s.start, s.stop, s.type) for s in markup.spans]
                for markup in tagger.map(texts)]

    return run


def describe(spec: Spec) -> dict[str, Any]:
    """Model name and the natasha / slovnet versions."""
    return {"model": MODEL, "version": _version("natasha"), "slovnet_version": _version("slovnet")}


def source(spec: Spec) -> str:
    """``natasha``."""
    return "natasha"


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None
