"""Affiliation lines become organisation mentions with registry ids; one ROR id is one
record in every language and paper. Lines written for these tests; the registry is the
shipped index."""

from __future__ import annotations

import pytest

from pipeline.doc.export import entity_to_json
from pipeline.doc.jsonio import SCHEMA_VERSION, validate
from pipeline.doc.records import Document, Mention, OrgMention, Section
from pipeline.merge.records import merge_all
from pipeline.stages.extract.organisations.affiliations import (
    RegistryOptions,
    find_affiliations,
    link_mentions,
)

OPTIONS = RegistryOptions()
FARABI = "https://ror.org/03q0vrn42"
ENU = "https://ror.org/0242cby63"


def doc_of(doc_id: str, parts: list[tuple[str, str, str]]) -> Document:
    """A document of (kind, lang, text) sections, one after another."""
    text, sections = "", []
    for i, (kind, lang, body) in enumerate(parts):
        start = len(text)
        text += body + "\n\n"
        sections.append(Section(f"s{i:03d}", kind, start, start + len(body), body, lang, 1.0, 0))
    return Document(id=doc_id, path=f"{doc_id}.txt", sha256="0" * 64, text=text,
                    sections=tuple(sections))


def orgs(doc: Document) -> list[OrgMention]:
    return [m for s in doc.sections if s.kind == "affiliation"
            for m in find_affiliations(doc, s, OPTIONS)]


@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("en", "Dept. of Economics, Al-Farabi KazNU, Almaty, Kazakhstan, e-mail: a@b.kz",
     [("Al-Farabi KazNU", FARABI)]),
    ("kk", "Әл-Фараби атындағы Қазақ ұлттық университетінің экономика факультеті, Алматы",
     [("Әл-Фараби атындағы Қазақ ұлттық университетінің", FARABI)]),
    ("ru", "Кафедра экономики Евразийского национального университета им. Л.Н. Гумилева, Астана",
     [("Евразийского национального университета им. Л.Н. Гумилева", ENU)]),
    ("en", "KIMEP University, Almaty, Kazakhstan; Nazarbayev University, Astana, Kazakhstan",
     [("KIMEP University", "https://ror.org/01pk2ck74"),
      ("Nazarbayev University", "https://ror.org/052bx8q98")]),
])
def test_an_affiliation_line_gives_the_institution_names_alone(lang: str, line: str,
                                                               expected: list) -> None:
    doc = doc_of("d", [("affiliation", lang, line)])
    found = orgs(doc)
    assert [(m.text, m.ror["id"] if m.ror else None) for m in found] == expected
    assert all(doc.text[m.start:m.end] == m.text for m in found)


def test_an_institution_the_registry_lacks_is_still_a_mention_without_an_id() -> None:
    doc = doc_of("d", [("affiliation", "en",
                        "Department of History, Northern Steppe Institute of Crafts, Karaganda")])
    found = orgs(doc)
    assert [(m.text, m.ror) for m in found] == [("Northern Steppe Institute of Crafts", None)]


def test_authors_superscripts_are_tied_to_numbered_affiliation_lines() -> None:
    doc = doc_of("d", [
        ("authors", "kk", "А.Б. Сейітова¹, Н.К. Омаров²*, Д.Е. Ли¹"),
        ("affiliation", "kk", "¹Әл-Фараби атындағы Қазақ ұлттық университеті, Алматы\n"
                              "²Л.Н. Гумилев атындағы Еуразия ұлттық университеті, Астана"),
    ])
    found = orgs(doc)
    assert [(m.marker, m.authors, m.ror["id"]) for m in found] == [
        ("1", ("А.Б. Сейітова", "Д.Е. Ли"), FARABI), ("2", ("Н.К. Омаров",), ENU)]


def test_a_mention_in_an_abstract_gets_the_id_of_the_name_it_is() -> None:
    doc = doc_of("d", [("abstract", "en", "Data from Nazarbayev University were used.")])
    m = Mention(doc="d", section="s000", lang="en", start=11, end=31,
                text="Nazarbayev University", label="ORG", source=("test",))
    (linked,) = link_mentions(doc, [m], OPTIONS)
    assert isinstance(linked, OrgMention) and linked.ror["id"] == "https://ror.org/052bx8q98"
    assert link_mentions(doc, [m], RegistryOptions(enabled=False)) == [m]


def test_one_ror_id_is_one_record_in_every_language_and_paper() -> None:
    one = doc_of("p1", [("affiliation", "en", "Al-Farabi Kazakh National University, Almaty"),
                        ("affiliation", "ru", "КазНУ им. аль-Фараби, Алматы")])
    two = doc_of("p2", [("affiliation", "kk", "Әл-Фараби атындағы ҚазҰУ, Алматы")])
    docs = [Document(**{**d.__dict__, "mentions": tuple(orgs(d))}) for d in (one, two)]
    records = merge_all(docs).organisations
    farabi = [r for r in records if r.ror and r.ror["id"] == FARABI]
    assert len(farabi) == 1 and {m.doc for m in farabi[0].mentions} == {"p1", "p2"}
    assert set(farabi[0].names) == {"en", "ru", "kk"}
    assert farabi[0].ror["name"] == "Al-Farabi Kazakh National University"
    data = {"schema_version": SCHEMA_VERSION, "organisations": [entity_to_json(r) for r in records]}
    validate("organisations", data)


def test_two_ids_are_never_joined_by_a_name_link() -> None:
    doc = doc_of("p", [("affiliation", "en", "Kazakh National University of Arts, Astana"),
                       ("affiliation", "en", "Al-Farabi Kazakh National University, Almaty")])
    doc = Document(**{**doc.__dict__, "mentions": tuple(orgs(doc))})
    records = merge_all([doc]).organisations
    assert len({r.ror["id"] for r in records if r.ror}) == len([r for r in records if r.ror]) == 2
