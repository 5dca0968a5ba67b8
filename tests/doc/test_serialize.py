"""Records to JSON data and back: every mention class, sections and whole documents."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from pipeline.doc.jsonio import dumps
from pipeline.doc.records import (
    Document,
    FigureMention,
    Mention,
    OrgMention,
    ProgramMention,
    Section,
    Sentence,
    mention_from_json,
    sort_mentions,
)
from pipeline.doc.serialize import (
    document_from_cache,
    document_to_cache,
    document_to_json,
    section_rows,
    section_to_json,
)
from pipeline.doc.spans import Span

EN = "The Ministry of Education allocated 5 billion tenge to the programme Digital Kazakhstan."
KK = "Білім министрлігі «Цифрлық Қазақстан» бағдарламасына 2021 жылы 5 млрд теңге бөлді."
RU = "Министерство образования выделило 12% бюджета на программу «Цифровой Казахстан»."
TEXT = f"Title\n\n{EN}\n\n{KK}\n\n{RU}\n"


def _at(section: Section, piece: str) -> tuple[int, int]:
    start = TEXT.index(piece, section.start)
    return start, start + len(piece)


def _sections() -> tuple[Section, ...]:
    out = []
    for i, (kind, lang, body) in enumerate([("title", "en", "Title"), ("abstract", "en", EN),
                                            ("abstract", "kk", KK), ("abstract", "ru", RU)]):
        start = TEXT.index(body)
        out.append(Section(f"s{i}", kind, start, start + len(body), body, lang, 0.987654,
                           group=i if i else None,
                           sentences=(Sentence(start, start + len(body), lang, 0.9876),),
                           pages=(1, 2) if lang == "kk" else ()))
    return tuple(out)


def _mentions(sections: tuple[Section, ...]) -> tuple[Mention, ...]:
    en, kk, ru = sections[1], sections[2], sections[3]

    def base(section: Section, piece: str, label: str, source: str) -> dict:
        start, end = _at(section, piece)
        return {"doc": "d", "section": section.id, "lang": section.lang, "start": start,
                "end": end, "text": piece, "label": label, "source": tuple(source.split("+"))}

    return (
        Mention(**base(en, "Ministry of Education", "ORG", "spacy:en"), score=0.91),
        OrgMention(**base(ru, "Министерство образования", "ORG", "rules:affiliation"),
                   ror={"id": "https://ror.org/0", "name": "Ministry", "score": 0.9,
                        "matched": "Министерство образования"}, marker="1",
                   authors=("А. Иванов", "Б. Петров")),
        OrgMention(**base(kk, "Білім министрлігі", "ORG", "rules:affiliation"), marker="2"),
        ProgramMention(**base(kk, "«Цифрлық Қазақстан» бағдарламасына", "PROGRAM",
                              "rules:programs"), kind="programme", canonical="Цифрлық Қазақстан"),
        ProgramMention(**base(en, "programme Digital Kazakhstan", "PROGRAM",
                              "rules:programs+spacy:en"),
                       kind="programme", canonical="Digital Kazakhstan"),
        FigureMention(**base(en, "5 billion tenge", "MONEY", "rules:figures"), value=5e9,
                      unit="KZT", kind="money"),
        FigureMention(**base(kk, "2021 жылы", "DATE", "rules:figures"), value=2021.0,
                      unit="year", kind="year", context="жыл", date="2021"),
        FigureMention(**base(ru, "12%", "PERCENT", "rules:figures"), value=12.0, unit="%",
                      kind="percent", low=10.0, high=12.0, approx=True),
    )


def _document() -> Document:
    sections = _sections()
    return Document("d", "d.txt", "ab" * 32, TEXT, headings=(Span(0, 5),), sections=sections,
                    mentions=_mentions(sections), pages=(0, 40),
                    abstract_set={"en": {"abstract": "s1", "title": "s0"}})


@pytest.mark.parametrize("mention", _mentions(_sections()), ids=lambda m: type(m).__name__)
def test_serialize_mention_round_trip_keeps_the_class_and_every_field(mention: Mention) -> None:
    data = json.loads(dumps(mention.to_json()))  # through JSON text, as the cache stores it
    back = mention_from_json(data)
    assert type(back) is type(mention)
    assert back == mention
    assert TEXT[back.start:back.end] == back.text


def test_serialize_org_mention_authors_are_a_json_list() -> None:
    org = _mentions(_sections())[1]
    assert org.to_json()["authors"] == ["А. Иванов", "Б. Петров"]


@pytest.mark.xfail(strict=True, reason="known limit of the JSON contract: an OrgMention with "
                   "no ror, marker or authors writes the same JSON as a Mention, so it comes "
                   "back as one (equal fields; merge reads ror with getattr, so no output moves)")
def test_serialize_bare_org_mention_keeps_its_class() -> None:
    bare = OrgMention(doc="d", section="s1", lang="en", start=0, end=5, text="Title",
                      label="ORG", source=("rules:affiliation",))
    assert type(mention_from_json(bare.to_json())) is OrgMention


def test_serialize_section_to_json_fields() -> None:
    kk = _sections()[2]
    data = section_to_json(kk)
    assert data == {"id": "s2", "kind": "abstract", "lang": "kk", "score": 0.987654,
                    "start": kk.start, "end": kk.end, "group": 2, "pages": [1, 2],
                    "sentences": [{"start": kk.start, "end": kk.end, "lang": "kk",
                                   "score": 0.9876}]}
    assert "sentences" not in section_to_json(kk, sentences=False)
    assert "pages" not in section_to_json(_sections()[1])


def test_serialize_document_to_json_counts_mentions_per_label() -> None:
    data = document_to_json(_document())
    sizes = {"en": len("Title") + len(EN), "kk": len(KK), "ru": len(RU)}
    assert data["languages"] == sorted(sizes, key=lambda lang: -sizes[lang])  # most text first
    assert data["chars"] == len(TEXT)
    assert data["counts"] == {"sections": 4, "mentions": 8, "DATE": 1, "MONEY": 1, "ORG": 3,
                              "PERCENT": 1, "PROGRAM": 2}
    assert list(data["counts"])[2:] == ["DATE", "MONEY", "ORG", "PERCENT", "PROGRAM"]


def test_serialize_document_cache_round_trip_is_equal() -> None:
    doc = _document()
    doc = replace(doc, mentions=tuple(sort_mentions(doc.mentions)))  # as the stages leave them
    back = document_from_cache(json.loads(dumps(document_to_cache(doc))))
    assert back == doc
    assert all(back.text[s.start:s.end] == s.text for s in back.sections)


def test_serialize_cache_stores_mentions_in_stable_order() -> None:
    doc = _document()
    back = document_from_cache(document_to_cache(doc))
    assert list(back.mentions) == sort_mentions(doc.mentions) != list(doc.mentions)


def test_serialize_section_rows_group_what_was_found_per_section() -> None:
    rows = {r["section"]: r for r in section_rows(_document())}
    assert set(rows) == {"s0", "s1", "s2", "s3"}
    en, kk, ru = rows["s1"], rows["s2"], rows["s3"]
    assert [m["text"] for m in en["entities"]] == ["Ministry of Education"]
    assert [m["text"] for m in en["programs"]] == ["programme Digital Kazakhstan"]
    assert [m["value"] for m in en["figures"]] == [5e9]
    assert [m["text"] for m in kk["entities"]] == ["Білім министрлігі"]
    assert [m["unit"] for m in ru["figures"]] == ["%"]
    assert ru["text"] == RU and rows["s0"]["figures"] == []
