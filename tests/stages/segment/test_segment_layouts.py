"""Front matter as real journal pages print it: glued and lone labels, unlabelled abstracts,
page furniture, line-by-line front matter, three languages with no blank line between them.

Every text here is written for these tests, one layout rule per test, in each language.
"""

from __future__ import annotations

import pytest

from pipeline.doc.records import Document, Mention
from pipeline.stages.language.sections import assign_mention_languages, identify_sections
from pipeline.stages.normalize import normalize
from pipeline.stages.segment.sections import segment

EN_ABSTRACT = (
    "The article studies how regional universities of Kazakhstan cooperate with small firms "
    "in the grain sector. We surveyed one hundred farms and twenty colleges, compared their "
    "contracts and found that joint projects raise the share of trained workers."
)
KK_ABSTRACT = (
    "Мақалада Қазақстанның өңірлік университеттері астық саласындағы шағын фирмалармен "
    "қалай ынтымақтасатыны зерттеледі. Біз жүз шаруа қожалығы мен жиырма колледжге сауалнама "
    "жүргіздік және бірлескен жобалар оқытылған жұмысшылардың үлесін арттыратынын көрдік."
)
RU_ABSTRACT = (
    "В статье изучается, как региональные университеты Казахстана сотрудничают с малыми "
    "фирмами в зерновой отрасли. Мы опросили сто хозяйств и двадцать колледжей, сравнили их "
    "договоры и показали, что совместные проекты повышают долю обученных работников."
)
ABSTRACTS = {"en": EN_ABSTRACT, "kk": KK_ABSTRACT, "ru": RU_ABSTRACT}
LABELS = {"en": "Abstract", "kk": "Аңдатпа", "ru": "Аннотация"}
KEYWORDS = {"en": "Keywords: grain, colleges, small firms.",
            "kk": "Түйін сөздер: астық, колледждер, шағын фирмалар.",
            "ru": "Ключевые слова: зерно, колледжи, малые фирмы."}


def _doc(text: str) -> Document:
    n = normalize(text)
    doc = Document(id="t", path="t", sha256="", text=n.text, headings=n.headings)
    return identify_sections(segment(doc))


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.lang) for s in _doc(text).sections]


def _abstract(doc: Document, lang: str) -> str:
    return next(s.text for s in doc.sections if s.kind == "abstract" and s.lang == lang)


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_segment_label_glued_to_the_text_after_it(lang):
    doc = _doc(f"{LABELS[lang]}{ABSTRACTS[lang]}\n\n{KEYWORDS[lang]}\n")
    assert _abstract(doc, lang).endswith(ABSTRACTS[lang][-30:])
    assert doc.abstract_set[lang]["abstract"]


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_segment_label_glued_to_the_text_before_it(lang):
    text = f"Journal of regional studies 2024.3.07{KEYWORDS[lang]}\n"
    doc = _doc(f"{ABSTRACTS[lang]}\n{text}")
    keywords = next(s for s in doc.sections if s.kind == "keywords")
    assert keywords.text.startswith(KEYWORDS[lang].split()[0])


@pytest.mark.parametrize(("label", "lang"), [
    ("Abstract", "en"), ("Summary", "en"), ("Annotation", "en"),
    ("Аннотация", "ru"), ("Резюме", "ru"), ("Аңдатпа", "kk"), ("Түйін", "kk"),
    ("Түйіндеме", "kk"),
])
def test_segment_abstract_label_spellings(label, lang):
    doc = _doc(f"{label}: {ABSTRACTS[lang]}\n")
    assert [s.kind for s in doc.sections] == ["abstract"]
    assert doc.sections[0].lang == lang


@pytest.mark.parametrize(("label", "lang"), [
    ("Key words", "en"), ("Keywords", "en"), ("Ключевые слова", "ru"), ("Түйін сөздер", "kk"),
    ("Негізгі сөздер", "kk"), ("Кілт сөздер", "kk"),
])
def test_segment_keyword_label_spellings(label, lang):
    doc = _doc(f"{ABSTRACTS[lang]}\n\n{label}: one, two, three\n")
    assert [s.kind for s in doc.sections] == ["abstract", "keywords"]


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_segment_lone_label_joins_its_text_and_takes_its_language(lang):
    # An English label before Kazakh or Russian text: the text decides the language.
    doc = _doc(f"Abstract\n\n{ABSTRACTS[lang]}\n")
    (section,) = doc.sections
    assert section.kind == "abstract" and section.lang == lang
    assert section.text.startswith("Abstract")


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_segment_abstract_runs_over_all_its_paragraphs(lang):
    text = f"{LABELS[lang]}\n\n{ABSTRACTS[lang]}\n\n{ABSTRACTS[lang]}\n\n{KEYWORDS[lang]}\n"
    doc = _doc(text)
    assert [s.kind for s in doc.sections] == ["abstract", "keywords"]
    assert _abstract(doc, lang).count(ABSTRACTS[lang][:40]) == 2


def test_segment_abstract_stops_at_the_next_languages_block():
    text = f"Abstract\n\n{EN_ABSTRACT}\n\n{KK_ABSTRACT}\n\n{RU_ABSTRACT}\n"
    doc = _doc(text)
    assert set(doc.abstract_set) == {"en", "kk", "ru"}
    assert KK_ABSTRACT[:30] not in _abstract(doc, "en")


@pytest.mark.parametrize(("title", "lang"), [
    ("Universities and small firms in the grain sector", "en"),
    ("Астық саласындағы университеттер мен шағын фирмалар", "kk"),
    ("Университеты и малые фирмы в зерновой отрасли", "ru"),
])
def test_segment_unlabelled_abstract_after_title_and_authors(title, lang):
    doc = _doc(f"{title}\n\nA. Serikova, B. Ospanov\n\n{ABSTRACTS[lang]}\n")
    assert [s.kind for s in doc.sections] == ["title", "authors", "abstract"]
    assert doc.abstract_set[lang]["title"] == doc.sections[0].id


def test_segment_three_languages_with_no_blank_line_between_them():
    lines = [EN_ABSTRACT, KEYWORDS["en"], KK_ABSTRACT, KEYWORDS["kk"], RU_ABSTRACT,
             KEYWORDS["ru"]]
    doc = _doc("\n".join(lines) + "\n")
    assert set(doc.abstract_set) == {"en", "kk", "ru"}
    assert [s.kind for s in doc.sections] == ["abstract", "keywords"] * 3


@pytest.mark.parametrize("furniture", [
    "DOI: 10.12345/abc.2024.3.07", "UDC 338.24", "IRSTI 06.71.07", "МРНТИ 06.39.02",
    "ГРНТИ 11.25.91", "ӘОЖ 330.1", "ХҒТАР 06.77.77", "ISSN 1234-5678", "ORCID: 0000-0001-2345-6789",
    "How to cite: Serikova A. (2024)", "Views: 215",
])
def test_segment_page_furniture_is_neither_front_matter_nor_language(furniture):
    doc = _doc(f"{furniture}\n\nAbstract\n\n{KK_ABSTRACT}\n")
    assert doc.sections[0].kind == "other"
    assert doc.sections[1].kind == "abstract" and doc.sections[1].lang == "kk"


def test_segment_classification_code_before_a_title_on_one_line():
    doc = _doc(f"МРНТИ 11.25.91 УНИВЕРСИТЕТЫ И МАЛЫЕ ФИРМЫ\n\n{RU_ABSTRACT}\n")
    assert [s.kind for s in doc.sections][:2] == ["other", "title"]
    assert doc.sections[1].text == "УНИВЕРСИТЕТЫ И МАЛЫЕ ФИРМЫ"


def test_segment_running_head_is_furniture():
    doc = _doc(f"Вестник КазНУ. Серия экономическая, № 3 (2021)\n\n{RU_ABSTRACT}\n")
    assert doc.sections[0].kind == "other"


@pytest.mark.parametrize(("authors", "affiliations", "lang"), [
    ("A. Serikova¹, B. Ospanov²",
     ["¹Institute of Economics, Almaty, Kazakhstan", "²Narxoz University, Almaty, Kazakhstan"],
     "en"),
    ("А. Серікова¹, Б. Оспанов²",
     ["¹Экономика институты, Алматы қ., Қазақстан", "²Нархоз университеті, Алматы қ."], "kk"),
    ("А. Серикова¹, Б. Оспанов²",
     ["¹Институт экономики, Алматы, Казахстан", "²Университет Нархоз, Алматы, Казахстан"],
     "ru"),
])
def test_segment_numbered_affiliation_lines_are_one_section_each(authors, affiliations, lang):
    text = "\n".join([authors, *affiliations, "E-mail: author@example.org"])
    doc = _doc(f"{text}\n{LABELS[lang]}: {ABSTRACTS[lang]}\n")
    kinds = [s.kind for s in doc.sections]
    assert kinds == ["authors", "affiliation", "affiliation", "other", "abstract"]


@pytest.mark.parametrize("bullet", ["•", "-", "*"])
def test_segment_bulleted_author_lines(bullet):
    text = (f"  {bullet} A. Serikova, Narxoz University\n  {bullet} B. Ospanov, Narxoz University"
            f"\n\n{EN_ABSTRACT}\n")
    kinds = [s.kind for s in _doc(text).sections]
    assert kinds == ["affiliation", "affiliation", "abstract"]


def test_segment_affiliation_in_another_language_keeps_its_own():
    text = ("Universities and small firms in the grain sector\n\nA. Serikova\n\n"
            "Казахский национальный университет имени аль-Фараби, Алматы, Казахстан\n\n"
            f"Abstract. {EN_ABSTRACT}\n")
    doc = _doc(text)
    affiliation = next(s for s in doc.sections if s.kind == "affiliation")
    assert affiliation.lang == "ru"
    assert _abstract(doc, "en")


def test_segment_unlabelled_keyword_list_before_the_abstract():
    text = ("Universities and small firms\n\ngrain, colleges, small firms, contracts, "
            f"regional policy.\n\n{EN_ABSTRACT}\n")
    assert [k for k, _ in _kinds(text)] == ["title", "keywords", "abstract"]


@pytest.mark.parametrize(("label", "line"), [
    ("About the authors", "A. Serikova - PhD student, Narxoz University, Almaty"),
    ("Author Biography", "A. Serikova, Narxoz University, Almaty, Kazakhstan"),
    ("Об авторе", "А. Серикова, Университет Нархоз, Алматы, Казахстан"),
    ("Авторлар туралы мәлімет", "А. Серікова - докторант, Нархоз университеті, Алматы қ."),
    ("Сведения об авторах", "А. Серикова - докторант, Университет Нархоз, Алматы"),
])
def test_segment_end_of_paper_author_block(label, line):
    text = f"Abstract. {EN_ABSTRACT}\n\n{label}\n\n{line}\n\nE-mail: a@example.org\n"
    kinds = [s.kind for s in _doc(text).sections]
    assert kinds == ["abstract", "author-info"]


def test_mention_language_is_that_of_its_letters():
    doc = _doc(f"{KK_ABSTRACT} Scopus\n")
    section = doc.sections[0]
    start = doc.text.index("Scopus")
    names = [Mention(doc="t", section=section.id, lang="kk", start=start, end=start + 6,
                     text="Scopus", label="ORG", source=("rules:test",)),
             Mention(doc="t", section=section.id, lang="kk", start=0, end=8,
                     text=doc.text[:8], label="ORG", source=("rules:test",))]
    from dataclasses import replace

    langs = [m.lang for m in assign_mention_languages(replace(doc, mentions=tuple(names))).mentions]
    assert langs == ["en", "kk"]
