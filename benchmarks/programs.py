"""Precision and recall of programme detection: dataset test splits and the seeds' front matter.

    python -m benchmarks.programs                 # markdown tables
    python -m benchmarks.programs --errors 15     # also print missed and spurious spans
    python -m benchmarks.programs --split dev --errors 50   # tune on the dev splits, not test

Data (read from ../shared, never copied):
  kk  KazNERD IOB2_test.txt            PROJECT, LAW
  ru  NEREL v1.1 test (BRAT)           LAW (outermost spans; NEREL has no programme class)
  ru  FactRuEval-2016 testset          Project objects (their prj_name spans)
  en  no English dataset here labels programmes or laws (UNER, CoNLL-2003, CrossNER and
      Re-DocRED have no such class), so English is measured on the seeds only.
  seeds  ../shared/corpora/seeds front matter against benchmarks/gold/seed_programs.json

Span matching on the datasets: "exact" = the mention's whole span equals the gold span;
"name" = the name inside the mention (quotes and a lower-case cue word left out, as
KazNERD annotates «Нұрлы жол» without "бағдарламасы") equals the gold span; "overlap" =
any overlap, one prediction per gold span. Seeds: the set of (seed, language, canonical
name) found in title/abstract/keywords sections against the gold table, compared
case-insensitively ("strict") or by the stemmed grouping key ("key").
Modes: "rules" (the cue-word rules alone), "ner" and "ner+rules" when a trained model
exists under models/<lang> (``pipeline.ner``); otherwise those rows say "no model".
The datasets are read by ``pipeline.ner.datasets`` (the texts training and ``benchmarks.ner``
see, detokenised there), one text per sentence or line.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterable
from pathlib import Path

from pipeline.doc.spans import Span as NerSpan
from pipeline.ner import datasets as ner_datasets
from pipeline.ner.datasets import Example, read_factrueval, with_labels
from pipeline.ner.labels import outermost
from pipeline.stages.extract.programs import find_in_text, find_programs
from pipeline.stages.extract.programs.lexicon import lexicon
from pipeline.stages.extract.programs.names import QUOTE_CHARS, key

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = Path(os.environ.get("TILMASH_SEEDS", SHARED / "corpora" / "seeds"))
GOLD = REPO / "benchmarks" / "gold" / "seed_programs.json"
FRONT_KINDS = ("title", "abstract", "keywords")
Span = tuple[int, int]


def gold_spans(ex: Example) -> list[Span]:
    """The (start, end) of an example's gold spans, in order."""
    return [(start, end) for start, end, _ in ex.spans]


def programmes(examples: Iterable[Example], labels: tuple[str, ...]) -> list[Example]:
    """The examples with only their outermost spans of ``labels`` (NEREL nests LAWs)."""
    return [Example(x.text, outermost(with_labels(x, labels).spans)) for x in examples]


def predict(text: str, lang: str, ner: list | None) -> dict[str, list[Span]]:
    """Predicted mention spans and name spans of one text."""
    found = find_in_text(text, lexicon(lang), ner or [])
    return {"exact": [(f.cand.start, f.cand.end) for f in found],
            "name": [(f.cand.name_start, f.cand.name_end) for f in found]}


def score(gold: list[Span], pred: list[Span], overlap: bool) -> tuple[int, int, int]:
    """(true positives, predictions, gold) with one prediction per gold span."""
    used: set[int] = set()
    tp = 0
    for g in gold:
        for i, p in enumerate(pred):
            hit = p[0] < g[1] and g[0] < p[1] if overlap else p == g
            if i not in used and hit:
                used.add(i)
                tp += 1
                break
    return tp, len(pred), len(gold)


def ner_spans(texts: list[str], lang: str, choices: dict[str, str] | None = None
              ) -> list[list] | None:
    """PROGRAM spans of the configured NER model per text, or None without a model."""
    from pipeline.doc.errors import ConfigError
    from pipeline.ner import backends
    from pipeline.ner.backends.labels import unify
    from pipeline.ner.registry import NerConfig, resolve, with_backends

    spec = resolve(with_backends(NerConfig(), choices or {}), lang)
    if spec is None:
        return None
    try:
        backends.check(spec)
    except ConfigError:
        return None
    found = backends.runner(spec)(texts)
    source = backends.source(spec)
    return [[NerSpan(f.start, f.end, "PROGRAM", (source,), f.score) for f in spans
             if unify(f.label) == "PROGRAM"] for spans in found]


def evaluate(examples: list[Example], lang: str, errors: int,
             choices: dict[str, str] | None = None) -> list[list[str]]:
    """Table rows (mode, match, P, R, F1, counts) for one dataset."""
    ner = ner_spans([e.text for e in examples], lang, choices)
    modes = {"rules": [None] * len(examples)}
    if ner is not None:
        modes["ner+rules"] = ner
    rows = []
    for mode, spans in modes.items():
        totals = {m: [0, 0, 0] for m in ("exact", "name", "overlap")}
        shown = 0
        for ex, ner_found in zip(examples, spans, strict=True):
            pred = predict(ex.text, lang, ner_found)
            gold = gold_spans(ex)
            for match, (tp, p, g) in (("exact", score(gold, pred["exact"], False)),
                                      ("name", score(gold, pred["name"], False)),
                                      ("overlap", score(gold, pred["exact"], True))):
                t = totals[match]
                t[0], t[1], t[2] = t[0] + tp, t[1] + p, t[2] + g
            if shown < errors and mode == "rules":
                shown += _show_errors(ex, pred["exact"])
        rows += [[mode, m, *_prf(*t)] for m, t in totals.items()]
    if ner is not None:
        rows += _ner_alone(examples, ner)
    else:
        rows.append(["ner", "-", "no model", "", "", ""])
    return rows


def _ner_alone(examples: list[Example], ner: list[list]) -> list[list[str]]:
    totals = {m: [0, 0, 0] for m in ("exact", "overlap")}
    for ex, found in zip(examples, ner, strict=True):
        pred = [(f.start, f.end) for f in found]
        for match in totals:
            tp, p, g = score(gold_spans(ex), pred, match == "overlap")
            t = totals[match]
            t[0], t[1], t[2] = t[0] + tp, t[1] + p, t[2] + g
    return [["ner", m, *_prf(*t)] for m, t in totals.items()]


def _show_errors(ex: Example, pred: list[Span]) -> int:
    gold = gold_spans(ex)
    missed = [ex.text[s:e] for s, e in gold if not any(p[0] < e and s < p[1] for p in pred)]
    spurious = [ex.text[s:e] for s, e in pred
                if not any(s < g[1] and g[0] < e for g in gold)]
    for m in missed:
        print(f"  missed:   {m!r}")
    for m in spurious:
        print(f"  spurious: {m!r}")
    return len(missed) + len(spurious)


def _prf(tp: int, pred: int, gold: int) -> list[str]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return [f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", f"{tp}/{pred} pred, {tp}/{gold} gold"]


# (title, language, dataset, {split: dataset's split}, labels); FactRuEval objects by name.
SOURCES = (("KazNERD {} PROJECT+LAW", "kk", "kaznerd", {"test": "test", "dev": "valid"},
            ("PROJECT", "LAW")),
           ("NEREL {} LAW", "ru", "nerel", {"test": "test", "dev": "dev"}, ("LAW",)),
           ("FactRuEval {} Project", "ru", "factrueval", {"test": "test", "dev": "dev"},
            ("Project",)))
SPLITS = ("dev", "test")


def datasets(split: str = "test") -> list[tuple[str, str, list[Example]]]:
    """(name, language, examples) of every dataset present, ``split`` "test" or "dev"."""
    found = []
    for title, lang, name, splits, labels in SOURCES:
        try:
            where = ner_datasets.path(name, splits[split])
        except FileNotFoundError:
            continue
        stream = read_factrueval(where, names_only=True) if name == "factrueval" \
            else ner_datasets.load(name, splits[split])
        found.append((title.format(split), lang, programmes(stream, labels)))
    return found


def seed_front_matter(mode: str = "rules"
                      ) -> tuple[set[tuple[str, str, str, str]], set[tuple[str, str, str, str]]]:
    """(gold rows, predicted rows) of (seed, lang, canonical, kind) in the front matter:
    of the rules alone, or of the whole pipeline (NER, rules, names carried across the
    parallel abstracts)."""
    from pipeline.run.document import RunConfig, analyse, analyse_sections

    gold = {tuple(row) for row in json.loads(GOLD.read_text(encoding="utf-8"))["rows"]}
    pred = set()
    for path in sorted(SEEDS.glob("*.txt")):
        if mode == "rules":
            doc = analyse_sections(path)
            found = [m for s in doc.sections for m in find_programs(doc, s, [])]
        else:
            doc = analyse(path, RunConfig())
            found = [m for m in doc.mentions if m.label == "PROGRAM"]
        for m in found:
            section = doc.section(m.section)
            if section.group is not None and section.kind in FRONT_KINDS:
                pred.add((path.name[:3], m.lang, m.canonical, m.kind))
    return gold, pred  # type: ignore[return-value]


def seed_rows(gold: set, pred: set, mode: str = "rules") -> list[list[str]]:
    """P/R of the seeds' front-matter programmes, strict and by grouping key."""
    rows = []
    for match in ("strict", "key"):
        def norm(row: tuple, match: str = match) -> tuple[str, str, str]:
            name = row[2].strip(QUOTE_CHARS).casefold()
            return row[0], row[1], key(name, lexicon(row[1])) if match == "key" else name
        g, p = {norm(r) for r in gold}, {norm(r) for r in pred}
        rows.append([mode, match, *_prf(len(g & p), len(p), len(g))])
    kinds = {(r[0], r[1], r[2].casefold()): r[3] for r in gold}
    same = [kinds[k] == r[3] for r in pred if (k := (r[0], r[1], r[2].casefold())) in kinds]
    rows.append([mode, "kind of matched", f"{sum(same)}/{len(same)}", "", "", ""])
    return rows


def table(rows: list[list[str]], header: list[str]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors per set")
    parser.add_argument("--seeds-only", action="store_true", help="skip the datasets")
    parser.add_argument("--split", choices=sorted(SPLITS), default="test",
                        help="dataset split: test (the report) or dev (for tuning rules)")
    parser.add_argument("--ner", action="append", default=[], metavar="LANG=BACKEND",
                        help="NER backend for a language, as in `tilmash run --ner`")
    args = parser.parse_args(argv)
    header = ["mode", "match", "P", "R", "F1", "counts"]
    if not args.seeds_only:
        for name, lang, examples in datasets(args.split):
            print(f"\n### {name} ({lang}, {len(examples)} texts, "
                  f"{sum(len(e.spans) for e in examples)} gold spans)\n")
            choices = dict(c.split("=", 1) for c in args.ner)
            print(table(evaluate(examples, lang, args.errors, choices), header))
        print("\n### English datasets: none label programmes or laws (measured on seeds only)")
    gold, pred = seed_front_matter()
    _, whole = seed_front_matter("pipeline")
    print(f"\n### Seeds' front matter vs {GOLD.relative_to(REPO)} "
          f"({len(gold)} gold rows; predicted: rules {len(pred)}, pipeline {len(whole)})\n")
    print(table(seed_rows(gold, pred) + seed_rows(gold, whole, "pipeline"), header))
    if args.errors:
        norm = {(r[0], r[1], r[2].casefold()) for r in gold}
        for r in sorted(pred):
            if (r[0], r[1], r[2].casefold()) not in norm:
                print(f"  spurious: {r}")
        found = {(r[0], r[1], r[2].casefold()) for r in pred}
        for r in sorted(gold):
            if (r[0], r[1], r[2].casefold()) not in found:
                print(f"  missed:   {r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
