"""Run the PDF reader in a child process bounded in time and memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

from pipeline.doc.errors import InputError
from pipeline.stages.ingest.pdf.reader import PdfConfig, PdfText, extract

_ROOT = str(Path(__file__).resolve().parents[2])  # the folder that holds the package


def read_pdf_text(path: str, config: PdfConfig) -> PdfText:
    """The PDF's text, read in a child process unless ``config.isolate`` is False."""
    if not config.isolate:
        return extract(path, config)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (_ROOT, os.environ.get("PYTHONPATH", "")) if p)}
    request = json.dumps({"path": path, "config": asdict(config)}).encode()
    try:
        proc = subprocess.run([sys.executable, "-m", "pipeline.stages.ingest.pdf.worker"],
                              input=request, capture_output=True,
                              timeout=config.max_seconds + 30, env=env, check=False)
    except subprocess.TimeoutExpired as e:
        raise InputError(path, f"reading took over {config.max_seconds:g} s and was stopped "
                         "(PdfConfig.max_seconds)", "timeout") from e
    if proc.returncode < 0:  # killed: pdfium aborts when the memory cap refuses it
        raise InputError(path, f"the PDF reader was stopped by signal {-proc.returncode} "
                         f"(over PdfConfig.max_memory = {config.max_memory} bytes?)", "too-large")
    if proc.returncode != 0 or not proc.stdout:
        last = (proc.stderr.decode(errors="replace").strip().splitlines() or ["no message"])[-1]
        raise InputError(path, f"the PDF reader stopped (exit {proc.returncode}: {last[:200]}); "
                         "the file is damaged or needs more than the limits "
                         "(PdfConfig.max_memory, max_seconds)", "damaged-pdf")
    out = json.loads(proc.stdout)
    if "error" in out:
        raise InputError(path, out["error"]["reason"], out["error"]["code"])
    return PdfText(out["text"], out["pages"])
