"""Export: the run's JSON files, each validated against its schema before it is written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.jsonio import SCHEMA_VERSION, validate, write_json, write_jsonl
from pipeline.records import LANGS, Document, Entity, Evidence, Figure, Mention
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


def _ref(m: Mention) -> dict[str, Any]:
    return {"doc": m.doc, "section": m.section, "lang": m.lang, "start": m.start, "end": m.end,
            "text": m.text}


def _evidence(items: Sequence[Evidence]) -> list[dict[str, Any]]:
    return [{"rule": e.rule, "score": e.score, "parts": e.parts, "a": _ref(e.a), "b": _ref(e.b)}
            for e in items]


def _mention(m: Mention, extra: Sequence[str]) -> dict[str, Any]:
    data = m.to_json()
    keep = ("doc", "section", "lang", "start", "end", "text", "source", "label", *extra)
    return {k: data[k] for k in keep if k in data}


def entity_to_json(e: Entity) -> dict[str, Any]:
    out = {"id": e.id, "label": e.label, "names": e.names,
           "mentions": [_mention(m, ("kind", "canonical", "ror", "marker", "authors"))
                        for m in e.mentions],
           "evidence": _evidence(e.evidence)}
    return out | ({"kind": e.kind} if e.kind else {}) | ({"ror": e.ror} if e.ror else {})


def figure_to_json(f: Figure) -> dict[str, Any]:
    extra = ("value", "unit", "kind", "low", "high", "approx", "context", "date")
    out = {"id": f.id, "value": f.value, "unit": f.unit, "kind": f.kind,
           "mentions": [_mention(m, extra) for m in f.mentions],
           "evidence": _evidence(f.evidence)}
    ends = {"date": f.date, "low": f.low, "high": f.high}
    return out | {k: v for k, v in ends.items() if v is not None}


def write_records(out: Path, organisations: Sequence[Entity], programs: Sequence[Entity],
                  figures: Sequence[Figure]) -> None:
    """organisations.json, programs.json and figures.json, each checked against its schema."""
    for name, key, items in (
        ("organisations", "organisations", [entity_to_json(e) for e in organisations]),
        ("programs", "programs", [entity_to_json(e) for e in programs]),
        ("figures", "figures", [figure_to_json(f) for f in figures]),
    ):
        data = {"schema_version": SCHEMA_VERSION, key: items}
        validate(name, data)
        write_json(out / f"{name}.json", data)
