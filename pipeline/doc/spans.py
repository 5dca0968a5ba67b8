"""Spans: what an extractor found in one text, before it is a ``Mention``.

Every extractor reads a section's text and returns ``Span`` records with offsets into
that text (section-relative); ``to_mention`` is the one adapter that turns them into
mentions with document offsets. The helpers work on anything with ``start`` and ``end``
(spans, mentions, candidates), so the overlap and longest-first rules are written once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Generic, Protocol, TypeVar, overload

from pipeline.doc.records import Document, Mention, Section

P = TypeVar("P")


@dataclass(frozen=True)
class Span(Generic[P]):
    """A stretch ``[start, end)`` of one text and what was found there."""

    start: int
    end: int
    label: str = ""  # unified label (ORG, PROGRAM, MONEY, ...) or a backend's own
    source: tuple[str, ...] = ()  # origins: the models or rules that found it
    score: float | None = None
    lang: str | None = None  # set when the span's language is not its text's
    # what the extractor read there (a figure's reading, a registry match); a span without
    # one is a Span[None] (the default cannot be typed P, hence the ignore)
    payload: P = field(default=None)  # type: ignore[assignment]


class Located(Protocol):
    """Anything with character offsets."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


L = TypeVar("L", bound=Located)


def overlaps(a: Located, b: Located) -> bool:
    """Whether ``a`` and ``b`` share a character."""
    return a.start < b.end and b.start < a.end


def overlaps_any(span: Located, others: Iterable[Located]) -> bool:
    """Whether ``span`` shares a character with any of ``others``."""
    return any(overlaps(span, o) for o in others)


def within(inner: Located, outer: Located) -> bool:
    """Whether ``inner`` lies inside ``outer`` (edges included)."""
    return outer.start <= inner.start and inner.end <= outer.end


def longest(spans: Iterable[L], prefer: Callable[[L], Any] | None = None) -> list[L]:
    """Non-overlapping spans, the longest kept first (ties: ``prefer``'s smaller key, then
    the earlier); sorted by position."""
    def rank(s: L) -> tuple[int, Any, int]:
        return s.start - s.end, prefer(s) if prefer else 0, s.start

    kept: list[L] = []
    for s in sorted(spans, key=rank):
        if not overlaps_any(s, kept):
            kept.append(s)
    return sorted(kept, key=lambda s: (s.start, -s.end))


D = TypeVar("D", bound=Located)


def shift(span: D, offset: int) -> D:
    """``span`` (a dataclass) moved by ``offset`` characters."""
    # D is always a dataclass, which a Protocol bound cannot say; hence the ignore
    return replace(span, start=span.start + offset, end=span.end + offset)  # type: ignore[type-var]


def span_of(m: Mention, section: Section) -> Span[Any]:
    """A mention of ``section`` as a span of its text (the adapter's inverse)."""
    return Span(m.start - section.start, m.end - section.start, m.label, m.source, m.score)


M = TypeVar("M", bound=Mention)


@overload
def to_mention(span: Span[Any], doc: Document, section: Section) -> Mention: ...


@overload
def to_mention(span: Span[Any], doc: Document, section: Section, cls: type[M],
               **fields: Any) -> M: ...


def to_mention(span: Span[Any], doc: Document, section: Section,
               cls: type[Mention] = Mention, **fields: Any) -> Mention:
    """A span of ``section.text`` as a ``cls`` mention of ``doc`` (document offsets), with
    ``fields`` for what ``cls`` adds (a figure's value, a programme's kind)."""
    start, end = section.start + span.start, section.start + span.end
    return cls(doc=doc.id, section=section.id, lang=span.lang or section.lang, start=start,
               end=end, text=doc.text[start:end], label=span.label, source=span.source,
               score=span.score, **fields)
