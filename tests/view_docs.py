"""Hand-built documents and output folders for the view and corrections tests."""

from __future__ import annotations

from pathlib import Path

from pipeline.doc.export import write_by_language, write_documents, write_errors, write_records
from pipeline.doc.records import Document, FigureMention, Mention, Section
from pipeline.merge.records import merge_all

# (kind, lang, text, [(mention text, label)]): sentences written for these tests.
PARTS = (
    ("title", "en", "Grants of the Ministry of Science", []),
    ("abstract", "en", "The Ministry of Science funded 120 projects in Almaty.",
     [("Ministry of Science", "ORG"), ("120", "CARDINAL"), ("Almaty", "LOC")]),
    ("title", "kk", "Ғылым министрлігінің гранттары", []),
    ("abstract", "kk", "Ғылым министрлігі Алматыда 120 жобаны қаржыландырды.",
     [("Ғылым министрлігі", "ORG"), ("120", "CARDINAL"), ("Алматыда", "LOC")]),
    ("title", "ru", "Гранты Министерства науки", []),
    ("abstract", "ru", "Министерство науки профинансировало 120 проектов в Алматы.",
     [("Министерство науки", "ORG"), ("120", "CARDINAL"), ("Алматы", "LOC")]),
)


def _mention(doc_id: str, sid: str, lang: str, start: int, text: str, label: str) -> Mention:
    common = dict(doc=doc_id, section=sid, lang=lang, start=start, end=start + len(text),
                  text=text, label=label)
    if label == "CARDINAL":
        return FigureMention(**common, source=("rules:figures",), value=float(text), unit="count",
                             kind="count")
    return Mention(**common, source=("test:model",), score=0.9)


def trilingual(doc_id: str = "grants", body: str = "", sha: str = "a" * 64) -> Document:
    """A small trilingual paper with mentions in each abstract; ``body`` adds a body section."""
    parts = [*PARTS, *((("body", "en", body, []),) if body else ())]
    text, sections, mentions = "", [], []
    for i, (kind, lang, chunk, found) in enumerate(parts):
        start = len(text) + (2 if text else 0)
        text = f"{text}\n\n{chunk}" if text else chunk
        sid = f"s{i:03d}"
        sections.append(Section(sid, kind, start, start + len(chunk), chunk, lang, 1.0, None))
        for name, label in found:
            at = start + chunk.index(name)
            mentions.append(_mention(doc_id, sid, lang, at, name, label))
    return Document(id=doc_id, path=f"{doc_id}.txt", sha256=sha, text=text,
                    sections=tuple(sections), mentions=tuple(mentions))


def write_outputs(out: Path, docs: list[Document]) -> Path:
    """The JSON outputs of a run over ``docs``, written by the real export functions."""
    records = merge_all(docs)
    write_documents(out, docs)
    write_errors(out, [])
    write_by_language(out, docs)
    write_records(out, records.organisations, records.programs, records.figures)
    return out
