"""Readers for the open datasets in ../shared/datasets (see its README): NER splits and the
UD language-identification sentences. Training, evaluation and every benchmark read them here.

Every reader yields ``Example(text, spans)`` with character offsets into ``text``
and the dataset's ORIGINAL labels; mapping to Tilmash's labels is
``pipeline.ner.labels``. Token-based formats (KazNERD, CoNLL, CrossNER, UNER,
Re-DocRED) are detokenised by one set of spacing rules (``detokenise``: "20 , 7"
-> "20,7", "« Нұр »" -> "«Нұр»"), so training, evaluation and every benchmark see
the same text of a split; offsets always round-trip: ``text[s:e]`` is the entity.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parents[2]
DATASETS_DIR = Path(os.environ.get("TILMASH_DATASETS") or REPO.parent / "shared" / "datasets")

Span = tuple[int, int, str]
T = TypeVar("T")


@dataclass(frozen=True)
class Example:
    """One annotated text: character-offset spans with the dataset's own labels."""

    text: str
    spans: tuple[Span, ...]


_NO_SPACE_BEFORE = re.compile(r"^(?:[,.:;!?)\]}»”%]|'s|n't|%-\w+)$")
_NO_SPACE_AFTER = {"(", "[", "{", "«", "“", "„", "$"}


def detokenise(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens as they were written; return the text and each token's offsets."""
    tokens = [t.strip() for t in tokens]
    out: list[str] = []
    offsets, pos = [], 0
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        glue = not out or not tok or bool(_NO_SPACE_BEFORE.match(tok)) \
            or prev in _NO_SPACE_AFTER or _decimal_tail(tokens, i)
        if not glue:
            out.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        out.append(tok)
        pos += len(tok)
    return "".join(out), offsets


def _decimal_tail(tokens: list[str], i: int) -> bool:
    """'20 , 7' was written '20,7': a short number, a comma or point, then digits."""
    return i >= 2 and tokens[i - 1] in (",", ".") and tokens[i].isdigit() \
        and tokens[i - 2].isdigit() and len(tokens[i - 2]) <= 3 and len(tokens[i]) != 4


def from_tokens(tokens: list[str], tags: list[str]) -> Example:
    """An Example from IOB2-tagged tokens, detokenised (a stray I- starts a span)."""
    text, offsets = detokenise(tokens)
    spans: list[Span] = []
    current: Span | None = None
    for (start, end), tag in zip(offsets, tags, strict=True):
        prefix, _, label = tag.partition("-")
        if prefix == "I" and current is not None and current[2] == label:
            current = (current[0], end, label)
            continue
        if current is not None:
            spans.append(current)
        current = (start, end, label) if prefix in ("B", "I") else None
    if current is not None:
        spans.append(current)
    return Example(text, tuple(spans))


def sliced(items: Iterable[T], every: int = 1, keep: tuple[int, ...] = (0,)) -> Iterator[T]:
    """The items whose index i has ``i % every in keep`` (every=1: all of them)."""
    for i, item in enumerate(items):
        if i % every in keep:
            yield item


def with_labels(example: Example, labels: Iterable[str]) -> Example:
    """``example`` keeping only the spans of ``labels``."""
    wanted = set(labels)
    return Example(example.text, tuple(s for s in example.spans if s[2] in wanted))


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


def _factrueval_spans(stem: Path, names_only: bool) -> list[Span]:
    extent: dict[str, tuple[str, int, int]] = {}  # span id -> (kind, start, end)
    for line in stem.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) >= 4:
            extent[fields[0]] = (fields[1], int(fields[2]), int(fields[2]) + int(fields[3]))
    spans = []
    for line in stem.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
        head = line.split("#")[0].split()
        parts = [extent[i] for i in head[2:] if i in extent]
        if names_only:  # "национальный проект Здоровье" -> its name "Здоровье"
            parts = [p for p in parts if p[0].endswith("_name")] or parts
        if len(head) >= 3 and parts:
            spans.append((min(p[1] for p in parts), max(p[2] for p in parts), head[1]))
    return spans


def _factrueval_sentences(stem: Path) -> list[tuple[int, int]]:
    sentences: list[list[tuple[int, int]]] = [[]]
    for line in stem.with_suffix(".tokens").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 3:
            sentences.append([])
        else:
            sentences[-1].append((int(parts[1]), int(parts[1]) + int(parts[2])))
    return [(s[0][0], s[-1][1]) for s in sentences if s]


def read_factrueval(folder: str | Path, names_only: bool = False) -> Iterator[Example]:
    """FactRuEval-2016 (devset/testset): one Example per sentence of ``.tokens``, object layer.

    An object's span covers all its span-layer parts; ``names_only`` keeps only its
    ``*_name`` parts when it has any (the name without its descriptor).
    """
    for tokens in sorted(Path(folder).glob("*.tokens")):
        stem = tokens.with_suffix("")
        text = stem.with_suffix(".txt").read_text(encoding="utf-8-sig")
        spans = _factrueval_spans(stem, names_only)
        for s, e in _factrueval_sentences(stem):
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
# Language-identification sentences (ud_langid/): language code -> the treebank's test file.
UD_LANGID = {
    "kk": "UD_Kazakh-KTB/kk_ktb-ud-test.conllu", "ru": "UD_Russian-GSD/ru_gsd-ud-test.conllu",
    "en": "UD_English-EWT/en_ewt-ud-test.conllu", "ky": "UD_Kyrgyz-KTMU/ky_ktmu-ud-test.conllu",
    "tt": "UD_Tatar-NMCTT/tt_nmctt-ud-test.conllu", "uk": "UD_Ukrainian-IU/uk_iu-ud-test.conllu",
    "bg": "UD_Bulgarian-BTB/bg_btb-ud-test.conllu", "be": "UD_Belarusian-HSE/be_hse-ud-test.conllu",
}


def _existing(path: Path) -> Path:
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: set TILMASH_DATASETS to the datasets folder")
    return path


def path(name: str, split: str, root: str | Path | None = None) -> Path:
    """The file or folder of one split of a named dataset (names: see ``SPLITS``)."""
    if name not in SPLITS:
        raise KeyError(f"unknown dataset {name!r}; known: {', '.join(sorted(SPLITS))}")
    if split not in SPLITS[name]:
        raise KeyError(f"{name} has no split {split!r}; splits: {', '.join(SPLITS[name])}")
    return _existing(Path(root or DATASETS_DIR) / SPLITS[name][split][1])


def load(name: str, split: str, root: str | Path | None = None) -> Iterator[Example]:
    """The Examples of one split of a named dataset (names: see ``SPLITS``)."""
    where = path(name, split, root)
    reader = READERS[SPLITS[name][split][0]]
    return reader(where)


def ud_texts(lang: str, root: str | Path | None = None) -> list[str]:
    """The sentences of the UD test treebank of ``lang`` (codes: see ``UD_LANGID``)."""
    if lang not in UD_LANGID:
        raise KeyError(f"no UD treebank for {lang!r}; known: {', '.join(UD_LANGID)}")
    return list(read_conllu_texts(_existing(Path(root or DATASETS_DIR) / "ud_langid"
                                            / UD_LANGID[lang])))
