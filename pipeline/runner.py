"""A run over many documents: resume from finished documents, record failures, write outputs.

Plain functions; ``pipeline.flow`` wraps them as Prefect tasks. Every finished
document is cached under ``<out>/.cache/`` (atomically), so a rerun after a
crash skips it; a document is redone only when its bytes or the configuration
changed.
"""

from __future__ import annotations

import hashlib
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import InputError
from pipeline.export import RunError
from pipeline.jsonio import read_json, write_json
from pipeline.process import RunConfig, analyse
from pipeline.records import Document
from pipeline.serialize import document_from_cache, document_to_cache

CACHE_DIR = ".cache"


@dataclass
class Outcome:
    """What happened to one input: a document (fresh or resumed) or an error."""

    path: Path
    doc: Document | None = None
    error: RunError | None = None
    resumed: bool = False
    timings: dict[str, float] = field(default_factory=dict)


def process_one(path: Path, doc_id: str, out: Path, config: RunConfig) -> Outcome:
    """Analyse one file, or load its cached result; never raises for a bad document."""
    outcome = Outcome(path)
    try:
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as e:
        reason = f"cannot read file: {e.strerror or e}"
        outcome.error = RunError(str(path), "unreadable", reason, "ingest", doc_id)
        return outcome
    cache = out / CACHE_DIR / f"{doc_id}.json"
    cached = _load_cache(cache, sha, config)
    if cached is not None:
        outcome.doc, outcome.resumed = cached, True
        return outcome
    try:
        outcome.doc = analyse(path, config, doc_id, outcome.timings)
    except InputError as e:
        outcome.error = RunError(str(path), e.code, e.reason, "ingest", doc_id)
    except Exception as e:  # one broken document must not stop the run
        where = traceback.extract_tb(e.__traceback__)[-1]
        reason = f"{type(e).__name__}: {e} (at {Path(where.filename).name}:{where.lineno})"
        outcome.error = RunError(str(path), "internal", reason, _stage_of(outcome), doc_id)
    else:
        write_json(cache, {"sha256": sha, "config": config.fingerprint(),
                           "document": document_to_cache(outcome.doc)})
    return outcome


def _stage_of(outcome: Outcome) -> str:
    # The stage running when it failed is the last one that started timing.
    return next(reversed(outcome.timings), "ingest")


def _load_cache(cache: Path, sha: str, config: RunConfig) -> Document | None:
    if not cache.exists():
        return None
    try:
        data = read_json(cache)
        if data.get("sha256") != sha or data.get("config") != config.fingerprint():
            return None
        return document_from_cache(data["document"])
    except (ValueError, KeyError, TypeError):
        return None  # a damaged cache entry is just redone


def write_run(out: Path, outcomes: list[Outcome], errors: list[RunError], manifest: dict,
              corrections: list | None = None) -> dict:
    """Write every output file of a run; returns the counts put in the manifest.

    ``corrections`` (from ``pipeline.corrections.read_corrections``) are applied to the
    finished documents and the merged records.
    """
    from pipeline.export import (
        write_by_language,
        write_documents,
        write_errors,
        write_manifest,
        write_records,
    )
    from pipeline.merge import merge_all

    docs = [o.doc for o in outcomes if o.doc is not None]
    all_errors = errors + [o.error for o in outcomes if o.error is not None]
    fixes = None
    if corrections:
        from pipeline.corrections import correct_documents, correct_records, print_warnings

        docs, fixes = correct_documents(docs, corrections)
    t0 = time.perf_counter()
    records = merge_all(docs)
    if fixes is not None:
        records = correct_records(records, corrections or [], docs, fixes)
        print_warnings(fixes)
    merge_seconds = time.perf_counter() - t0
    write_documents(out, docs)
    write_errors(out, all_errors)
    rows = write_by_language(out, docs)
    write_records(out, records.organisations, records.programs, records.figures)
    counts = {
        "inputs": len(outcomes) + len(errors),
        "documents": len(docs),
        "resumed": sum(o.resumed for o in outcomes),
        "errors": len(all_errors),
        "sections": sum(len(d.sections) for d in docs),
        "mentions": sum(len(d.mentions) for d in docs),
        "organisations": len(records.organisations),
        "programs": len(records.programs),
        "figures": len(records.figures),
        **{f"sections_{lang}": n for lang, n in rows.items()},
        **({"corrections_applied": fixes.applied, "corrections_skipped": fixes.skipped}
           if fixes is not None else {}),
    }
    timings: dict[str, float] = dict(manifest.pop("timings", {}))
    timings["align+merge"] = round(merge_seconds, 4)
    for o in outcomes:
        for stage, seconds in o.timings.items():
            timings[stage] = round(timings.get(stage, 0.0) + seconds, 4)
    write_manifest(out, {**manifest, "counts": counts, "timings": timings})
    return counts
