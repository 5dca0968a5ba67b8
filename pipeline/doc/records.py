"""The record family that flows through every stage.

``Document -> Section -> Mention`` (and its figure / programme refinements).
All offsets are character offsets into ``Document.text``, the *normalised*
text, so ``doc.text[m.start:m.end] == m.text`` holds for every mention and
``doc.text[s.start:s.end] == s.text`` for every section.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # spans.py builds mentions, so it imports this module
    from pipeline.doc.spans import Span

LANGS = ("en", "ru", "kk")  # languages with extraction models; anything else is "other"
SOURCE_JOIN = "+"  # between a mention's origins in its JSON form


@dataclass(frozen=True)
class Sentence:
    """A sentence of a section with its own language decision."""

    start: int
    end: int
    lang: str
    score: float


@dataclass(frozen=True)
class Section:
    """A contiguous span of a document with a kind (abstract, keywords, ...)."""

    id: str
    kind: str
    start: int
    end: int
    text: str
    lang: str = "other"
    lang_score: float = 0.0
    group: int | None = None  # front-matter group (title..keywords printed in one language)
    sentences: tuple[Sentence, ...] = ()
    pages: tuple[int, ...] = ()  # 1-based page numbers it spans (PDF input only)


@dataclass(frozen=True, kw_only=True)
class Mention:
    """A span found by a model or a rule, with its provenance."""

    doc: str
    section: str
    lang: str
    start: int
    end: int
    text: str
    label: str  # unified label: ORG, PER, LOC, PROGRAM, MONEY, PERCENT, DATE, CARDINAL, ...
    source: tuple[str, ...]  # the models or rules that found it, first finder first:
    # ("spacy:models/kk",), ("spacy:models/kk", "rules:organisations")
    score: float | None = None

    def __post_init__(self) -> None:
        if isinstance(self.source, str):  # a str is a tuple of letters to the type's users
            raise TypeError(f"Mention.source is a tuple of origins, not {self.source!r}")

    def to_json(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if v is not None}
        return out | {"source": source_to_json(self.source)}


@dataclass(frozen=True, kw_only=True)
class FigureMention(Mention):
    """A number with meaning: ``value`` in ``unit``, of a ``kind``."""

    value: float
    unit: str  # ISO 4217 code for money, "%", "year", "count", "t", ...
    kind: str  # money, percent, count, duration, quantity, year, date, ratio, range, century
    low: float | None = None
    high: float | None = None
    approx: bool = False
    context: str | None = None  # e.g. table row/column label
    date: str | None = None  # ISO 8601: "2021-03-14", "2021-03" or yearless "--09-01"


@dataclass(frozen=True, kw_only=True)
class ProgramMention(Mention):
    """A named programme, strategy, initiative, law, plan, concept or project."""

    kind: str
    canonical: str


@dataclass(frozen=True, kw_only=True)
class OrgMention(Mention):
    """An organisation with what the registry and the affiliation line say about it."""

    ror: dict[str, Any] | None = None  # {"id", "name", "score", "matched"} when matched
    marker: str | None = None  # the number of its affiliation line ("1", "¹" read as "1")
    authors: tuple[str, ...] | None = None  # the authors bearing that number

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        return out | ({"authors": list(self.authors)} if self.authors is not None else {})


@dataclass(frozen=True)
class Document:
    """One input paper; stages return new copies with more filled in."""

    id: str
    path: str
    sha256: str
    text: str
    headings: tuple[Span[None], ...] = ()  # the lines that were Markdown headings
    sections: tuple[Section, ...] = ()
    mentions: tuple[Mention, ...] = ()
    abstract_set: dict[str, dict[str, str]] = field(default_factory=dict)
    pages: tuple[int, ...] = ()  # offset where each page starts (PDF input only)

    @property
    def languages(self) -> list[str]:
        """Languages of the document's sections, most text first."""
        sizes: dict[str, int] = {}
        for s in self.sections:
            if s.lang != "other":
                sizes[s.lang] = sizes.get(s.lang, 0) + (s.end - s.start)
        return sorted(sizes, key=lambda lang: (-sizes[lang], lang))

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)


def source_to_json(source: tuple[str, ...]) -> str:
    """The JSON form of a mention's origins: joined by "+" ("spacy:kk+rules:organisations")."""
    return SOURCE_JOIN.join(source)


def source_from_json(text: str) -> tuple[str, ...]:
    """A mention's origins from their JSON form (see ``source_to_json``)."""
    return tuple(text.split(SOURCE_JOIN)) if text else ()


def by_rule(m: Mention) -> bool:
    """Whether a rule, not a model, found ``m`` first (its first origin is "rules:...")."""
    return bool(m.source) and m.source[0].startswith("rules:")


M = TypeVar("M", bound=Mention)


def sort_mentions(mentions: Iterable[M]) -> list[M]:
    """Stable order: by start, longer first, then label."""
    return sorted(mentions, key=lambda m: (m.start, -(m.end - m.start), m.label, m.source))


def mention_from_json(data: dict[str, Any]) -> Mention:
    """Rebuild the right mention class from its JSON form."""
    cls: type[Mention] = Mention
    if "value" in data:
        cls = FigureMention
    elif "canonical" in data:
        cls = ProgramMention
    elif {"ror", "marker", "authors"} & data.keys():
        cls = OrgMention
        if data.get("authors") is not None:
            data = {**data, "authors": tuple(data["authors"])}
    names = {f.name for f in fields(cls)}
    data = {**data, "source": source_from_json(data.get("source", ""))}
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Evidence:
    """Why two mentions were put in one record: the rule, the score and its parts."""

    a: Mention
    b: Mention
    rule: str  # "parallel" (two languages of one document), "same-document", "same-value",
    # "same-name", "registry", "cross-document"
    score: float
    parts: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Entity:
    """One real-world organisation or programme with every mention of it."""

    id: str
    label: str  # ORG, PROGRAM, ...
    names: dict[str, str]  # preferred surface form per language
    mentions: tuple[Mention, ...]
    evidence: tuple[Evidence, ...] = ()
    kind: str | None = None  # programmes: programme, strategy, initiative, law, ...
    ror: dict[str, Any] | None = None  # organisations: the registry record they are


@dataclass(frozen=True)
class Figure:
    """One figure (a value with a unit) with its mentions in every language."""

    id: str
    value: float
    unit: str
    kind: str
    mentions: tuple[FigureMention, ...]
    evidence: tuple[Evidence, ...] = ()
    date: str | None = None  # ISO date of a date figure
    low: float | None = None  # the two ends of a range
    high: float | None = None
