"""What a run records about itself: library versions and the models it used."""

from __future__ import annotations

import platform
from importlib import metadata
from typing import Any

from pipeline.stages.extract.document import ExtractConfig

PACKAGES = ("tilmash", "spacy", "prefect", "langdetect", "natasha", "stanza", "torch",
            "pypdfium2", "fastjsonschema", "prefect-dask", "dask")


def versions() -> dict[str, str | None]:
    """Versions of Python and of the libraries that shape the results (None: not installed)."""
    found: dict[str, str | None] = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    return found


def describe_models(config: ExtractConfig) -> dict[str, Any]:
    """The extractor per language and kind of mention, as configured for this run."""
    models: dict[str, Any] = {}
    if config.entities:
        from pipeline.ner.registry import describe

        models["entities"] = describe(config.ner)
    if config.figures:
        models["figures"] = "rules:figures"
    if config.programs:
        models["programs"] = "rules:programs (+ NER PROGRAM spans)"
    return models
