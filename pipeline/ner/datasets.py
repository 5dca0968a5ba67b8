"""Readers for the open NER datasets in ../shared/datasets (see its README).

Every reader yields ``Example(text, spans)`` with character offsets into ``text``
and the dataset's ORIGINAL labels; mapping to Tilmash's labels is
``pipeline.ner.labels``. Token-based formats are detokenised by joining tokens
with single spaces, so offsets always round-trip: ``text[s:e]`` is the entity.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATASETS_DIR = Path(os.environ.get("TILMASH_DATASETS") or REPO.parent / "shared" / "datasets")

Span = tuple[int, int, str]


@dataclass(frozen=True)
class Example:
    """One annotated text: character-offset spans with the dataset's own labels."""

    text: str
    spans: tuple[Span, ...]


def from_tokens(tokens: list[str], tags: list[str]) -> Example:
    """An Example from IOB2-tagged tokens joined by single spaces (stray I- starts a span)."""
    text, spans, starts = "", [], []
    current: list = []  # [start, end, label] of the open span
    for token, tag in zip(tokens, tags, strict=True):
        start = len(text) + (1 if text else 0)
        text = f"{text} {token}" if text else token
        starts.append(start)
        prefix, _, label = tag.partition("-")
        if prefix == "I" and current and current[2] == label:
            current[1] = len(text)
            continue
        if current:
            spans.append(tuple(current))
        current = [start, len(text), label] if prefix in ("B", "I") else []
    if current:
        spans.append(tuple(current))
    return Example(text, tuple(spans))


def _blocks(lines: Iterable[str]) -> Iterator[list[str]]:
    block: list[str] = []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            if block:
                yield block
            block = []
        elif not line.startswith("#"):
            block.append(line)
    if block:
        yield block


def read_iob2(path: str | Path, sep: str | None = None) -> Iterator[Example]:
    """IOB2 files: ``token tag`` (KazNERD, CoNLL, CrossNER) or ``idx token tag ...`` (UNER)."""
    with open(path, encoding="utf-8-sig") as f:
        for block in _blocks(f):
            rows = [line.split(sep) for line in block]
            if all(len(r) >= 3 and r[0].isdigit() for r in rows):  # UNER: index token tag ...
                tokens, tags = [r[1] for r in rows], [r[2] for r in rows]
            else:
                rows = [r for r in rows if len(r) >= 2]
                tokens, tags = [r[0] for r in rows], [r[-1] for r in rows]
            if tokens:
                yield from_tokens(tokens, tags)


def _brat_spans(ann: str) -> list[Span]:
    spans = []
    for line in ann.splitlines():
        if not line.startswith("T"):
            continue
        _, info, _ = line.split("\t", 2)
        label, _, offsets = info.partition(" ")
        # discontinuous entities ("s1 e1;s2 e2"): keep the first fragment only
        start, end = offsets.split(";")[0].split()
        spans.append((int(start), int(end), label))
    return spans


def split_lines(text: str, spans: list[Span]) -> Iterator[Example]:
    """Cut a document at newlines into Examples; spans crossing a newline are dropped."""
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        line = text[s:e]
        lead = len(line) - len(line.lstrip())
        line = line.strip()
        if not line:
            continue
        s += lead
        e = s + len(line)
        inside = sorted((a - s, b - s, lab) for a, b, lab in spans if s <= a and b <= e)
        yield Example(line, tuple(inside))


def read_brat(folder: str | Path) -> Iterator[Example]:
    """BRAT standoff documents (NEREL), one Example per line; nested spans are kept."""
    for txt in sorted(Path(folder).glob("*.txt")):
        text = txt.read_text(encoding="utf-8-sig")
        ann = txt.with_suffix(".ann").read_text(encoding="utf-8-sig")
        yield from split_lines(text, _brat_spans(ann))


def _factrueval_doc(stem: Path) -> tuple[str, list[list[tuple[int, int]]], list[Span]]:
    text = stem.with_suffix(".txt").read_text(encoding="utf-8-sig")
    sentences: list[list[tuple[int, int]]] = [[]]
    for line in stem.with_suffix(".tokens").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 3:
            sentences.append([])
        else:
            sentences[-1].append((int(parts[1]), int(parts[1]) + int(parts[2])))
    extent: dict[str, tuple[int, int]] = {}
    for line in stem.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 4:
            extent[parts[0]] = (int(parts[2]), int(parts[2]) + int(parts[3]))
    spans: list[Span] = []
    for line in stem.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
        head = line.split("#")[0].split()
        pieces = [extent[i] for i in head[2:] if i in extent]
        if len(head) >= 3 and pieces:
            spans.append((min(p[0] for p in pieces), max(p[1] for p in pieces), head[1]))
    return text, [s for s in sentences if s], spans


def read_factrueval(folder: str | Path) -> Iterator[Example]:
    """FactRuEval-2016 (devset/testset): one Example per sentence of ``.tokens``, object layer."""
    for tokens in sorted(Path(folder).glob("*.tokens")):
        text, sentences, spans = _factrueval_doc(tokens.with_suffix(""))
        for sentence in sentences:
            s, e = sentence[0][0], sentence[-1][1]
            inside = sorted((a - s, b - s, lab) for a, b, lab in spans if s <= a and b <= e)
            yield Example(text[s:e], tuple(inside))


def read_docred(path: str | Path) -> Iterator[Example]:
    """(Re-)DocRED JSON: one Example per sentence, mentions from ``vertexSet``."""
    with open(path, encoding="utf-8") as f:
        documents = json.load(f)
    for doc in documents:
        mentions: dict[int, list[tuple[int, int, str]]] = {}
        for entity in doc["vertexSet"]:
            for m in entity:
                mentions.setdefault(m["sent_id"], []).append((*m["pos"], m["type"]))
        for i, tokens in enumerate(doc["sents"]):
            tags = ["O"] * len(tokens)
            for start, end, label in sorted(mentions.get(i, []), key=lambda m: m[1] - m[0]):
                if all(t == "O" for t in tags[start:end]):  # coreferent duplicates: keep one
                    tags[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)
            yield from_tokens(tokens, tags)


def read_conllu_texts(path: str | Path) -> Iterator[str]:
    """The ``# text = ...`` sentences of a CoNLL-U file."""
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            if line.startswith("# text ="):
                yield line.partition("=")[2].strip()


CROSSNER_DOMAINS = ("ai", "literature", "music", "politics", "science")
SPLITS = {  # name -> {split: (reader, path under DATASETS_DIR)}
    "kaznerd": {"valid": ("iob2", "kaznerd/IOB2_valid.txt"),
                "test": ("iob2", "kaznerd/IOB2_test.txt")},
    "nerel": {s: ("brat", f"nerel/NEREL-v1.1/{s}") for s in ("train", "dev", "test")},
    "factrueval": {"dev": ("factrueval", "factrueval2016/devset"),
                   "test": ("factrueval", "factrueval2016/testset")},
    "uner_ewt": {s: ("iob2", f"uner_english_ewt/en_ewt-ud-{s}.iob2") for s in ("dev", "test")},
    "conll2003": {s: ("iob2", f"conll2003/{s}.txt") for s in ("train", "dev", "test")},
    "re_docred": {s: ("docred", f"re_docred/{s}_revised.json") for s in ("dev", "test")},
    **{f"crossner_{d}": {s: ("iob2", f"crossner/{d}/{s}.txt") for s in ("train", "dev", "test")}
       for d in CROSSNER_DOMAINS},
}
READERS: dict[str, Callable[[Path], Iterator[Example]]] = {
    "iob2": read_iob2, "brat": read_brat, "factrueval": read_factrueval, "docred": read_docred}


def load(name: str, split: str, root: str | Path | None = None) -> Iterator[Example]:
    """The Examples of one split of a named dataset (names: see ``SPLITS``)."""
    if name not in SPLITS:
        raise KeyError(f"unknown dataset {name!r}; known: {', '.join(sorted(SPLITS))}")
    if split not in SPLITS[name]:
        raise KeyError(f"{name} has no split {split!r}; splits: {', '.join(SPLITS[name])}")
    reader, relative = SPLITS[name][split]
    path = Path(root or DATASETS_DIR) / relative
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: set TILMASH_DATASETS to the datasets folder")
    return READERS[reader](path)
