"""Apply a linguist's corrections to a document's mentions, after every stage has run.

A rejected mention is removed (and stays removed on every rerun with the file), an added
one is kept, a relabelled or re-bounded one is changed. A document whose bytes changed
since the corrections were made (another sha256) is left as it is, with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from pipeline.corrections.read import LINK_ACTIONS, Correction
from pipeline.doc.records import Document, FigureMention, Mention, ProgramMention, sort_mentions

SOURCE = "linguist"  # the source of a mention a linguist added
FIGURE_LABELS = ("MONEY", "PERCENT", "DATE", "CARDINAL", "QUANTITY")


@dataclass
class Report:
    """What applying corrections did, for the run's summary and manifest."""

    applied: int = 0
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)

    def add(self, other: Report) -> None:
        self.applied += other.applied
        self.skipped += other.skipped
        self.warnings += other.warnings


def _key(m: Mention) -> tuple[int, int, str]:
    return (m.start, m.end, m.label)


def _relabelled(m: Mention, label: str) -> Mention:
    # A mention keeps its refinement only where the new label still fits it.
    keeps = (isinstance(m, FigureMention) and label in FIGURE_LABELS) or (
        isinstance(m, ProgramMention) and label == "PROGRAM") or (
        type(m) is Mention)
    if keeps:
        return replace(m, label=label)
    return Mention(doc=m.doc, section=m.section, lang=m.lang, start=m.start, end=m.end,
                   text=m.text, label=label, source=m.source, score=m.score)


def _section_of(doc: Document, c: Correction) -> str | None:
    """The named section if it holds the span, else the first section that does."""
    holding = [s.id for s in doc.sections if s.start <= c.start and c.end <= s.end]
    return c.section if c.section in holding else next(iter(holding), None)


def _apply_one(doc: Document, mentions: list[Mention], c: Correction) -> str | None:
    """Change ``mentions`` in place; return why the correction could not be applied."""
    if doc.text[c.start:c.end] != c.text:
        return f"the text at {c.start}-{c.end} is not {c.text!r}"
    if c.action == "add":
        section = _section_of(doc, c)
        if section is None:
            return f"{c.start}-{c.end} is not inside one section"
        if not any(_key(m) == (c.start, c.end, c.label) for m in mentions):
            mentions.append(Mention(doc=doc.id, section=section, lang=c.lang, start=c.start,
                                    end=c.end, text=c.text, label=c.label, source=(SOURCE,)))
        return None
    hits = [i for i, m in enumerate(mentions) if _key(m) == c.old_key]
    if not hits:
        return f"no {c.old_key[2]} mention at {c.old_key[0]}-{c.old_key[1]}"
    if c.action == "reject":
        mentions[:] = [m for i, m in enumerate(mentions) if i not in hits]
    elif c.action == "relabel":
        for i in hits:
            mentions[i] = _relabelled(mentions[i], c.label)
    elif c.action == "fix":
        for i in hits:
            mentions[i] = replace(mentions[i], start=c.start, end=c.end, text=c.text)
    return None  # accept: the mention is unchanged


def apply_to_document(doc: Document, corrections: list[Correction]) -> tuple[Document, Report]:
    """The document with its corrections applied in order, and what happened."""
    report = Report()
    mine = [c for c in corrections if c.doc == doc.id]
    if not mine:
        return doc, report
    if any(c.sha256 != doc.sha256 for c in mine):
        report.skipped += len(mine)
        report.warnings.append(
            f"{doc.id}: the document changed since it was corrected (sha256 "
            f"{doc.sha256[:12]}, corrections made on {mine[0].sha256[:12]}): "
            f"{len(mine)} corrections not applied")
        return doc, report
    mentions = list(doc.mentions)
    for c in mine:
        if c.action in LINK_ACTIONS:
            continue  # applied to the merged records (pipeline.corrections.links)
        problem = _apply_one(doc, mentions, c)
        if problem is None:
            report.applied += 1
        else:
            report.skipped += 1
            report.warnings.append(f"{doc.id}: {c.action} not applied: {problem}")
    deduped = {(m.start, m.end, m.label, m.source): m for m in mentions}
    return replace(doc, mentions=tuple(sort_mentions(list(deduped.values())))), report
