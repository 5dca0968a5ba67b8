"""Export: the run's JSON files, each validated against its schema before it is written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.jsonio import SCHEMA_VERSION, validate, write_json, write_jsonl
from pipeline.records import LANGS, Document
from pipeline.serialize import document_to_json, section_rows


@dataclass(frozen=True)
class RunError:
    """An input that could not be processed."""

    input: str
    code: str
    reason: str
    stage: str
    doc: str | None = None

    def to_json(self) -> dict[str, Any]:
        out = {"input": self.input, "code": self.code, "reason": self.reason, "stage": self.stage}
        return out | ({"doc": self.doc} if self.doc else {})


def write_documents(out: Path, docs: Sequence[Document]) -> None:
    data = {"schema_version": SCHEMA_VERSION, "documents": [document_to_json(d) for d in docs]}
    validate("documents", data)
    write_json(out / "documents.json", data)


def write_errors(out: Path, errors: Sequence[RunError]) -> None:
    data = {"schema_version": SCHEMA_VERSION, "errors": [e.to_json() for e in errors]}
    validate("errors", data)
    write_json(out / "errors.json", data)


def write_by_language(out: Path, docs: Sequence[Document]) -> dict[str, int]:
    """One JSONL file per language: a row per section with its mentions. Returns row counts."""
    rows: dict[str, list[dict[str, Any]]] = {lang: [] for lang in LANGS}
    for doc in docs:
        for row in section_rows(doc):
            if row["lang"] in rows:
                rows[row["lang"]].append(row)
    for lang, lang_rows in rows.items():
        for row in lang_rows:
            validate("section_row", row)
        write_jsonl(out / "by_language" / f"{lang}.jsonl", lang_rows)
    return {lang: len(r) for lang, r in rows.items()}


def write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    data = {"schema_version": SCHEMA_VERSION, **manifest}
    validate("manifest", data)
    write_json(out / "manifest.json", data)
