"""Train the project's NER pipelines (models/<lang>) from the open datasets.

``TRAINING`` says, per language, which dataset splits are training data and
which are the development data used to pick the best checkpoint; test splits
are never used here (``pipeline.ner.evaluate`` reports on them). DocBins are
built in a cache folder outside the repository, then spaCy trains with
``models/configs/<lang>.cfg``; only ``model-best`` is kept, as ``models/<lang>``.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.ner.datasets import REPO, Example, load, sliced
from pipeline.ner.labels import unify_all


@dataclass(frozen=True)
class Part:
    """Some examples of one dataset split: every example, or a modulo slice of them."""

    dataset: str
    split: str
    every: int = 1  # keep examples whose index i has i % every == keep (every=1: all)
    keep: tuple[int, ...] = (0,)
    partial: bool = False  # only some names are annotated: unlabelled tokens are "missing", not O

    def examples(self) -> Iterator[Example]:
        """The unified examples of this part."""
        stream = unify_all(self.dataset, load(self.dataset, self.split))
        return sliced(stream, self.every, self.keep)


_NINE_OF_TEN = tuple(range(1, 10))
_CROSSNER = tuple(Part(f"crossner_{d}", s) for d in ("ai", "literature", "music", "politics",
                                                     "science") for s in ("train", "dev"))
# lang -> (training parts, development parts); the held-out dev slices are 1 in 10 examples.
TRAINING: dict[str, tuple[tuple[Part, ...], tuple[Part, ...]]] = {
    "kk": ((Part("kaznerd", "valid", 10, _NINE_OF_TEN),), (Part("kaznerd", "valid", 10),)),
    "ru": ((Part("nerel", "train"),), (Part("nerel", "dev"),)),
    "en": ((Part("uner_ewt", "dev", 10, _NINE_OF_TEN), Part("re_docred", "dev", 10, _NINE_OF_TEN),
            *_CROSSNER),
           (Part("uner_ewt", "dev", 10), Part("re_docred", "dev", 10))),
}
# Experimental data mixes, chosen with ``--variant``: language -> name -> (train, dev).
VARIANTS: dict[str, dict[str, tuple[tuple[Part, ...], tuple[Part, ...]]]] = {
    "kk": {"nerel": ((*TRAINING["kk"][0], Part("nerel", "train")), TRAINING["kk"][1])},
    # Re-DocRED marks only the entities DocRED selected: its other tokens as missing
    "en": {"partial": (tuple(Part(p.dataset, p.split, p.every, p.keep, p.dataset == "re_docred")
                             for p in TRAINING["en"][0]), TRAINING["en"][1])},
}
CONFIGS = REPO / "models" / "configs"
CARD = "MODEL_CARD.md"  # kept when a model is retrained


class TimeUp(Exception):
    """Raised between training steps when --max-minutes has passed."""


def cache_dir(lang: str) -> Path:
    """Where the DocBins of ``lang`` are built: $TILMASH_CACHE or ~/.cache/tilmash, /ner/<lang>."""
    root = os.environ.get("TILMASH_CACHE") or Path.home() / ".cache" / "tilmash"
    return Path(root) / "ner" / lang


def to_docs(nlp: Any, examples: Iterable[Example], partial: bool = False) -> Iterator[Any]:
    """spaCy Docs with gold entities; a span not on token boundaries is shrunk to them.

    ``partial``: tokens outside the spans are marked missing, so the model is not taught
    that an unannotated name is not an entity.
    """
    for example in examples:
        doc = nlp.make_doc(example.text)
        ents = []
        for start, end, label in example.spans:
            span = doc.char_span(start, end, label, alignment_mode="contract")
            if span is not None and len(span):
                ents.append(span)
        doc.set_ents(ents, default="missing" if partial else "outside")
        yield doc


def build_docbin(nlp: Any, parts: Iterable[Part], path: Path, extra: Iterable[Any] = ()) -> int:
    """Write the parts' examples (and ``extra`` Docs) to a DocBin; return the number of docs."""
    from spacy.tokens import DocBin

    docbin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    for part in parts:
        for doc in to_docs(nlp, part.examples(), part.partial):
            docbin.add(doc)
    for doc in extra:
        docbin.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(path)
    return len(docbin)


def deadline_callback(minutes: float | None) -> Any:
    """A spaCy ``before_update`` callback raising TimeUp after ``minutes``."""
    stop = None if minutes is None else time.monotonic() + 60 * minutes

    def before_update(nlp: Any, args: dict) -> None:
        if stop is not None and time.monotonic() > stop:
            raise TimeUp(f"--max-minutes {minutes} reached at step {args.get('step')}")

    return before_update


def data_parts(lang: str, variant: str | None = None) -> tuple[tuple[Part, ...], tuple[Part, ...]]:
    """The (training, development) parts of a language or of one of its variants."""
    if lang not in TRAINING:
        raise KeyError(f"no training data configured for {lang!r}; languages: {sorted(TRAINING)}")
    if variant is None:
        return TRAINING[lang]
    known = VARIANTS.get(lang, {})
    if variant not in known:
        raise KeyError(f"no variant {variant!r} for {lang}; variants: {sorted(known)}")
    return known[variant]


def train(lang: str, out: Path, max_minutes: float | None = None, log: Any = sys.stdout,
          variant: str | None = None, corrections: Sequence[Any] = ()) -> Path:
    """Build the data, train ``lang``'s pipeline and install model-best at ``out``.

    ``corrections`` (``pipeline.corrections.Correction``) add the corrected sentences of
    ``lang`` to the training data (``pipeline.ner.corrected``).
    """
    import spacy
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as spacy_train
    from spacy.util import load_config

    from pipeline.ner.corrected import corrected_docs

    train_parts, dev_parts = data_parts(lang, variant)
    work = cache_dir(lang if variant is None else f"{lang}-{variant}")
    blank = spacy.blank(lang)
    fixed = list(corrected_docs(blank, corrections, lang))
    n_train = build_docbin(blank, train_parts, work / "train.spacy", fixed)
    if corrections:
        print(f"tilmash: {lang}: {len(fixed)} corrected sentences added to the training data",
              file=log)
    n_dev = build_docbin(blank, dev_parts, work / "dev.spacy")
    print(f"tilmash: {lang}: {n_train} training docs, {n_dev} dev docs in {work}", file=log)
    config = load_config(CONFIGS / f"{lang}.cfg", overrides={
        "paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")})
    nlp = init_nlp(config)
    _run(nlp, work / "output", deadline_callback(max_minutes), spacy_train, log)
    return install(work / "output" / "model-best", out)


def _run(nlp: Any, output: Path, before_update: Any, spacy_train: Any, log: Any) -> None:
    # spaCy resolves [training] again inside train(); a registered callback is the only
    # hook between steps, so the deadline goes in through the registry for this run only.
    import spacy

    name = f"tilmash.deadline.{id(before_update)}"
    spacy.registry.callbacks.register(name, func=lambda: before_update)
    nlp.config["training"]["before_update"] = {"@callbacks": name}
    output.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    try:
        spacy_train(nlp, output, stdout=log, stderr=log)
    except TimeUp as e:
        print(f"tilmash: stopped: {e}", file=log)
    print(f"tilmash: training took {(time.monotonic() - started) / 60:.1f} min", file=log)


def install(best: Path, out: Path) -> Path:
    """Copy a trained model-best to ``out`` with a config that loads without Tilmash's hooks."""
    from spacy.util import load_config

    if not best.is_dir():
        raise FileNotFoundError(f"training produced no {best}; see the training log")
    card = out / CARD
    kept = card.read_text(encoding="utf-8") if card.is_file() else None
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(best, out)
    if kept is not None:
        card.write_text(kept, encoding="utf-8")
    prune_strings(out)
    config = load_config(out / "config.cfg")
    config["training"]["before_update"] = None
    config["paths"]["train"] = config["paths"]["dev"] = None
    config.to_disk(out / "config.cfg")
    return out


def prune_strings(model: Path) -> None:
    """Keep only the entity labels in the saved string store.

    spaCy saves every word seen in training; the hash embeddings do not need them (the
    scores are identical without them), and the repository should not carry a word list
    of third-party corpora.
    """
    meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
    labels = sorted(meta.get("labels", {}).get("ner", []))
    (model / "vocab" / "strings.json").write_text(json.dumps(labels), encoding="utf-8")
