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
from pipeline.doc.spans import Span


@dataclass(frozen=True)
class Parts:
    """Per language: each section's span, with the characters of that language before it
    as its payload."""

    spans: dict[str, tuple[Span[int], ...]]
    length: int

    def position(self, m: Mention) -> float:
        """From 0 (start of its language's part) to 1 (end); the document position when the
        mention lies outside every section of its language."""
        spans = self.spans.get(m.lang, ())
        total = _through(spans[-1]) if spans else 0
        for s in spans:
            if s.start <= m.start < s.end and total:
                return (s.payload + m.start - s.start) / total
        return m.start / max(1, self.length)

    def agreement(self, a: Mention, b: Mention) -> float:
        """1.0 at the same relative place in both parts, 0.0 at opposite ends."""
        return round(1.0 - abs(self.position(a) - self.position(b)), 4)


def parts(doc: Document) -> Parts:
    """The language parts of ``doc``."""
    out: dict[str, list[Span[int]]] = {}
    for s in sorted(doc.sections, key=lambda s: s.start):
        spans = out.setdefault(s.lang, [])
        spans.append(Span(s.start, s.end, payload=_through(spans[-1]) if spans else 0))
    return Parts({lang: tuple(spans) for lang, spans in out.items()}, len(doc.text))


def _through(s: Span[int]) -> int:
    """Characters of a language's sections up to the end of ``s``."""
    return s.payload + s.end - s.start
