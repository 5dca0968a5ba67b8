"""The figure output contract: date, low and high in records and schema, one record per figure."""


import pytest

from pipeline.doc.export import figure_to_json
from pipeline.doc.jsonio import SchemaError, validate
from pipeline.doc.records import Document, FigureMention, Section
from pipeline.merge.records import merge_figures

EN = "Paid on 23 May 2018: 61.54 KZT, for 2016-2020 and again in 2018."
KK = "2018 жылғы 23 мамырда 61,54 теңге төленді, 2016-2020 жылдарға."


def _doc() -> Document:
    text = EN + "\n\n" + KK
    sections = (Section(id="s0", kind="abstract", start=0, end=len(EN), text=EN, lang="en"),
                Section(id="s1", kind="abstract", start=len(EN) + 2, end=len(text), text=KK,
                        lang="kk"))
    from pipeline.stages.extract.figures import find_figures

    mentions = tuple(m for s in sections for m in find_figures(
        Document(id="d", path="d", sha256="", text=text, sections=sections), s))
    return Document(id="d", path="d", sha256="", text=text, sections=sections,
                    mentions=mentions, abstract_set={"en": {"abstract": "s0"},
                                                     "kk": {"abstract": "s1"}})


def test_figures_contract_records_carry_date_and_ends():
    records = {(f.kind, f.value): f for f in merge_figures([_doc()])}
    date = records[("date", 2018.0)]
    assert date.date == "2018-05-23" and {m.lang for m in date.mentions} == {"en", "kk"}
    span = records[("range", 2016.0)]
    assert (span.low, span.high) == (2016.0, 2020.0)
    data = {"schema_version": "1.0", "figures": [figure_to_json(f) for f in records.values()]}
    validate("figures", data)
    assert figure_to_json(date)["date"] == "2018-05-23"


def test_figures_contract_same_figure_twice_is_one_record():
    doc = _doc()
    years = [f for f in merge_figures([doc]) if f.kind == "year" and f.value == 2018.0]
    assert len(years) == 1


def _record(**mention) -> dict:
    m = {"doc": "d", "section": "s", "lang": "en", "start": 0, "end": 4, "text": "2021",
         "source": "rules:figures", "label": "DATE", "value": 2021, "unit": "date",
         "kind": "date", **mention}
    rec = {k: m[k] for k in ("value", "unit", "kind")} | {
        "id": "fig-0123456789ab", "mentions": [m], "evidence": []}
    if "date" in m:
        rec["date"] = m["date"]
    return {"schema_version": "1.0", "figures": [rec]}


@pytest.mark.parametrize("date", ["2021-03-14", "2021-03", "--09-01"])
def test_figures_contract_schema_accepts_iso_dates(date):
    validate("figures", _record(date=date))


@pytest.mark.parametrize("mention", [
    {},  # a date without its ISO date
    {"date": "20210314"},
    {"date": "2021-13-01"},
    {"date": "--9-1"},
    {"date": "2021-03-14", "unit": "year"},
    {"kind": "range", "unit": "year", "low": 2016},  # a range needs both ends
])
def test_figures_contract_schema_rejects(mention):
    with pytest.raises(SchemaError):
        validate("figures", _record(**mention))


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Закон «О науке» от 05.11.2022 № 311 действует."),
    ("en", "Law «On Science» of 05.11.2022 No. 311 applies."),
    ("kk", "«Ғылым туралы» 05.11.2022 № 311 Заң қолданылады."),
])
def test_figures_contract_date_inside_an_act_is_kept(lang, text):
    from pipeline.stages.extract.document import ExtractConfig, extract

    section = Section(id="s0", kind="abstract", start=0, end=len(text), text=text, lang=lang)
    doc = extract(Document(id="d", path="d", sha256="", text=text, sections=(section,)),
                  ExtractConfig(entities=False, organisations=False))
    dates = [m for m in doc.mentions if isinstance(m, FigureMention) and m.kind == "date"]
    assert [m.date for m in dates] == ["2022-11-05"]


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("en", "The Kazakhstan 2050 Strategy was adopted.", []),
    ("en", "The Concept for the Development of Higher Education for 2023–2029 was adopted.",
     [2023.0]),
    ("kk", "Қазақстан Республикасының 2025 жылға дейінгі Стратегиялық даму жоспары қабылданды.",
     [2025.0]),
    ("ru", "Принята Стратегия «Казахстан-2050».", []),
])
def test_figures_contract_years_a_plan_names_are_kept(lang, text, kept):
    from pipeline.stages.extract.document import ExtractConfig, extract

    section = Section(id="s0", kind="abstract", start=0, end=len(text), text=text, lang=lang)
    doc = extract(Document(id="d", path="d", sha256="", text=text, sections=(section,)),
                  ExtractConfig(entities=False, organisations=False))
    assert [m.value for m in doc.mentions if isinstance(m, FigureMention)] == kept
