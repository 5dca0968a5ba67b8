"""Registry (ROR) matching of affiliation strings, scored as ROR scores its own matcher.

    python -m benchmarks.registry                  # both gold sets and our own lines
    python -m benchmarks.registry --errors 20      # also print misses and wrong ids
    python -m benchmarks.registry --index PATH     # another index

Data (read by path, never copied): ``../shared/datasets/ror/affiliation_gold`` (3,000
Crossref and 3,000 Springer strings with gold ROR ids; evaluation only). Only strings whose
gold ids are all in the index are scored; strings without a gold id stay in as "should
match nothing". ROR's definitions (ror-api functional tests): precision = ids predicted
that are gold / ids predicted; recall = gold ids predicted / gold ids; accuracy = strings
whose predicted set equals the gold set. Thresholds and rules were tuned on the Springer
set; the Crossref set is reported as held out, beside ROR's published P 0.910 / R 0.693
on it (their figure is for the whole registry and every string with a gold id).

``benchmarks/gold/registry_lines.json``: affiliation lines written for this project in
Kazakh, Russian and English (inflected, abbreviated, with departments), with their ids.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from pipeline.registry.index import Index, get_index
from pipeline.registry.match import match_line
from pipeline.registry.normalise import clean

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = Path(os.environ.get("TILMASH_SHARED", REPO.parent / "shared")) / "datasets" / "ror" \
    / "affiliation_gold"
SETS = {"springer (tuning)": "dataset_affiliations_springer_2023_10_31.json",
        "crossref (held out)": "dataset_affiliations_crossref_2024_02_19.json"}
OWN = REPO / "benchmarks" / "gold" / "registry_lines.json"
ROR_PUBLISHED = "ROR affiliation matching on Crossref (published): P 0.910, R 0.693"


@dataclass
class Score:
    """ROR's counts over a set of strings."""

    strings: int = 0
    exact: int = 0
    predicted: int = 0
    gold: int = 0
    correct: int = 0
    seconds: float = 0.0

    def add(self, predicted: set[str], gold: set[str]) -> None:
        self.strings += 1
        self.exact += predicted == gold
        self.predicted += len(predicted)
        self.gold += len(gold)
        self.correct += len(predicted & gold)

    def row(self, name: str) -> str:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.correct / self.gold if self.gold else 0.0
        return (f"| {name} | {self.strings} | {p:.3f} | {r:.3f} | "
                f"{self.exact / max(1, self.strings):.3f} | "
                f"{1000 * self.seconds / max(1, self.strings):.2f} |")


def scored(items: list[dict], index: Index) -> list[tuple[str, set[str]]]:
    """(string, gold ids) of the items ROR's rule keeps: gold ids all known, or none."""
    known = index.by_id
    return [(it["affiliation"], set(it["ror_ids"])) for it in items
            if all(g in known for g in it["ror_ids"])]


def predict(text: str, index: Index, hint: frozenset[str] = frozenset()) -> set[str]:
    """The ROR ids matched in one string."""
    return {m.record.id for m in match_line(clean(text), index, hint)}


def evaluate(pairs: list[tuple[str, set[str]]], index: Index, errors: int = 0,
             hint: frozenset[str] = frozenset()) -> Score:
    """Score a list of (string, gold ids); print up to ``errors`` mistakes."""
    score, shown = Score(), 0
    for text, gold in pairs:
        t0 = time.perf_counter()
        got = predict(text, index, hint)
        score.seconds += time.perf_counter() - t0
        score.add(got, gold)
        if got != gold and shown < errors:
            shown += 1
            names = {g: index.record(index.by_id[g]).name for g in got | gold}
            print(f"  {text!r}\n    gold {[names[g] for g in gold - got]}"
                  f" wrong {[names[g] for g in got - gold]}")
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", default=None, help="registry index (default: shipped)")
    parser.add_argument("--errors", type=int, default=0, help="print this many mistakes")
    parser.add_argument("--only", default=None, help="only the sets whose name has this")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    index = get_index(args.index)
    print(f"index: {len(index)} records, loaded in {time.perf_counter() - t0:.2f} s")
    print("| set | strings | P | R | exact | ms/string |\n|---|---|---|---|---|---|")
    for name, file in SETS.items():
        if args.only and args.only not in name:
            continue
        path = GOLD_DIR / file
        if not path.exists():
            print(f"| {name} | missing: {path} | | | | |")
            continue
        pairs = scored(json.loads(path.read_text(encoding="utf-8")), index)
        print(evaluate(pairs, index, args.errors).row(name))
    if OWN.exists() and (not args.only or args.only in "own"):
        own = json.loads(OWN.read_text(encoding="utf-8"))
        for lang in sorted({it["lang"] for it in own}):
            pairs = [(it["line"], set(it["ror_ids"])) for it in own if it["lang"] == lang]
            hint = frozenset()
            print(evaluate(pairs, index, args.errors, hint).row(f"own lines, {lang}"))
    print(ROR_PUBLISHED)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
