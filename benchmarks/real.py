"""The whole pipeline on real journal pages, scored against their gold annotations.

    python -m benchmarks.real                      # ../shared/corpora/real/docs
    python -m benchmarks.real --out /tmp/real-run  # keep the run's output folder
    python -m benchmarks.real --no-entities        # the same without the NER models

Runs ``tilmash run`` as a user would (a fresh output folder, so nothing is resumed), then
scores it twice: with the shared scorer (``../shared/eval/score.py``: lenient, an entity
matches when one normalised text contains the other with at least 35% of its length, a
figure when its value agrees) and strictly here (an entity's normalised text must be equal,
a figure needs its value, its unit and its text equal). Prints per type and language P/R/F1,
the cross-language links, the abstract sets, and one line per document saying what failed.
Nothing in the pipeline was tuned on these figures' test use: the pages are development
data (see docs/real.md for which documents were looked at while writing rules).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TILMASH_SHARED", REPO.parent / "shared"))
REAL = SHARED / "corpora" / "real"
TYPES = (("ORG", "organisations.json"), ("PROGRAM", "programs.json"), ("FIG", "figures.json"))


def load_scorer() -> ModuleType:
    """The shared scorer, imported by path (it is not part of the project)."""
    path = SHARED / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("tilmash_shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path} is missing (the read-only ../shared folder)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_pipeline(docs: Path, out: Path, extra: list[str]) -> None:
    """``tilmash run DOCS --out OUT`` in a child process, as a user runs it."""
    command = [sys.executable, "-m", "pipeline", "run", str(docs), "--out", str(out), *extra]
    # A loaded machine can be slow to start Prefect's temporary server.
    env = {**os.environ, "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180"}
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if not (out / "documents.json").exists():  # status 1 alone means some inputs failed
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit(f"tilmash run failed with status {done.returncode}")


def gold_records(path: Path) -> list[dict]:
    """The gold file's records, one per document."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def strict_counts(out: Path, gold: list[dict], scorer: ModuleType) -> dict[str, list[int]]:
    """(type/lang) -> [tp, predicted, gold] with exact text (and value and unit) matches."""
    predicted = scorer.predicted(out)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for record in gold:
        items = [("ORG" if e["type"] == "ORG" else "PROGRAM", e) for e in record["entities"]]
        items += [("FIG", f) for f in record["figures"]]
        for typ in ("ORG", "PROGRAM", "FIG"):
            for lang in ("en", "kk", "ru"):
                golds = [e for t, e in items if t == typ and e["lang"] == lang]
                preds = list(predicted.get((typ, record["doc"], lang), []))
                tp, optional_hits = _strict_matches(golds, preds, typ, scorer)
                cell = counts[f"{typ}/{lang}"]
                cell[0] += tp
                cell[1] += len(preds) - optional_hits
                cell[2] += sum(not e.get("optional") for e in golds)
    return counts


def _strict_matches(golds: list[dict], preds: list[tuple], typ: str, scorer: ModuleType
                    ) -> tuple[int, int]:
    used: set[int] = set()
    tp = optional_hits = 0
    for e in sorted(golds, key=lambda e: bool(e.get("optional"))):
        for j, (text, _rid, values, unit) in enumerate(preds):
            if j in used or not _strict_text(scorer.norm(e["text"]), text, typ, values):
                continue
            if typ == "FIG" and not (scorer.value_match(e.get("value"), values)
                                     and _same_unit(e, unit)):
                continue
            used.add(j)
            optional_hits += bool(e.get("optional"))
            tp += not e.get("optional")
            break
    return tp, optional_hits


def lost_to_kinds(out: Path, gold: list[dict], docs: Path, scorer: ModuleType) -> list[str]:
    """Gold front-matter mentions whose text lies in a section the run did not call front
    matter (body, other, references, table): what segmentation threw away."""
    documents = {d["id"]: d for d in scorer.load(out / "documents.json")}
    lost = []
    for record in gold:
        doc = documents.get(record["doc"])
        if doc is None:
            continue
        text = (docs / f"{record['doc']}.txt").read_text(encoding="utf-8")
        for item in record["entities"] + record["figures"]:
            if item.get("optional"):
                continue
            kind = _kind_at(doc["sections"], text, item)
            if kind is not None and kind not in scorer.FRONT:
                lost.append(f"{record['doc'][:30]} {item['text'][:40]!r} in a {kind} section")
    return lost


def _kind_at(sections: list[dict], text: str, item: dict) -> str | None:
    # The run's offsets are into its normalised text, which differs little from the file's;
    # the section covering the gold start (or none) tells the kind.
    for section in sections:
        if section["start"] <= item["start"] < section["end"]:
            return section["kind"]
    return None


def _strict_text(gold: str, predicted: str, typ: str, values: list) -> bool:
    """Equal normalised texts; a range's endpoint (the scorer splits a range mention into
    its two ends, each with the whole range's text) only needs to lie inside it."""
    if gold == predicted:
        return True
    return typ == "FIG" and len(values) == 1 and gold in predicted and _is_range_text(predicted)


def _is_range_text(text: str) -> bool:
    return any(sep in text for sep in ("-", "–", "—", " to ", " до ", " дейін"))


def _same_unit(gold: dict, unit: str | None) -> bool:
    """The gold writes a full date's unit as ``year`` beside its ``date``; the output
    contract calls it ``date``."""
    return unit == gold.get("unit") or (bool(gold.get("date")) and unit == "date")


def per_document(out: Path, gold: list[dict], scorer: ModuleType) -> list[str]:
    """One line per document: abstract languages found, and misses per type."""
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        for record in gold:
            one = Path(tmp) / "one.jsonl"
            one.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
            result = scorer.score(out, one)
            found = result["abstract_sets"]["right"] == 1
            misses = []
            for key, cell in result.items():
                if "/" in key and cell["gold"]:
                    tp = round(cell["r"] * cell["gold"])
                    if tp < cell["gold"] or cell["pred"] > tp:
                        misses.append(f"{key} {tp}/{cell['gold']} (pred {cell['pred']})")
            status = "ok " if found and not misses else "   "
            langs = ",".join(record["languages"])
            abstract = "abstracts found" if found else f"ABSTRACTS MISSING ({langs})"
            lines.append(f"{status}{record['doc'][:44]:44} {abstract}; " + "; ".join(misses))
    return lines


def report(out: Path, gold_path: Path, docs: Path = REAL / "docs") -> dict:
    """Print the tables and return the lenient and strict results."""
    scorer = load_scorer()
    gold = gold_records(gold_path)
    lenient = scorer.score(out, gold_path)
    strict = strict_counts(out, gold, scorer)
    print("| type/lang | gold | pred | P | R | F1 (lenient, shared scorer) | F1 strict |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    f1s, strict_f1s = [], []
    for key, cell in lenient.items():
        if "/" not in key or not cell["gold"]:
            continue
        sf1 = _f1(*strict[key])[2]
        f1s.append(cell["f1"])
        strict_f1s.append(sf1)
        print(f"| {key} | {cell['gold']} | {cell['pred']} | {cell['p']:.3f} | {cell['r']:.3f} "
              f"| {cell['f1']:.3f} | {sf1:.3f} |")
    links, sets = lenient["links"], lenient["abstract_sets"]
    print(f"\nmean F1 over (type, language): {sum(f1s) / len(f1s):.3f} lenient, "
          f"{sum(strict_f1s) / len(strict_f1s):.3f} strict")
    print(f"cross-language links: P {links['p']:.3f} R {links['r']:.3f} F1 {links['f1']:.3f} "
          f"({links['gold_pairs']} gold pairs)")
    print(f"abstract sets: {sets['right']}/{sets['docs']} documents with every language found\n")
    lost = lost_to_kinds(out, gold, docs, scorer)
    print(f"gold front-matter mentions in non-front sections: {len(lost)}")
    for line in lost:
        print("  " + line)
    print()
    for line in per_document(out, gold, scorer):
        print(line)
    return {"lenient": lenient, "strict": {k: _f1(*v) for k, v in strict.items()}}


def main(argv: list[str] | None = None) -> int:
    """Run the pipeline on the real pages and print the scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=REAL / "docs")
    parser.add_argument("--gold", type=Path, default=REAL / "gold.jsonl")
    parser.add_argument("--out", type=Path, help="output folder to keep (default: a temporary one)")
    parser.add_argument("--no-entities", action="store_true", help="run without the NER models")
    args = parser.parse_args(argv)
    extra = ["--no-entities"] if args.no_entities else []
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "out"
        run_pipeline(args.docs, out, extra)
        report(out, args.gold, args.docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
