"""Figures measured two ways: value-exact and span-overlap, per language.

    python -m benchmarks.figures                 # real pages and the three NER test splits
    python -m benchmarks.figures --lang kk --errors 20   # print wrong or missed values
    python -m benchmarks.figures --no-datasets   # real pages only (``--no-real``: datasets only)

Real pages (``../shared/corpora/real``, gold with values): precision, recall and F1 that
need the right value AND unit (and ISO date for dates), beside "value only" (what
``../shared/eval/score.py`` checks); see ``benchmarks.figures_real``.

NER test splits, read with ``pipeline.ner.datasets`` (never copied):
  kk  KazNERD test      MONEY, PERCENTAGE, DATE, CARDINAL, QUANTITY
  ru  NEREL v1.1 test   MONEY, PERCENT, DATE, NUMBER
  en  Re-DocRED test    NUM (money and percent live inside NUM), TIME
Token sets (KazNERD, Re-DocRED) come detokenised by the readers ("20 , 7" -> "20,7", no
space before "%"), the same texts that training and ``benchmarks.ner`` see. Each text runs
through ``pipeline.stages.extract.figures.find_figures`` as one abstract section of its language.
Span-overlap columns (as before): a gold span counts as found when any figure, or a figure
of the matching label, overlaps it. Value-exact columns: gold spans whose value the strict
reader of ``benchmarks.figures_oracle`` can read; recall = those overlapped by a figure
with that value, unit and date; precision = of the figures overlapping them, those right.
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from benchmarks import figures_real
from benchmarks.figures_oracle import gold_value
from pipeline.doc.records import Document, FigureMention, Section
from pipeline.ner.datasets import Example, load
from pipeline.stages.extract.figures import find_figures

UNIFY = {
    "kk": {"MONEY": "MONEY", "PERCENTAGE": "PERCENT", "DATE": "DATE", "CARDINAL": "CARDINAL",
           "QUANTITY": "QUANTITY"},
    "ru": {"MONEY": "MONEY", "PERCENT": "PERCENT", "DATE": "DATE", "NUMBER": "CARDINAL"},
    "en": {"NUM": "NUM", "TIME": "DATE"},
}
NUMERIC = ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")


def unified(ex: Example, lang: str) -> Example:
    """``ex`` with its figure spans under this benchmark's labels, the others dropped."""
    table = UNIFY[lang]
    return Example(ex.text, tuple(sorted((s, e, table[lab]) for s, e, lab in ex.spans
                                         if lab in table)))


SETS: dict[str, tuple[str, Callable[[], Iterator[Example]]]] = {
    "kk": ("KazNERD test", lambda: (unified(x, "kk") for x in load("kaznerd", "test"))),
    "ru": ("NEREL v1.1 test", lambda: (unified(x, "ru") for x in load("nerel", "test"))),
    "en": ("Re-DocRED test", lambda: (unified(x, "en") for x in load("re_docred", "test"))),
}


@dataclass
class Tally:
    """Counts for one row of the datasets table."""

    gold: int = 0
    found: int = 0  # gold spans overlapped by any figure
    found_label: int = 0  # ... by a figure of the same label
    readable: int = 0  # gold spans whose value the strict reader reads
    value_found: int = 0  # ... overlapped by a figure with that value, unit and date
    value_pred: int = 0  # figures overlapping a readable gold span
    value_right: int = 0  # ... with its value, unit and date


def predict(text: str, lang: str) -> list[FigureMention]:
    """Figures of ``text``, the text read as one abstract section."""
    section = Section(id="s0", kind="abstract", start=0, end=len(text), text=text, lang=lang)
    doc = Document(id="bench", path="", sha256="", text=text, sections=(section,))
    return list(find_figures(doc, section))


def _agrees(gold_label: str, label: str) -> bool:
    return label == gold_label or (gold_label == "NUM" and label in NUMERIC)


def right_value(gold: tuple[float, str, str | None], m: FigureMention) -> bool:
    """The figure states the gold value (or it is an end of the range) in its unit and date."""
    value, unit, date = gold
    values = [m.value] if m.low is None else [m.low, m.high]
    same_unit = m.unit == unit or (unit is None and m.kind not in ("date", "year"))
    return any(v is not None and math.isclose(v, value, rel_tol=1e-9) for v in values) \
        and same_unit and m.date == date


def score(examples: Iterator[Example], lang: str, misses: list[str], limit: int
          ) -> dict[str, Tally]:
    """Tally span-overlap and value-exact matches per gold label over ``examples``."""
    tallies: dict[str, Tally] = {}
    for ex in examples:
        pred = predict(ex.text, lang)
        for s, e, lab in ex.spans:
            t = tallies.setdefault(lab, Tally())
            hits = [p for p in pred if p.start < e and s < p.end]
            t.gold += 1
            t.found += bool(hits)
            t.found_label += any(_agrees(lab, p.label) for p in hits)
            gold = gold_value(ex.text[s:e], lab, lang)
            if gold is None:
                continue
            t.readable += 1
            t.value_pred += len(hits)
            right = sum(right_value(gold, p) for p in hits)
            t.value_right += right
            t.value_found += bool(right)
            if not right and len(misses) < limit:
                said = [(p.text, p.value, p.unit, p.date) for p in hits]
                context = ex.text[max(0, s - 50):e + 30]
                misses.append(f"{lab}\t{ex.text[s:e]!r} gold {gold} said {said}\t{context!r}")
    return tallies


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "–"


def table(results: dict[str, tuple[str, dict[str, Tally], float]]) -> str:
    """The markdown table of the datasets."""
    lines = ["| lang | dataset | label | gold | span overlap: recall (any figure) | "
             "span overlap: recall (label) | value readable | value-exact recall | "
             "value-exact precision |", "|---|---|---|---:|---:|---:|---:|---:|---:|"]
    for lang, (name, tallies, _) in results.items():
        for row in sorted(tallies):
            t = tallies[row]
            lines.append(f"| {lang} | {name} | {row} | {t.gold} | {_ratio(t.found, t.gold)} | "
                         f"{_ratio(t.found_label, t.gold)} | {t.readable} | "
                         f"{_ratio(t.value_found, t.readable)} | "
                         f"{_ratio(t.value_right, t.value_pred)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the markdown tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", choices=sorted(SETS), action="append")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong values")
    parser.add_argument("--no-real", action="store_true", help="skip the real pages")
    parser.add_argument("--no-datasets", action="store_true", help="skip the NER test splits")
    args = parser.parse_args(argv)
    if not args.no_real:
        print("Real pages, ../shared/corpora/real\n")
        print(figures_real.table(figures_real.score()) + "\n")
    if args.no_datasets:
        return 0
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
