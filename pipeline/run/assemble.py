"""The end of a run: merge across documents, write the new output set, switch to it.

Reads only the compact records the workers returned (entity mentions and their links, the
figures' JSON); each document's own pieces are streamed from its cache entry while the
files are written, so memory does not grow with the documents' text. A document whose
records break the merge or the export is left out and listed in errors.json with the
stage; the others are written.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any, TextIO

from pipeline.doc.export import (
    ExportError,
    RunError,
    array_file,
    entity_items,
    errors_file,
    manifest_text,
)
from pipeline.doc.records import LANGS
from pipeline.merge.records import MergeError, merge_mentions
from pipeline.run.outputs import Staging
from pipeline.run.worker import Outcome, read_parts

DATASETS = (("ORG", "org", "organisations"), ("PROGRAM", "prog", "programs"))


REFUSED = ".refused"  # where a run that processed nothing puts its errors.json


def refuse(out: Path, inputs: int, errors: Sequence[RunError]) -> dict[str, int]:
    """No document processed: keep the output set, put the errors in ``OUT/.refused/``."""
    from pipeline.doc.jsonio import write_atomic

    write_atomic(out / REFUSED / "errors.json", "".join(errors_file(errors)))
    return {"inputs": inputs, "documents": 0, "resumed": 0, "errors": len(errors),
            "sections": 0, "mentions": 0}


def merge_isolated(outcomes: Sequence[Outcome]) -> tuple[list[Outcome], dict[str, list[str]],
                                                          list[RunError]]:
    """Documents kept, the entity datasets as item texts, and the documents left out."""
    good = [o for o in outcomes if o.error is None]
    errors: list[RunError] = []
    while True:
        try:
            return good, _entity_texts(good), errors
        except (MergeError, _EntityExportError) as e:
            blamed = _culprits(good, e.docs)
            for o in blamed:
                reason = f"merging its records failed: {e}"
                errors.append(RunError(o.path, "internal", reason, "merge", o.doc_id))
            good = [o for o in good if o not in blamed]


def _culprits(good: Sequence[Outcome], docs: set[str]) -> list[Outcome]:
    """Of the documents a failure involved, the one whose absence lets the merge through
    (a pair of documents fails together: only one of them need be at fault); else all."""
    suspects = [o for o in good if o.doc_id in docs] or list(good[:1])
    if len(suspects) > 1:
        for o in suspects:
            try:
                _entity_texts([x for x in good if x is not o])
            except (MergeError, _EntityExportError):
                continue
            return [o]
    return suspects


class _EntityExportError(ExportError):
    def __init__(self, docs: set[str], error: ExportError) -> None:
        super().__init__(error.code, error.reason)
        self.docs = docs


def _entity_texts(good: Sequence[Outcome]) -> dict[str, list[str]]:
    texts = {}
    for label, prefix, name in DATASETS:
        mentions = [m for o in good for m in o.mentions.get(label, ())]
        evidence = [e for o in good for e in o.evidence.get(label, ())]
        entities = merge_mentions(mentions, evidence, label, prefix)
        try:
            texts[name] = [text for _, text in entity_items(name, entities)]
        except ExportError as e:
            bad = next(x for x in entities if _fails(name, x))
            raise _EntityExportError({m.doc for m in bad.mentions}, e) from e
    return texts


def _fails(name: str, entity: Any) -> bool:
    try:
        list(entity_items(name, [entity]))
    except ExportError:
        return True
    return False


def write_set(out: Path, outcomes: Sequence[Outcome], errors: Sequence[RunError],
              manifest: dict[str, Any], corrections: list | None = None) -> dict[str, int]:
    """Write the run's output set and switch ``out`` to it; returns the manifest's counts.

    With ``corrections`` (``pipeline.corrections``) the documents are read back whole from
    the cache, corrected, merged and exported again (``corrected_set``).
    """
    if corrections:
        from pipeline.run.corrected import corrected_set

        return corrected_set(out, outcomes, errors, manifest, corrections)
    t0 = time.perf_counter()
    good, entities, merge_errors = merge_isolated(outcomes)
    all_errors = [*errors, *(o.error for o in outcomes if o.error), *merge_errors]
    if not good:
        return refuse(out, len(outcomes) + len(errors), all_errors)
    merge_seconds = time.perf_counter() - t0
    with Staging(out) as staging:
        rows = _write_documents(staging, good)
        figures = sorted(((i, t) for o in good for i, t in o.figures), key=lambda f: f[0])
        staging.write("figures.json", array_file("figures", (t for _, t in figures)))
        for _, _, name in DATASETS:
            staging.write(f"{name}.json", array_file(name, entities[name]))
        staging.write("errors.json", errors_file(all_errors))
        counts = _counts(outcomes, errors, good, all_errors, entities, len(figures), rows)
        timings = _timings(manifest, outcomes, merge_seconds, time.perf_counter() - t0)
        staging.commit(manifest_text({**manifest, "counts": counts, "timings": timings,
                                      "files": staging.files()}))
    return counts


def _write_documents(staging: Staging, good: Sequence[Outcome]) -> dict[str, int]:
    """documents.json and by_language/*.jsonl in one pass over the cache; rows per language."""
    rows = dict.fromkeys(LANGS, 0)
    with ExitStack() as stack:
        handles = {lang: stack.enter_context(staging.open(f"by_language/{lang}.jsonl"))
                   for lang in LANGS}
        staging.write("documents.json", array_file("documents", _entries(good, handles, rows)))
    return rows


def _entries(good: Sequence[Outcome], handles: dict[str, TextIO], rows: dict[str, int]
             ) -> Iterator[str]:
    """Each document's documents.json item; its rows go to their language's file meanwhile."""
    for o in good:
        parts = read_parts(o.cache or "")
        for lang, handle in handles.items():
            for line in parts.rows.get(lang, ()):
                handle.write(line + "\n")
                rows[lang] += 1
        yield parts.entry


def _counts(outcomes: Sequence[Outcome], errors: Sequence[RunError], good: Sequence[Outcome],
            all_errors: Sequence[RunError], entities: dict[str, list[str]], figures: int,
            rows: dict[str, int]) -> dict[str, int]:
    return {
        "inputs": len(outcomes) + len(errors),
        "documents": len(good),
        "resumed": sum(o.resumed for o in good),
        "errors": len(all_errors),
        "sections": sum(o.counts.get("sections", 0) for o in good),
        "mentions": sum(o.counts.get("mentions", 0) for o in good),
        "organisations": len(entities["organisations"]),
        "programs": len(entities["programs"]),
        "figures": figures,
        **{f"sections_{lang}": n for lang, n in rows.items()},
    }


def _timings(manifest: dict[str, Any], outcomes: Sequence[Outcome], merge: float,
             write: float) -> dict[str, float]:
    timings: dict[str, float] = dict(manifest.get("timings", {}))
    timings["align+merge"] = round(merge, 4)
    timings["write"] = round(write - merge, 4)
    for o in outcomes:
        for stage, seconds in o.timings.items():
            timings[stage] = round(timings.get(stage, 0.0) + seconds, 4)
    return timings
