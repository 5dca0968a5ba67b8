"""NER backends behind one interface.

A backend family (``spacy``, ``spacy-package``, ``natasha``, ``stanza``) is a
module declaring ``ARGUMENT`` (what follows ``<family>:`` in a configuration:
"folder", "package name" or None), optionally ``default_folder(lang, models_dir)``,
and four functions of a resolved :class:`Spec`:

    check(spec) -> None           raise ConfigError saying how to install what is missing
    load(spec) -> Runner          the model, ready to tag a batch of texts
    describe(spec) -> dict        model path or name and version, for the manifest
    source(spec) -> str           the origin in the ``Mention.source`` of what it finds

A runner maps a list of texts to one list of :class:`~pipeline.doc.spans.Span` per text,
with character offsets into that text and the backend's own labels; the
stage converts them into unified :class:`~pipeline.doc.records.Mention` records.
Backend modules import their library lazily, so importing this package costs
nothing and nothing outside ``pipeline.ner.backends`` imports spaCy, Stanza or
Natasha.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from pipeline.doc.errors import ConfigError
from pipeline.doc.spans import Span

# Backend family -> module implementing it (see the module docstring).
FAMILIES: dict[str, str] = {
    "spacy": "pipeline.ner.backends.spacy_dir",
    "spacy-package": "pipeline.ner.backends.spacy_package",
    "natasha": "pipeline.ner.backends.natasha_ner",
    "stanza": "pipeline.ner.backends.stanza_dir",
}

# How each family is written in a configuration, for error messages and --help.
SYNTAX: dict[str, str] = {
    "spacy": "spacy (the project model models/<lang>) or spacy:<pipeline folder>",
    "spacy-package": "spacy-package:<installed package>, e.g. spacy-package:en_core_web_trf",
    "natasha": "natasha (Russian only; ships its weights)",
    "stanza": "stanza:<model folder>, e.g. stanza:/data/stanza_resources",
}


@dataclass(frozen=True)
class Spec:
    """A backend resolved for one language: family, language and model location."""

    family: str
    lang: str
    target: str = ""  # folder or package name; "" where the family needs none
    display: str = ""  # how the target is shown in sources and messages (repo-relative path)


Runner = Callable[[list[str]], list[list[Span[None]]]]
_LOADING = threading.Lock()


def family(name: str) -> ModuleType:
    """The module implementing backend family ``name``."""
    if name not in FAMILIES:
        known = "; ".join([*(SYNTAX[f] for f in FAMILIES), "none (no NER for that language)"])
        raise ConfigError(f"unknown NER backend {name!r}; known backends: {known}")
    return importlib.import_module(FAMILIES[name])


def check(spec: Spec) -> None:
    """Raise ConfigError (with the fix) if ``spec`` cannot be loaded."""
    family(spec.family).check(spec)


def runner(spec: Spec) -> Runner:
    """The loaded model of ``spec``: loaded on first use, once per process."""
    with _LOADING:  # threads of one worker share the model instead of loading it twice
        return _load(spec)


@cache
def _load(spec: Spec) -> Runner:
    module = family(spec.family)
    module.check(spec)
    return module.load(spec)


def describe(spec: Spec) -> dict:
    """Backend, model and version of ``spec``, for manifest.json."""
    return {"backend": spec.family, "source": source(spec), **family(spec.family).describe(spec)}


def source(spec: Spec) -> str:
    """The ``source`` written on every mention ``spec`` finds."""
    return family(spec.family).source(spec)
