"""Score an NER tagger on a dataset split: P/R/F1 per unified label, and speed.

A prediction counts only when its character span AND unified label equal a
gold span's (exact match, the CoNLL convention). Only the labels the dataset
annotates are scored (``labels.covered``): an English model's DATE is neither
right nor wrong on a corpus that marks no dates.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any

from pipeline.ner.datasets import SPLITS, Example, Span, read_iob2
from pipeline.ner.datasets import load as load_dataset
from pipeline.ner.labels import MAPPINGS, UNIFIED, covered, unify_all

Tagger = Callable[[list[str]], list[list[Span]]]  # texts -> spans with unified labels


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Report:
    """The scores of one tagger on one dataset split."""

    data: str
    split: str
    docs: int
    words: int
    seconds: float
    labels: dict[str, Counts] = field(default_factory=dict)

    @property
    def overall(self) -> Counts:
        """Micro-averaged counts over the scored labels."""
        counts = self.labels.values()
        return Counts(*(sum(getattr(c, k) for c in counts) for k in ("tp", "fp", "fn")))

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def score(gold: Iterable[Iterable[Span]], predicted: Iterable[Iterable[Span]],
          labels: Iterable[str]) -> dict[str, Counts]:
    """Exact-match counts per label (labels outside ``labels`` are ignored)."""
    labels = tuple(labels)
    table = {label: [0, 0, 0] for label in labels}
    for g, p in zip(gold, predicted, strict=True):
        g = {s for s in g if s[2] in table}
        p = {s for s in p if s[2] in table}
        for s in g & p:
            table[s[2]][0] += 1
        for s in p - g:
            table[s[2]][1] += 1
        for s in g - p:
            table[s[2]][2] += 1
    return {label: Counts(*table[label]) for label in labels}


def examples(data: str, split: str = "test", limit: int | None = None) -> tuple[list[Example], str]:
    """Unified examples of a dataset name (and split) or of a unified-label IOB2 file."""
    if data in SPLITS:
        stream = unify_all(data, load_dataset(data, split))
        return list(islice(stream, limit)), data
    path = Path(data)
    if not path.is_file():
        raise FileNotFoundError(f"{data} is neither a dataset ({', '.join(sorted(SPLITS))}) "
                                "nor an IOB2 file")
    stream = (Example(e.text, tuple(s for s in e.spans if s[2] in UNIFIED))
              for e in read_iob2(path))
    return list(islice(stream, limit)), "unified"


def evaluate(tagger: Tagger, data: str, split: str = "test", limit: int | None = None,
             labels: Iterable[str] | None = None) -> Report:
    """Run ``tagger`` over a dataset split and score it."""
    gold, dataset = examples(data, split, limit)
    texts = [e.text for e in gold]
    started = time.perf_counter()
    predicted = tagger(texts)
    seconds = time.perf_counter() - started
    if labels is None:
        labels = covered(dataset) if dataset in SPLITS or dataset in MAPPINGS else UNIFIED
    words = sum(len(t.split()) for t in texts)
    return Report(data, split if data in SPLITS else "-", len(texts), words, seconds,
                  score((e.spans for e in gold), predicted, labels))


@cache
def load_model(path: str) -> Any:
    """A spaCy pipeline from a folder, loaded once per process."""
    import spacy

    return spacy.load(path)


def spacy_tagger(path: str | Path, batch_size: int = 64) -> Tagger:
    """A Tagger running the spaCy pipeline at ``path``."""
    nlp = load_model(str(path))

    def tag(texts: list[str]) -> list[list[Span]]:
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents]
                for doc in nlp.pipe(texts, batch_size=batch_size)]

    return tag


def table(report: Report) -> str:
    """A markdown table of a report: P/R/F1 and support per label, then overall."""
    rows = ["| label | P | R | F1 | gold |", "|---|---:|---:|---:|---:|"]
    for label, c in [*report.labels.items(), ("**overall**", report.overall)]:
        rows.append(f"| {label} | {100 * c.precision:.1f} | {100 * c.recall:.1f} | "
                    f"{100 * c.f1:.1f} | {c.tp + c.fn} |")
    return "\n".join(rows)


def summary(report: Report) -> str:
    """One line: data, size and speed."""
    return (f"{report.data} {report.split}: {report.docs} texts, {report.words} words, "
            f"{report.seconds:.1f} s, {report.words_per_second:,.0f} words/s, "
            f"F1 {100 * report.overall.f1:.1f}")
