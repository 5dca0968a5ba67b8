"""Records to and from plain JSON data (the output contract lives in pipeline/doc/schemas/)."""

from __future__ import annotations

from typing import Any

from pipeline.doc.records import Document, Section, Sentence, mention_from_json, sort_mentions
from pipeline.doc.spans import Span


def section_to_json(s: Section, sentences: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": s.id, "kind": s.kind, "lang": s.lang, "score": s.lang_score,
        "start": s.start, "end": s.end, "group": s.group,
    }
    if s.pages:
        out["pages"] = list(s.pages)
    if sentences:
        out["sentences"] = [
            {"start": x.start, "end": x.end, "lang": x.lang, "score": round(x.score, 4)}
            for x in s.sentences
        ]
    return out


def document_to_json(doc: Document) -> dict[str, Any]:
    """The documents.json entry of a document."""
    counts: dict[str, int] = {}
    for m in doc.mentions:
        counts[m.label] = counts.get(m.label, 0) + 1
    return {
        "id": doc.id, "path": doc.path, "sha256": doc.sha256, "chars": len(doc.text),
        "languages": doc.languages,
        "sections": [section_to_json(s) for s in doc.sections],
        "abstract_set": doc.abstract_set,
        "counts": {"sections": len(doc.sections), "mentions": len(doc.mentions),
                   **dict(sorted(counts.items()))},
    }


def document_to_cache(doc: Document) -> dict[str, Any]:
    """Everything needed to rebuild the document without redoing any stage."""
    return {
        "id": doc.id, "path": doc.path, "sha256": doc.sha256, "text": doc.text,
        "headings": [[h.start, h.end] for h in doc.headings],
        "sections": [section_to_json(s) for s in doc.sections],
        "mentions": [m.to_json() for m in sort_mentions(doc.mentions)],
        "abstract_set": doc.abstract_set, "pages": list(doc.pages),
    }


def document_from_cache(data: dict[str, Any]) -> Document:
    """Inverse of ``document_to_cache``."""
    text = data["text"]
    sections = tuple(
        Section(
            id=s["id"], kind=s["kind"], start=s["start"], end=s["end"],
            text=text[s["start"]:s["end"]], lang=s["lang"], lang_score=s["score"],
            group=s.get("group"), pages=tuple(s.get("pages", ())),
            sentences=tuple(Sentence(x["start"], x["end"], x["lang"], x["score"])
                            for x in s.get("sentences", ())),
        )
        for s in data["sections"]
    )
    return Document(
        id=data["id"], path=data["path"], sha256=data["sha256"], text=text,
        headings=tuple(Span(s, e) for s, e in data.get("headings", ())),
        sections=sections,
        mentions=tuple(mention_from_json(m) for m in data.get("mentions", ())),
        abstract_set=data.get("abstract_set", {}),
        pages=tuple(data.get("pages", ())),
    )


def section_rows(doc: Document) -> list[dict[str, Any]]:
    """by_language rows: per section, what was found in it, grouped by mention type."""
    by_section: dict[str, list[dict[str, Any]]] = {s.id: [] for s in doc.sections}
    for m in sort_mentions(doc.mentions):
        by_section[m.section].append(m.to_json())
    rows = []
    for s in doc.sections:
        found = by_section[s.id]
        rows.append({
            "doc": doc.id, "section": s.id, "kind": s.kind, "lang": s.lang,
            "score": s.lang_score, "start": s.start, "end": s.end, "text": s.text,
            "entities": [m for m in found if "value" not in m and "canonical" not in m],
            "figures": [m for m in found if "value" in m],
            "programs": [m for m in found if "canonical" in m],
        })
    return rows
