"""The Prefect flow: thin task wrappers around the plain functions of ``pipeline.runner``."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from tqdm import tqdm

from pipeline import __version__
from pipeline.errors import InputError
from pipeline.export import RunError
from pipeline.ingest import assign_ids, discover
from pipeline.manifest import describe_models, versions
from pipeline.process import RunConfig
from pipeline.runner import Outcome, process_one, write_run

PROGRESS_MIN_DOCS = 5  # fewer documents than this finish before a bar would help


@task(name="analyse-document", cache_policy=NO_CACHE)
def analyse_document(path: Path, doc_id: str, out: Path, config: RunConfig) -> Outcome:
    """Ingest, segment, identify and extract one document (or resume it from the cache)."""
    return process_one(path, doc_id, out, config)


@task(name="write-outputs", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def write_outputs(out: Path, outcomes: list[Outcome], errors: list[RunError],
                  manifest: dict, corrections: list | None = None) -> dict:
    """Write documents.json, errors.json, by_language/ and manifest.json atomically."""
    return write_run(out, outcomes, errors, manifest, corrections)


@flow(name="tilmash", log_prints=False)
def tilmash_flow(inputs: Sequence[str], out: str, config: RunConfig | None = None,
                 progress: bool | None = None, corrections: list | None = None) -> dict:
    """Process every document under ``inputs`` and write the datasets to ``out``."""
    config = config or RunConfig()
    started, t0 = datetime.now(UTC), time.perf_counter()
    out_dir = Path(out)
    found = list(discover(inputs, config.ingest))
    errors = [RunError(e.path, e.code, e.reason, "discover") for e in found
              if isinstance(e, InputError)]
    paths = [p for p in found if isinstance(p, Path)]
    ids = assign_ids(paths)
    show = progress if progress is not None else len(ids) >= PROGRESS_MIN_DOCS
    outcomes = [
        analyse_document(path, doc_id, out_dir, config)
        for path, doc_id in tqdm(ids.items(), desc="documents", unit="doc", disable=not show)
    ]
    manifest = {
        "tilmash_version": __version__,
        "started": started.isoformat(),
        "finished": datetime.now(UTC).isoformat(),
        "inputs": [str(i) for i in inputs],
        "output": str(out_dir),
        "versions": versions(),
        "models": describe_models(config.extract),
        "config": config.to_json(),
        "timings": {"total": round(time.perf_counter() - t0, 4)},
    }
    return write_outputs(out_dir, outcomes, errors, manifest, corrections)
