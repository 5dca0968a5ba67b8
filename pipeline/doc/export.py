"""Export: each record checked against its schema and turned into strict JSON text.

A document's own parts (its documents.json entry, its by_language rows, its figures) are
made and checked in the worker that analysed it (``document_parts``), so a document that
cannot be exported fails alone. The files are then assembled from those pieces
(``array_file``): the text equals ``jsonio.dumps`` of the whole file, made in a stream.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.doc.jsonio import SCHEMA_VERSION, validate, write_atomic
from pipeline.doc.records import LANGS, Document, Entity, Evidence, Figure, Mention
from pipeline.doc.serialize import document_to_json, section_rows

ITEM_INDENT = "  "  # items of the top-level array sit two levels deep


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


class ExportError(ValueError):
    """A record that cannot be written: not valid for its schema, or not finite."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


@dataclass
class DocumentParts:
    """A document's share of the outputs, as checked JSON text."""

    entry: str  # its documents.json item
    rows: dict[str, list[str]] = field(default_factory=dict)  # by_language lines per language
    figures: list[tuple[str, str]] = field(default_factory=list)  # (id, figures.json item)


def item_text(item: Any) -> str:
    """One item of a top-level array, as ``jsonio.dumps`` of the whole file would print it."""
    text = json.dumps(item, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False)
    return "\n".join(ITEM_INDENT + line for line in text.split("\n"))


def line_text(row: Any) -> str:
    """One JSON line (strict)."""
    return json.dumps(row, ensure_ascii=False, sort_keys=True, allow_nan=False)


def array_file(key: str, items: Iterable[str]) -> Iterator[str]:
    """The pieces of ``{"<key>": [items], "schema_version": ...}`` as ``dumps`` prints it."""
    validate_envelope(key)
    tail = f' "schema_version": {json.dumps(SCHEMA_VERSION)}\n}}\n'
    first = True
    for item in items:
        yield (f'{{\n "{key}": [\n' if first else ",\n") + item
        first = False
    yield f'{{\n "{key}": [],\n{tail}' if first else f"\n ],\n{tail}"


def validate_envelope(key: str) -> None:
    """The file's own fields (not its items) match its schema."""
    validate(key, {"schema_version": SCHEMA_VERSION, key: []})


def checked(name: str, key: str | None, item: Any, where: str) -> Any:
    """``item`` if it is finite and valid for schema ``name`` (one item of ``key``)."""
    bad = non_finite(item)
    if bad is not None:
        raise ExportError("non-finite", f"{where}{bad} is {item_at(item, bad)}, not a finite "
                          "number (JSON has no NaN or Infinity)")
    try:
        validate(name, item, key)
    except ValueError as e:
        raise ExportError("invalid-record", f"{where}: {e}") from e
    return item


def non_finite(data: Any, path: str = "") -> str | None:
    """The path (``.figures[2].value``) of the first NaN or infinite number, or None."""
    if isinstance(data, float) and not math.isfinite(data):
        return path
    items = (data.items() if isinstance(data, dict) else
             enumerate(data) if isinstance(data, list | tuple) else ())
    for k, v in items:
        found = non_finite(v, f"{path}[{k}]" if isinstance(k, int) else f"{path}.{k}")
        if found is not None:
            return found
    return None


def item_at(data: Any, path: str) -> str:
    """Text of the value at ``path`` (as ``non_finite`` names it)."""
    for part in path.replace("[", ".").replace("]", "").split(".")[1:]:
        data = data[int(part)] if isinstance(data, list | tuple) else data[part]
    return repr(data)


def document_parts(doc: Document, figures: Sequence[Figure]) -> DocumentParts:
    """A document's checked entry, rows and figures; raises ExportError."""
    entry = checked("documents", "documents", document_to_json(doc), "document")
    rows: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for row in section_rows(doc):
        if row["lang"] in rows:
            checked("section_row", None, row, f"section {row['section']}")
            rows[row["lang"]].append(line_text(row))
    items = [(f.id, item_text(checked("figures", "figures", figure_to_json(f), f"figure {f.id}")))
             for f in figures]
    return DocumentParts(item_text(entry), rows, items)


def errors_file(errors: Sequence[RunError]) -> Iterator[str]:
    return array_file("errors", (item_text(checked("errors", "errors", e.to_json(), "error"))
                                 for e in errors))


def manifest_text(manifest: dict[str, Any]) -> str:
    from pipeline.doc.jsonio import dumps

    data = {"schema_version": SCHEMA_VERSION, **manifest}
    validate("manifest", data)
    return dumps(data) + "\n"


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


def entity_items(name: str, entities: Sequence[Entity]) -> Iterator[tuple[Entity, str]]:
    """Each entity with its checked ``name``.json item text (raises ExportError)."""
    for e in entities:
        yield e, item_text(checked(name, name, entity_to_json(e), f"{e.label} {e.id}"))


def write_documents(out: Path, docs: Sequence[Document]) -> None:
    """documents.json of ``docs`` alone (a run writes its set through ``pipeline.run.assemble``)."""
    items = (item_text(checked("documents", "documents", document_to_json(d), d.id))
             for d in docs)
    write_atomic(out / "documents.json", array_file("documents", items))


def write_errors(out: Path, errors: Sequence[RunError]) -> None:
    """errors.json of ``errors`` alone."""
    write_atomic(out / "errors.json", errors_file(errors))


def write_by_language(out: Path, docs: Sequence[Document]) -> dict[str, int]:
    """by_language/<lang>.jsonl of ``docs`` alone; returns row counts."""
    parts = [document_parts(d, []) for d in docs]
    counts = {}
    for lang in LANGS:
        lines = [line for p in parts for line in p.rows.get(lang, ())]
        write_atomic(out / "by_language" / f"{lang}.jsonl", (x + "\n" for x in lines))
        counts[lang] = len(lines)
    return counts


def write_records(out: Path, organisations: Sequence[Entity], programs: Sequence[Entity],
                  figures: Sequence[Figure]) -> None:
    """organisations.json, programs.json and figures.json of merged records alone."""
    for name, items in (("organisations", organisations), ("programs", programs)):
        write_atomic(out / f"{name}.json", array_file(name, (t for _, t in
                                                             entity_items(name, items))))
    write_atomic(out / "figures.json", array_file("figures", (
        item_text(checked("figures", "figures", figure_to_json(f), f.id)) for f in figures)))
