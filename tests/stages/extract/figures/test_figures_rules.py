"""Figure rules in English, Russian and Kazakh, on sentences written for these tests."""

import pytest

from pipeline.doc.records import Document, Section
from pipeline.stages.extract.figures import SOURCE, find_figures, find_in_text


def _one(text: str, lang: str, surface: str):
    """The figure whose text is ``surface``; fails when there is none."""
    found = {text[f.start:f.end]: f for f in find_in_text(text, lang)}
    assert surface in found, f"{surface!r} not in {sorted(found)}"
    return found[surface]


# (lang, sentence, figure text, value, unit, kind)
CASES = [
    # money: scale words and currencies
    ("en", "Trade reached 1.3 billion US dollars last year.", "1.3 billion US dollars",
     1.3e9, "USD", "money"),
    ("en", "Unicorns were worth $ 146.2 billion in total.", "$ 146.2 billion", 146.2e9, "USD",
     "money"),
    ("en", "The fund spent KZT 235 billion on it.", "KZT 235 billion", 235e9, "KZT", "money"),
    ("en", "Spending rose to PPP$714 million.", "PPP$714 million", 714e6, "USD-PPP", "money"),
    ("en", "The budget was 6 billion yuan.", "6 billion yuan", 6e9, "CNY", "money"),
    ("en", "The EU gave €5 million to the project.", "€5 million", 5e6, "EUR", "money"),
    ("ru", "Товарооборот составил 1,3 млрд долларов США.", "1,3 млрд долларов США", 1.3e9,
     "USD", "money"),
    ("ru", "Бюджет программы — 25 тыс. тенге на человека.", "25 тыс. тенге", 25e3, "KZT",
     "money"),
    ("ru", "Выделено двести миллионов рублей.", "двести миллионов рублей", 200e6, "RUB",
     "money"),
    ("ru", "Инвестиции достигли 3 млн евро.", "3 млн евро", 3e6, "EUR", "money"),
    ("ru", "Кредит на 40 млрд юаней подписан.", "40 млрд юаней", 40e9, "CNY", "money"),
    ("kk", "Сауда айналымы 1,3 млрд АҚШ долларына жетті.", "1,3 млрд АҚШ долларына", 1.3e9,
     "USD", "money"),
    ("kk", "Жобаға он бес мың теңге бөлінді.", "он бес мың теңге", 15e3, "KZT", "money"),
    ("kk", "Несие 2 трлн теңгеге жетті.", "2 трлн теңгеге", 2e12, "KZT", "money"),
    ("kk", "Келісім 500 млн юань көлемінде.", "500 млн юань", 500e6, "CNY", "money"),
    ("kk", "Бағасы 50 тиын болды.", "50 тиын", 0.5, "KZT", "money"),
    # currency spellings
    ("en", "Tickets cost 500 ₸ each.", "500 ₸", 500, "KZT", "money"),
    ("en", "A fee of \\$ 5 applies.", "$ 5", 5, "USD", "money"),
    ("en", "They paid USD 5 million.", "USD 5 million", 5e6, "USD", "money"),
    ("en", "Loans of 100 RMB were made.", "100 RMB", 100, "CNY", "money"),
    ("en", "It cost 3 rubles.", "3 rubles", 3, "RUB", "money"),
    ("ru", "Цена выросла до 5 долл. за баррель.", "5 долл.", 5, "USD", "money"),
    ("ru", "Билет стоит 100 ₽.", "100 ₽", 100, "RUB", "money"),
    ("ru", "Платёж составил 7 юаней.", "7 юаней", 7, "CNY", "money"),
    ("ru", "Курс — 9 тенге.", "9 тенге", 9, "KZT", "money"),
    ("kk", "Бағасы 5 АҚШ доллары болды.", "5 АҚШ доллары", 5, "USD", "money"),
    ("kk", "Төлем 3 еуро болды.", "3 еуро", 3, "EUR", "money"),
    ("kk", "Бағасы 20 юань.", "20 юань", 20, "CNY", "money"),
    # percent
    ("en", "Exports grew by 36.5% in one year.", "36.5%", 36.5, "%", "percent"),
    ("en", "Only 12 per cent of firms did so.", "12 per cent", 12, "%", "percent"),
    ("ru", "Доля выросла на 24,1 процента.", "24,1 процента", 24.1, "%", "percent"),
    ("ru", "Рост составил 36,5%.", "36,5%", 36.5, "%", "percent"),
    ("kk", "Экспорт 40,8 пайызға өсті.", "40,8 пайызға", 40.8, "%", "percent"),
    ("kk", "Тұрғындардың 70 %-ы қала тұрады.", "70 %-ы", 70, "%", "percent"),
    ("kk", "Үлесі жиырма бес пайыз болды.", "жиырма бес пайыз", 25, "%", "percent"),
    # years and dates
    ("en", "The law was adopted in 2023.", "2023", 2023, "year", "year"),
    ("ru", "Программа принята в 2023 году.", "2023", 2023, "year", "year"),
    ("kk", "Бағдарлама 2023 жылы қабылданды.", "2023", 2023, "year", "year"),
    ("kk", "Заң 1995-інші жылы қабылданған.", "1995-інші жылы", 1995, "year", "year"),
    ("kk", "Қазақ хандығы 1465 жылы құрылды.", "1465", 1465, "year", "year"),
    ("en", "The khanate was founded in 1465.", "1465", 1465, "year", "year"),
    ("ru", "Ханство основано в 1465 году.", "1465", 1465, "year", "year"),
    # multipliers
    ("en", "Output is 2.2 times higher.", "2.2 times", 2.2, "times", "ratio"),
    ("ru", "Экспорт вырос в 2 раза.", "в 2 раза", 2, "times", "ratio"),
    ("kk", "Өнім 1,2 есе артты.", "1,2 есе", 1.2, "times", "ratio"),
    # counts and quantities
    ("en", "In all, 43 168 applications were filed.", "43 168 applications", 43168, "count",
     "count"),
    ("en", "China filed 25,539 applications.", "25,539 applications", 25539, "count", "count"),
    ("ru", "Подано 43 168 заявок.", "43 168 заявок", 43168, "count", "count"),
    ("ru", "Добыто 52 тыс. тонн нефти.", "52 тыс. тонн", 52e3, "t", "quantity"),
    ("kk", "Елге 111 тонна балық жеткізілді.", "111 тонна", 111, "t", "quantity"),
    ("kk", "Жол ұзындығы 220 шақырым.", "220 шақырым", 220, "km", "quantity"),
    # signed changes
    ("ru", "Изменение составило +6,1 пункта.", "+6,1 пункта", 6.1, "count", "count"),
    ("kk", "Айырма -0,733 болды.", "-0,733", -0.733, "count", "count"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "unit", "kind"), CASES)
def test_figures_rule(lang, text, surface, value, unit, kind):
    fig = _one(text, lang, surface)
    r = fig.payload
    assert (r.value, r.unit, r.kind) == (pytest.approx(value), unit, kind)


# (lang, sentence, figure text, low, high, unit)
RANGES = [
    ("en", "Oil and gas are 60−70% of exports.", "60−70%", 60, 70, "%"),
    ("en", "Projects cost US$50−100 million each.", "US$50−100 million", 50e6, 100e6, "USD"),
    ("en", "It takes 8−10 years to build.", "8−10 years", 8, 10, "years"),
    ("en", "The plan for 2016-2020 was adopted.", "2016-2020", 2016, 2020, "year"),
    ("ru", "План на 2016–2020 годы принят.", "2016–2020", 2016, 2020, "year"),
    ("ru", "Штраф от 3 до 5 тыс. рублей.", "от 3 до 5 тыс. рублей", 3e3, 5e3, "RUB"),
    ("ru", "Рост составит 5–7%.", "5–7%", 5, 7, "%"),
    ("kk", "Бағдарлама 2016-2020 жылдарға арналған.", "2016-2020", 2016, 2020, "year"),
    ("kk", "Өсім 5–6 пайыз болады.", "5–6 пайыз", 5, 6, "%"),
    # short ends and decades
    ("en", "In the 2015-16 school year it grew.", "2015-16", 2015, 2016, "year"),
    ("en", "Reforms began in the 1990s.", "1990s", 1990, 1999, "year"),
    ("ru", "Реформы 1990-х годов изменили всё.", "1990-х годов", 1990, 1999, "year"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "low", "high", "unit"), RANGES)
def test_figures_range(lang, text, surface, low, high, unit):
    fig = _one(text, lang, surface)
    r = fig.payload
    assert (r.kind, r.low, r.high, r.unit) == ("range", low, high, unit)
    assert r.value == low


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "There were about 500 of them.", "500"),
    ("en", "It employs more than 5,000 people.", "5,000 people"),
    ("ru", "Около 5 млн долларов США потрачено.", "5 млн долларов США"),
    ("ru", "Работают свыше 300 компаний.", "300 компаний"),
    ("ru", "Более 40% населения живёт в городах.", "40%"),
    ("kk", "Шамамен 500 адам жиналды.", "500 адам"),
    ("kk", "Оған 100-ден астам кәсіпорын қатысты.", "100-ден"),
    ("kk", "20 мың гектарға жуық жер игерілді.", "20 мың гектарға"),
])
def test_figures_approximation_is_flagged(lang, text, surface):
    assert _one(text, lang, surface).payload.approx


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "As shown earlier [6], trade grew [1][2]."),
    ("en", "Contact: duman.zhekenov2020@gmail.com or https://kaznu.kz/page/2023"),
    ("en", "ORCID 0000-0002-1825-0097; doi 10.1234/abcd.5678"),
    ("en", "Call +7 (727) 377-33-33 for details."),
    ("en", "See Table 14.1 and Fig. 3 on pp. 12-15."),
    ("en", "2 Leadership with Chinese specifics"),
    ("en", "This is well known (Smirnov 2011: 22; Jinping, 2014a)."),
    ("ru", "УДК 338.2, МРНТИ 06.51.51"),
    ("ru", "См. таблицу: Таблица 3 и рис. 2, с. 45."),
    ("ru", "Об этом писали ранее [12, 14]."),
    ("kk", "ӘОЖ 338.2; ISSN 1563-0285"),
    ("kk", "1-кестеде және 2-суретте көрсетілген, бірінші қадам."),
    ("kk", "Бұл туралы бұрын жазылған [3]."),
    ("kk", "Ол 5-ші орынға шықты."),
    ("ru", "Он занял 5-е место."),
    ("en", "It ranked 77th in the 5th session."),
    ("en", "The song reached the Billboard 200 chart."),
    ("en", "The Sixty-ninth Congress met."),
    ("kk", "Кодекстің үш жүз алпыс алтыншы бабы қолданылды."),
])
def test_figures_not_figures(lang, text):
    assert find_in_text(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "first", "second"), [
    ("en", "Spending rose from $598 million to $714 million.", "$598 million", "$714 million"),
    ("ru", "Расходы выросли с 3 млн рублей до 5 млн рублей.", "3 млн рублей", "5 млн рублей"),
])
def test_figures_from_to_with_two_full_values_is_two_figures(lang, text, first, second):
    assert [text[f.start:f.end] for f in find_in_text(text, lang)] == [first, second]


def test_figures_reference_number_does_not_hide_the_figure_beside_it():
    text = "Exports grew by 36.5% [6]."
    assert [text[f.start:f.end] for f in find_in_text(text, "en")] == ["36.5%"]


def test_figures_find_figures_keeps_the_extractor_contract():
    prefix = "Title\n\n"
    body = "Товарооборот в 2023 году вырос на 36,5% до 1,3 млрд долларов США."
    text = prefix + body
    section = Section(id="s1", kind="abstract", start=len(prefix), end=len(text), text=body,
                      lang="ru")
    doc = Document(id="d", path="d", sha256="", text=text, sections=(section,))
    found = find_figures(doc, section)
    assert [m.label for m in found] == ["DATE", "PERCENT", "MONEY"]
    for m in found:
        assert doc.text[m.start:m.end] == m.text
        assert (m.doc, m.section, m.lang, m.source) == ("d", "s1", "ru", (SOURCE,))
    assert found[2].value == 1.3e9 and found[2].unit == "USD"


@pytest.mark.parametrize("kind", ["affiliation", "authors", "references", "author-info"])
def test_figures_skip_addresses_and_citations(kind):
    text = "Rozibakiyev 227, Almaty 050040; (2013) 43 168 pp."
    section = Section(id="s0", kind=kind, start=0, end=len(text), text=text, lang="en")
    doc = Document(id="d", path="d", sha256="", text=text, sections=(section,))
    assert find_figures(doc, section) == []
