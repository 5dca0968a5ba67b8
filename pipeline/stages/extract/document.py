"""Extract stage: entities, organisation names, figures and programmes of every en/ru/kk
section of a document.

Each extractor is a plain function of (document, section) returning mentions
with document offsets; this module hands each the sections the routing table
(``pipeline.stages.extract.routing``) gives it and collects the results. A number
or a model's entity inside a programme's name ("Kazakhstan 2050 Strategy") is part
of the name, not a figure or entity of its own.
Uppercase titles get no NER (see ``organisations.mostly_capitals``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from pipeline.doc.records import (
    LANGS,
    Document,
    Mention,
    ProgramMention,
    Section,
    by_rule,
    sort_mentions,
)
from pipeline.doc.spans import overlaps_any, within
from pipeline.ner.registry import NerConfig
from pipeline.stages.extract.extractors import Plan, planned
from pipeline.stages.extract.figures.find import year_word_after
from pipeline.stages.extract.gate import gate
from pipeline.stages.extract.organisations.acronyms import acronym_names
from pipeline.stages.extract.organisations.affiliations import RegistryOptions, link_mentions
from pipeline.stages.extract.organisations.established import established
from pipeline.stages.extract.organisations.names import mostly_capitals
from pipeline.stages.extract.organisations.overlay import states_as_places, with_organisations
from pipeline.stages.extract.overlaps import apart
from pipeline.stages.extract.routing import read_by, reads, routed

# the extractors this stage runs (the routing table names the kinds each reads)
EXTRACTORS = ("entities", "organisations", "affiliations", "established", "figures", "programs")


@dataclass(frozen=True)
class ExtractConfig:
    """Which extractors run, and the NER backend per language."""

    entities: bool = True
    ner_gate: bool = True  # keep a model's span only where other evidence agrees (ner/gate.py)
    organisations: bool = True  # head-anchored names ("... National University") over NER
    figures: bool = True
    programs: bool = True
    project: bool = True  # carry names found in one abstract into the parallel ones
    ner: NerConfig = field(default_factory=NerConfig)
    registry: RegistryOptions = field(default_factory=RegistryOptions)  # ROR ids, affiliations


def extract(doc: Document, config: ExtractConfig, plan: Plan | None = None) -> Document:
    """Add entity, figure and programme mentions of every en/ru/kk section to ``doc``
    (``plan``: the checked extractors, by default ``build(config)``)."""
    plan = plan or planned(config)
    sections = [s for s in doc.sections if s.lang in LANGS and read_by(EXTRACTORS, s.kind)]
    entities = _entities(doc, sections, config, plan)
    found = _organisations(doc, sections, entities, config, plan)
    mentions: list[Mention] = []
    for section in sections:
        here = found.get(section.id, [])
        progs = [p for p in _run(plan, "programs", doc, section, here)
                 if isinstance(p, ProgramMention)]  # all are: find_programs' type
        here, progs = apart(doc, [m for m in here if m.label != "PROGRAM" and _plausible(m)
                                  and not _in_programme(m, progs)], progs)
        mentions.extend(here)
        mentions.extend(f for f in _run(plan, "figures", doc, section)
                        if _outside(f, progs, doc.text))
        mentions.extend(progs)
    mentions.extend(_established(doc, sections, mentions, plan))
    if any(plan.runs("linking", lang) for lang in LANGS):
        mentions = link_mentions(doc, mentions, config.registry)
    return replace(doc, mentions=tuple(sort_mentions(mentions)))


def _run(plan: Plan, stage: str, doc: Document, section: Section, *args: object
         ) -> list[Mention]:
    """What extractor ``stage`` finds in ``section`` (none where it is off or not routed)."""
    if not plan.runs(stage, section.lang) or not reads(stage, section.kind):
        return []
    return list(plan.function(stage, section.lang)(doc, section, *args))


def _organisations(doc: Document, sections: list[Section], entities: dict[str, list[Mention]],
                   config: ExtractConfig, plan: Plan) -> dict[str, list[Mention]]:
    """Per section: the model's entities (gated, see ``pipeline.stages.extract.gate``) with the
    head-anchored organisation names laid over them."""
    gated = {s.id for s in sections if plan.runs("gate", s.lang)}
    entities = {k: gate(v, [], doc.text, ("PER", "PROGRAM", "LOC")) if k in gated else v
                for k, v in entities.items()}  # persons bound the names: judged first
    names = {s.id: _run(plan, "organisations", doc, s, entities.get(s.id, []))
             for s in sections}
    every = [n for ns in names.values() for n in ns]
    out = {}
    for section in sections:
        here = entities.get(section.id, [])
        if section.id in gated:
            here = gate(here, every, doc.text, ("ORG",))
        on = plan.runs("organisations", section.lang)
        if on and reads("affiliations", section.kind):  # affiliation lines: the registry's parser,
            parsed = _run(plan, "affiliations", doc, section, config.registry)  # and names
            here = [m for m in here if m.label != "ORG"] + parsed + [  # it missed
                n for n in names.get(section.id, [])
                if not overlaps_any(n, parsed)]
        elif on and reads("organisations", section.kind):
            here = with_organisations(states_as_places(here), names.get(section.id, []))
        out[section.id] = here
    return out


def _established(doc: Document, sections: list[Section], mentions: list[Mention], plan: Plan
                 ) -> list[Mention]:
    """Bare uses of the organisation names the document established
    (``pipeline.stages.extract.organisations.established``) and of the acronyms it confirms
    (``pipeline.stages.extract.organisations.acronyms``)."""
    sections = [s for s in sections if plan.runs("established", s.lang)]
    if not sections:
        return []
    orgs = [m for m in mentions if m.label == "ORG"]
    taken = [m for m in mentions if m.label in ("ORG", "PROGRAM", "PER")]
    out: list[Mention] = []
    acronyms = acronym_names(sections, orgs)  # KMG, ҚМГ: bare acronyms it confirms
    for _ in range(2):  # a name found bare may itself introduce an acronym: “KazMunayGas” (KMG)
        names = sorted(set(established(doc, orgs + out)) | set(acronyms), key=len, reverse=True)
        for section in sections:
            out += _run(plan, "established", doc, section, names, taken + out)
    return out


def _outside(figure: Mention, programs: Sequence[Mention], text: str) -> bool:
    """A number inside a programme's name is part of it ("Kazakhstan 2050 Strategy"), but a
    date is a date even inside an act's citation ("Law of 05.11.2022 No. 311"), and so is a
    period a plan names ("for 2023–2029", "2025 жылға дейінгі")."""
    kind = getattr(figure, "kind", None)
    period = kind == "range" or (kind == "year"
                                 and year_word_after(text, figure.end, figure.lang))
    return kind == "date" or period or not any(within(figure, p) for p in programs)


def _plausible(m: Mention) -> bool:
    """A model's organisation of several words has a capital letter somewhere; "мягкой
    силы" or a lowercase clause tagged ORG is noise that would become a record."""
    return not (m.label == "ORG" and not by_rule(m)
                and len(m.text.split()) > 1 and not any(c.isupper() for c in m.text))


def _in_programme(m: Mention, programs: Sequence[Mention]) -> bool:
    """A model's mention inside a programme's name ("Kazakhstan" of "Digital Kazakhstan",
    an ORG "Law on Science") is part of that name (rules' names:
    ``pipeline.stages.extract.overlaps``)."""
    return not by_rule(m) and any(within(m, p) for p in programs)


def _entities(doc: Document, sections: list[Section], config: ExtractConfig, plan: Plan
              ) -> dict[str, list[Mention]]:
    """Per section: the model's entities, one batched call per language."""
    readable = [s for s in routed("entities", sections)
                if plan.runs("entities", s.lang) and not mostly_capitals(s.text)]
    found: dict[str, list[Mention]] = {}
    for lang in LANGS:
        batch = [s for s in readable if s.lang == lang]
        if batch:
            for m in plan.function("entities", lang)(doc, batch, config.ner):
                found.setdefault(m.section, []).append(m)
    return found
