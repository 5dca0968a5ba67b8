"""Which section kinds each extractor reads: the one routing table of the extract stage.

Segmentation gives every section one of ``SECTION_KINDS`` (the ``kind`` enum of
``documents.schema.json``). ``ROUTES`` names, per extractor, the kinds it reads; an
extractor asks ``reads(extractor, section.kind)`` instead of keeping its own list, and the
extract stage (``pipeline.stages.extract.document``) hands it only the sections it reads.
Why a kind is left out:

* ``references``: citations, whose names, titles and years are other papers' (no extractor);
* ``table``: cells, not sentences; figures read them cell by cell, the models and name
  rules do not;
* ``authors``, ``affiliation``, ``author-info``: names and addresses; organisations come
  from the affiliation lines' parser there, and a postcode or a phone is no figure nor a
  programme.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from pipeline.doc.records import Section

SECTION_KINDS = ("title", "authors", "affiliation", "abstract", "keywords", "body",
                 "references", "author-info", "table", "other")


def _all_but(*left_out: str) -> frozenset[str]:
    unknown = set(left_out) - set(SECTION_KINDS)
    if unknown:
        raise ValueError(f"unknown section kinds {sorted(unknown)}; known: {SECTION_KINDS}")
    return frozenset(SECTION_KINDS) - set(left_out)


# extractor -> the section kinds it reads
ROUTES: dict[str, frozenset[str]] = {
    "entities": _all_but("references", "table"),  # the NER models (stages/extract/entities.py)
    "organisations": _all_but("references", "table"),  # head-word names (organisations/names.py)
    "affiliations": frozenset({"affiliation", "author-info"}),  # organisations/affiliations.py
    "established": _all_but("references", "table"),  # bare names (organisations/established.py)
    "figures": _all_but("affiliation", "authors", "references", "author-info"),  # figures/
    "programs": _all_but("references", "author-info", "table", "authors", "affiliation"),
    "markers": frozenset({"authors"}),  # numbers tying authors to affiliation lines (same)
    "project": frozenset({"title", "abstract", "keywords"}),  # the abstract set (project.py)
    "repeat": _all_but("references"),  # a name written again (pipeline/merge/repeat.py)
}

S = TypeVar("S", bound=Section)


def reads(extractor: str, kind: str) -> bool:
    """Whether ``extractor`` reads sections of ``kind`` (an unknown extractor: KeyError)."""
    return kind in ROUTES[extractor]


def routed(extractor: str, sections: Iterable[S]) -> list[S]:
    """The sections of ``sections`` that ``extractor`` reads, in their order."""
    kinds = ROUTES[extractor]
    return [s for s in sections if s.kind in kinds]


def read_by(extractors: Iterable[str], kind: str) -> bool:
    """Whether one of ``extractors`` reads sections of ``kind``."""
    return any(kind in ROUTES[x] for x in extractors)
