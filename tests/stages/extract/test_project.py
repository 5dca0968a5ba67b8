"""The parallel abstracts correct each other: label agreement and projected names."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.doc.records import Document, Mention, Section
from pipeline.run.document import RunConfig, analyse
from pipeline.stages.extract.document import ExtractConfig
from pipeline.stages.extract.project import AGREEMENT, SOURCE, agree, project

ABSTRACTS = {
    "en": "Funding came from the sovereign wealth fund Samruk-Kazyna in 2021.",
    "kk": "Қаржыны 2021 жылы Самұрық-Қазына қоры берді.",
    "ru": "Финансирование в 2021 году предоставил фонд Самрук-Казына.",
}


def _document(labels: dict[str, str]) -> Document:
    """Three one-sentence abstracts, each with the fund's name tagged as ``labels[lang]``."""
    text, sections, mentions = "", [], []
    for i, (lang, abstract) in enumerate(ABSTRACTS.items()):
        start = len(text)
        text += abstract + "\n\n"
        sid = f"s{i:03d}"
        sections.append(Section(id=sid, kind="abstract", start=start,
                                end=start + len(abstract), text=abstract, lang=lang))
        name = next(w for w in ("Samruk-Kazyna", "Самұрық-Қазына", "Самрук-Казына")
                    if w in abstract)
        at = start + abstract.index(name)
        mentions.append(Mention(doc="d", section=sid, lang=lang, start=at,
                                end=at + len(name), text=name, label=labels[lang],
                                source=(f"spacy:models/{lang}",)))
    abstract_set = {s.lang: {"abstract": s.id} for s in sections}
    return Document(id="d", path="d.txt", sha256="", text=text, sections=tuple(sections),
                    mentions=tuple(mentions), abstract_set=abstract_set)


def test_a_label_both_other_languages_agree_on_overrules_a_model() -> None:
    doc = agree(_document({"en": "PER", "kk": "ORG", "ru": "ORG"}))
    english = next(m for m in doc.mentions if m.lang == "en")
    assert english.label == "ORG" and english.source[-1] == AGREEMENT
    assert english.text == "Samruk-Kazyna"


def test_no_agreement_no_change() -> None:
    doc = _document({"en": "PER", "kk": "ORG", "ru": "LOC"})
    assert agree(doc) == doc


def test_a_name_one_language_missed_is_projected_from_the_others() -> None:
    doc = _document({"en": "ORG", "kk": "ORG", "ru": "ORG"})
    without_en = [m for m in doc.mentions if m.lang != "en"]
    doc = project(Document(**{**doc.__dict__, "mentions": tuple(without_en)}))
    english = [m for m in doc.mentions if m.lang == "en"]
    assert [(m.text, m.label, m.source) for m in english] == [("Samruk-Kazyna", "ORG", (SOURCE,))]
    assert doc.text[english[0].start:english[0].end] == "Samruk-Kazyna"


PAPER = """\
A. Writer

Example University, Almaty, Kazakhstan

DIGITAL SERVICES IN THE REGIONS

Abstract

The paper studies how the "Nurly Zher" state programme changed public services \
in 2018-2022 and why rural districts lag behind.

Key words: digital services, regions.

А. Жазушы

АЙМАҚТАРДАҒЫ ЦИФРЛЫҚ ҚЫЗМЕТТЕР

Аңдатпа

Мақалада «Нұрлы жер» мемлекеттік бағдарламасы 2018-2022 жылдары мемлекеттік \
қызметтерді қалай өзгерткені және ауылдық аудандардың неге артта қалатыны зерттеледі.

Түйін сөздер: цифрлық қызметтер, аймақтар.

А. Писатель

ЦИФРОВЫЕ УСЛУГИ В РЕГИОНАХ

Аннотация

В статье изучается, как реализация «Нурлы жер» изменила государственные \
услуги в 2018-2022 годах и почему сельские районы отстают.

Ключевые слова: цифровые услуги, регионы.

Introduction

Public services moved online during the last decade.
"""


@pytest.fixture(scope="module")
def paper(tmp_path_factory) -> Document:
    path = Path(tmp_path_factory.mktemp("paper")) / "digital.txt"
    path.write_text(PAPER, encoding="utf-8")
    return analyse(path, RunConfig(extract=ExtractConfig(entities=False)))


def test_a_quoted_programme_without_a_cue_word_is_found_through_the_other_abstracts(
        paper: Document) -> None:
    assert set(paper.abstract_set) == {"en", "kk", "ru"}
    russian = [m for m in paper.mentions if m.lang == "ru" and m.label == "PROGRAM"]
    assert [(m.text, m.source, m.kind) for m in russian] == [
        ("«Нурлы жер»", (SOURCE,), "programme")]
    assert russian[0].canonical == "Нурлы жер"


def test_without_projection_the_russian_programme_is_missed(tmp_path: Path) -> None:
    path = tmp_path / "digital.txt"
    path.write_text(PAPER, encoding="utf-8")
    doc = analyse(path, RunConfig(extract=ExtractConfig(entities=False, project=False)))
    assert not [m for m in doc.mentions if m.lang == "ru" and m.label == "PROGRAM"]
