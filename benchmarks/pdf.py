"""PDF speed: pages per second of extraction alone, and of the whole run on PDFs versus
the same text as .txt.

    python -m benchmarks.pdf              # the .txt papers of corpora/, set as journal PDFs
    python -m benchmarks.pdf --rounds 3

The PDFs are set at run time by the tests' typesetter (fpdf2, DejaVu Sans: the dev extra)
in a temporary folder: front matter full width, the body in two columns, running heads.
Also reported on ../shared/datasets/kaznerd/KazNERD_Annotation_Guidelines.pdf when present.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from pipeline.run.document import RunConfig, analyse
from pipeline.stages.ingest.pdf import PdfConfig, extract

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TILMASH_SHARED", REPO.parent / "shared"))
KAZNERD = SHARED / "datasets" / "kaznerd" / "KazNERD_Annotation_Guidelines.pdf"


def journal_pdfs(folder: Path) -> list[tuple[Path, Path]]:
    """(txt, pdf) pairs: each .txt paper of corpora/ set as a journal-layout PDF."""
    from tests.pdfmake import journal_pdf

    return [(txt, journal_pdf(txt, folder / f"{txt.stem}.pdf"))
            for txt in sorted((REPO / "corpora").glob("*.txt"))]


def _seconds(fn, rounds: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _pages(pdfs: list[Path]) -> int:
    return sum(extract(str(p), PdfConfig(isolate=False)).pages for p in pdfs)


def report(pairs: list[tuple[Path, Path]], rounds: int) -> None:
    """Print extraction and whole-run throughput, best of ``rounds``."""
    pdfs = [pdf for _, pdf in pairs]
    pages = _pages(pdfs)
    config = RunConfig()
    analyse(pairs[0][0], config)  # load the models before timing, as a run does once
    rows = [
        ("extraction, in process", _seconds(
            lambda: [extract(str(p), PdfConfig(isolate=False)) for p in pdfs], rounds)),
        ("extraction, child process (default)", _seconds(
            lambda: [extract_isolated(p) for p in pdfs], rounds)),
        ("whole run on the PDFs", _seconds(lambda: [analyse(p, config) for p in pdfs], rounds)),
        ("whole run on the same .txt", _seconds(
            lambda: [analyse(t, config) for t, _ in pairs], rounds)),
    ]
    print(f"{len(pdfs)} generated journal PDFs, {pages} pages, best of {rounds}")
    for name, seconds in rows:
        print(f"  {name:38s} {seconds:7.3f} s  {pages / seconds:7.1f} pages/s")
    if KAZNERD.exists():
        n = extract(str(KAZNERD), PdfConfig(isolate=False)).pages
        s = _seconds(lambda: extract(str(KAZNERD), PdfConfig(isolate=False)), rounds)
        print(f"KazNERD guidelines PDF: {n} pages, extraction {s:.3f} s, {n / s:.1f} pages/s")


def extract_isolated(path: Path) -> None:
    """Extraction through the bounded child process, as ingest does by default."""
    from pipeline.stages.ingest.pdf.isolate import read_pdf_text

    read_pdf_text(str(path), PdfConfig())


def main() -> None:
    """Command line: ``python -m benchmarks.pdf [--rounds N]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        report(journal_pdfs(Path(tmp)), args.rounds)


if __name__ == "__main__":
    main()
