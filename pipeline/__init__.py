"""Tilmash: organisations, programmes and figures from trilingual academic papers.

The API's table of contents: every name below is importable from ``pipeline``, and the
module beside it (under ``pipeline.``) is where it lives. One ``Document`` flows through
the stages in this order, each a plain function of records and configuration:

  stage           names                               module
  ingest          read_document, IngestConfig         stages.ingest.read
                  normalize                           stages.normalize
  segment         segment                             stages.segment.sections
  language        identify_sections                   stages.language.sections
  extract         extract, ExtractConfig              stages.extract.document
                  build_extractors, Plan              stages.extract.extractors (registry)
                  ROUTES: section kinds per extractor stages.extract.routing
    entities      find_entities                       stages.extract.entities (NER stage)
                  NerConfig: a backend per language   ner.registry
    gate          gate                                stages.extract.gate
    organisations find_organisations                  stages.extract.organisations.names
    affiliations  find_affiliations, link_mentions,   stages.extract.organisations.affiliations
                  RegistryOptions
    programmes    find_programs                       stages.extract.programs
    figures       find_figures                        stages.extract.figures
    established   find_established                    stages.extract.organisations.established
  project         project                             stages.extract.project
                  assign_mention_languages            stages.language.sections
  merge           merge_all, Records                  merge.records
  export          write_set                           run.assemble (files: doc.export)
  view            write_view                          view.write

``analyse(path, config)`` (``run.document``, with ``RunConfig``) runs one file from
ingest to project (``analyse_sections`` stops after the languages); ``run_flow`` and
``tilmash_flow`` (``run.flow``) run a whole corpus through Prefect to the output set. The
record types come from ``doc.records``. Only the records are imported with ``pipeline``;
every other name is imported when first used (module ``__getattr__``), so
``import pipeline`` stays cheap for the command line.
"""

import os
from importlib import import_module
from typing import TYPE_CHECKING, Any

# Prefect reads its settings when first imported. A run needs no telemetry (the machines
# have no internet, and a failed upload prints an error line); users can still override.
for _name, _value in (("DO_NOT_TRACK", "1"), ("PREFECT_SERVER_ANALYTICS_ENABLED", "false")):
    os.environ.setdefault(_name, _value)

from pipeline.doc.records import (  # noqa: E402  (after the Prefect settings above)
    Document,
    Entity,
    Evidence,
    Figure,
    FigureMention,
    Mention,
    OrgMention,
    ProgramMention,
    Section,
    Sentence,
)

if TYPE_CHECKING:
    from pipeline.merge.records import Records, merge_all
    from pipeline.ner.registry import NerConfig
    from pipeline.run.assemble import write_set
    from pipeline.run.document import RunConfig, analyse, analyse_sections
    from pipeline.run.flow import run_flow, tilmash_flow
    from pipeline.stages.extract.document import ExtractConfig, extract
    from pipeline.stages.extract.entities import find_entities
    from pipeline.stages.extract.extractors import Plan
    from pipeline.stages.extract.extractors import build as build_extractors
    from pipeline.stages.extract.figures import find_figures
    from pipeline.stages.extract.gate import gate
    from pipeline.stages.extract.organisations.affiliations import (
        RegistryOptions,
        find_affiliations,
        link_mentions,
    )
    from pipeline.stages.extract.organisations.established import find_established
    from pipeline.stages.extract.organisations.names import find_organisations
    from pipeline.stages.extract.programs import find_programs
    from pipeline.stages.extract.project import project
    from pipeline.stages.extract.routing import ROUTES
    from pipeline.stages.ingest.read import IngestConfig, read_document
    from pipeline.stages.language.sections import assign_mention_languages, identify_sections
    from pipeline.stages.normalize import normalize
    from pipeline.stages.segment.sections import segment
    from pipeline.view.write import write_view

__version__ = "0.1.0"

_EXTRACT = "pipeline.stages.extract"
# name -> "module" (the same name there) or "module:name" (another name there)
_LAZY: dict[str, str] = {
    "RunConfig": "pipeline.run.document",
    "analyse": "pipeline.run.document",
    "analyse_sections": "pipeline.run.document",
    "run_flow": "pipeline.run.flow",
    "tilmash_flow": "pipeline.run.flow",
    "IngestConfig": "pipeline.stages.ingest.read",
    "read_document": "pipeline.stages.ingest.read",
    "normalize": "pipeline.stages.normalize",
    "segment": "pipeline.stages.segment.sections",
    "identify_sections": "pipeline.stages.language.sections",
    "ExtractConfig": f"{_EXTRACT}.document",
    "extract": f"{_EXTRACT}.document",
    "build_extractors": f"{_EXTRACT}.extractors:build",
    "Plan": f"{_EXTRACT}.extractors",
    "ROUTES": f"{_EXTRACT}.routing",
    "NerConfig": "pipeline.ner.registry",
    "find_entities": f"{_EXTRACT}.entities",
    "gate": f"{_EXTRACT}.gate",
    "find_organisations": f"{_EXTRACT}.organisations.names",
    "RegistryOptions": f"{_EXTRACT}.organisations.affiliations",
    "find_affiliations": f"{_EXTRACT}.organisations.affiliations",
    "link_mentions": f"{_EXTRACT}.organisations.affiliations",
    "find_programs": f"{_EXTRACT}.programs",
    "find_figures": f"{_EXTRACT}.figures",
    "find_established": f"{_EXTRACT}.organisations.established",
    "project": f"{_EXTRACT}.project",
    "assign_mention_languages": "pipeline.stages.language.sections",
    "Records": "pipeline.merge.records",
    "merge_all": "pipeline.merge.records",
    "write_set": "pipeline.run.assemble",
    "write_view": "pipeline.view.write",
}

__all__ = [  # noqa: RUF022  (in the docstring's order: records, chain, flow, stages)
    "Document", "Entity", "Evidence", "Figure", "FigureMention", "Mention", "OrgMention",
    "ProgramMention", "Section", "Sentence", "RunConfig", "analyse", "analyse_sections",
    "run_flow", "tilmash_flow", "IngestConfig", "read_document", "normalize", "segment",
    "identify_sections", "ExtractConfig", "extract", "build_extractors", "Plan", "ROUTES",
    "NerConfig", "find_entities", "gate", "find_organisations", "RegistryOptions",
    "find_affiliations", "link_mentions", "find_programs", "find_figures", "find_established",
    "project", "assign_mention_languages", "Records", "merge_all", "write_set", "write_view",
    "__version__",
]


if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name is still an error there

    def __getattr__(name: str) -> Any:
        """The stage function or configuration ``name``, imported on first use."""
        where = _LAZY.get(name)
        if where is None:
            raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
        module, _, attribute = where.partition(":")
        value = getattr(import_module(module), attribute or name)
        globals()[name] = value  # later lookups skip this function
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
