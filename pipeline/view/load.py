"""Read a run's output folder into what the view's pages show.

Only the exported files are read (documents.json, by_language/*.jsonl, the three record
files, errors.json); section texts come from the by_language rows, and from the run's
cache for sections whose language is ``other`` when the cache is there and still matches.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.doc.records import LANGS

RECORD_FILES = (("organisations", "organisations"), ("programs", "programs"),
                ("figures", "figures"))


@dataclass
class DocView:
    """One document as its page shows it."""

    info: dict[str, Any]  # the documents.json entry
    texts: dict[str, str] = field(default_factory=dict)  # section id -> text
    mentions: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)  # evidence between mentions

    @property
    def id(self) -> str:
        return self.info["id"]


@dataclass
class RunView:
    """A whole output folder."""

    out: Path
    docs: dict[str, DocView]
    records: dict[str, list[dict[str, Any]]]
    errors: list[dict[str, Any]]
    manifest: dict[str, Any]


def _read(path: Path, default: Any) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return default


def load_run(out: Path) -> RunView:
    """Everything the view needs from ``out``; missing files read as empty."""
    documents = _read(out / "documents.json", {}).get("documents", [])
    docs = {d["id"]: DocView(d) for d in documents}
    for lang in LANGS:
        _add_rows(docs, out / "by_language" / f"{lang}.jsonl")
    _add_cached_texts(docs, out / ".cache")
    records = {key: _read(out / f"{name}.json", {}).get(key, []) for name, key in RECORD_FILES}
    for kind, items in records.items():
        _add_links(docs, kind, items)
    errors = _read(out / "errors.json", {}).get("errors", [])
    return RunView(out, docs, records, errors, _read(out / "manifest.json", {}))


def _add_rows(docs: dict[str, DocView], path: Path) -> None:
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as f:
        for line in f:
            try:
                row = json.loads(line)
            except ValueError:
                continue
            doc = docs.get(row.get("doc"))
            if doc is None:
                continue
            doc.texts[row["section"]] = row.get("text", "")
            for kind in ("entities", "figures", "programs"):
                doc.mentions.extend(row.get(kind, []))


def _add_cached_texts(docs: dict[str, DocView], cache: Path) -> None:
    """Texts of the sections no by_language file holds, from a cache entry of the same bytes."""
    for doc in docs.values():
        missing = [s for s in doc.info.get("sections", []) if s["id"] not in doc.texts]
        if not missing:
            continue
        data = _read(cache / f"{doc.id}.json", {})
        text = data.get("document", {}).get("text")
        if data.get("sha256") != doc.info.get("sha256") or not isinstance(text, str):
            continue
        for s in missing:
            doc.texts[s["id"]] = text[s["start"]:s["end"]]


def mention_id(m: dict[str, Any]) -> str:
    """The anchor of a mention in its document page: offsets and label."""
    return f"m-{m['start']}-{m['end']}-{m.get('label', '')}"


def _add_links(docs: dict[str, DocView], kind: str, items: list[dict[str, Any]]) -> None:
    """Tag each mention with its record, and collect the record's evidence per document."""
    index: dict[str, dict[tuple, dict[str, Any]]] = {}
    for record in items:
        labels = {(m["doc"], m["start"], m["end"]): m.get("label") for m in record["mentions"]}
        for m in record.get("mentions", []):
            doc = docs.get(m["doc"])
            if doc is None:
                continue
            if doc.id not in index:
                index[doc.id] = {(x["start"], x["end"], x.get("label")): x for x in doc.mentions}
            found = index[doc.id].get((m["start"], m["end"], m.get("label")))
            if found is not None:
                found["record"], found["record_kind"] = record["id"], kind
        for e in record.get("evidence", []):
            a, b = e["a"], e["b"]
            doc = docs.get(a["doc"])
            if doc is None or a["doc"] != b["doc"]:
                continue
            doc.links.append({"record": record["id"], "rule": e["rule"], "score": e["score"],
                              "parts": e.get("parts", {}), "a": _ref_id(a, labels),
                              "b": _ref_id(b, labels)})


def _ref_id(ref: dict[str, Any], labels: dict[tuple, Any]) -> str:
    # Evidence refers to mentions without their label: take the record member's.
    label = labels.get((ref["doc"], ref["start"], ref["end"]), "")
    return mention_id({"start": ref["start"], "end": ref["end"], "label": label})
