"""Throughput of the per-document pipeline, stage by stage, on the sample papers and seeds.

    python -m benchmarks.speed               # corpora/ and ../shared/corpora/seeds, 3 rounds
    python -m benchmarks.speed --rounds 5 --no-entities

Models are loaded before timing starts (the first document of a warm-up round), as in a
run, where they load once per process. Reported: documents and words per second over the
whole pipeline, and each stage's share of the time.
"""

from __future__ import annotations

import argparse
import os
import time
from dataclasses import replace
from pathlib import Path

from pipeline.process import RunConfig, analyse

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TILMASH_SHARED", REPO.parent / "shared"))
SUFFIXES = (".txt", ".md")


def inputs() -> list[Path]:
    """The sample papers and, when present, the seeds."""
    folders = [REPO / "corpora", SHARED / "corpora" / "seeds"]
    return sorted(p for f in folders if f.is_dir() for p in f.iterdir() if p.suffix in SUFFIXES)


def main(argv: list[str] | None = None) -> int:
    """Print a markdown table of stage timings and the overall throughput."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-entities", action="store_true", help="time without NER")
    args = parser.parse_args(argv)
    config = RunConfig()
    if args.no_entities:
        config = replace(config, extract=replace(config.extract, entities=False))
    paths = inputs()
    for path in paths:  # warm-up: models load, caches fill
        analyse(path, config)
    timings: dict[str, float] = {}
    words = 0
    started = time.perf_counter()
    for _ in range(args.rounds):
        for path in paths:
            doc = analyse(path, config, timings=timings)
            words += len(doc.text.split())
    seconds = time.perf_counter() - started
    docs = len(paths) * args.rounds
    print(f"{len(paths)} documents x {args.rounds} rounds: {docs / seconds:.1f} documents/s, "
          f"{words / seconds:,.0f} words/s ({seconds:.1f} s)\n")
    print("| stage | seconds | share |\n|---|---:|---:|")
    total = sum(timings.values())
    for stage, spent in timings.items():
        print(f"| {stage} | {spent:.2f} | {100 * spent / total:.0f}% |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
