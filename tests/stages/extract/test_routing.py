"""The routing table: a section kind reaches the extractors that read it, and no other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import document_of

from pipeline.doc.records import Section
from pipeline.stages.extract import routing
from pipeline.stages.extract.document import ExtractConfig, extract
from pipeline.stages.extract.extractors import ANY, REGISTRY, Extractor, build
from pipeline.stages.extract.figures import find_figures
from pipeline.stages.extract.programs import find_programs
from pipeline.stages.extract.routing import ROUTES, SECTION_KINDS, reads, routed

SCHEMA = Path(routing.__file__).parents[2] / "doc" / "schemas" / "documents.schema.json"
# One sentence per language with a programme, a sum of money and a year.
SENTENCES = {
    "en": 'The state programme "Digital Kazakhstan" received 25 billion tenge in 2020.',
    "kk": "«Цифрлық Қазақстан» мемлекеттік бағдарламасына 2020 жылы 25 млрд теңге бөлінді.",
    "ru": "На государственную программу «Цифровой Казахстан» в 2020 году выделено 25 млрд тенге.",
}
KINDS = ("abstract", "references", "affiliation", "table", "body")
NO_NER = ExtractConfig(entities=False)


def _found(lang: str, config: ExtractConfig = NO_NER) -> dict[str, set[str]]:
    """Section kind -> labels extracted from it, the same sentence in each of ``KINDS``."""
    doc = document_of(*[(kind, lang, SENTENCES[lang]) for kind in KINDS])
    kind_of = {s.id: s.kind for s in doc.sections}
    out: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for m in extract(doc, config).mentions:
        out[kind_of[m.section]].add(m.label)
    return out


def test_routing_kinds_are_the_schema_kinds() -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    enum = schema["$defs"]["section"]["properties"]["kind"]["enum"]
    assert set(SECTION_KINDS) == set(enum)
    assert all(kinds <= set(SECTION_KINDS) for kinds in ROUTES.values())


def test_routing_every_registered_stage_that_reads_sections_has_a_route() -> None:
    reading = {"entities", "organisations", "affiliations", "programs", "figures",
               "established", "project"}
    assert reading <= set(ROUTES) and reading <= set(REGISTRY.stages())


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_routing_routed_kinds_reach_figures_and_programmes_unrouted_do_not(lang: str) -> None:
    found = _found(lang)
    assert found["abstract"] == found["body"] == {"PROGRAM", "MONEY", "DATE"}
    assert found["table"] == {"MONEY", "DATE"}  # figures read tables; programmes do not
    assert found["references"] == set() and found["affiliation"] == set()


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_routing_the_extract_stage_consults_the_table(lang: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ROUTES, "figures", ROUTES["figures"] | {"references"})
    monkeypatch.setitem(ROUTES, "programs", ROUTES["programs"] - {"body"})
    found = _found(lang)
    assert found["references"] == {"MONEY", "DATE"}
    assert found["body"] == {"MONEY", "DATE"}


@pytest.mark.parametrize("kind", SECTION_KINDS)
def test_routing_the_extractors_own_entry_points_follow_the_table(kind: str) -> None:
    doc = document_of((kind, "en", SENTENCES["en"]))
    section = doc.sections[0]
    assert bool(find_figures(doc, section)) == reads("figures", kind)
    assert bool(find_programs(doc, section)) == reads("programs", kind)


def test_routing_a_registered_extractor_gets_only_its_kinds_and_its_language() -> None:
    seen: list[tuple[str, str]] = []

    def record(doc: object, section: Section) -> list:
        seen.append((section.kind, section.lang))
        return []

    registry = REGISTRY.copy()
    registry.register(Extractor("figures", "kk", record, ()))
    doc = document_of(*[(kind, lang, SENTENCES[lang]) for lang in ("kk", "ru")
                        for kind in SECTION_KINDS])
    mentions = extract(doc, NO_NER, build(NO_NER, registry)).mentions
    assert seen == [(kind, "kk") for kind in SECTION_KINDS if reads("figures", kind)]
    assert {m.lang for m in mentions if m.label == "MONEY"} == {"ru"}  # kk: the recorder's


def test_routing_routed_keeps_order_and_filters() -> None:
    doc = document_of(("references", "en", "a"), ("abstract", "en", "b"), ("title", "en", "c"))
    assert [s.kind for s in routed("project", doc.sections)] == ["abstract", "title"]
    assert REGISTRY.lookup("figures", "kk") is REGISTRY.lookup("figures", ANY)
