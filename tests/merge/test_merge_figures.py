"""Figure alignment and merge on hand-built parallel abstracts."""

from pipeline.doc.records import Document, FigureMention, Section
from pipeline.merge.figures import value_agreement
from pipeline.merge.records import merge_figures, stable_id

EN = "Trade grew to 1.3 billion US dollars in 2023, up 36.5%."
KK = "Сауда 2023 жылы 1,3 млрд АҚШ долларына жетті, 36,5% өсті."
RU = "Товарооборот в 2023 году вырос на 36,5% до 1,3 млрд долларов США."


def _doc() -> Document:
    text = "\n\n".join((EN, KK, RU))
    sections, pos = [], 0
    for i, (lang, part) in enumerate((("en", EN), ("kk", KK), ("ru", RU))):
        sections.append(Section(id=f"s{i}", kind="abstract", start=pos, end=pos + len(part),
                                text=part, lang=lang, lang_score=1.0, group=i))
        pos += len(part) + 2
    mentions = []
    for s in sections:
        for surface, value, unit, kind in (
            ("1.3 billion US dollars", 1.3e9, "USD", "money"),
            ("1,3 млрд АҚШ долларына", 1.3e9, "USD", "money"),
            ("1,3 млрд долларов США", 1.3e9, "USD", "money"),
            ("2023", 2023, "year", "year"),
            ("36.5%", 36.5, "%", "percent"),
            ("36,5%", 36.5, "%", "percent"),
        ):
            at = s.text.find(surface)
            if at >= 0:
                mentions.append(FigureMention(
                    doc="d", section=s.id, lang=s.lang, start=s.start + at,
                    end=s.start + at + len(surface), text=surface, label="MONEY",
                    source=("test",), value=value, unit=unit, kind=kind))
    abstract_set = {s.lang: {"abstract": s.id} for s in sections}
    return Document(id="d", path="d", sha256="", text=text, sections=tuple(sections),
                    mentions=tuple(mentions), abstract_set=abstract_set)


def test_merge_figures_one_record_per_value_with_three_languages():
    figures = merge_figures([_doc()])
    by_kind = {f.kind: f for f in figures}
    assert len(figures) == 3
    for kind in ("money", "year", "percent"):
        assert sorted(m.lang for m in by_kind[kind].mentions) == ["en", "kk", "ru"]
    assert by_kind["money"].value == 1.3e9 and by_kind["money"].unit == "USD"
    assert all(e.rule == "parallel" and e.score >= 0.6 for e in by_kind["year"].evidence)


def test_merge_figures_offsets_round_trip():
    doc = _doc()
    for f in merge_figures([doc]):
        for m in f.mentions:
            assert doc.text[m.start:m.end] == m.text


def test_merge_figures_ids_do_not_change_when_documents_are_added():
    before = {f.id for f in merge_figures([_doc()])}
    other = Document(id="other", path="o", sha256="", text="x")
    after = {f.id for f in merge_figures([other, _doc()])}
    assert before == after


def test_value_agreement_tolerates_rounding_not_other_numbers():
    assert value_agreement(1.3e9, 1.3e9) == 1.0
    assert value_agreement(1.32e9, 1.3e9) > 0.6
    assert value_agreement(1.3e9, 2.3e9) == 0.0
    assert stable_id("fig", ["b", "a"]) == stable_id("fig", ["a", "b"])
