"""Where a mention sits in its language's part of a document.

A document printed in two or three languages holds each language's text in order (title,
authors, abstract, keywords, body paragraphs); the same thing stands at about the same
relative place in every language's part. A part is all sections of one language, joined in
document order, so a title in one language and a title glued to an abstract in another
still compare.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.doc.records import Document, Mention


@dataclass(frozen=True)
class Parts:
    """Per language: (start, end, characters of the language before it) of each section."""

    spans: dict[str, tuple[tuple[int, int, int], ...]]
    length: int

    def position(self, m: Mention) -> float:
        """From 0 (start of its language's part) to 1 (end); the document position when the
        mention lies outside every section of its language."""
        spans = self.spans.get(m.lang, ())
        total = spans[-1][2] + spans[-1][1] - spans[-1][0] if spans else 0
        for start, end, before in spans:
            if start <= m.start < end and total:
                return (before + m.start - start) / total
        return m.start / max(1, self.length)

    def agreement(self, a: Mention, b: Mention) -> float:
        """1.0 at the same relative place in both parts, 0.0 at opposite ends."""
        return round(1.0 - abs(self.position(a) - self.position(b)), 4)


def parts(doc: Document) -> Parts:
    """The language parts of ``doc``."""
    out: dict[str, list[tuple[int, int, int]]] = {}
    for s in sorted(doc.sections, key=lambda s: s.start):
        spans = out.setdefault(s.lang, [])
        before = spans[-1][2] + spans[-1][1] - spans[-1][0] if spans else 0
        spans.append((s.start, s.end, before))
    return Parts({lang: tuple(spans) for lang, spans in out.items()}, len(doc.text))
