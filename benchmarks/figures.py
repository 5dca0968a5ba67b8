"""Precision and recall of figure detection against the numeric labels of NER test splits.

    python -m benchmarks.figures                 # all three languages, markdown table
    python -m benchmarks.figures --lang kk --errors 20   # print missed gold spans

Data (read from ../shared/datasets, never copied):
  kk  KazNERD IOB2_test.txt       MONEY, PERCENTAGE, DATE, CARDINAL, QUANTITY
  ru  NEREL v1.1 test (BRAT)      MONEY, PERCENT, DATE, NUMBER
  en  Re-DocRED test_revised.json NUM (money and percent live inside NUM), TIME
Tokenised sets (KazNERD, Re-DocRED) are detokenised with simple spacing rules
("20 , 7" -> "20,7", no space before "%" or ")"), keeping gold offsets in step.

Each text runs through ``pipeline.figures.find_figures`` as one section of its language.
A gold span counts as found when a figure overlaps it ("overlap") or has the same
boundaries ("exact"); "label" columns also need the figure's label to agree
(MONEY, PERCENT, DATE, CARDINAL, QUANTITY; for Re-DocRED NUM any non-date figure).
Precision per label: figures of that label overlapping a gold span of that label.
"gold with a digit" restricts recall to gold spans that hold a digit (the datasets also
label spelled-out numbers and bare currency names such as "биткоина").
English rows "NUM: money" and "NUM: percent" are the NUM spans whose own text holds a
currency sign or word, or "%"/"percent": Re-DocRED has no separate MONEY or PERCENT.
The readers here are private to the benchmark: ``pipeline.ner.datasets`` did not exist
when it was written, and this benchmark needs detokenised text with offsets kept in step.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.figures import find_figures
from pipeline.records import Document, Section

REPO = Path(__file__).resolve().parents[1]
DATASETS = Path(os.environ.get("TILMASH_DATASETS", REPO.parent / "shared" / "datasets"))
UNIFY = {
    "kk": {"MONEY": "MONEY", "PERCENTAGE": "PERCENT", "DATE": "DATE", "CARDINAL": "CARDINAL",
           "QUANTITY": "QUANTITY"},
    "ru": {"MONEY": "MONEY", "PERCENT": "PERCENT", "DATE": "DATE", "NUMBER": "CARDINAL"},
    "en": {"NUM": "NUM", "TIME": "DATE"},
}
NUMERIC = ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
_MONEY_SURFACE = re.compile(r"[$€£¥₸₽]|dollar|euro|pound|yen|yuan|rupee|franc|tenge|ruble", re.I)
_PERCENT_SURFACE = re.compile(r"%|percent|per cent", re.I)
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.:;!?)\]}»”%]|'s|n't|%-\w+)$")
_NO_SPACE_AFTER = {"(", "[", "{", "«", "“", "$"}


@dataclass(frozen=True)
class Example:
    """A text with gold spans (start, end, unified label)."""

    text: str
    spans: tuple[tuple[int, int, str], ...]


def detokenise(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens with spacing rules; return the text and each token's offsets."""
    tokens = [t.strip() for t in tokens]
    out, offsets, pos = [], [], 0
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
        and tokens[i - 2].isdigit() and len(tokens[i - 2]) <= 3


def read_iob(path: Path, lang: str) -> Iterator[Example]:
    """KazNERD-style ``token label`` lines, blank line between sentences."""
    sentence: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            token, _, tag = line.rpartition(" ")
            sentence.append((token, tag))
            continue
        if sentence:
            yield _iob_example(sentence, lang)
            sentence = []


def _iob_example(sentence: list[tuple[str, str]], lang: str) -> Example:
    text, offsets = detokenise([t for t, _ in sentence])
    spans, current = [], None
    for (_, tag), (s, e) in zip(sentence, offsets, strict=True):
        if tag.startswith("B-") or (tag.startswith("I-") and current is None):
            current = [s, e, tag[2:]]
            spans.append(current)
        elif tag.startswith("I-") and current is not None:
            current[1] = e
        else:
            current = None
    return Example(text, _unified(spans, lang))


def _unified(spans: list, lang: str) -> tuple[tuple[int, int, str], ...]:
    table = UNIFY[lang]
    return tuple(sorted((s, e, table[lab]) for s, e, lab in spans if lab in table))


def read_brat(folder: Path, lang: str) -> Iterator[Example]:
    """NEREL: ``NNN.txt`` with ``NNN.ann`` entity lines (nested spans kept)."""
    for txt in sorted(folder.glob("*.txt")):
        text = txt.read_text(encoding="utf-8").lstrip("\ufeff")
        spans = []
        for line in txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
            if not line.startswith("T"):
                continue
            _, info, _surface = line.split("\t", 2)
            label, *ranges = info.replace(";", " ").split()
            numbers = [int(x) for x in ranges]
            spans.append([min(numbers), max(numbers), label])
        yield Example(text, _unified(spans, lang))


def read_docred(path: Path, lang: str) -> Iterator[Example]:
    """Re-DocRED documents: token sentences and entity mentions with token positions."""
    for doc in json.loads(path.read_text(encoding="utf-8")):
        tokens = [t for sent in doc["sents"] for t in sent]
        starts = [sum(len(s) for s in doc["sents"][:i]) for i in range(len(doc["sents"]))]
        text, offsets = detokenise(tokens)
        spans = []
        for vertex in doc["vertexSet"]:
            for m in vertex:
                a, b = starts[m["sent_id"]] + m["pos"][0], starts[m["sent_id"]] + m["pos"][1] - 1
                spans.append([offsets[a][0], offsets[b][1], m["type"]])
        yield Example(text, _unified(spans, lang))


SETS = {
    "kk": ("KazNERD test", lambda: read_iob(DATASETS / "kaznerd" / "IOB2_test.txt", "kk")),
    "ru": ("NEREL v1.1 test", lambda: read_brat(DATASETS / "nerel" / "NEREL-v1.1" / "test", "ru")),
    "en": ("Re-DocRED test", lambda: read_docred(DATASETS / "re_docred" / "test_revised.json",
                                                  "en")),
}


@dataclass
class Tally:
    """Counts for one row of the table."""

    gold: int = 0
    found: int = 0  # gold spans overlapped by any figure
    found_label: int = 0  # ... by a figure of the same label
    digit_gold: int = 0  # gold spans holding a digit ("5 млн", not "биткоина", "бір")
    digit_found_label: int = 0
    exact_label: int = 0
    predicted: int = 0  # figures of this label
    correct: int = 0  # ... overlapping a gold span of this label


def predict(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Figures of ``text`` as (start, end, label), the text read as one abstract section."""
    section = Section(id="s0", kind="abstract", start=0, end=len(text), text=text, lang=lang)
    doc = Document(id="bench", path="", sha256="", text=text, sections=(section,))
    return [(m.start, m.end, m.label) for m in find_figures(doc, section)]


def _agrees(gold_label: str, label: str) -> bool:
    return label == gold_label or (gold_label == "NUM" and label in NUMERIC)


def _rows(gold: tuple[tuple[int, int, str], ...], text: str) -> list[tuple[str, int, int, str]]:
    """Gold spans with the row they count in (the English NUM also in its money/percent rows)."""
    rows = [(lab, s, e, lab) for s, e, lab in gold]
    for s, e, lab in gold:
        if lab == "NUM" and _MONEY_SURFACE.search(text[s:e]):
            rows.append(("NUM: money", s, e, lab))
        if lab == "NUM" and _PERCENT_SURFACE.search(text[s:e]):
            rows.append(("NUM: percent", s, e, lab))
    return rows


def score(examples: Iterator[Example], lang: str, misses: list[str], limit: int
          ) -> dict[str, Tally]:
    """Tally overlap and exact matches per gold label over ``examples``."""
    tallies: dict[str, Tally] = {}
    for ex in examples:
        pred = predict(ex.text, lang)
        for row, s, e, lab in _rows(ex.spans, ex.text):
            t = tallies.setdefault(row, Tally())
            t.gold += 1
            hits = [p for p in pred if p[0] < e and s < p[1]]
            t.found += bool(hits)
            t.found_label += any(_agrees(lab, p[2]) for p in hits)
            if any(ch.isdigit() for ch in ex.text[s:e]):
                t.digit_gold += 1
                t.digit_found_label += any(_agrees(lab, p[2]) for p in hits)
            t.exact_label += any(_agrees(lab, p[2]) and p[:2] == (s, e) for p in hits)
            if not any(_agrees(lab, p[2]) for p in hits) and len(misses) < limit:
                misses.append(f"{row}\t{ex.text[s:e]!r}\t{ex.text[max(0, s - 40):e + 40]!r}")
        _precision(tallies, pred, ex.spans, merged="NUM" in UNIFY[lang].values())
    return tallies


def _precision(tallies: dict[str, Tally], pred: list[tuple[int, int, str]],
               gold: tuple[tuple[int, int, str], ...], merged: bool) -> None:
    """Count each figure under its label (under NUM for Re-DocRED's non-date figures)."""
    for s, e, label in pred:
        row = "NUM" if merged and label in NUMERIC else label
        t = tallies.setdefault(row, Tally())
        t.predicted += 1
        t.correct += any(_agrees(g[2], label) and g[0] < e and s < g[1] for g in gold)


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "–"


def table(results: dict[str, tuple[str, dict[str, Tally], float]]) -> str:
    """The markdown table of all languages."""
    lines = ["| lang | dataset | label | gold | recall (overlap, any figure) | "
             "recall (overlap, label) | recall (exact, label) | gold with a digit | "
             "recall on those (overlap, label) | predicted | precision (label) |",
             "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for lang, (name, tallies, _) in results.items():
        for row in sorted(tallies):
            t = tallies[row]
            lines.append(f"| {lang} | {name} | {row} | {t.gold} | {_ratio(t.found, t.gold)} | "
                         f"{_ratio(t.found_label, t.gold)} | {_ratio(t.exact_label, t.gold)} | "
                         f"{t.digit_gold} | {_ratio(t.digit_found_label, t.digit_gold)} | "
                         f"{t.predicted if t.predicted else '–'} | "
                         f"{_ratio(t.correct, t.predicted)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", choices=sorted(SETS), action="append")
    parser.add_argument("--errors", type=int, default=0, help="print this many missed spans")
    args = parser.parse_args(argv)
    results = {}
    for lang in args.lang or ["en", "ru", "kk"]:
        name, reader = SETS[lang]
        misses: list[str] = []
        t0 = time.perf_counter()
        tallies = score(reader(), lang, misses, args.errors)
        results[lang] = (name, tallies, time.perf_counter() - t0)
        for miss in misses:
            print(f"miss {lang}\t{miss}")
    print(table(results))
    for lang, (name, _, seconds) in results.items():
        print(f"\n{lang}: {name} read and scored in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
