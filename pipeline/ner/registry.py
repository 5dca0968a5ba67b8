"""Which NER backend runs for which language, checked before any text is read.

A backend is written as a string per language:

    spacy                         the project's pipeline <models>/<lang> (the default)
    spacy:<folder>                any spaCy pipeline folder
    spacy-package:<name>          an installed spaCy package, e.g. en_core_web_trf
    natasha                       Natasha's Russian news NER (ships its weights)
    stanza:<folder>               a Stanza model folder (no download at run time)
    none                          no NER for that language

``<models>`` is ``$TILMASH_MODELS`` or ``<repo>/models``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pipeline.doc.errors import ConfigError
from pipeline.doc.records import LANGS
from pipeline.ner import backends
from pipeline.ner.backends import Spec

REPO = Path(__file__).resolve().parents[2]
DEFAULT_BACKENDS = (("en", "spacy"), ("kk", "spacy"), ("ru", "spacy"))
NONE = "none"  # the backend that switches NER off for a language


def default_models_dir() -> str:
    """``$TILMASH_MODELS`` or ``<repo>/models``."""
    return os.environ.get("TILMASH_MODELS") or str(REPO / "models")


@dataclass(frozen=True)
class NerConfig:
    """The NER backend per language and where the project's models live."""

    backends: tuple[tuple[str, str], ...] = DEFAULT_BACKENDS  # (lang, backend) pairs
    models_dir: str = field(default_factory=default_models_dir)

    def __post_init__(self) -> None:
        # one spelling per configuration: sorted by language, one backend each
        object.__setattr__(self, "backends", tuple(sorted(dict(self.backends).items())))

    def backend(self, lang: str) -> str | None:
        """The backend configured for ``lang`` (None: no NER for that language)."""
        return dict(self.backends).get(lang)


def with_backends(config: NerConfig, choices: dict[str, str]) -> NerConfig:
    """``config`` with the backends of some languages replaced, e.g. ``{"ru": "natasha"}``."""
    unknown = sorted(set(choices) - set(LANGS))
    if unknown:
        raise ConfigError(f"no NER for language {', '.join(unknown)}; languages: "
                          f"{', '.join(LANGS)}")
    config = replace(config, backends=tuple((dict(config.backends) | choices).items()))
    specs(config)  # a misspelt backend fails here, not when the first text arrives
    return config


def resolve(config: NerConfig, lang: str) -> Spec | None:
    """The backend of ``lang`` with its model location resolved (None: not configured)."""
    text = config.backend(lang)
    if text is None or text.strip() == NONE:
        return None
    name, _, argument = (part.strip() for part in text.partition(":"))
    module = backends.family(name)  # unknown names fail here
    if not argument and hasattr(module, "default_folder"):
        argument = str(module.default_folder(lang, Path(config.models_dir)))
    if module.ARGUMENT is None:
        if argument:
            raise ConfigError(f"NER backend {text!r} for {lang}: {name} takes no argument")
        return Spec(name, lang)
    if not argument:
        raise ConfigError(f"NER backend {text!r} for {lang} needs a {module.ARGUMENT}: "
                          f"{backends.SYNTAX[name]}")
    if module.ARGUMENT == "folder":
        folder = Path(argument).expanduser()
        return Spec(name, lang, str(folder), _display(folder))
    return Spec(name, lang, argument, argument)


def specs(config: NerConfig) -> list[Spec]:
    """Every configured backend, resolved, in language order."""
    found = (resolve(config, lang) for lang, _ in sorted(config.backends))
    return [spec for spec in found if spec is not None]


def check(config: NerConfig) -> None:
    """Raise ConfigError, saying how to install it, if any configured backend is missing."""
    problems = []
    for spec in specs(config):
        try:
            backends.check(spec)
        except ConfigError as e:
            problems.append(f"{spec.lang}: {e}")
    if problems:
        raise ConfigError("NER backends not available:\n  " + "\n  ".join(problems))


def describe(config: NerConfig) -> dict[str, Any]:
    """Per language: backend, source, model path or name and version (for manifest.json)."""
    return {spec.lang: backends.describe(spec) for spec in specs(config)}


def _display(folder: Path) -> str:
    """A folder as it appears in sources: relative to the repository when inside it."""
    try:
        return folder.resolve().relative_to(REPO).as_posix()
    except ValueError:
        return folder.as_posix()
