"""Head-anchored organisation names, on sentences written for these tests and on the seeds."""

from __future__ import annotations

import pytest

from pipeline.doc.spans import Span, to_mention
from pipeline.run.document import RunConfig, analyse
from pipeline.stages.extract.organisations.names import find_in_text, find_organisations
from pipeline.stages.extract.organisations.overlay import (
    names_a_state,
    states_as_places,
    with_organisations,
)
from tests.conftest import document_of, seed_path


def names(text: str, lang: str, persons: list[tuple[int, int]] = ()) -> list[str]:
    return [text[s.start:s.end] for s in find_in_text(text, lang, [Span(*p) for p in persons])]


def laid_over(spans: list[tuple[int, int, str]], text: str, lang: str
              ) -> list[tuple[int, int, str]]:
    """(start, end, label) of a model's ``spans`` of ``text`` after the extract stage's
    overlay: states as places, then the head-anchored names laid over them."""
    doc = document_of(("abstract", lang, text))
    section = doc.sections[0]
    entities = [to_mention(Span(s, e, label, ("spacy:test",)), doc, section)
                for s, e, label in spans]
    found = with_organisations(states_as_places(entities),
                               find_organisations(doc, section, entities))
    return [(m.start, m.end, m.label) for m in found]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "She works at Al-Farabi Kazakh National University, Almaty.",
     ["Al-Farabi Kazakh National University"]),
    ("en", "The Ministry of Science and Higher Education of the Republic of Kazakhstan paid.",
     ["Ministry of Science and Higher Education of the Republic of Kazakhstan"]),
    ("en", "Loans came from the Asian Infrastructure Investment Bank and Silk Road Fund.",
     ["Asian Infrastructure Investment Bank", "Silk Road Fund"]),
    ("en", "Kazakh National University named after Al-Farabi and Tsinghua University agreed.",
     ["Kazakh National University named after Al-Farabi", "Tsinghua University"]),
    ("en", "¹Harbin Institute of Technology Harbin, China", ["Harbin Institute of Technology"]),
    ("en", "The university of the future hires a German company.", []),
    ("ru", "Казахский национальный университет имени аль-Фараби, г. Алматы",
     ["Казахский национальный университет имени аль-Фараби"]),
    ("ru", "Министерство образования и науки Республики Казахстан и Евразийский национальный "
           "университет им. Л.Н. Гумилева подписали договор.",
     ["Министерство образования и науки Республики Казахстан",
      "Евразийский национальный университет им. Л.Н. Гумилева"]),
    ("ru", "Проект поддержали Фонд «Самрук-Казына» и Банк развития Казахстана.",
     ["Фонд «Самрук-Казына»", "Банк развития Казахстана"]),
    ("ru", "Исследование провели в Назарбаев Университете.", ["Назарбаев Университете"]),
    ("ru", "Член Союза писателей подписал письмо. Американская компания закрылась.", []),
    ("kk", "Әл-Фараби атындағы Қазақ ұлттық университеті, Алматы қ.",
     ["Әл-Фараби атындағы Қазақ ұлттық университеті"]),
    ("kk", "Қазақстан Республикасы Ғылым және жоғары білім министрлігі мен Алматыдағы "
           "Азия даму банкінің өкілдері кездесті.",
     ["Қазақстан Республикасы Ғылым және жоғары білім министрлігі", "Азия даму банкінің"]),
    ("kk", "Кездесуде Германия компаниясы туралы айтылды. Тіпті Қаржы министрлігі келісті.",
     ["Қаржы министрлігі"]),
])
def test_names_around_a_head_word(lang: str, text: str, expected: list[str]) -> None:
    assert names(text, lang) == expected


def test_a_person_found_by_ner_ends_a_name_unless_the_name_is_named_after_them() -> None:
    text = "Ректор Казахского национального университета Галым Мутанов выступил."
    person = text.index("Галым"), text.index(" выступил")
    assert names(text, "ru", [person]) == ["Казахского национального университета"]
    kk = "Әл-Фараби атындағы Қазақ ұлттық университеті"
    assert names(kk, "kk", [(0, len("Әл-Фараби"))]) == [kk]


def test_an_uppercase_title_has_no_case_cues_and_gives_no_names() -> None:
    assert names("REPORT OF THE NATIONAL BANK OF KAZAKHSTAN", "en") == []


def test_names_replace_the_ner_spans_they_overlap_but_not_a_longer_ner_organisation() -> None:
    text = "Al-Farabi Kazakh National University and the Agency for Strategic Planning under " \
           "the President met."
    agency = text.index("Agency")
    short, president = agency + len("Agency for Strategic Planning"), text.index(" met")
    out = laid_over([(0, 9, "PER"), (10, 36, "ORG")], text, "en")
    assert sorted(out) == [(0, 36, "ORG"), (agency, short, "ORG")]
    longer = [(agency, president, "ORG")]
    assert sorted(laid_over(longer, text, "en")) == [(0, 36, "ORG"), *longer]


@pytest.mark.seeds
@pytest.mark.models
def test_the_affiliation_of_002_is_one_name_in_each_language(seeds_dir) -> None:
    doc = analyse(seed_path(seeds_dir, "002"), RunConfig(), doc_id="002")
    found = {(m.lang, m.text) for m in doc.mentions if m.label == "ORG"
             and doc.section(m.section).kind == "affiliation"}
    assert ("en", "Al-Farabi Kazakh National University") in found
    assert ("kk", "Әл-Фараби атындағы Қазақ ұлттық университеті") in found
    assert ("ru", "Казахский национальный университет имени аль-Фараби") in found
    assert not any(text == "*" or "@" in text for _, text in found)


@pytest.mark.parametrize(("lang", "text", "state"), [
    ("en", "People’s Republic of China", True),
    ("kk", "Қытай Халық Республикасы", True),
    ("ru", "Китайская Народная Республика", True),
    ("ru", "Министерство образования Республики Казахстан", False),
    ("en", "Samruk-Kazyna", False),
])
def test_a_state_is_a_place_unless_an_organisation_head_names_its_body(
        lang: str, text: str, state: bool) -> None:
    assert names_a_state(text, lang) is state
    spans = laid_over([(0, len(text), "ORG")], text, lang)
    assert (spans[0][2] == "LOC") is state


def test_an_english_model_organisation_running_past_the_name_into_lowercase_gives_way() -> None:
    text = "The High Level Strategic Council between the two states met."
    council = text.index("High"), text.index(" between")
    ner = [(council[0], text.index(" the two"), "ORG")]
    assert laid_over(ner, text, "en") == [(*council, "ORG")]
    ru = "Международное агентство по изучению рака опубликовало доклад."
    longer = [(0, ru.index(" опубликовало"), "ORG")]
    assert laid_over(longer, ru, "ru") == longer
