"""Words of a text with their offsets, and walks over neighbouring words of one clause."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

WORD = re.compile(r"\w[\w’'&]*(?:[-–−]\w[\w’'&]*)*-?")
SENTENCE_END = re.compile(r"(?:^|[.!?:;\n•#*>|]|^\s*[-–]|\n\s*[-–])[\s\"“«„‘(\[]*$")


@dataclass(frozen=True)
class Words:
    """The word spans of one text, for stepping left and right of a position."""

    text: str
    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Words:
        spans = tuple((m.start(), m.end()) for m in WORD.finditer(text))
        return cls(text, spans, tuple(s for s, _ in spans), tuple(e for _, e in spans))

    def before(self, pos: int) -> list[tuple[int, int]]:
        """Words ending at or before ``pos``, nearest first, while only spaces separate them."""
        out: list[tuple[int, int]] = []
        i = bisect_right(self.ends, pos) - 1
        edge = pos
        while i >= 0:
            start, end = self.spans[i]
            if not _blank(self.text[end:edge]):
                break
            out.append((start, end))
            edge = start
            i -= 1
        return out

    def after(self, pos: int) -> list[tuple[int, int]]:
        """Words starting at or after ``pos``, nearest first, while only spaces separate them."""
        out: list[tuple[int, int]] = []
        i = bisect_left(self.starts, pos)
        edge = pos
        while i < len(self.spans):
            start, end = self.spans[i]
            if not _blank(self.text[edge:start]):
                break
            out.append((start, end))
            edge = end
            i += 1
        return out

    def word(self, span: tuple[int, int]) -> str:
        return self.text[span[0]:span[1]]


def _blank(gap: str) -> bool:
    return gap.strip(" \t\u00a0") == ""


def sentence_initial(text: str, pos: int) -> bool:
    """True when ``pos`` starts a sentence, a line or a list item."""
    return bool(SENTENCE_END.search(text[max(0, pos - 40):pos]))
