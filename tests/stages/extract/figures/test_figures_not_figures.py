"""What is not a figure (act, article, list and page numbers, codes, word numerals), and
what never breaks (huge digit runs, inf, nan): en, kk, ru sentences written for the tests."""

import json
import math

import pytest

from pipeline.doc.jsonio import validate
from pipeline.doc.records import Document, Section
from pipeline.merge.records import merge_figures
from pipeline.stages.extract.figures import WORDS_SOURCE, find_figures, find_in_text


@pytest.mark.parametrize(("lang", "text"), [
    # act, order and registration numbers
    ("kk", "Бұйрық № 52/НҚ бекітілді."),
    ("en", "Law No. 215-VI was amended."),
    ("ru", "Закон N 78-VII вступил в силу."),
    ("ru", "Зарегистрирован под № 20417."),
    ("en", "Extract from the minutes No.36/12."),
    # article and item numbers
    ("en", "Article 14 sets the rule."),
    ("en", "In pursuance of clause 23 and paragraph 7 of the Act."),
    ("kk", "Заңның 23-тармағы және 9-баптан үзінді."),
    ("kk", "23-тармақ күшін жойды."),
    ("ru", "Согласно ст. 14 и пункту 3 закона."),
    # list and page numbers, codes
    ("en", "1) first, 2) second."),
    ("ru", "См. с. 45 и табл. 3."),
    ("kk", "1-кестеде көрсетілген."),
    ("en", "UDC 330.322.01(574) JEL C82, C88, O15"),
    ("ru", "МРНТИ11.25.91 УДК 338.242.2"),
    ("kk", "ҒТАХР 06.77.77 ӘОЖ 331.1"),
    ("kk", "ХҒТАР 06.54.51; 06.61.33 Вей Фэн"),
    ("en", "ISSN 1563-0285, ORCID 0000-0002-1825-0097, doi 10.1234/abcd.5678"),
    ("en", "BIN 02024000555, IIC KZ356010111000002033, postcode 010000"),
    ("kk", "Мекенжайы: Қабанбай батыр д-лы, 19-үй."),
    ("en", "Corporate seat: 19 Kabanbay Batyr Av., Astana."),
    ("en", "Record date: 00 hours 00 minutes."),
    ("en", "Panzabekova1, Kolbayev2, Velesco4"),
    ("kk", "КИБАЕВА,*1 докторант"),
    # word numerals alone (not money or percent)
    ("en", "The reform has three steps and took two years."),
    ("kk", "Екі ел бір жылдағы келісімге қол қойды."),
    ("ru", "Двумя странами принято три решения."),
    ("ru", "Импорт сократился на треть и вырос вдвое."),
    ("en", "Investment was twice as much, a third more."),
    # a table caption's scale and currency words are no amount
    ("en", "billion tenge"),
    ("kk", "млрд теңге"),
])
def test_figures_not_figures(lang, text):
    assert [text[f.start:f.end] for f in find_in_text(text, lang)] == []


@pytest.mark.parametrize(("lang", "text", "value", "unit"), [
    ("en", "They pledged two billion dollars.", 2e9, "USD"),
    ("kk", "Жобаға он бес мың теңге бөлінді.", 15e3, "KZT"),
    ("ru", "Доля составила двадцать пять процентов.", 25, "%"),
])
def test_figures_word_money_and_percent_are_kept_and_marked(lang, text, value, unit):
    section = Section(id="s0", kind="abstract", start=0, end=len(text), text=text, lang=lang)
    doc = Document(id="d", path="", sha256="", text=text, sections=(section,))
    (m,) = find_figures(doc, section)
    assert (m.value, m.unit, m.source) == (value, unit, (WORDS_SOURCE,))


HUGE = "9" * 400


@pytest.mark.parametrize(("lang", "text"), [
    ("en", f"The total was {HUGE} tenge and {HUGE}% of {HUGE} billion dollars."),
    ("kk", f"Барлығы {HUGE} млрд теңге, {'1' * 5000} пайыз."),
    ("ru", f"Итого {HUGE},5 трлн рублей и 1e999 и inf и nan и NaN тенге."),
    ("en", "Values inf, -inf, nan, Infinity and 1e309 dollars."),
    ("kk", "1" * 20000),
])
def test_figures_huge_numbers_inf_and_nan_never_break(lang, text):
    section = Section(id="s0", kind="abstract", start=0, end=len(text), text=text, lang=lang)
    doc = Document(id="d", path="", sha256="", text=text, sections=(section,),
                   mentions=())
    found = find_figures(doc, section)
    for m in found:
        assert all(v is None or math.isfinite(v) for v in (m.value, m.low, m.high))
    doc = Document(id="d", path="", sha256="", text=text, sections=(section,),
                   mentions=tuple(found))
    from pipeline.doc.export import figure_to_json
    data = {"schema_version": "1.0", "figures": [figure_to_json(f) for f in merge_figures([doc])]}
    validate("figures", data)
    assert "Infinity" not in json.dumps(data) and "NaN" not in json.dumps(data)
