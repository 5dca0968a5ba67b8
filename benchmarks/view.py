"""How long the view of a large run takes to open: index and record pages in headless Chromium.

    python -m benchmarks.view                  # 50 copies of corpora/ + seeds = 550 papers
    python -m benchmarks.view --copies 10 --base /tmp/run   # reuse a run of those papers

The papers are run once (or ``--base`` names a run of them), then copied ``--copies``
times under new names with their finished cache entries, so ``tilmash run`` over the
copies resumes every paper (the copies are byte-identical, so the cache is valid) and
merges and exports a real run of that size. ``tilmash view`` then writes the site, and
each page is opened in Chromium: reported is the time from navigation to the ``load``
event (everything parsed, styled and scripted), the best and median of ``--rounds``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.speed import inputs
from pipeline.run.cli import main as tilmash

FIXED = ("index.html", "organisations.html", "programs.html", "figures.html")


def pages(site: Path) -> list[str]:
    """The index, each kind's first page, and the largest page of each kind."""
    found = list(FIXED)
    for prefix in ("organisations", "programs", "figures", "doc-"):
        files = sorted(site.glob(f"{prefix}*.html"), key=lambda p: (-p.stat().st_size, p.name))
        if files and files[0].name not in found:
            found.append(files[0].name)
    return found
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def copy_run(base: Path, papers: list[Path], copies: int, work: Path) -> Path:
    """Inputs ``work/in`` (copies of ``papers``) with cache entries cloned from ``base``."""
    folder, cache = work / "in", work / "out" / ".cache"
    folder.mkdir(parents=True)
    cache.mkdir(parents=True)
    for paper in papers:
        entry = json.loads((base / ".cache" / f"{paper.stem}.json").read_text(encoding="utf-8"))
        for i in range(copies):
            new_id = f"{paper.stem}-copy{i:03d}"
            target = folder / f"{new_id}{paper.suffix}"
            shutil.copyfile(paper, target)
            doc = dict(entry["document"], id=new_id, path=str(target))
            doc["mentions"] = [dict(m, doc=new_id) for m in doc["mentions"]]
            (cache / f"{new_id}.json").write_text(json.dumps(dict(entry, document=doc),
                                                             ensure_ascii=False), encoding="utf-8")
    return folder


def time_pages(site: Path, names: list[str], rounds: int) -> dict[str, list[float]]:
    """Seconds from navigation to the load event of each page, ``rounds`` times."""
    from playwright.sync_api import sync_playwright

    found: dict[str, list[float]] = {p: [] for p in names}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=FLAGS)
        for _ in range(rounds):
            for name in names:
                page = browser.new_page()
                t0 = time.perf_counter()
                page.goto((site / name).resolve().as_uri(), wait_until="load")
                found[name].append(time.perf_counter() - t0)
                page.close()
        browser.close()
    return found


def main(argv: list[str] | None = None) -> int:
    """Build the large run, write its view, print the load times as a markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--base", type=Path, help="an existing run of corpora/ and the seeds")
    parser.add_argument("--work", type=Path, help="where to build the large run (default: tmp); "
                        "a large run already there is reused")
    args = parser.parse_args(argv)
    papers = inputs()
    work = args.work or Path(tempfile.mkdtemp(prefix="tilmash-view-bench-"))
    out = work / "out"
    t0, reused = time.perf_counter(), (out / "manifest.json").is_file()
    if not reused:
        base = args.base
        if base is None:
            base = work / "base"
            tilmash(["run", *map(str, papers), "--out", str(base)])
        folder = copy_run(base, papers, args.copies, work)
        t0 = time.perf_counter()
        tilmash(["run", str(folder), "--out", str(out)])
    t1 = time.perf_counter()
    tilmash(["view", str(out)])
    t2 = time.perf_counter()
    site = out / "view"
    names = pages(site)
    sizes = {p: (site / p).stat().st_size for p in names}
    n_docs = len(list(site.glob("doc-*.html")))
    run = "reused" if reused else f"(resumed from the cache) {t1 - t0:.1f} s"
    print(f"\n{n_docs} papers; run {run}, "
          f"`tilmash view` {t2 - t1:.1f} s, {len(list(site.glob('*.html')))} pages\n")
    print("| page | size | load, best | load, median |\n|---|---:|---:|---:|")
    for name, times in time_pages(site, names, args.rounds).items():
        print(f"| {name} | {sizes[name] / 1e6:.1f} MB | {min(times):.2f} s | "
              f"{statistics.median(times):.2f} s |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
