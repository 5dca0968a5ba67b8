"""Words of a text with their offsets, and walks over neighbouring words of one clause."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from pipeline.doc.spans import Span

WORD = re.compile(r"\w[\w’'&]*(?:[-–−]\w[\w’'&]*)*-?")
SENTENCE_END = re.compile(r"(?:^|[.!?:;\n•#*>|]|^\s*[-–]|\n\s*[-–])[\s\"“«„‘(\[]*$")


@dataclass(frozen=True)
class Words:
    """The word spans of one text, for stepping left and right of a position."""

    text: str
    spans: tuple[Span[None], ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Words:
        spans: tuple[Span[None], ...] = tuple(Span(m.start(), m.end())
                                              for m in WORD.finditer(text))
        return cls(text, spans, tuple(s.start for s in spans), tuple(s.end for s in spans))

    def before(self, pos: int) -> list[Span[None]]:
        """Words ending at or before ``pos``, nearest first, while only spaces separate them."""
        out: list[Span[None]] = []
        i = bisect_right(self.ends, pos) - 1
        edge = pos
        while i >= 0:
            span = self.spans[i]
            if not _blank(self.text[span.end:edge]):
                break
            out.append(span)
            edge = span.start
            i -= 1
        return out

    def after(self, pos: int) -> list[Span[None]]:
        """Words starting at or after ``pos``, nearest first, while only spaces separate them."""
        out: list[Span[None]] = []
        i = bisect_left(self.starts, pos)
        edge = pos
        while i < len(self.spans):
            span = self.spans[i]
            if not _blank(self.text[edge:span.start]):
                break
            out.append(span)
            edge = span.end
            i += 1
        return out

    def word(self, span: Span[None]) -> str:
        """The text of one word span."""
        return self.text[span.start:span.end]


def _blank(gap: str) -> bool:
    return gap.strip(" \t\u00a0") == ""


def sentence_initial(text: str, pos: int) -> bool:
    """True when ``pos`` starts a sentence, a line or a list item."""
    return bool(SENTENCE_END.search(text[max(0, pos - 40):pos]))
