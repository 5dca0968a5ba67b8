"""Whole runs at scale: wall time, words/s, peak memory and writing share, per runner.

    python -m benchmarks.scale                          # x1, x10, x100; process and dask
    python -m benchmarks.scale --scales 1,10 --runners process

The inputs are corpora/ and ../shared/corpora/seeds, copied N times under new names
(so no copy resumes another's cache), into a fresh folder; each run writes to a fresh
output folder (cold caches) as its own `tilmash run` process. Peak RSS is the largest
sum over the command and all its children (workers, the temporary Prefect server),
sampled every 0.2 s. In the same invocation, the raw rate of the NER models alone:
``nlp.pipe`` (the backends' batch call) over the same section texts, in this process, on
one core. Words are whitespace-separated tokens of the normalised text.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TILMASH_SHARED", REPO.parent / "shared"))
FOLDERS = (REPO / "corpora", SHARED / "corpora" / "seeds")


def inputs() -> list[Path]:
    """The sample papers and (when present) the seeds."""
    return [p for f in FOLDERS if f.is_dir() for p in sorted(f.iterdir())
            if p.suffix in (".txt", ".md")]


def make_inputs(folder: Path, copies: int) -> int:
    """Copy every input ``copies`` times under new names; returns the number of files."""
    folder.mkdir(parents=True)
    files = inputs()
    for i in range(copies):
        for path in files:
            shutil.copy(path, folder / f"{path.stem}-copy{i:03d}{path.suffix}")
    return len(files) * copies


def peak_rss(proc: subprocess.Popen) -> tuple[int, float]:
    """Wait for ``proc``; its exit status and the peak RSS (bytes) of it and its children."""
    import psutil

    top, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        try:
            tree = [top, *top.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.2)
    return proc.returncode, peak


def whole_run(folder: Path, out: Path, runner: str, log: Path) -> dict:
    """One `tilmash run` process: seconds, peak RSS, and the manifest's counts and timings."""
    command = [sys.executable, "-m", "pipeline", "run", str(folder), "--out", str(out),
               "--runner", runner, "--no-progress"]
    started = time.perf_counter()
    with log.open("w") as f:
        proc = subprocess.Popen(command, stdout=f, stderr=subprocess.STDOUT, cwd=REPO)
        status, peak = peak_rss(proc)
    seconds = time.perf_counter() - started
    manifest = json.loads((out / "manifest.json").read_text()) if status == 0 else {}
    return {"status": status, "seconds": seconds, "peak_rss": peak,
            "counts": manifest.get("counts", {}), "timings": manifest.get("timings", {})}


def document_words(out: Path) -> int:
    """Words of every processed document's normalised text (from by_language rows)."""
    words = 0
    for path in (out / "by_language").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            words += len(json.loads(line)["text"].split())
    return words


def raw_ner_rate() -> tuple[float, int]:
    """Words/s of the configured NER models alone over the inputs' section texts, one core."""
    from pipeline.doc.records import LANGS
    from pipeline.ner import backends
    from pipeline.ner.registry import resolve
    from pipeline.run.document import RunConfig, analyse_sections

    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    config = RunConfig()
    texts: dict[str, list[str]] = defaultdict(list)
    for path in inputs():
        for s in analyse_sections(path, config.ingest).sections:
            if s.lang in LANGS and s.text.strip():
                texts[s.lang].append(s.text)
    runners = {lang: backends.runner(resolve(config.extract.ner, lang)) for lang in texts}
    for lang, run in runners.items():  # warm-up
        run(texts[lang][:2])
    words, started = 0, time.perf_counter()
    for lang, run in runners.items():
        run(texts[lang])
        words += sum(len(t.split()) for t in texts[lang])
    return words / (time.perf_counter() - started), words


def main(argv: list[str] | None = None) -> int:
    """Print one table row per (scale, runner) and the raw NER rate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--runners", default="process,dask")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders")
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="tilmash-scale-"))
    print(f"cores: {len(os.sched_getaffinity(0))}; work folder: {root}", flush=True)
    print("| copies | runner | documents | seconds | words/s | peak RSS GB | write s | "
          "write share | status |\n|---:|---|---:|---:|---:|---:|---:|---:|---|", flush=True)
    for scale in (int(s) for s in args.scales.split(",")):
        folder = root / f"in-x{scale}"
        make_inputs(folder, scale)
        for runner in args.runners.split(","):
            out = root / f"out-x{scale}-{runner}"
            r = whole_run(folder, out, runner, root / f"log-x{scale}-{runner}.txt")
            words = document_words(out) if r["status"] == 0 else 0
            write = r["timings"].get("write", 0.0)
            print(f"| {scale} | {runner} | {r['counts'].get('documents', 0)} | "
                  f"{r['seconds']:.1f} | {words / r['seconds']:,.0f} | "
                  f"{r['peak_rss'] / 2**30:.2f} | {write:.2f} | "
                  f"{100 * write / r['seconds']:.1f}% | {r['status']} |", flush=True)
        shutil.rmtree(folder, ignore_errors=True)
    rate, words = raw_ner_rate()
    print(f"\nraw NER (backends' nlp.pipe over {words:,} words of section text, one core): "
          f"{rate:,.0f} words/s", flush=True)
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
