"""What each language's NER model adds on the real pages: ORG and PROGRAM with and without it.

    python -m benchmarks.ner_real                       # markdown table, every mode
    python -m benchmarks.ner_real --modes gated,off     # some modes only
    python -m benchmarks.ner_real --errors ORG/en       # also list misses and spurious mentions

Data (read by path, never copied): ``../shared/corpora/real/docs`` and its ``gold.jsonl``,
scored by ``../shared/eval/score.py`` (its own matching rules: type, language, normalised
text with containment of at least 35% overlap). Every document goes through the plain
per-document functions (``pipeline.run.document.analyse``, no Prefect) and ``merge_all``; the
output folder holds the files the scorer reads.

Modes: ``raw`` = every model span kept (the NER stage as it was); ``gated`` = the default,
a model's span kept only where it agrees with other evidence (``pipeline.stages.extract.gate``);
``off`` = no NER at all (rules only). Each mode is scored twice: "plain", with the section
kinds the pipeline found, and "forced", with every section's kind set to ``abstract`` (so
mentions dropped only because their section was labelled body/other still count).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from pipeline.doc.export import write_documents, write_records
from pipeline.doc.jsonio import read_json, write_json
from pipeline.merge.records import merge_all
from pipeline.run.document import RunConfig, analyse

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TILMASH_SHARED", REPO.parent / "shared"))
REAL = SHARED / "corpora" / "real"
SCORER = SHARED / "eval" / "score.py"
TYPES = ("ORG", "PROGRAM")
LANGS = ("en", "kk", "ru")
MODES = ("raw", "gated", "off")


def config_of(mode: str) -> RunConfig:
    """The run configuration of a mode (see the module docstring)."""
    config = RunConfig()
    if mode == "off":
        return replace(config, extract=replace(config.extract, entities=False))
    return replace(config, extract=replace(config.extract, ner_gate=mode == "gated"))


def run_mode(docs: list[Path], mode: str, out: Path) -> None:
    """Analyse ``docs`` in ``mode`` and write documents.json and the record files to ``out``."""
    config = config_of(mode)
    analysed = [analyse(path, config, path.stem) for path in docs]
    records = merge_all(analysed)
    write_documents(out, analysed)
    write_records(out, records.organisations, records.programs, records.figures)


def forced_copy(out: Path, forced: Path) -> None:
    """A copy of the scored files of ``out`` with every section's kind set to ``abstract``."""
    forced.mkdir(parents=True, exist_ok=True)
    data = read_json(out / "documents.json")
    for doc in data["documents"]:
        for section in doc["sections"]:
            section["kind"] = "abstract"
    write_json(forced / "documents.json", data)
    for name in ("organisations.json", "programs.json", "figures.json"):
        (forced / name).write_bytes((out / name).read_bytes())


def score(out: Path, gold: Path) -> dict:
    """The scorer's JSON result for an output folder."""
    done = subprocess.run([sys.executable, str(SCORER), str(out), "--gold", str(gold), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def errors(out: Path, gold: Path, which: str) -> list[str]:
    """Lines of missed gold mentions (-) and unmatched predictions (+) of ``which`` ("ORG/en"),
    with the scorer's own normalisation and text matching (loaded from its file)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("tilmash_real_score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)  # type: ignore[union-attr]
    typ, lang = which.split("/")
    pred = scorer.predicted(out)
    lines = []
    for row in gold.read_text(encoding="utf-8").splitlines():
        g = json.loads(row)
        want = [scorer.norm(e["text"]) for e in g["entities"]
                if e["type"] == typ and e["lang"] == lang and not e.get("optional")]
        optional = [scorer.norm(e["text"]) for e in g["entities"]
                    if e["type"] == typ and e["lang"] == lang and e.get("optional")]
        got = [p[0] for p in pred.get((typ, g["doc"], lang), [])]
        lines += [f"{g['doc'][:3]} - {w!r}" for w in want
                  if not any(scorer.text_match(w, p) for p in got)]
        lines += [f"{g['doc'][:3]} + {p!r}" for p in got
                  if not any(scorer.text_match(w, p) for w in want + optional)]
    return lines


def table(results: dict[str, dict[str, dict]]) -> str:
    """Markdown: one row per type/language, P/R/F1 per mode and scoring."""
    cols = list(results)
    head = "| type/lang | gold | " + " | ".join(cols) + " |"
    rows = [head, "|---|---:|" + "---:|" * len(cols)]
    for typ in TYPES:
        for lang in LANGS:
            k = f"{typ}/{lang}"
            first = next(iter(results.values())).get(k, {})
            cells = [_cell(r.get(k)) for r in results.values()]
            rows.append(f"| {k} | {first.get('gold', 0)} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _cell(v: dict | None) -> str:
    if not v:
        return "-"
    return f"{v['p']:.2f} / {v['r']:.2f} / **{v['f1']:.2f}**"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--docs", type=Path, default=REAL / "docs")
    ap.add_argument("--gold", type=Path, default=REAL / "gold.jsonl")
    ap.add_argument("--errors", action="append", default=[], metavar="TYPE/LANG",
                    help="list misses and spurious mentions of the forced scoring, e.g. ORG/en")
    ap.add_argument("--keep", type=Path, help="write the output folders here (default: a temp dir)")
    args = ap.parse_args(argv)
    if not args.docs.exists() or not SCORER.exists():
        print(f"missing {args.docs} or {SCORER} (the read-only ../shared folder)", file=sys.stderr)
        return 2
    docs = sorted(args.docs.glob("*.txt"))
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        for mode in args.modes.split(","):
            out = base / mode
            run_mode(docs, mode, out)
            forced_copy(out, base / f"{mode}-forced")
            results[f"{mode} plain"] = score(out, args.gold)
            results[f"{mode} forced"] = score(base / f"{mode}-forced", args.gold)
            for which in args.errors:
                print(f"## {mode} forced {which}")
                print("\n".join(errors(base / f"{mode}-forced", args.gold, which)) or "(none)")
    print("P / R / F1 per mode; plain = the pipeline's section kinds, forced = all 'abstract'\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
