"""spaCy pipelines loaded from a folder: the project's models/<lang> or any ``spacy:<folder>``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.doc.errors import ConfigError
from pipeline.doc.spans import Span
from pipeline.ner.backends import Runner, Spec

ARGUMENT = "folder"  # what follows "spacy:" in a backend string
TRAIN_HINT = "tilmash train {lang}"  # the command that builds models/<lang>

# Components NER never listens to; skipping them saves most of a general pipeline's time.
NOT_NEEDED = ("tagger", "morphologizer", "parser", "lemmatizer", "trainable_lemmatizer",
              "attribute_ruler", "senter", "sentencizer", "textcat", "textcat_multilabel")
NER_FACTORIES = ("ner", "beam_ner", "entity_ruler", "span_ruler")  # components that set doc.ents
BATCH_SIZE = 32


def default_folder(lang: str, models_dir: Path) -> Path:
    """Plain ``spacy`` means the project's pipeline for the language."""
    return models_dir / lang


def check(spec: Spec) -> None:
    """Raise ConfigError if ``spec.target`` is not a loadable spaCy pipeline with NER."""
    folder = Path(spec.target)
    if not folder.is_dir():
        raise ConfigError(f"{spec.display} not found: run `{TRAIN_HINT.format(lang=spec.lang)}` "
                          f"to train it, or choose another backend with --ner {spec.lang}=...")
    if not (folder / "config.cfg").is_file():
        raise ConfigError(f"{spec.display} is not a spaCy pipeline folder (no config.cfg): "
                          f"save one with nlp.to_disk() or run "
                          f"`{TRAIN_HINT.format(lang=spec.lang)}`")
    check_nlp_config(_config(folder), spec.display)


def check_nlp_config(config: dict[str, Any], where: str) -> None:
    """Raise ConfigError if a pipeline config has no NER component or an unknown language."""
    import spacy

    nlp, components = config.get("nlp", {}), config.get("components", {})
    pipes = list(nlp.get("pipeline", []))
    if not any(name in NER_FACTORIES or components.get(name, {}).get("factory") in NER_FACTORIES
               for name in pipes):
        raise ConfigError(f"{where} has no NER component (pipeline: {', '.join(pipes)})")
    lang = nlp.get("lang", "")
    try:
        spacy.util.get_lang_class(lang)
    except Exception as e:  # spaCy raises ImportError or its own errors for unknown languages
        raise ConfigError(
            f"{where} needs spaCy language {lang!r}, which cannot be loaded ({e}): reinstall "
            "Tilmash (pip install -e .) so its spacy_languages entry point is found") from e


def load(spec: Spec) -> Runner:
    """Load the pipeline from its folder."""
    import spacy

    try:
        nlp = spacy.load(spec.target)
    except Exception as e:
        raise ConfigError(f"cannot load spaCy pipeline {spec.display}: {e}") from e
    return make_runner(nlp)


def make_runner(nlp: Any) -> Runner:
    """A runner that tags texts with ``nlp`` in batches, skipping components NER does not use."""
    disable = [name for name in nlp.pipe_names if name in NOT_NEEDED]

    def run(texts: list[str]) -> list[list[Span[None]]]:
        docs = nlp.pipe(texts, batch_size=BATCH_SIZE, disable=disable)
        return [[Span(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in docs]

    return run


def describe(spec: Spec) -> dict[str, Any]:
    """Folder, name, version and labels from the pipeline's meta.json."""
    meta_path = Path(spec.target) / "meta.json"
    if not meta_path.is_file():
        return {"model": spec.display, "version": None}
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    return {"model": spec.display, "name": f"{meta.get('lang')}_{meta.get('name')}",
            "version": meta.get("version"), "spacy_version": meta.get("spacy_version"),
            "labels": sorted(meta.get("labels", {}).get("ner", []))}


def source(spec: Spec) -> str:
    """``spacy:<folder>``, e.g. ``spacy:models/kk``."""
    return f"spacy:{spec.display}"


def _config(folder: Path) -> dict[str, Any]:
    from spacy.util import load_config

    try:
        return dict(load_config(folder / "config.cfg", interpolate=False))
    except Exception as e:
        raise ConfigError(f"{folder / 'config.cfg'} cannot be read: {e}") from e
