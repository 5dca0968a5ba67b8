"""find_programs: the extractor contract, NER spans with rules, names carried across sections."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.doc.records import Document, Mention, ProgramMention, Section
from pipeline.stages.extract.programs import KINDS, SOURCE, find_programs


def _doc(*parts: tuple[str, str, str]) -> Document:
    """A document of sections (kind, lang, text) separated by blank lines."""
    text, sections = "", []
    for i, (kind, lang, body) in enumerate(parts):
        start = len(text)
        text += body
        sections.append(Section(id=f"s{i}", kind=kind, start=start, end=len(text), text=body,
                                lang=lang))
        text += "\n\n"
    return Document(id="t", path="t", sha256="", text=text, sections=tuple(sections))


def _ner(doc: Document, section: Section, surface: str, source: str = "spacy:models/kk"
         ) -> Mention:
    start = doc.text.index(surface, section.start)
    return Mention(doc=doc.id, section=section.id, lang=section.lang, start=start,
                   end=start + len(surface), text=surface, label="PROGRAM", source=(source,),
                   score=0.9)


def test_programs_document_offsets_and_fields():
    doc = _doc(("title", "en", "A title"),
               ("abstract", "kk", "Үкімет «Цифрлық Қазақстан» бағдарламасын іске асыруда."))
    section = doc.sections[1]
    (m,) = find_programs(doc, section, [])
    assert isinstance(m, ProgramMention)
    assert doc.text[m.start:m.end] == m.text == "«Цифрлық Қазақстан» бағдарламасын"
    assert (m.doc, m.section, m.lang, m.label) == ("t", "s1", "kk", "PROGRAM")
    assert (m.kind, m.canonical, m.source) == ("programme", "Цифрлық Қазақстан", (SOURCE,))


@pytest.mark.parametrize("kind", ["references", "author-info", "table"])
def test_programs_skip_references_and_tables(kind):
    doc = _doc((kind, "en", "Smith J. (2017) The Belt and Road Initiative: a new strategy."))
    assert find_programs(doc, doc.sections[0], []) == []


def test_programs_other_language_sections_give_nothing():
    doc = _doc(("abstract", "other", "Программа «Цифровой Казахстан» принята."))
    assert find_programs(doc, doc.sections[0], []) == []


def test_programs_ner_span_confirms_a_rule_candidate():
    doc = _doc(("abstract", "kk", "Биыл «Нұрлы жол» мемлекеттік бағдарламасы ұзартылды."))
    section = doc.sections[0]
    (m,) = find_programs(doc, section, [_ner(doc, section, "Нұрлы жол")])
    assert m.text == "«Нұрлы жол» мемлекеттік бағдарламасы"
    assert m.source == ("spacy:models/kk", SOURCE) and m.score == 0.9
    assert (m.kind, m.canonical) == ("programme", "Нұрлы жол")


def test_programs_longer_ner_span_widens_the_mention():
    doc = _doc(("abstract", "kk", "Үкімет Қазақстан Республикасының Білім туралы заңын өзгертті."))
    section = doc.sections[0]
    ner = _ner(doc, section, "Қазақстан Республикасының Білім туралы заңын")
    (m,) = find_programs(doc, section, [ner])
    assert m.text == "Қазақстан Республикасының Білім туралы заңын"
    assert (m.kind, m.canonical) == ("law", "Білім туралы заң")


def test_programs_ner_span_without_cue_is_kept_with_its_quotes():
    doc = _doc(("abstract", "kk", "Ауылда «Бақытты отбасы» жұмыс істейді."))
    section = doc.sections[0]
    (m,) = find_programs(doc, section, [_ner(doc, section, "Бақытты отбасы")])
    assert m.text == "«Бақытты отбасы»" and m.source == ("spacy:models/kk",)
    assert (m.kind, m.canonical) == ("programme", "Бақытты отбасы")


def test_programs_ner_span_kind_from_its_own_cue_word():
    doc = _doc(("abstract", "ru", "Суд применил Уголовный кодекс в полном объёме."))
    section = doc.sections[0]
    found = find_programs(doc, section, [_ner(doc, section, "Уголовный кодекс", "natasha")])
    assert [(m.text, m.kind) for m in found] == [("Уголовный кодекс", "law")]


def test_programs_generic_ner_span_is_dropped():
    doc = _doc(("abstract", "kk", "Бұл бағдарлама жақсы."))
    section = doc.sections[0]
    assert find_programs(doc, section, [_ner(doc, section, "бағдарлама")]) == []


def test_programs_other_labels_are_ignored():
    doc = _doc(("abstract", "en", "Kazakhstan and China signed it."))
    section = doc.sections[0]
    org = Mention(doc="t", section="s0", lang="en", start=0, end=10, text="Kazakhstan",
                  label="LOC", source=("spacy:models/en",))
    assert find_programs(doc, section, [org]) == []


def test_programs_name_established_in_abstract_is_found_in_keywords():
    doc = _doc(("abstract", "kk", "Қазақстан «Бір белдеу, бір жол» бастамасын қолдады."),
               ("keywords", "kk", "Түйін сөздер: «Бір белдеу, бір жол», ынтымақтастық"),
               ("keywords", "ru", "Ключевые слова: «Бір белдеу, бір жол», сотрудничество"))
    (m,) = find_programs(doc, doc.sections[1], [])
    assert (m.text, m.kind, m.canonical) == ("«Бір белдеу, бір жол»", "initiative",
                                             "Бір белдеу, бір жол")
    # names are established within one language: the Russian section has no Russian
    # mention of it; the Kazakh words printed there are a Kazakh mention (a listed name)
    assert [m.lang for m in find_programs(doc, doc.sections[2], [])] == ["kk"]


def test_programs_inflected_quote_groups_under_the_established_name():
    doc = _doc(("body", "ru", "Программа «Цифровой Казахстан» принята в 2017 году. "
                              "Итоги «Цифрового Казахстана» обсуждались."))
    found = find_programs(doc, doc.sections[0], [])
    assert [(m.text, m.canonical) for m in found] == [
        ("Программа «Цифровой Казахстан»", "Цифровой Казахстан"),
        ("«Цифрового Казахстана»", "Цифровой Казахстан")]


def test_programs_output_is_sorted_and_deterministic():
    doc = _doc(("body", "en", "The Kazakhstan 2050 Strategy and the “Digital Kazakhstan” "
                              "programme. The Law on Science followed."))
    first = find_programs(doc, doc.sections[0], [])
    assert first == find_programs(doc, doc.sections[0], [])
    assert [m.start for m in first] == sorted(m.start for m in first)
    assert [m.canonical for m in first] == ["Kazakhstan 2050 Strategy", "Digital Kazakhstan",
                                            "Law on Science"]


_ALPHABET = "аәбғқңөұүһіоеыАӘҒҚҢӨҰҮІОБКabcABC «»“”\"„0123456789-.,\n"
_WORDS = ["бағдарламасы", "программы", "Programme", "strategy", "заңы", "Закон", "о", "туралы",
          "«", "»", "\"", "the", "Kazakhstan", "2050", "Нұрлы", "жол", "Plan", "of", "ст.", "УК РФ"]


@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(_ALPHABET, max_size=6)), max_size=30),
       st.sampled_from(["en", "ru", "kk"]))
@settings(max_examples=200, deadline=None)
def test_programs_any_text_gives_well_formed_mentions(parts, lang):
    body = " ".join(parts)
    doc = _doc(("title", "en", "x"), ("body", lang, body))
    for m in find_programs(doc, doc.sections[1], []):
        assert doc.text[m.start:m.end] == m.text and m.text
        assert doc.sections[1].start <= m.start < m.end <= doc.sections[1].end
        assert m.kind in KINDS and m.canonical
