"""Organisations named without a head word, on sentences written for these tests: quoted
names next to a legal form, bare acronyms a document confirms, lowercase Kazakh names,
endings stacked on a Kazakh head, hyphenated adjectives before a head."""

from __future__ import annotations

import pytest

from pipeline.doc.records import Document
from pipeline.stages.extract.document import ExtractConfig, extract
from pipeline.stages.extract.organisations.acronyms import candidates
from pipeline.stages.extract.organisations.names import find_in_text
from pipeline.stages.extract.organisations.quoted import quoted_names
from tests.conftest import document_of


def names(text: str, lang: str) -> list[str]:
    return [text[s.start:s.end] for s in find_in_text(text, lang)]


def orgs(doc: Document) -> list[tuple[str, str]]:
    out = extract(doc, ExtractConfig(entities=False, figures=False, programs=False))
    return [(m.lang, m.text) for m in out.mentions if m.label == "ORG"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("kk", "Бүгін «Алтын Су» АҚ-ның акционерлері жиналды.", ["Алтын Су"]),
    ("kk", "«Ертіс Энерго» ҰӘҚ» АҚ басқармасы шешті.", ["Ертіс Энерго"]),
    ("kk", "«ТЕМІР ЖОЛ» ҰЛТТЫҚ КОМПАНИЯСЫ» АКЦИОНЕРЛІК ҚОҒАМЫНЫҢ ХАБАРЫ",
     ["ТЕМІР ЖОЛ» ҰЛТТЫҚ КОМПАНИЯСЫ"]),
    ("ru", "Собрание провело АО «Алтын Су» в мае.", ["Алтын Су"]),
    ("ru", "Договор подписало ТОО «Жасыл Дала».", ["Жасыл Дала"]),
    ("en", "NOTICE OF JOINT STOCK COMPANY “NATIONAL COMPANY “ALTYN SU”",
     ["NATIONAL COMPANY “ALTYN SU"]),
])
def test_a_quoted_name_next_to_a_legal_form_is_a_company(lang, text, expected) -> None:
    assert names(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The report of JSC NC “Altyn Su” (AS) was approved.", "Altyn Su"),
    ("The shares of “Altyn Su” JSC rose.", "Altyn Su"),
])
def test_english_legal_forms_around_a_quoted_name(text, expected) -> None:
    # JSC is also a head word, whose name (JSC NC “Altyn Su”) the head rules give
    assert [text[s.start:s.end] for s in quoted_names(text, "en")] == [expected]


@pytest.mark.parametrize(("lang", "text"), [
    ("kk", "«Ақ жол» ақ киіз үй туралы әңгіме."),  # ақ is "white", not the legal form АҚ
    ("kk", "«Рухани жаңғыру» бағдарламасы жалғасады."),  # a programme, no legal form
    ("ru", "Программа «Болашак» запущена в срок."),
    ("en", "He said “yes” and left."),
])
def test_a_quoted_phrase_without_a_legal_form_is_no_company(lang, text) -> None:
    assert quoted_names(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("kk", "Жұмыста халықаралық еңбек ұйымы ұсынған әдіс қолданылды.",
     ["халықаралық еңбек ұйымы"]),
    ("kk", "Дереккөз: ұлттық статистика бюросының сайты.",
     ["ұлттық статистика бюросының"]),
    ("kk", "Жобаны «Ақ Орда» ұлттық әл-ауқат қоры қаржыландырды.",
     ["«Ақ Орда» ұлттық әл-ауқат қоры"]),
    ("kk", "Конституциялық және саяси зерттеулер институтығының қызметкері.",
     ["Конституциялық және саяси зерттеулер институтығының"]),
    ("kk", "Экономика институтындағы зерттеулер.", ["Экономика институтындағы"]),
    ("kk", "Қазақ ғылыми-зерттеу институты", ["Қазақ ғылыми-зерттеу институты"]),
    ("ru", "Казахский научно-исследовательский институт экономики агропромышленного "
           "комплекса и развития сельских территорий",
     ["Казахский научно-исследовательский институт экономики агропромышленного комплекса "
      "и развития сельских территорий"]),
    ("kk", "Maqsut Narikbayev University аға оқытушысы, Конституциялық зерттеулер "
           "институтының қызметкері",
     ["Конституциялық зерттеулер институтының"]),  # the Kazakh name stays in Cyrillic
])
def test_lowercase_names_stacked_endings_and_compound_adjectives(lang, text, expected) -> None:
    assert names(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("kk", "оны бір халықаралық ұйымы қолдады."),  # opener and head alone: generic
    ("kk", "Бұл халықаралық деңгейдегі университеті емес."),  # a placing word breaks it
    ("kk", "Халықаралық ұйымдар мен қорлар қатысты."),  # plural: no head
    ("en", "the international labour organization said so"),  # English capitalises names
    ("ru", "сообщила международная организация труда"),
])
def test_lowercase_phrases_that_are_no_names(lang, text) -> None:
    assert names(text, lang) == []


def test_an_acronym_with_a_company_word_is_a_company_in_every_language_of_the_document() -> None:
    doc = document_of(("abstract", "en", "The meeting of ABK shareholders paid the ABK "
                                         "dividends."),
                      ("abstract", "kk", "ӘБК акционерлерінің жиналысы ӘБК-нің дивидендін "
                                         "төледі."),
                      ("abstract", "ru", "Собрание акционеров АБК одобрило выплату."))
    assert orgs(doc) == [("en", "ABK"), ("en", "ABK"), ("kk", "ӘБК"), ("kk", "ӘБК-нің"),
                         ("ru", "АБК")]


def test_a_two_part_acronym_confirmed_by_a_name_the_document_gives() -> None:
    doc = document_of(("abstract", "en", "TMG ZB has paid its dividends. The policy of TMG ZB "
                                         "stays."),
                      ("abstract", "kk", "ТМГ ЖБ дивидендтерін төледі. «ТауМұнайГаз» Жаңа "
                                         "Барлау» АҚ саясаты өзгермейді."))
    assert orgs(doc) == [("en", "TMG ZB"), ("en", "TMG ZB"), ("kk", "ТМГ ЖБ"),
                         ("kk", "ТауМұнайГаз» Жаңа Барлау")]


@pytest.mark.parametrize(("en", "kk", "ru"), [
    # a rate index in two languages, with no company word: no organisation
    ("The TKR rate is set by the bank.", "TKR мөлшерлемесі белгіленді.", "Ставка TKR растёт."),
    # codes of papers, field terms, currencies, roman numerals, a person's surname
    ("UDC 338.1. ICT and GDP grew; 5 KZT; part III.", "ӘОЖ 338.1. ЖІӨ өсті, III бөлім.",
     "УДК 338.1. ВВП и ИКТ; Ю.А. ХАН."),
    # an uppercase title line
    ("DIGITAL ECONOMY OF THE CITY", "ҚАЛАНЫҢ ЦИФРЛЫҚ ЭКОНОМИКАСЫ", "ЦИФРОВАЯ ЭКОНОМИКА ГОРОДА"),
])
def test_bare_capitals_that_are_no_organisation(en, kk, ru) -> None:
    doc = document_of(("abstract", "en", en), ("abstract", "kk", kk), ("abstract", "ru", ru))
    assert orgs(doc) == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "the board of ABK JSC met", ["ABK"]),
    ("kk", "ӘБК АҚ басқармасы", ["ӘБК"]),
    ("ru", "акционеры АБК АО", ["АБК"]),
    ("en", "KMG EP paid; A.B. SMITH wrote", ["KMG EP"]),
])
def test_an_acronym_keeps_its_legal_form_out_and_a_person_is_none(lang, text, expected) -> None:
    section = document_of(("abstract", lang, text)).sections[0]
    assert [c.text for c in candidates(section)] == expected
