"""What registry matching costs a run: the per-document pipeline and the merge over a
folder, each configuration in a fresh process (models and the registry index load cold,
no cache), alternating, several rounds.

    python -m benchmarks.registry_speed                       # ../shared/corpora/real/docs
    python -m benchmarks.registry_speed --rounds 3 DIR

The Prefect server a ``tilmash run`` starts takes 30-60 s on a loaded machine and is the
same with or without the registry, so it is left out; the rest is what a run does.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TILMASH_SHARED", REPO.parent / "shared"))
DEFAULT = SHARED / "corpora" / "real" / "docs"


def one_run(folder: Path, registry: bool) -> dict[str, float]:
    """Analyse every file of ``folder`` and merge them; seconds taken (index load included)."""
    t0, c0 = time.perf_counter(), time.process_time()
    from pipeline.merge.records import merge_all
    from pipeline.run.document import RunConfig, analyse
    from pipeline.stages.extract.organisations.affiliations import RegistryOptions

    config = RunConfig()
    config = replace(config, extract=replace(config.extract,
                                             registry=RegistryOptions(enabled=registry)))
    docs = [analyse(p, config) for p in sorted(folder.iterdir()) if p.suffix in (".txt", ".md")]
    records = merge_all(docs)
    linked = sum(1 for r in records.organisations if r.ror)
    return {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0,
            "documents": len(docs),
            "organisations": len(records.organisations), "with_ror": linked}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT))
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--child", choices=("with", "without"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(one_run(Path(args.folder), args.child == "with")))
        return 0
    results: dict[str, list[float]] = {"with": [], "without": []}
    cpu: dict[str, list[float]] = {"with": [], "without": []}
    for r in range(args.rounds):
        for mode in (("with", "without") if r % 2 == 0 else ("without", "with")):
            out = subprocess.run([sys.executable, "-m", "benchmarks.registry_speed",
                                  args.folder, "--child", mode], capture_output=True,
                                 text=True, check=True, cwd=REPO)
            got = json.loads(out.stdout.strip().splitlines()[-1])
            results[mode].append(got["seconds"])
            cpu[mode].append(got["cpu"])
            print(f"round {r + 1} {mode:7s} registry: {got['seconds']:.1f} s "
                  f"({got['cpu']:.1f} s CPU), "
                  f"{got['documents']} documents, {got['organisations']} organisations "
                  f"({got['with_ror']} with a ROR id)")
    for name, table in (("wall", results), ("CPU", cpu)):
        w, wo = (min(table[m]) for m in ("with", "without"))
        print(f"fastest {name}: with {w:.1f} s, without {wo:.1f} s: registry adds "
              f"{100 * (w - wo) / wo:+.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
