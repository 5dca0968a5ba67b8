"""One document through every per-document stage, as plain functions.

``ingest -> segment -> identify language -> extract -> project`` (names found in one
abstract carried into the parallel ones). The Prefect flow
(``pipeline.run.flow``) calls these; tests and notebooks can call them directly.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypeVar

from pipeline.doc.records import Document
from pipeline.stages.extract.document import ExtractConfig, extract
from pipeline.stages.extract.project import project
from pipeline.stages.ingest.pdf import assign_pages
from pipeline.stages.ingest.read import IngestConfig, read_document
from pipeline.stages.language.sections import assign_mention_languages, identify_sections
from pipeline.stages.segment.sections import segment


@dataclass(frozen=True)
class RunConfig:
    """Everything that changes what a run produces."""

    ingest: IngestConfig = field(default_factory=IngestConfig)
    extract: ExtractConfig = field(default_factory=ExtractConfig)

    def to_json(self) -> dict:
        return asdict(self)

    def fingerprint(self) -> str:
        """A short hash of the configuration; cached results are reused only when it matches."""
        text = json.dumps(self.to_json(), sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()[:12]


def analyse(path: Path, config: RunConfig, doc_id: str | None = None,
            timings: dict[str, float] | None = None) -> Document:
    """Run every per-document stage on one file; raise InputError for unusable input."""
    timings = timings if timings is not None else {}
    doc = analyse_sections(path, config.ingest, doc_id, timings)
    doc = _timed(timings, "extract", extract, doc, config.extract)
    if config.extract.project:
        doc = _timed(timings, "project", project, doc)
    return _timed(timings, "extract", assign_mention_languages, doc)


def analyse_sections(path: Path, config: IngestConfig | None = None, doc_id: str | None = None,
                     timings: dict[str, float] | None = None) -> Document:
    """Read, segment and identify the languages of one file (no extraction)."""
    timings = timings if timings is not None else {}
    doc = _timed(timings, "ingest", read_document, path, config or IngestConfig(), doc_id)
    doc = _timed(timings, "segment", segment, doc)
    doc = _timed(timings, "language", identify_sections, doc)
    return assign_pages(doc)


T = TypeVar("T")


def _timed(timings: dict[str, float], stage: str, fn: Callable[..., T], *args: object) -> T:
    t0 = time.perf_counter()
    try:
        return fn(*args)
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - t0
