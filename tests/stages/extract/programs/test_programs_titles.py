"""Unquoted law titles, dated concepts, names kept whole, programme acronyms, Russian lemmas.

Sentences written for these tests, in English, Kazakh and Russian.
"""

from __future__ import annotations

import pytest

from pipeline.doc.records import Mention
from pipeline.lang.ru.morph import analyzer, nominative_adjective
from pipeline.stages.extract.document import ExtractConfig, extract
from pipeline.stages.extract.programs import find_programs
from tests.conftest import document_of


def found(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(mention text, canonical name, kind) of every programme of ``text``."""
    doc = _doc(("abstract", lang, text))
    return [(m.text, m.canonical, m.kind) for m in find_programs(doc, doc.sections[0], [])]


_doc = document_of


@pytest.mark.parametrize(("lang", "text", "mention"), [
    ("en", "The Law of the Republic of Kazakhstan On Public Procurement was adopted in 2015.",
     "On Public Procurement"),
    ("en", "According to the Law On Education, schools choose their textbooks.",
     "On Education"),
    ("ru", "В 2022 году принят Закон Республики Казахстан об образовании.", "об образовании"),
    ("ru", "Закон Об образовании действует с 2007 года.", "Об образовании"),
    ("ru", "Закон Республики Казахстан «Об образовании» принят.",
     "Закон Республики Казахстан «Об образовании»"),
    ("kk", "Білім туралы Заңына сәйкес мектептер оқулық таңдайды.", "Білім туралы Заңына"),
    ("kk", "\"Мемлекеттік сатып алу туралы\" Заңы күшіне енді.",
     "\"Мемлекеттік сатып алу туралы\" Заңы"),
])
def test_unquoted_and_quoted_law_titles(lang: str, text: str, mention: str) -> None:
    ((got, name, kind),) = found(text, lang)
    assert (got, kind) == (mention, "law")
    assert name[:1].isupper()


def test_a_fixed_law_name_keeps_its_cue() -> None:
    assert found("It follows the Law on Science closely.", "en") == [
        ("Law on Science", "Law on Science", "law")]
    assert found("Парламент принял закон о науке.", "ru") == [
        ("закон о науке", "закон о науке", "law")]


@pytest.mark.parametrize(("lang", "text", "mention"), [
    ("en", "In 2023 the Concept for the Development of Higher Education and Science for "
           "2023–2029 was approved.",
     "Concept for the Development of Higher Education and Science for 2023–2029"),
    ("ru", "Концепция развития высшего образования и науки на 2023–2029 годы утверждена.",
     "Концепция развития высшего образования и науки на 2023–2029 годы"),
    ("ru", "Правительство утвердило Стратегию развития туризма до 2030 года.",
     "Стратегию развития туризма до 2030 года"),
    ("kk", "Қазақстан Республикасының жоғары білім беруді және ғылымды дамытудың 2023 – 2029 "
           "жылдарға арналған тұжырымдамасы бекітілді.",
     "Қазақстан Республикасының жоғары білім беруді және ғылымды дамытудың 2023 – 2029 "
     "жылдарға арналған тұжырымдамасы"),
    ("kk", "Үкімет Қазақстан Республикасының 2025 жылға дейінгі Стратегиялық даму жоспарын "
           "бекітті.", "Қазақстан Республикасының 2025 жылға дейінгі Стратегиялық даму жоспарын"),
])
def test_concepts_and_plans_keep_their_head_and_years(lang: str, text: str, mention: str) -> None:
    assert [f[0] for f in found(text, lang)] == [mention]


def test_a_concept_for_some_years_alone_is_no_name() -> None:
    assert found("Үкімет 2023 – 2029 жылдарға арналған тұжырымдаманы бекітті.", "kk") == []


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("en", "Keywords: One Belt / One Road / Chinese initiative / OBOR / Nurly Jol",
     ["Belt and Road", "OBOR", "Nurly Zhol"]),
    ("en", "China's Belt and Road Initiative (BRI) began in 2013. The BRI grew.",
     ["Belt and Road Initiative", "BRI"]),
    ("ru", "Ключевые слова: «Пояс и путь» / ОПОП / «Нурлы жол» / ГПИИР",
     ["Один пояс – один путь", "ОПОП", "Нурлы жол", "ГПИИР"]),
    ("kk", "Түйін сөздер: «Бір белдеу – бір жол», ҮИИДМБ, Нұрлы жол",
     ["Бір белдеу – бір жол", "ҮИИДМБ", "Нұрлы жол"]),
])
def test_listed_names_and_acronyms_are_programmes(lang: str, text: str, names: list[str]
                                                  ) -> None:
    doc = _doc(("abstract", lang, text))
    got = [m.canonical for m in find_programs(doc, doc.sections[0], [])]
    assert all(n in got for n in names), got


def test_an_acronym_in_brackets_names_its_programme_elsewhere() -> None:
    doc = _doc(("abstract", "en", "The Digital Silk Road Initiative (DSRI) started. Later the "
                                  "DSRI was extended."))
    got = [m.text for m in find_programs(doc, doc.sections[0], [])]
    assert got.count("DSRI") == 2


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("en", "Kazakhstan joined the Belt and Road Initiative early.", "Belt"),
    ("kk", "Қазақстан «Бір белдеу – бір жол» бастамасын қолдады.", "Бір белдеу"),
    ("ru", "Казахстан поддержал инициативу «Один пояс – один путь».", "Один пояс"),
])
def test_a_name_is_kept_whole_and_its_first_half_is_no_place(lang: str, text: str, part: str
                                                             ) -> None:
    doc = _doc(("abstract", lang, text))
    s = doc.sections[0]
    start = s.start + text.index(part)
    loc = Mention(doc="t", section="s0", lang=lang, start=start, end=start + len(part),
                  text=part, label="LOC", source=("spacy:test",))
    (program,) = find_programs(doc, s, [loc])
    assert part in program.text and len(program.text) > len(part)
    kept = extract(doc, ExtractConfig(entities=False, figures=False)).mentions
    assert [m.label for m in kept] == ["PROGRAM"]
    from pipeline.stages.extract.document import _in_programme

    assert _in_programme(loc, [program])


@pytest.mark.parametrize(("surface", "gender", "expected"), [
    ("Государственной", "f", "Государственная"),
    ("национального", "m", "национальный"),
    ("Индустриально-инновационного", "f", "Индустриально-инновационная"),
    ("стратегического", "n", "стратегическое"),
])
def test_russian_modifiers_agree_in_the_nominative(surface: str, gender: str, expected: str
                                                   ) -> None:
    assert nominative_adjective(surface, gender) == expected


def test_russian_canonical_names_are_lemmatised_and_the_analyser_loaded_once() -> None:
    ((_, name, _),) = found("в рамках Государственной программы индустриально-инновационного "
                            "развития страны", "ru")
    assert name == "Государственная программа индустриально-инновационного развития"
    assert analyzer() is analyzer()
