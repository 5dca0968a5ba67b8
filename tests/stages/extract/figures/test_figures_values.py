"""Values with inflected scale and currency words, ranges, units, restatements (en, kk, ru)."""

import pytest

from pipeline.stages.extract.figures import find_in_text


def _one(text: str, lang: str, surface: str):
    found = {text[f.start:f.end]: f for f in find_in_text(text, lang)}
    assert surface in found, f"{surface!r} not in {sorted(found)}"
    return found[surface]


# (lang, sentence, figure text, value, unit)
INFLECTED = [
    ("kk", "Қатысушылар саны 8 мыңға жетті.", "8 мыңға", 8e3, "count"),
    ("kk", "Түсім 100 мыңнан асты.", "100 мыңнан", 1e5, "count"),
    ("kk", "Шығын 5 млн-нан астам болды.", "5 млн-нан", 5e6, "count"),
    ("kk", "Қаржы 3 миллионға жуық болды.", "3 миллионға", 3e6, "count"),
    ("kk", "Жоба 2 миллиардқа бағаланды.", "2 миллиардқа", 2e9, "count"),
    ("kk", "Инвестиция 10 млрд-қа өсті.", "10 млрд-қа", 10e9, "count"),
    ("kk", "Бюджет 4 трлн теңгені құрады.", "4 трлн теңгені", 4e12, "KZT"),
    ("kk", "Қор 1,5 трл теңге болды.", "1,5 трл теңге", 1.5e12, "KZT"),
    ("kk", "Бағасы 700 теңгеге көтерілді.", "700 теңгеге", 700, "KZT"),
    ("kk", "Несие 20 мың теңгеден басталады.", "20 мың теңгеден", 2e4, "KZT"),
    ("kk", "Экспорт 3 млрд АҚШ долларына жетті.", "3 млрд АҚШ долларына", 3e9, "USD"),
    ("kk", "Бағасы 300 тг. болды.", "300 тг", 300, "KZT"),
    ("kk", "Келісім 50 млн юаньға жасалды.", "50 млн юаньға", 5e7, "CNY"),
    ("ru", "Выделено 12 тыс. тенге.", "12 тыс. тенге", 12e3, "KZT"),
    ("ru", "Собрано 40 тысяч долларов.", "40 тысяч долларов", 4e4, "USD"),
    ("ru", "Зарплата выросла до 3 тысячи рублей.", "3 тысячи рублей", 3e3, "RUB"),
    ("ru", "Инвестиции составили 5 млн долл.", "5 млн долл.", 5e6, "USD"),
    ("ru", "Кредит в 2 миллиардов юаней выдан.", "2 миллиардов юаней", 2e9, "CNY"),
    ("ru", "Долг достиг 1,2 трлн тенге.", "1,2 трлн тенге", 1.2e12, "KZT"),
    ("ru", "Сделка на 300 юаней прошла.", "300 юаней", 300, "CNY"),
    ("ru", "Бюджет 7 трл рублей.", "7 трл рублей", 7e12, "RUB"),
    ("en", "The fund paid 300 001 855 903.03 tenge.", "300 001 855 903.03 tenge",
     300001855903.03, "KZT"),
    ("en", "The bank lent 2.5 bn tenges to farms.", "2.5 bn tenges", 2.5e9, "KZT"),
    ("en", "Exports reached $4.7 billion.", "$4.7 billion", 4.7e9, "USD"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "unit"), INFLECTED)
def test_figures_inflected_scale_and_currency_words(lang, text, surface, value, unit):
    fig = _one(text, lang, surface)
    assert (fig.payload.value, fig.payload.unit) == (value, unit)


# (lang, sentence, figure text, low, high, unit)
RANGES = [
    ("en", "Prices rose from 12,000 to 15,500 tenge.", "from 12,000 to 15,500 tenge", 12e3,
     15.5e3, "KZT"),
    ("en", "The study covers 1998-2005.", "1998-2005", 1998, 2005, "year"),
    ("en", "Aid of $2-5 billion was promised.", "$2-5 billion", 2e9, 5e9, "USD"),
    ("en", "It lasts 8–10 years.", "8–10 years", 8, 10, "years"),
    ("ru", "Ущерб от 2 до 5 млрд долл. США.", "от 2 до 5 млрд долл. США", 2e9, 5e9, "USD"),
    ("ru", "План на 2016–2020 годы принят.", "2016–2020", 2016, 2020, "year"),
    ("ru", "Рост составит 5–7%.", "5–7%", 5, 7, "%"),
    ("kk", "Тұжырымдама 2023 – 2029 жылдарға арналған.", "2023 – 2029", 2023, 2029,
     "year"),
    ("kk", "Өсім 5–6 пайыз болады.", "5–6 пайыз", 5, 6, "%"),
    ("kk", "Бағасы 3-5 мың теңге.", "3-5 мың теңге", 3e3, 5e3, "KZT"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "low", "high", "unit"), RANGES)
def test_figures_range_is_one_mention_with_both_ends(lang, text, surface, low, high, unit):
    fig = _one(text, lang, surface)
    r = fig.payload
    assert (r.low, r.high, r.unit, r.value) == (low, high, unit, low)


# (lang, sentence, figure text, value, unit, kind)
UNITS = [
    ("en", "Inflation was 8.3% last year.", "8.3%", 8.3, "%", "percent"),
    ("en", "The programme ran for 6 years.", "6 years", 6, "years", "duration"),
    ("en", "Forecasts cover the next 7 quarters.", "7 quarters", 7, "quarters", "duration"),
    ("en", "The horizon is 12 months.", "12 months", 12, "months", "duration"),
    ("en", "Training takes 10 days.", "10 days", 10, "days", "duration"),
    ("en", "The survey covered 40 countries.", "40 countries", 40, "count", "count"),
    ("en", "The board meets 8 times a year.", "8 times", 8, "count", "count"),
    ("en", "Output is 2.2 times higher.", "2.2 times", 2.2, "times", "ratio"),
    ("en", "Farms harvested 120 tons of grain.", "120 tons", 120, "t", "quantity"),
    ("en", "This began in the 19th century.", "19th century", 19, "century", "century"),
    ("en", "It was adopted in 2019.", "2019", 2019, "year", "year"),
    ("kk", "Зерттеу 6 жыл ішінде жүргізілді.", "6 жыл", 6, "years", "duration"),
    ("kk", "Болжам алдағы 7 тоқсанға жасалды.", "7 тоқсанға", 7, "quarters", "duration"),
    ("kk", "Зерттеуге 17 өңірі енді.", "17 өңірі", 17, "count", "count"),
    ("kk", "Шешім жылына 8 рет қабылданады.", "8 рет", 8, "count", "count"),
    ("kk", "Өнім 1,2 есе артты.", "1,2 есе", 1.2, "times", "ratio"),
    ("kk", "Тұрғындардың 70 %-ы қалада тұрады.", "70 %-ы", 70, "%", "percent"),
    ("kk", "Бұл ХХ ғасырда болды.", "ХХ ғасырда", 20, "century", "century"),
    ("kk", "Елге 111 тонна балық жеткізілді.", "111 тонна", 111, "t", "quantity"),
    ("ru", "Опрошено 31 человек.", "31 человек", 31, "count", "count"),
    ("ru", "Совет собирается 8 раз в год.", "8 раз", 8, "count", "count"),
    ("ru", "Экспорт вырос в 2 раза.", "в 2 раза", 2, "times", "ratio"),
    ("ru", "Проект длился 3 месяца.", "3 месяца", 3, "months", "duration"),
    ("ru", "Участвовали 12 стран.", "12 стран", 12, "count", "count"),
    ("ru", "Город основан в XIX веке.", "XIX веке", 19, "century", "century"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "unit", "kind"), UNITS)
def test_figures_units_per_contract(lang, text, surface, value, unit, kind):
    fig = _one(text, lang, surface)
    assert (fig.payload.value, fig.payload.unit, fig.payload.kind) == (value, unit, kind)


# A number restated in words in brackets is one figure: the digits, with their unit.
RESTATED = [
    ("en", "The term is 6 (six) months.", "6 (six) months", 6, "months"),
    ("en", "They paid 45,877,365,750 (forty-five billion eight hundred and seventy-seven "
     "million three hundred and sixty-five thousand seven hundred and fifty) tenges.",
     None, 45877365750, "KZT"),
    ("en", "The fee is 6 (six) tiyns.", "6 (six) tiyns", 0.06, "KZT"),
    ("kk", "Мерзімі 6 (алты) ай.", "6 (алты) ай", 6, "months"),
    ("kk", "Сомасы 25 (жиырма бес) теңге.", "25 (жиырма бес) теңге", 25, "KZT"),
    ("ru", "Срок 3 (три) года.", "3 (три) года", 3, "years"),
    ("ru", "Сумма 40 (сорок) тысяч тенге.", "40 (сорок) тысяч тенге", 4e4, "KZT"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "unit"), RESTATED)
def test_figures_bracketed_restatement_is_one_figure(lang, text, surface, value, unit):
    (fig,) = find_in_text(text, lang)
    if surface is not None:
        assert text[fig.start:fig.end] == surface
    assert (fig.payload.value, fig.payload.unit) == (value, unit)


def test_figures_restatement_must_agree_with_the_digits():
    text = "The term is 6 (seven) months."
    assert [text[f.start:f.end] for f in find_in_text(text, "en")] == ["6"]
