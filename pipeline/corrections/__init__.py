"""Linguists' corrections from the view, applied to a run (``tilmash run --corrections``)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from pipeline.corrections.apply import Report, apply_to_document
from pipeline.corrections.links import apply_links
from pipeline.corrections.read import ACTIONS, Correction, by_document, read_corrections
from pipeline.doc.records import Document
from pipeline.merge.records import Records

__all__ = ["ACTIONS", "Correction", "Report", "by_document", "correct_documents",
           "correct_records", "read_corrections"]


def correct_documents(docs: Sequence[Document], corrections: Sequence[Correction]
                      ) -> tuple[list[Document], Report]:
    """Every document with its own corrections applied (documents not named are unchanged)."""
    report = Report()
    groups = by_document(list(corrections))
    out = []
    for doc in docs:
        fixed, r = apply_to_document(doc, groups.get(doc.id, []))
        report.add(r)
        out.append(fixed)
    unknown = sorted(set(groups) - {d.id for d in docs})
    if unknown:
        report.skipped += sum(len(groups[d]) for d in unknown)
        report.warnings.append(f"corrections name documents not in this run: "
                               f"{', '.join(unknown[:5])}{' ...' if len(unknown) > 5 else ''}")
    return out, report


def correct_records(records: Records, corrections: Sequence[Correction],
                    docs: Sequence[Document], report: Report) -> Records:
    """The merged records with the link corrections of unchanged documents applied."""
    shas = {d.id: d.sha256 for d in docs}
    fixed, r = apply_links(records, corrections, lambda c: shas.get(c.doc) == c.sha256)
    report.add(r)
    return fixed


def print_warnings(report: Report, stream: TextIO = sys.stderr) -> None:
    """One line per warning, on stderr."""
    for w in report.warnings:
        print(f"tilmash: warning: {w}", file=stream)
