"""A run with a linguist's corrections: whole documents read back, corrected, merged and
written.

Corrections change mentions and links across documents, so this path holds the corrected
documents in memory (corrections are made on sets a person has reviewed); it writes the
same files, the same way (staged, then switched in with the manifest last), as
``pipeline.run.assemble.write_set``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.doc.export import (
    RunError,
    array_file,
    document_parts,
    entity_items,
    errors_file,
    figure_to_json,
    item_text,
    manifest_text,
)
from pipeline.doc.records import LANGS, Document
from pipeline.run.outputs import Staging
from pipeline.run.worker import Outcome, read_document_cache

if TYPE_CHECKING:
    from pipeline.merge.records import Records


def corrected_set(out: Path, outcomes: Sequence[Outcome], errors: Sequence[RunError],
                  manifest: dict[str, Any], corrections: list) -> dict[str, int]:
    """Apply ``corrections`` to the run's documents and records; write and switch the set."""
    from pipeline.corrections import correct_documents, correct_records, print_warnings
    from pipeline.merge.records import merge_all
    from pipeline.run.assemble import refuse

    good = [o for o in outcomes if o.error is None and o.cache]
    all_errors = [*errors, *(o.error for o in outcomes if o.error)]
    if not good:
        return refuse(out, len(outcomes) + len(errors), all_errors)
    t0 = time.perf_counter()
    docs, fixes = correct_documents([read_document_cache(o.cache or "") for o in good],
                                    corrections)
    records = correct_records(merge_all(docs), corrections, docs, fixes)
    print_warnings(fixes)
    merge_seconds = time.perf_counter() - t0
    with Staging(out) as staging:
        rows = _write_files(staging, docs, records, all_errors)
        counts = {
            "inputs": len(outcomes) + len(errors), "documents": len(docs),
            "resumed": sum(o.resumed for o in good), "errors": len(all_errors),
            "sections": sum(len(d.sections) for d in docs),
            "mentions": sum(len(d.mentions) for d in docs),
            "organisations": len(records.organisations), "programs": len(records.programs),
            "figures": len(records.figures),
            **{f"sections_{lang}": n for lang, n in rows.items()},
            "corrections_applied": fixes.applied, "corrections_skipped": fixes.skipped,
        }
        timings = dict(manifest.get("timings", {}))
        timings["align+merge"] = round(merge_seconds, 4)
        staging.commit(manifest_text({**manifest, "counts": counts, "timings": timings,
                                      "files": staging.files()}))
    return counts


def _write_files(staging: Staging, docs: list[Document], records: Records,
                 errors: list[RunError]) -> dict[str, int]:
    """Stage every data file of the corrected set; the sections written per language."""
    parts = [document_parts(d, []) for d in docs]
    staging.write("documents.json", array_file("documents", (p.entry for p in parts)))
    rows = {}
    for lang in LANGS:
        lines = [line for p in parts for line in p.rows.get(lang, ())]
        staging.write(f"by_language/{lang}.jsonl", (line + "\n" for line in lines))
        rows[lang] = len(lines)
    staging.write("figures.json", array_file(
        "figures", (item_text(figure_to_json(f)) for f in records.figures)))
    for name, items in (("organisations", records.organisations),
                        ("programs", records.programs)):
        staging.write(f"{name}.json", array_file(name, (t for _, t in entity_items(name, items))))
    staging.write("errors.json", errors_file(errors))
    return rows
