"""One document's whole share of a run, in a worker: analyse, merge within it, export, cache.

Plain functions; ``pipeline.run.flow`` wraps them as Prefect tasks run in a process pool or
on Dask. Each finished document is written to the cache (``<out>/.cache/``, atomically)
as its checked output pieces and compact mention records; the worker returns only the
small ``Outcome`` (records the cross-document merge needs), so the flow never holds whole
documents. A document is redone only when its bytes, the configuration or the code changed.
Every failure (ingest, a stage, the merge within the document, its export) is that
document's error, with the stage; the batch goes on.
"""

from __future__ import annotations

import hashlib
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pipeline.doc.errors import InputError
from pipeline.doc.export import DocumentParts, ExportError, RunError, document_parts
from pipeline.doc.jsonio import dumps, read_json, write_atomic
from pipeline.doc.records import Document, Evidence, Mention, mention_from_json
from pipeline.doc.serialize import document_from_cache, document_to_cache
from pipeline.run.document import RunConfig, analyse
from pipeline.stages.ingest.read import display, read_bytes

CACHE_DIR = ".cache"
CACHE_FORMAT = 2
ENTITY_LABELS = ("ORG", "PROGRAM")


@dataclass
class Outcome:
    """What happened to one input, and what the cross-document merge needs of it."""

    path: str
    doc_id: str
    error: RunError | None = None
    resumed: bool = False
    cache: str | None = None  # the cache entry holding the document's output pieces
    timings: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)  # per entity label
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)  # within the document
    figures: list[tuple[str, str]] = field(default_factory=list)  # (id, figures.json item)


def cache_file(cache_dir: Path, doc_id: str) -> Path:
    """Where a document's cache entry lives: ``<id>.json`` (readers such as the view find it
    by id), or a hash of the id when that would be no safe file name."""
    name = f"{doc_id}.json"
    if "/" in doc_id or doc_id.startswith(".") or len(name.encode()) > 200:
        name = f"{hashlib.sha256(doc_id.encode()).hexdigest()[:24]}.json"
    return cache_dir / name


@cache
def code_fingerprint() -> str:
    """A hash of the package's code and data: cached documents are redone when it changes."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".json", ".txt", ".tsv") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def process_batch(items: list[tuple[Path, str]], cache_dir: Path, config: RunConfig
                  ) -> list[Outcome]:
    """``process_one`` over a batch of (path, id) pairs."""
    return [process_one(path, doc_id, cache_dir, config) for path, doc_id in items]


def process_one(path: Path, doc_id: str, cache_dir: Path, config: RunConfig) -> Outcome:
    """Analyse one file, or load its cached result; never raises for a bad document."""
    outcome = Outcome(display(path), doc_id)
    try:
        sha = hashlib.sha256(read_bytes(path, config.ingest)).hexdigest()
    except InputError as e:
        outcome.error = RunError(outcome.path, e.code, e.reason, "ingest", doc_id)
        return outcome
    entry = cache_file(cache_dir, doc_id)
    key = {"format": CACHE_FORMAT, "sha256": sha, "config": config.fingerprint(),
           "code": code_fingerprint(), "id": doc_id}
    if _load_cache(entry, key, outcome):
        return outcome
    doc = _stage(outcome, lambda: analyse(path, config, doc_id, outcome.timings), None)
    if doc is None:
        return outcome
    figures = _stage(outcome, lambda: _merge_document(doc, outcome), "merge")
    if figures is None:
        return outcome
    parts = _stage(outcome, lambda: document_parts(doc, figures), "export")
    if parts is None:
        return outcome
    outcome.figures = parts.figures
    outcome.counts = _counts(doc, parts)
    write_atomic(entry, dumps({**key, "path": outcome.path, "parts": _parts_json(parts),
                               "entities": _entities_json(outcome), "counts": outcome.counts,
                               "document": document_to_cache(doc)}))
    outcome.cache = str(entry)
    return outcome


T = TypeVar("T")


def _stage(outcome: Outcome, fn: Callable[[], T], stage: str | None) -> T | None:
    """Run one step; on failure record the document's error (with its stage) and return None."""
    t0 = time.perf_counter()
    try:
        return fn()
    except InputError as e:
        outcome.error = RunError(outcome.path, e.code, e.reason, "ingest", outcome.doc_id)
    except ExportError as e:
        outcome.error = RunError(outcome.path, e.code, e.reason, "export", outcome.doc_id)
    except Exception as e:  # one broken document must not stop the run
        where = traceback.extract_tb(e.__traceback__)[-1]
        reason = f"{type(e).__name__}: {e} (at {Path(where.filename).name}:{where.lineno})"
        # The stage running when it failed is the last one that started timing.
        name = stage or next(reversed(outcome.timings), "ingest")
        outcome.error = RunError(outcome.path, "internal", reason, name, outcome.doc_id)
    finally:
        if stage is not None:
            outcome.timings[f"{stage}-document"] = time.perf_counter() - t0
    return None


def _merge_document(doc: Document, outcome: Outcome) -> list:
    """Within one document: its figures merged, its entity mentions and parallel links."""
    from pipeline.merge.config import AlignConfig
    from pipeline.merge.entities import document_links
    from pipeline.merge.evidence import text_score
    from pipeline.merge.records import entity_mentions, merge_figures

    for label in ENTITY_LABELS:
        own = entity_mentions(doc, label)
        outcome.mentions[label] = own
        outcome.evidence[label] = document_links(doc, own, AlignConfig())
        for m in own:  # a name the cross-document merge cannot read fails here, for this doc
            text_score(m.text, m.lang, m.text, m.lang)
    return merge_figures([doc])


def _counts(doc: Document, parts: DocumentParts) -> dict[str, int]:
    return {"sections": len(doc.sections), "mentions": len(doc.mentions),
            **{f"sections_{lang}": len(rows) for lang, rows in parts.rows.items()}}


def _parts_json(parts: DocumentParts) -> dict[str, Any]:
    return {"entry": parts.entry, "rows": parts.rows, "figures": parts.figures}


def _entities_json(outcome: Outcome) -> dict[str, Any]:
    return {label: {"mentions": [m.to_json() for m in outcome.mentions[label]],
                    "evidence": [{"a": e.a.to_json(), "b": e.b.to_json(), "rule": e.rule,
                                  "score": e.score, "parts": e.parts}
                                 for e in outcome.evidence[label]]}
            for label in ENTITY_LABELS}


def _load_cache(entry: Path, key: dict[str, Any], outcome: Outcome) -> bool:
    """Fill ``outcome`` from a matching cache entry; False when there is none."""
    if not entry.exists():
        return False
    try:
        data = read_json(entry)
        if any(data.get(k) != v for k, v in key.items()):
            return False
        for label in ENTITY_LABELS:
            found = data["entities"][label]
            outcome.mentions[label] = [mention_from_json(m) for m in found["mentions"]]
            outcome.evidence[label] = [
                Evidence(mention_from_json(e["a"]), mention_from_json(e["b"]), e["rule"],
                         e["score"], e["parts"]) for e in found["evidence"]]
        outcome.figures = [(i, text) for i, text in data["parts"]["figures"]]
        outcome.counts = dict(data["counts"])
    except (ValueError, KeyError, TypeError, OSError):
        outcome.mentions, outcome.evidence, outcome.figures = {}, {}, []
        return False  # a damaged cache entry is just redone
    outcome.resumed, outcome.cache = True, str(entry)
    return True


def read_parts(entry: str | Path) -> DocumentParts:
    """The checked output pieces of a cached document."""
    parts = read_json(Path(entry))["parts"]
    return DocumentParts(parts["entry"], parts["rows"], [tuple(f) for f in parts["figures"]])


def prune_cache(cache_dir: Path, keep: set[str]) -> int:
    """Remove cache entries of documents that are no longer inputs; returns how many."""
    stale = [p for p in cache_dir.glob("*.json") if str(p) not in keep]
    for p in stale:
        p.unlink(missing_ok=True)
    return len(stale)


def read_document_cache(entry: str | Path) -> Document:
    """The whole analysed document of a cache entry (for corrections)."""
    return document_from_cache(read_json(Path(entry))["document"])


def warm(config: RunConfig) -> None:
    """Load the configured NER models into this process (a worker does it once)."""
    if not config.extract.entities:
        return
    from pipeline.doc.records import LANGS
    from pipeline.ner import backends
    from pipeline.ner.registry import resolve

    for lang in LANGS:
        spec = resolve(config.extract.ner, lang)
        if spec is not None:
            backends.runner(spec)
