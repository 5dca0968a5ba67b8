"""Stanza NER from a local folder (``stanza:<folder>``); nothing is downloaded.

Two layouts are accepted:

- a Stanza resources folder (``resources.json`` and ``<lang>/...``, as written by
  ``stanza.download(lang, model_dir=...)`` on a machine with internet): its own
  tokenizer and NER model run;
- a folder holding a NER model trained with ``stanza.models.ner_tagger``
  (``*nertagger*.pt`` or ``ner/*.pt``), optionally with its pretrained word vectors
  (``*pretrain*.pt``) and character LMs (``*forward_charlm*.pt``,
  ``*backward_charlm*.pt``): the text is tokenized here and given to Stanza
  pre-tokenized.
"""

from __future__ import annotations

import importlib.util
import json
import re
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from pipeline.doc.errors import ConfigError
from pipeline.doc.spans import Span
from pipeline.ner.backends import Runner, Spec

ARGUMENT = "folder"  # what follows "stanza:" in a backend string
INSTALL_HINT = "pip install 'tilmash[stanza]'"
# Model files of the second layout: pipeline option -> glob patterns, first match wins.
FILES = {
    "ner_model_path": ("*nertagger*.pt", "ner/*.pt"),
    "ner_pretrain_path": ("*pretrain*.pt", "pretrain/*.pt"),
    "ner_forward_charlm_path": ("*forward_charlm*.pt", "forward_charlm/*.pt"),
    "ner_backward_charlm_path": ("*backward_charlm*.pt", "backward_charlm/*.pt"),
}
TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|\S")
SENTENCE_END = frozenset(".!?")


def check(spec: Spec) -> None:
    """Raise ConfigError if Stanza is not installed or the folder holds no NER model."""
    if importlib.util.find_spec("stanza") is None:
        raise ConfigError(f"the stanza backend needs Stanza, which is not installed: "
                          f"{INSTALL_HINT}")
    folder = Path(spec.target)
    if not folder.is_dir():
        raise ConfigError(f"Stanza model folder {spec.display} not found: download the models "
                          f"with stanza.download('{spec.lang}', model_dir=...) on a machine with "
                          "internet and copy the folder here")
    if (folder / "resources.json").is_file():
        return
    files = model_files(folder)
    if "ner_model_path" not in files:
        raise ConfigError(f"{spec.display} holds neither resources.json nor a NER model "
                          "(*nertagger*.pt): not a Stanza model folder")
    missing = [f"{option} ({hint})" for option, hint in _needs(files["ner_model_path"]).items()
               if option not in files]
    if missing:  # Stanza would load the model without them and tag nonsense
        raise ConfigError(f"the NER model in {spec.display} was trained with files that are "
                          f"not in the folder: {'; '.join(missing)}; copy them beside it")


def _needs(model_path: str) -> dict[str, str]:
    """Files a trained NER model was trained with, by pipeline option (from its saved config)."""
    import torch

    try:  # a Stanza checkpoint is a pickle; Stanza itself loads it the same way
        config = torch.load(model_path, map_location="cpu", weights_only=False)["config"]
    except Exception as e:
        raise ConfigError(f"{model_path} is not a Stanza NER model: {e}") from e
    needs = {}
    if config.get("pretrain"):
        trained = config.get("wordvec_pretrain_file") or "*pretrain*.pt"
        needs["ner_pretrain_path"] = Path(trained).name
    if config.get("charlm"):
        for way in ("forward", "backward"):
            trained = config.get(f"charlm_{way}_file") or f"*{way}_charlm*.pt"
            needs[f"ner_{way}_charlm_path"] = Path(trained).name
    return needs


def model_files(folder: Path) -> dict[str, str]:
    """The model files of a trained-model folder, by Stanza pipeline option."""
    found: dict[str, str] = {}
    for option, patterns in FILES.items():
        matches = [p for pattern in patterns for p in sorted(folder.glob(pattern))
                   if str(p) not in found.values()]  # a file serves one option only
        if matches:
            found[option] = str(matches[0])
    return found


def load(spec: Spec) -> Runner:
    """Build the Stanza pipeline from the folder, with downloads switched off."""
    import stanza

    folder = Path(spec.target)
    options: dict[str, Any] = {"processors": "tokenize,ner", "download_method": None,
                               "logging_level": "ERROR", "use_gpu": False}
    pretokenized = not (folder / "resources.json").is_file()
    if pretokenized:
        options |= model_files(folder) | {"tokenize_pretokenized": True,
                                          "allow_unknown_language": True,
                                          "resources_filepath": _empty_resources()}
    try:
        nlp = stanza.Pipeline(spec.lang, dir=str(folder), **options)
    except Exception as e:
        raise ConfigError(f"cannot load the Stanza model in {spec.display}: {e}") from e
    return _pretokenized_runner(nlp) if pretokenized else _runner(nlp)


def _runner(nlp: Any) -> Runner:
    """Stanza tokenizes: entity offsets are already offsets into each text."""
    import stanza

    def run(texts: list[str]) -> list[list[Span[None]]]:
        todo = [i for i, text in enumerate(texts) if text.strip()]  # Stanza rejects no tokens
        docs = nlp.bulk_process([stanza.Document([], text=texts[i]) for i in todo])
        found: list[list[Span[None]]] = [[] for _ in texts]
        for i, doc in zip(todo, docs, strict=True):
            found[i] = [Span(e.start_char, e.end_char, e.type) for e in doc.ents]
        return found

    return run


def _pretokenized_runner(nlp: Any) -> Runner:
    """We tokenize: entities are mapped back to text offsets through token positions."""
    import stanza

    def run(texts: list[str]) -> list[list[Span[None]]]:
        spans = [tokenize(t) for t in texts]
        todo = [i for i, sentences in enumerate(spans) if sentences]
        docs = nlp.bulk_process([stanza.Document([], text=_words(texts[i], spans[i]))
                                 for i in todo])
        found: list[list[Span[None]]] = [[] for _ in texts]
        for i, doc in zip(todo, docs, strict=True):
            found[i] = _found(doc, spans[i])
        return found

    return run


def _words(text: str, sentences: list[list[Span[None]]]) -> list[list[str]]:
    return [[text[t.start:t.end] for t in sentence] for sentence in sentences]


def _found(doc: Any, sentences: list[list[Span[None]]]) -> list[Span[None]]:
    found: list[Span[None]] = []
    for sentence, offsets in zip(doc.sentences, sentences, strict=True):
        for ent in sentence.ents:
            first, last = ent.tokens[0].id[0] - 1, ent.tokens[-1].id[-1] - 1
            found.append(Span(offsets[first].start, offsets[last].end, ent.type))
    return found


def tokenize(text: str) -> list[list[Span[None]]]:
    """Sentences of token spans: ends at . ! ? before a capital or the end."""
    tokens: list[Span[None]] = [Span(m.start(), m.end()) for m in TOKEN.finditer(text)]
    sentences: list[list[Span[None]]] = [[]]
    for i, token in enumerate(tokens):
        sentences[-1].append(token)
        following = text[tokens[i + 1].start] if i + 1 < len(tokens) else ""
        if text[token.start:token.end] in SENTENCE_END and (not following or following.isupper()):
            sentences.append([])
    return [s for s in sentences if s]


def describe(spec: Spec) -> dict[str, Any]:
    """Folder, layout, model files and the Stanza version."""
    folder = Path(spec.target)
    info: dict[str, Any] = {"model": spec.display, "version": _version()}
    if (folder / "resources.json").is_file():
        info["layout"] = "resources.json"
    else:
        info["layout"] = "model files"
        info["files"] = {k: Path(v).relative_to(folder).as_posix()
                         for k, v in sorted(model_files(folder).items())}
    return info


def source(spec: Spec) -> str:
    """``stanza:<folder>``."""
    return f"stanza:{spec.display}"


@cache
def _empty_resources() -> str:
    """A resources.json describing no language: the model files are named explicitly."""
    import tempfile

    path = Path(tempfile.mkdtemp(prefix="tilmash-stanza-")) / "resources.json"
    path.write_text(json.dumps({}), encoding="utf-8")
    return str(path)


def _version() -> str | None:
    try:
        return metadata.version("stanza")
    except metadata.PackageNotFoundError:
        return None
