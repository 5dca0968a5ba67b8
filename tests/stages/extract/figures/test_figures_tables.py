"""Table sections written for these tests: tab-separated rows and column-per-line cells."""

import pytest

from pipeline.doc.records import Document, Section
from pipeline.stages.extract.figures import find_figures
from pipeline.stages.extract.figures.tables import find_in_table, unit_of

RU_TABLE = (
    "Показатели\tЕд. измерения\t2021 год\t2022 год\tИзменение, %\n"
    "Экспорт\tмлрд долларов США\t9,8\t13,2\t134,7\n"
    "Импорт\tмлн тенге\t820\t1 100\t134,1\n"
    "Примечание: составлено по данным [6]\t\t\t\t"
)
KK_TABLE = (
    "Көрсеткіштер\tӨлшем бірлігі\t2021 жыл\t2022 жыл\n"
    "Сауда\tмлрд АҚШ доллары\t18\t24,1\n"
    "айналымы\t\t\t\n"
    "Егін\tмың тонна\t52\t+6,1\n"
)
EN_COLUMNS = "\n\n".join([
    "Table: Researchers by field, 2013 or closest year",
    "Total", "Women (%)", "Per million",
    "Kazakhstan\n2013", "17 195", "51.5", "1 046",
    "Kyrgyzstan\n2011", "2 224", "43.2", "–",
    "Source: a survey (2015)",
])


def _by_text(figures, text):
    return {text[f.start:f.end]: f for f in figures}


@pytest.mark.parametrize(("cell", "value", "unit", "context"), [
    ("13,2", 13.2e9, "USD", "Экспорт | 2022 год | млрд долларов США"),
    ("134,7", 134.7, "%", "Экспорт | Изменение, % | млрд долларов США"),
    ("1 100", 1.1e9, "KZT", "Импорт | 2022 год | млн тенге"),
])
def test_figures_russian_tab_table(cell, value, unit, context):
    fig = _by_text(find_in_table(RU_TABLE, "ru"), RU_TABLE)[cell]
    r = fig.payload
    assert (r.value, r.unit, r.context) == (pytest.approx(value), unit, context)


def test_figures_table_note_reference_is_not_a_figure():
    texts = _by_text(find_in_table(RU_TABLE, "ru"), RU_TABLE)
    assert "6" not in texts and "2021" not in texts  # header years are context, not values


@pytest.mark.parametrize(("cell", "value", "unit", "context"), [
    ("24,1", 24.1e9, "USD", "Сауда айналымы | 2022 жыл | млрд АҚШ доллары"),
    ("52", 52e3, "t", "Егін | 2021 жыл | мың тонна"),
    ("+6,1", 6.1e3, "t", "Егін | 2022 жыл | мың тонна"),
])
def test_figures_kazakh_tab_table_with_wrapped_row_label(cell, value, unit, context):
    fig = _by_text(find_in_table(KK_TABLE, "kk"), KK_TABLE)[cell]
    r = fig.payload
    assert (r.value, r.unit, r.context) == (pytest.approx(value), unit, context)


@pytest.mark.parametrize(("cell", "value", "unit", "context"), [
    ("17 195", 17195, "count", "Kazakhstan 2013 | Total"),
    ("51.5", 51.5, "%", "Kazakhstan 2013 | Women (%)"),
    ("43.2", 43.2, "%", "Kyrgyzstan 2011 | Women (%)"),
    ("1 046", 1046, "count", "Kazakhstan 2013 | Per million"),
])
def test_figures_column_per_line_table(cell, value, unit, context):
    fig = _by_text(find_in_table(EN_COLUMNS, "en"), EN_COLUMNS)[cell]
    assert (fig.payload.value, fig.payload.unit, fig.payload.context) == (value, unit, context)


def test_figures_column_table_caption_and_source_are_read_as_prose():
    texts = _by_text(find_in_table(EN_COLUMNS, "en"), EN_COLUMNS)
    assert texts["2013"].payload.kind == "year" and texts["2015"].payload.kind == "year"
    assert "–" not in texts


@pytest.mark.parametrize(("lang", "caption", "expected"), [
    ("en", "billions of US dollars", (1e9, "USD", "money")),
    ("ru", "млн тенге", (1e6, "KZT", "money")),
    ("kk", "мың тонна", (1e3, "t", "quantity")),
    ("en", "persons", (1.0, "count", "count")),
    ("en", "", (1.0, "count", "count")),
])
def test_figures_unit_caption(lang, caption, expected):
    assert unit_of(caption, lang) == expected


def test_figures_table_section_through_find_figures():
    section = Section(id="t0", kind="table", start=0, end=len(KK_TABLE), text=KK_TABLE,
                      lang="kk")
    doc = Document(id="d", path="d", sha256="", text=KK_TABLE, sections=(section,))
    found = find_figures(doc, section)
    assert [m.text for m in found] == ["18", "24,1", "52", "+6,1"]
    assert all(doc.text[m.start:m.end] == m.text and m.context for m in found)
