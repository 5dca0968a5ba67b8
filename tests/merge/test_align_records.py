"""Records, not occurrence pairs: one record per figure or entity of a document, whatever
the section or language; hand-built documents in English, Kazakh and Russian."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pipeline.doc.records import Document, FigureMention, Mention, Section
from pipeline.merge.config import AlignConfig
from pipeline.merge.parts import parts
from pipeline.merge.records import merge_entities, merge_figures


def build(doc_id: str, blocks: list[tuple[str, str, str]]) -> tuple[Document, list[Section]]:
    """A document of (section kind, lang, text) blocks, one section each."""
    text = "\n\n".join(t for _, _, t in blocks)
    sections, pos = [], 0
    for i, (kind, lang, part) in enumerate(blocks):
        sections.append(Section(id=f"s{i}", kind=kind, start=pos, end=pos + len(part),
                                text=part, lang=lang, lang_score=1.0))
        pos += len(part) + 2
    return Document(id=doc_id, path=doc_id, sha256="", text=text,
                    sections=tuple(sections)), sections


def figure(doc: Document, s: Section, surface: str, value: float, unit: str, kind: str,
           nth: int = 0, **extra) -> FigureMention:
    at = _find(s.text, surface, nth)
    return FigureMention(doc=doc.id, section=s.id, lang=s.lang, start=s.start + at,
                         end=s.start + at + len(surface), text=surface, label="DATE",
                         source=("test",), value=value, unit=unit, kind=kind, **extra)


def entity(doc: Document, s: Section, surface: str, label: str = "ORG", cls=Mention,
           **extra) -> Mention:
    at = _find(s.text, surface, 0)
    return cls(doc=doc.id, section=s.id, lang=s.lang, start=s.start + at,
               end=s.start + at + len(surface), text=surface, label=label, source=("test",),
               **extra)


def _find(text: str, surface: str, nth: int) -> int:
    at = -1
    for _ in range(nth + 1):
        at = text.index(surface, at + 1)
    return at


def with_mentions(doc: Document, mentions: list[Mention]) -> Document:
    from dataclasses import replace
    return replace(doc, mentions=tuple(mentions))


YEARS = [
    ("title", "en", "Grain exports of Kazakhstan in 2022"),
    ("abstract", "en", "In 2022 exports rose; the 2022 harvest and 2022 prices are studied."),
    ("title", "ru", "Экспорт зерна Казахстана в 2022 году"),
    ("abstract", "ru", "В 2022 году экспорт вырос до 2022 тыс. тонн."),
    ("abstract", "kk", "2022 жылы экспорт өсті."),
]


def test_merge_figures_a_year_stated_in_every_section_is_one_record():
    doc, s = build("y", YEARS)
    mentions = [figure(doc, s[0], "2022", 2022, "year", "year"),
                *(figure(doc, s[1], "2022", 2022, "year", "year", n) for n in range(3)),
                figure(doc, s[2], "2022", 2022, "year", "year"),
                figure(doc, s[3], "2022", 2022, "year", "year"),
                figure(doc, s[3], "2022 тыс. тонн", 2022e3, "t", "quantity"),
                figure(doc, s[4], "2022", 2022, "year", "year")]
    figures = merge_figures([with_mentions(doc, mentions)])
    years = [f for f in figures if f.kind == "year"]
    assert len(years) == 1
    assert sorted(m.lang for m in years[0].mentions) == ["en"] * 4 + ["kk"] + ["ru"] * 2
    assert {e.rule for e in years[0].evidence} == {"parallel", "same-value"}
    assert len(figures) == 2  # the tonnes stay apart


@pytest.mark.parametrize(("a", "b"), [
    (("2022", 2022, "year", "year"), ("2022", 2022, "count", "count")),
    (("15%", 15, "%", "percent"), ("15", 15, "count", "count")),
    (("300", 300, "KZT", "money"), ("300", 300, "USD", "money")),
])
def test_merge_figures_equal_values_of_other_kinds_or_units_stay_apart(a, b):
    doc, s = build("k", [("abstract", "en", "In 2022 there were 15% and 300 of them."),
                         ("abstract", "kk", "2022 жылы 15 және 300 болды.")])
    ma = figure(doc, s[0], a[0], *a[1:])
    mb = figure(doc, s[1], b[0].rstrip("%"), *b[1:])
    assert len(merge_figures([with_mentions(doc, [ma, mb])])) == 2


def test_merge_figures_a_range_is_not_its_first_year():
    doc, s = build("r", [("abstract", "en", "From 2017 to 2022; in 2017 alone."),
                         ("abstract", "ru", "В 2017–2022 годах; в 2017 году.")])
    mentions = [figure(doc, s[0], "2017 to 2022", 2017, "year", "range", low=2017, high=2022),
                figure(doc, s[0], "2017", 2017, "year", "year", 1),
                figure(doc, s[1], "2017–2022", 2017, "year", "range", low=2017, high=2022),
                figure(doc, s[1], "2017", 2017, "year", "year", 1)]
    figures = merge_figures([with_mentions(doc, mentions)])
    assert sorted(sorted(m.text for m in f.mentions) for f in figures) == [
        ["2017", "2017"], ["2017 to 2022", "2017–2022"]]


def test_merge_figures_rounding_joins_languages_never_two_values_of_one_language():
    doc, s = build("n", [("abstract", "en", "Trade reached 1.32 billion and later 1.3 billion."),
                         ("abstract", "kk", "Сауда 1,3 млрд жетті.")])
    mentions = [figure(doc, s[0], "1.32 billion", 1.32e9, "USD", "money"),
                figure(doc, s[0], "1.3 billion", 1.3e9, "USD", "money"),
                figure(doc, s[1], "1,3 млрд", 1.3e9, "USD", "money")]
    figures = merge_figures([with_mentions(doc, mentions)])
    assert sorted(sorted(m.text for m in f.mentions) for f in figures) == [
        ["1,3 млрд", "1.3 billion"], ["1.32 billion"]]
    alone = [with_mentions(doc, [mentions[0], mentions[2]])]
    (joined,) = merge_figures(alone)
    assert joined.evidence[0].parts["value"] < 1.0
    assert len(merge_figures(alone, AlignConfig(without=frozenset({"rounding"})))) == 2


OFFICIAL = [
    ("abstract", "en", "The National Bank of Kazakhstan sets the base rate."),
    ("body", "en", "The National Bank decides eight times a year. "
                   "The Monetary Policy Committee of the National Bank meets monthly."),
    ("abstract", "kk", "Қазақстан Ұлттық Банкі базалық мөлшерлемені белгілейді."),
    ("body", "kk", "Ұлттық Банк жылына сегіз рет шешім қабылдайды."),
]


def test_merge_entities_parallel_body_paragraphs_and_short_forms_are_one_record():
    doc, s = build("o", OFFICIAL)
    mentions = [entity(doc, s[0], "National Bank of Kazakhstan"),
                entity(doc, s[1], "National Bank"),
                entity(doc, s[1], "Monetary Policy Committee of the National Bank"),
                entity(doc, s[2], "Қазақстан Ұлттық Банкі"),
                entity(doc, s[3], "Ұлттық Банк")]
    records = merge_entities([with_mentions(doc, mentions)], "ORG", "org")
    groups = sorted(sorted(m.text for m in r.mentions) for r in records)
    assert groups == [["Monetary Policy Committee of the National Bank"],
                      sorted(["National Bank", "National Bank of Kazakhstan", "Ұлттық Банк",
                              "Қазақстан Ұлттық Банкі"])]
    bank = next(r for r in records if len(r.mentions) == 4)
    assert all("position" in e.parts for e in bank.evidence if e.rule == "parallel")


def test_merge_entities_a_short_form_does_not_join_records_across_papers():
    one, s1 = build("a", [("abstract", "en", "The National Bank of Kazakhstan reports.")])
    two, s2 = build("b", [("abstract", "ru", "Национальный банк сообщает.")])
    docs = [with_mentions(one, [entity(one, s1[0], "National Bank of Kazakhstan")]),
            with_mentions(two, [entity(two, s2[0], "Национальный банк")])]
    assert len(merge_entities(docs, "ORG", "org")) == 2


TITLE_TO_ABSTRACT = [
    ("title", "en", "Al-Farabi Kazakh National University graduates and the labour market"),
    ("abstract", "en", "We survey graduates."),
    ("title", "ru", "Выпускники и рынок труда"),
    ("abstract", "ru", "Опрошены выпускники Казахского национального университета имени "
                       "аль-Фараби."),
    ("title", "kk", "Түлектер және еңбек нарығы"),
    ("abstract", "kk", "Әл-Фараби атындағы Қазақ ұлттық университетінің түлектері."),
]


def test_merge_entities_a_name_in_one_title_links_to_another_language_abstract():
    doc, s = build("t", TITLE_TO_ABSTRACT)
    mentions = [entity(doc, s[0], "Al-Farabi Kazakh National University"),
                entity(doc, s[3], "Казахского национального университета имени аль-Фараби"),
                entity(doc, s[5], "Әл-Фараби атындағы Қазақ ұлттық университетінің")]
    (record,) = merge_entities([with_mentions(doc, mentions)], "ORG", "org")
    assert sorted(record.names) == ["en", "kk", "ru"]


@dataclass(frozen=True, kw_only=True)
class Resolved(Mention):
    """A mention as the registry lookup leaves it (``ror`` set)."""

    ror: str | None = None


def test_merge_entities_a_shared_registry_id_joins_and_two_ids_never_meet():
    one, s1 = build("a", [("abstract", "en", "Data from KazNU and from Farabi University.")])
    two, s2 = build("b", [("abstract", "kk", "Деректер ҚазҰУ бойынша.")])
    first = entity(one, s1[0], "KazNU", cls=Resolved, ror="ror-1")
    other = entity(one, s1[0], "Farabi University", cls=Resolved, ror="ror-1")
    third = entity(two, s2[0], "ҚазҰУ", cls=Resolved, ror="ror-2")
    docs = [with_mentions(one, [first, other]), with_mentions(two, [third])]
    records = merge_entities(docs, "ORG", "org")
    assert sorted(len(r.mentions) for r in records) == [1, 2]
    joined = next(r for r in records if len(r.mentions) == 2)
    assert [e.rule for e in joined.evidence] == ["registry"]
    without = merge_entities(docs, "ORG", "org", AlignConfig(without=frozenset({"registry"})))
    assert sorted(len(r.mentions) for r in without) == [1, 2]  # KazNU ~ ҚазҰУ by acronym


def test_registry_id_reads_an_id_or_a_registry_record():
    from pipeline.merge.entities import registry_id

    doc, s = build("a", [("abstract", "en", "KazNU")])
    assert registry_id(entity(doc, s[0], "KazNU")) is None
    assert registry_id(entity(doc, s[0], "KazNU", cls=Resolved, ror="ror-1")) == "ror-1"
    record = {"id": "https://ror.org/03q0vrn42", "name": "x", "score": 0.9}
    assert registry_id(entity(doc, s[0], "KazNU", cls=RecordResolved, ror=record)) == \
        "https://ror.org/03q0vrn42"


@dataclass(frozen=True, kw_only=True)
class RecordResolved(Mention):
    """A mention carrying the registry record, not only its id."""

    ror: dict | None = None


def test_merge_entities_registry_id_makes_the_record_id():
    one, s1 = build("a", [("abstract", "en", "KazNU")])
    two, s2 = build("b", [("abstract", "ru", "КазНУ")])
    a = merge_entities([with_mentions(one, [entity(one, s1[0], "KazNU", cls=Resolved,
                                                   ror="ror-1")])], "ORG", "org")
    b = merge_entities([with_mentions(two, [entity(two, s2[0], "КазНУ", cls=Resolved,
                                                   ror="ror-1")])], "ORG", "org")
    assert a[0].id == b[0].id


def test_align_config_knows_its_evidence_kinds():
    with pytest.raises(ValueError, match="unknown evidence"):
        AlignConfig(without=frozenset({"magic"}))
    doc, s = build("o", OFFICIAL)
    mentions = [entity(doc, s[0], "National Bank of Kazakhstan"),
                entity(doc, s[2], "Қазақстан Ұлттық Банкі")]
    docs = [with_mentions(doc, mentions)]
    assert len(merge_entities(docs, "ORG", "org")) == 1
    assert len(merge_entities(docs, "ORG", "org",
                              AlignConfig(without=frozenset({"lexicon"})))) == 2


def test_parts_position_is_relative_to_the_language_part():
    doc, s = build("p", OFFICIAL)
    mentions = [entity(doc, s[0], "National Bank of Kazakhstan"),
                entity(doc, s[2], "Қазақстан Ұлттық Банкі"),
                entity(doc, s[3], "Ұлттық Банк")]
    layout = parts(with_mentions(doc, mentions))
    assert layout.position(mentions[0]) < 0.1 and layout.position(mentions[1]) < 0.1
    assert layout.agreement(mentions[0], mentions[1]) > 0.9
    assert layout.position(mentions[2]) > 0.5
