"""Type and boundary decisions for organisations, on sentences written for these tests.

An institution is an organisation whatever a model calls it; states, places and generic
heads are not; a ministry's name runs through its enumeration and complements; an
organisation and a programme never take each other's words.
"""

from __future__ import annotations

import pytest

from pipeline.doc.records import Document, Mention
from pipeline.stages.extract.document import ExtractConfig, extract
from pipeline.stages.extract.gate import gate
from pipeline.stages.extract.organisations.names import find_in_text
from tests.conftest import document_of


def names(text: str, lang: str) -> list[str]:
    return [text[s.start:s.end] for s in find_in_text(text, lang)]


_doc = document_of


def _model(doc: Document, section: int, text: str, label: str) -> Mention:
    s = doc.sections[section]
    start = s.start + s.text.index(text)
    return Mention(doc=doc.id, section=s.id, lang=s.lang, start=start, end=start + len(text),
                   text=text, label=label, source=("spacy:test",))


def _orgs(doc: Document) -> list[tuple[str, str]]:
    out = extract(doc, ExtractConfig(entities=False, figures=False))
    return [(m.lang, m.text) for m in out.mentions if m.label == "ORG"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "According to Tengrinews, the Agency for Strategic Planning and Reforms of the "
           "Republic of Kazakhstan published the data.",
     ["Tengrinews", "Agency for Strategic Planning and Reforms of the Republic of Kazakhstan"]),
    ("en", "Armenia joined the Eurasian Economic Union in 2015.", ["Eurasian Economic Union"]),
    ("ru", "Как сообщает Тенгриньюс, Агентство по стратегическому планированию и реформам "
           "Республики Казахстан опубликовало данные.",
     ["Тенгриньюс", "Агентство по стратегическому планированию и реформам Республики "
                    "Казахстан"]),
    ("ru", "Армения вступила в Евразийский экономический союз.",
     ["Евразийский экономический союз"]),
    ("kk", "Бұл шешімді Еуразиялық экономикалық одаққа мүше елдер қабылдады.",
     ["Еуразиялық экономикалық одаққа"]),
    ("kk", "Қазақстан Республикасы Стратегиялық жоспарлау және реформалар агенттігінің ұлттық "
           "статистика бюросының деректері",
     ["Қазақстан Республикасы Стратегиялық жоспарлау және реформалар агенттігінің ұлттық "
      "статистика бюросының"]),
])
def test_institutions_are_organisations_by_their_head_or_shape(lang, text, expected) -> None:
    assert names(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Agency said that the Committee would meet in Astana and the Almaty region."),
    ("en", "Central Asian states and the Republic of Kazakhstan signed it."),
    ("kk", "Министрліктің мәліметінше, комитет Алматы облысында жұмыс істейді."),
    ("ru", "Министерство сообщило, что комитет работает в Алматинской области."),
])
def test_anaphors_generic_heads_states_and_places_are_not_organisations(lang, text) -> None:
    assert names(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "label"), [
    ("en", "Central Asian", "ORG"), ("en", "Republic of Kazakhstan", "ORG"),
    ("en", "the Agency", "ORG"), ("kk", "министрліктің", "ORG"),
    ("ru", "Министерство", "ORG"), ("ru", "Алматинской области", "ORG"),
])
def test_the_gate_drops_a_models_generic_or_state_organisation(lang, text, label) -> None:
    doc = _doc(("abstract", lang, f"Words before {text} and after."))
    kept = gate([_model(doc, 0, text, label)], [], doc.text)
    assert [m.label for m in kept] in ([], ["LOC"])


@pytest.mark.parametrize(("lang", "sentence", "name", "label", "kept"), [
    ("en", "Data came from KazMunayGas and the bank.", "KazMunayGas", "LOC", "ORG"),
    ("en", "Data came from Turkish University last year.", "Turkish University", "ORG", "ORG"),
    ("kk", "Деректерді ҚазМұнайГаз ұсынды.", "ҚазМұнайГаз", "ORG", "ORG"),
    ("ru", "Данные предоставил КазНУ имени аль-Фараби.", "КазНУ имени аль-Фараби", "ORG", "ORG"),
    ("en", "Keywords: ICT, regions, SWIFT.", "ICT", "ORG", None),
    ("kk", "Түйін сөздер: МРНТИ, аймақ.", "МРНТИ", "ORG", None),
])
def test_the_gate_keeps_a_models_organisation_with_evidence(lang, sentence, name, label,
                                                           kept) -> None:
    doc = _doc(("abstract", lang, sentence))
    out = gate([_model(doc, 0, name, label)], [], doc.text)
    assert [m.label for m in out] == ([kept] if kept else [])


def test_the_gate_keeps_an_organisation_a_rule_found_in_another_language() -> None:
    doc = _doc(("abstract", "en", "Shares of KEGOC rose."), ("abstract", "kk", "KEGOC өсті."))
    rule = Mention(doc="t", section="s1", lang="kk", start=doc.sections[1].start,
                   end=doc.sections[1].start + 5, text="KEGOC", label="ORG",
                   source=("rules:organisations",))
    assert gate([_model(doc, 0, "KEGOC", "ORG")], [rule], doc.text)
    assert not gate([_model(doc, 0, "KEGOC", "ORG")], [], doc.text)


@pytest.mark.parametrize(("lang", "text", "person", "expected"), [
    ("en", "G.A. Shadinova Khoja Akhmet Yassawi International Kazakh-Turkish University",
     "Akhmet Yassawi International Kazakh", "Khoja Akhmet Yassawi International Kazakh-Turkish"
                                            " University"),
    ("ru", "Иванов Евразийский национальный университет", "Иванов Евразийский",
     "Евразийский национальный университет"),
    ("kk", "Сейтов Әл-Фараби атындағы Қазақ ұлттық университеті", "Сейтов Әл-Фараби атындағы Қазақ",
     "Әл-Фараби атындағы Қазақ ұлттық университеті"),
])
def test_a_models_person_holding_institution_words_does_not_cut_a_name(lang, text, person,
                                                                      expected) -> None:
    doc = _doc(("affiliation", lang, text))
    gated = gate([_model(doc, 0, person, "PER")], [], doc.text)
    assert gated == []
    assert any(expected in n for n in names(text, lang))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "It was approved by the Ministry of Ecology, Geology and Natural Resources of the "
           "Republic of Kazakhstan, Astana.",
     ["Ministry of Ecology, Geology and Natural Resources of the Republic of Kazakhstan"]),
    ("en", "3University of Almaty, Almaty, Kazakhstan", ["University of Almaty"]),
    ("ru", "по данным Министерства труда и социальной защиты населения Республики Казахстан",
     ["Министерства труда и социальной защиты населения Республики Казахстан"]),
    ("ru", "Казахский университет экономики, финансов и международной торговли, Алматы",
     ["Казахский университет экономики, финансов и международной торговли"]),
    ("kk", "Қазақстан Республикасы Экология, геология және табиғи ресурстар министрлігінің "
           "хабарлауынша", ["Қазақстан Республикасы Экология, геология және табиғи ресурстар "
                            "министрлігінің"]),
    ("kk", "Алматы, Астана қалалары, Білім министрлігі", ["Білім министрлігі"]),
])
def test_a_ministry_runs_through_its_enumeration_and_complements(lang, text, expected) -> None:
    assert names(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "2Zhansyugyurov Zhetysyu state university, Taldykorgan",
     ["Zhansyugyurov Zhetysyu state university"]),
    ("en", "Kire, Al-Farabi Kazakh national University, Almaty",
     ["Al-Farabi Kazakh national University"]),
    ("en", "1Institute of economics of the Republic of Kazakhstan, Almaty",
     ["Institute of economics of the Republic of Kazakhstan"]),
    ("en", "The state university is large.", []),
    ("kk", "1«Тұран» университеті, Алматы қ.", ["«Тұран» университеті"]),
    ("kk", "Бүгін «ҚазМұнайГаз» Ұлттық компаниясы» АҚ төледі.",
     ["«ҚазМұнайГаз» Ұлттық компаниясы"]),
    ("en", "the “Samruk-Kazyna” National Welfare Fund said",
     ["“Samruk-Kazyna” National Welfare Fund"]),
    ("en", "He said “yes” National Bank of Kazakhstan agreed.", ["National Bank of Kazakhstan"]),
    ("ru", "Фонд «Самрук-Казына» и компания «Казахтелеком»",
     ["Фонд «Самрук-Казына»", "компания «Казахтелеком»"]),
])
def test_names_printed_partly_in_lower_case(lang, text, expected) -> None:
    assert names(text, lang) == expected


def test_a_name_in_another_languages_letters_gets_that_language() -> None:
    doc = _doc(("affiliation", "kk", "А. Сейт, PhD, Maqsut Narikbayev University аға оқытушысы"),
               ("body", "kk", "Институт туралы: Казахский университет экономики, финансов и "
                              "международной торговли"))
    assert _orgs(doc) == [("en", "Maqsut Narikbayev University"),
                          ("ru", "Казахский университет экономики, финансов и международной "
                                 "торговли")]


@pytest.mark.parametrize(("lang", "text", "org", "program"), [
    ("en", "under the Joint Stock Company Act of 1998", None, "Joint Stock Company Act"),
    ("ru", "согласно Закону Республики Казахстан «Об Агентстве по делам государственной "
           "службы»", None, "Об Агентстве по делам государственной службы"),
    ("kk", "Қазақстан Республикасының «Ұлттық Банк туралы» Заңы бойынша", None,
     "Ұлттық Банк туралы"),
])
def test_an_organisation_never_takes_a_law_title(lang, text, org, program) -> None:
    doc = _doc(("abstract", lang, text))
    out = extract(doc, ExtractConfig(entities=False, figures=False))
    assert [m.text for m in out.mentions if m.label == "ORG"] == ([org] if org else [])
    assert [m.text.strip("«»\"") for m in out.mentions if m.label == "PROGRAM"
            if program in m.text]


@pytest.mark.parametrize(("lang", "sentence", "program_text"), [
    ("kk", "Несиені «Қазақстан Халық Банкі» АҚ берді.", "Қазақстан Халық Банкі"),
    ("en", "Loans came from the Halyk Bank of Kazakhstan.", "Halyk Bank of Kazakhstan"),
    ("ru", "Кредит выдал Евразийский банк развития.", "Евразийский банк развития"),
])
def test_a_programme_never_takes_an_organisation(lang, sentence, program_text) -> None:
    doc = _doc(("abstract", lang, sentence))
    model = _model(doc, 0, program_text, "PROGRAM")
    assert gate([model], [], doc.text) == []


def test_acronyms_and_short_names_a_document_established_are_organisations() -> None:
    doc = _doc(("abstract", "kk", "Еуразиялық экономикалық одақ (ЕАЭО) құрылды. ЕАЭО-ны "
                                  "кеңейту және ЕАЭО-ға кіру талқыланады."),
               ("title", "ru", "О РАСШИРЕНИИ ЕВРАЗИЙСКОГО ЭКОНОМИЧЕСКОГО СОЮЗА"),
               ("abstract", "ru", "Евразийский экономический союз (ЕАЭС) расширяется."),
               ("abstract", "en", "JSC NC “KazMunayGas” (KMG) paid. KMG's shareholder agreed."))
    found = _orgs(doc)
    assert ("kk", "ЕАЭО-ны") in found and ("kk", "ЕАЭО-ға") in found
    assert ("ru", "ЕВРАЗИЙСКОГО ЭКОНОМИЧЕСКОГО СОЮЗА") in found
    assert ("ru", "ЕАЭС") in found
    assert ("en", "KMG's") in found and ("en", "KMG") in found
