"""Dates: one figure of kind "date", value = the year (the day when yearless), ISO ``date``."""

import pytest

from pipeline.stages.extract.figures import find_in_text
from pipeline.stages.extract.figures.dates import iso_date


def _only(text: str, lang: str):
    found = find_in_text(text, lang)
    assert len(found) == 1, [(text[f.start:f.end], f.payload.value) for f in found]
    return text[found[0].start:found[0].end], found[0]


# (lang, sentence, figure text, value, ISO date)
DATES = [
    ("en", "The law came into force on 14 March 2021.", "14 March 2021", 2021, "2021-03-14"),
    ("en", "Signed on May 20, 2016 in Astana.", "May 20, 2016", 2016, "2016-05-20"),
    ("en", "It opened in March 2024.", "March 2024", 2024, "2024-03"),
    ("en", "Classes start on 1 September.", "1 September", 1, "--09-01"),
    ("en", "The report is dated 17.09.2016.", "17.09.2016", 2016, "2016-09-17"),
    ("en", "Data as of 2016-09-17 were used.", "2016-09-17", 2016, "2016-09-17"),
    ("en", "23 May 2018 was the payment date.", "23 May 2018", 2018, "2018-05-23"),
    ("kk", "Заң 2021 жылғы 14 наурызда қабылданды.", "2021 жылғы 14 наурызда", 2021,
     "2021-03-14"),
    ("kk", "Төлем 2017 жылдың 31 тамызында аяқталды.", "2017 жылдың 31 тамызында", 2017,
     "2017-08-31"),
    ("kk", "Кездесу 20.09.2024 күні өтті.", "20.09.2024", 2024, "2024-09-20"),
    ("kk", "Заң 2018 жылдың мамыр айында қабылданды.", "2018 жылдың мамыр", 2018, "2018-05"),
    ("kk", "Оқу жылы 1 қыркүйекте басталады.", "1 қыркүйекте", 1, "--09-01"),
    ("kk", "Оқиға 2011-інші жылдың 12-нші қарашасында болды.",
     "2011-інші жылдың 12-нші қарашасында", 2011, "2011-11-12"),
    ("ru", "Указ подписан 3 октября 2018 года.", "3 октября 2018 года", 2018, "2018-10-03"),
    ("ru", "Форум прошёл 20.09.2024 в Астане.", "20.09.2024", 2024, "2024-09-20"),
    ("ru", "Отчёт за март 2021 года опубликован.", "март 2021 года", 2021, "2021-03"),
    ("ru", "Праздник отмечают 1 сентября.", "1 сентября", 1, "--09-01"),
    ("ru", "Данные на 2016-09-17 взяты из отчёта.", "2016-09-17", 2016, "2016-09-17"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "date"), DATES)
def test_figures_date_is_one_figure_with_year_and_iso_date(lang, text, surface, value, date):
    found, fig = _only(text, lang)
    assert found == surface
    r = fig.payload
    assert (r.kind, r.unit, r.value, r.date) == ("date", "date", value, date)


# A date inside an act citation is still a date; the act number is not a figure.
@pytest.mark.parametrize(("lang", "text", "surface", "date"), [
    ("ru", "Приказ от 05.11.2022 № 311/НҚ утвержден.", "05.11.2022", "2022-11-05"),
    ("kk", "Бұйрық 05.11.2022 № 311/НҚ бекітілді.", "05.11.2022", "2022-11-05"),
    ("en", "Order No. 215-VI dated 4 September 2012 applies.", "4 September 2012",
     "2012-09-04"),
    ("ru", "Закон N 78-VII от 3 октября 2018 года действует.", "3 октября 2018 года",
     "2018-10-03"),
])
def test_figures_date_in_an_act_citation_is_a_date(lang, text, surface, date):
    found, fig = _only(text, lang)
    assert (found, fig.payload.date) == (surface, date)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "It happened on 31.02.2020 or 30 February 2021."),
    ("ru", "Срок 32.01.2020 невозможен."),
    ("kk", "Мерзімі 00.05.2020 деп жазылған."),
])
def test_figures_impossible_days_give_no_day(lang, text):
    """No impossible day becomes a full date (the month and year may still be read)."""
    assert all(f.payload.date is None or len(f.payload.date) == 7 for f in find_in_text(text, lang))


@pytest.mark.parametrize(("args", "expected"), [
    ((2024, 2, 29), (2024.0, "2024-02-29")),
    ((2023, 2, 29), None),
    ((None, 2, 29), (29.0, "--02-29")),
    ((2021, 3, None), (2021.0, "2021-03")),
    ((2021, 13, 1), None),
    ((None, 5, None), None),
])
def test_figures_iso_date(args, expected):
    assert iso_date(*args) == expected


def test_figures_date_value_is_never_a_packed_number():
    for lang, text, *_ in DATES:
        for fig in find_in_text(text, lang):
            assert fig.payload.value < 10000, (text, fig.payload.value)
