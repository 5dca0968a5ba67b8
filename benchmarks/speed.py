"""Throughput of the per-document pipeline on documents it has not seen, stage by stage.

    python -m benchmarks.speed                 # corpora/, the seeds and the real pages
    python -m benchmarks.speed --no-entities   # the same without the NER models

Models load once per process, as in a run: the first document (a sample paper of
corpora/) pays for that and is timed apart. Every other document is then processed once,
so no text-keyed cache (transliteration, lexicon, evidence) has seen it before: the
figure is the speed on unseen documents with cold caches, not on a warm rerun. Reported:
the load time, documents and words per second over the rest, and each stage's share.
"""

from __future__ import annotations

import argparse
import os
import time
from dataclasses import replace
from pathlib import Path

from pipeline.run.document import RunConfig, analyse

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TILMASH_SHARED", REPO.parent / "shared"))
SUFFIXES = (".txt", ".md")
FOLDERS = (REPO / "corpora", SHARED / "corpora" / "seeds", SHARED / "corpora" / "real" / "docs")


def inputs() -> list[Path]:
    """The sample papers, then (when present) the seeds and the real pages."""
    return [p for f in FOLDERS if f.is_dir() for p in sorted(f.iterdir()) if p.suffix in SUFFIXES]


def main(argv: list[str] | None = None) -> int:
    """Print the load time, the throughput on unseen documents and the stage shares."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-entities", action="store_true", help="time without NER")
    args = parser.parse_args(argv)
    config = RunConfig()
    if args.no_entities:
        config = replace(config, extract=replace(config.extract, entities=False))
    first, *rest = inputs()
    started = time.perf_counter()
    analyse(first, config)  # models load here, once
    load = time.perf_counter() - started
    timings: dict[str, float] = {}
    words = 0
    started = time.perf_counter()
    for path in rest:
        doc = analyse(path, config, timings=timings)
        words += len(doc.text.split())
    seconds = time.perf_counter() - started
    print(f"first document with model loading: {load:.1f} s")
    print(f"{len(rest)} unseen documents, each once: {len(rest) / seconds:.1f} documents/s, "
          f"{words / seconds:,.0f} words/s ({seconds:.1f} s)\n")
    print("| stage | seconds | share |\n|---|---:|---:|")
    total = sum(timings.values())
    for stage, spent in timings.items():
        print(f"| {stage} | {spent:.2f} | {100 * spent / total:.0f}% |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
