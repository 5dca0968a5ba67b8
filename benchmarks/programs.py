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
The dataset readers here are private: ``pipeline.ner.datasets`` did not exist yet.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.doc.spans import Span as NerSpan
from pipeline.stages.extract.programs import find_in_text, find_programs
from pipeline.stages.extract.programs.lexicon import lexicon
from pipeline.stages.extract.programs.names import QUOTE_CHARS, key

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATASETS = Path(os.environ.get("TILMASH_DATASETS", SHARED / "datasets"))
SEEDS = Path(os.environ.get("TILMASH_SEEDS", SHARED / "corpora" / "seeds"))
GOLD = REPO / "benchmarks" / "gold" / "seed_programs.json"
FRONT_KINDS = ("title", "abstract", "keywords")
_NO_SPACE_BEFORE = re.compile(r"^[,.:;!?)\]}»”%]$")
_NO_SPACE_AFTER = {"(", "[", "{", "«", "“", "„"}
Span = tuple[int, int]


@dataclass(frozen=True)
class Example:
    """A text with its gold programme-like spans."""

    text: str
    spans: tuple[Span, ...]


def read_kaznerd(path: Path, labels: tuple[str, ...] = ("PROJECT", "LAW")) -> Iterator[Example]:
    """KazNERD IOB2 sentences, detokenised ("« Нұрлы жол »" -> "«Нұрлы жол»")."""
    tokens: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if len(parts) >= 2:
            tokens.append((parts[0], parts[-1]))
        elif tokens:
            yield _detokenise(tokens, labels)
            tokens = []


def _detokenise(tokens: list[tuple[str, str]], labels: tuple[str, ...]) -> Example:
    text, spans, open_at, prev = "", [], None, ""
    for token, tag in tokens:
        inside = tag[2:] in labels
        if open_at is not None and (not inside or tag.startswith("B-")):
            spans.append((open_at, len(text)))
            open_at = None
        if text and prev not in _NO_SPACE_AFTER and not _NO_SPACE_BEFORE.match(token):
            text += " "
        if inside and open_at is None:
            open_at = len(text)
        text += token
        prev = token
    if open_at is not None:
        spans.append((open_at, len(text)))
    return Example(text, tuple(spans))


def read_nerel(folder: Path, labels: tuple[str, ...] = ("LAW",)) -> Iterator[Example]:
    """NEREL BRAT documents with their outermost spans of ``labels``."""
    for txt in sorted(folder.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        spans = []
        for line in txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if not line.startswith("T") or len(fields) < 2:
                continue
            label, _, offsets = fields[1].partition(" ")
            if label in labels:
                numbers = [int(n) for n in re.findall(r"\d+", offsets)]
                spans.append((min(numbers), max(numbers)))
        yield Example(text, tuple(_outermost(spans)))


def _outermost(spans: list[Span]) -> list[Span]:
    spans = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    return [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]


def read_factrueval(folder: Path, object_type: str = "Project") -> Iterator[Example]:
    """FactRuEval documents with the name spans of their ``object_type`` objects."""
    for txt in sorted(folder.glob("book_*.txt")):
        text = txt.read_text(encoding="utf-8")
        kinds: dict[str, tuple[str, int, int]] = {}
        for line in txt.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
            f = line.split()
            if len(f) >= 4:
                kinds[f[0]] = (f[1], int(f[2]), int(f[2]) + int(f[3]))
        spans = []
        for line in txt.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
            head = line.split("#")[0].split()
            if len(head) >= 3 and head[1] == object_type:
                parts = [kinds[i] for i in head[2:] if i in kinds]
                names = [p for p in parts if p[0].endswith("_name")] or parts
                spans.append((min(p[1] for p in names), max(p[2] for p in names)))
        yield Example(text, tuple(sorted(set(spans))))


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
            gold = list(ex.spans)
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
        pred = [(s, e) for s, e, _, _ in found]
        for match in totals:
            tp, p, g = score(list(ex.spans), pred, match == "overlap")
            t = totals[match]
            t[0], t[1], t[2] = t[0] + tp, t[1] + p, t[2] + g
    return [["ner", m, *_prf(*t)] for m, t in totals.items()]


def _show_errors(ex: Example, pred: list[Span]) -> int:
    missed = [ex.text[s:e] for s, e in ex.spans if not any(p[0] < e and s < p[1] for p in pred)]
    spurious = [ex.text[s:e] for s, e in pred
                if not any(s < g[1] and g[0] < e for g in ex.spans)]
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


SPLITS = {"test": ("IOB2_test.txt", "test", "testset"),
          "dev": ("IOB2_valid.txt", "dev", "devset")}


def datasets(split: str = "test") -> list[tuple[str, str, list[Example]]]:
    """(name, language, examples) of every dataset present, ``split`` "test" or "dev"."""
    kaznerd_file, nerel_dir, fre_dir = SPLITS[split]
    found = []
    kaznerd = DATASETS / "kaznerd" / kaznerd_file
    if kaznerd.exists():
        found.append((f"KazNERD {split} PROJECT+LAW", "kk", list(read_kaznerd(kaznerd))))
    nerel = DATASETS / "nerel" / "NEREL-v1.1" / nerel_dir
    if nerel.exists():
        found.append((f"NEREL {split} LAW", "ru", list(read_nerel(nerel))))
    fre = DATASETS / "factrueval2016" / fre_dir
    if fre.exists():
        found.append((f"FactRuEval {split} Project", "ru", list(read_factrueval(fre))))
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
