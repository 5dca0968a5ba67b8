"""Extract stage: entities, organisation names, figures and programmes of every en/ru/kk
section of a document.

Each extractor is a plain function of (document, section) returning mentions
with document offsets; this module only decides which sections go where and
collects the results. A number or a model's entity inside a programme's name
("Kazakhstan 2050 Strategy") is part of the name, not a figure or entity of its own.
Uppercase titles get no NER (see ``organisations.mostly_capitals``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from pipeline.affiliations import KINDS as AFFILIATION_KINDS
from pipeline.affiliations import RegistryOptions, find_affiliations, link_mentions
from pipeline.ner.registry import NerConfig
from pipeline.organisations import (
    find_organisations,
    mostly_capitals,
    states_as_places,
    with_organisations,
)
from pipeline.records import LANGS, Document, Mention, Section, sort_mentions

SKIP_KINDS = ("references",)  # citations: no entities or figures wanted


@dataclass(frozen=True)
class ExtractConfig:
    """Which extractors run, and the NER backend per language."""

    entities: bool = True
    organisations: bool = True  # head-anchored names ("... National University") over NER
    figures: bool = True
    programs: bool = True
    project: bool = True  # carry names found in one abstract into the parallel ones
    ner: NerConfig = field(default_factory=NerConfig)
    registry: RegistryOptions = field(default_factory=RegistryOptions)  # ROR ids, affiliations


def extract(doc: Document, config: ExtractConfig) -> Document:
    """Add entity, figure and programme mentions of every en/ru/kk section to ``doc``."""
    sections = [s for s in doc.sections if s.lang in LANGS and s.kind not in SKIP_KINDS]
    entities = _entities(doc, sections, config)
    mentions: list[Mention] = []
    for section in sections:
        found = entities.get(section.id, [])
        if config.organisations and section.kind in AFFILIATION_KINDS:
            found = [m for m in found if m.label != "ORG"] + list(
                find_affiliations(doc, section, config.registry))
        elif config.organisations and section.kind != "table":
            found = with_organisations(states_as_places(found),
                                       find_organisations(doc, section, found))
        programs = _find_programs(doc, section, found) if config.programs else []
        mentions.extend(m for m in found if m.label != "PROGRAM" and _plausible(m)
                        and not _in_programme(m, programs))
        if config.figures:
            mentions.extend(f for f in _find_figures(doc, section) if _outside(f, programs))
        mentions.extend(programs)
    if config.organisations:
        mentions = link_mentions(doc, mentions, config.registry)
    return replace(doc, mentions=tuple(sort_mentions(mentions)))


def _outside(figure: Mention, programs: list[Mention]) -> bool:
    """A number inside a programme's name is part of it ("Kazakhstan 2050 Strategy"), but a
    date is a date even inside an act's citation ("Law of 05.11.2022 No. 311"), and so is a
    period a plan names ("for 2023–2029", "2025 жылға дейінгі")."""
    kind = getattr(figure, "kind", None)
    period = kind == "range" or (kind == "year" and any(c.isalpha() for c in figure.text))
    return kind == "date" or period or not any(
        p.start <= figure.start and figure.end <= p.end for p in programs)


def _plausible(m: Mention) -> bool:
    """A model's organisation of several words has a capital letter somewhere; "мягкой
    силы" or a lowercase clause tagged ORG is noise that would become a record."""
    return not (m.label == "ORG" and not m.source.startswith("rules:")
                and len(m.text.split()) > 1 and not any(c.isupper() for c in m.text))


def _in_programme(m: Mention, programs: list[Mention]) -> bool:
    """A model's mention inside a programme's name ("Kazakhstan" of "Digital Kazakhstan",
    an ORG "Law on Science") is part of that name."""
    return not m.source.startswith("rules:") and any(
        p.start <= m.start and m.end <= p.end for p in programs)


def _entities(doc: Document, sections: list[Section], config: ExtractConfig
              ) -> dict[str, list[Mention]]:
    if not config.entities:
        return {}
    from pipeline.ner.stage import find_entities_batch

    found: dict[str, list[Mention]] = {}
    readable = [s for s in sections if s.kind != "table" and not mostly_capitals(s.text)]
    for m in find_entities_batch(doc, readable, config.ner):
        found.setdefault(m.section, []).append(m)
    return found


def _find_figures(doc: Document, section: Section) -> list[Mention]:
    from pipeline.figures import find_figures

    return list(find_figures(doc, section))


def _find_programs(doc: Document, section: Section, entities: list[Mention]) -> list[Mention]:
    if section.kind == "table":
        return []
    from pipeline.programs import find_programs

    return list(find_programs(doc, section, entities))
