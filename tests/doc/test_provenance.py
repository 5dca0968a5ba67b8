"""A mention's source: a tuple of origins in memory, a "+"-joined string in JSON."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.doc.records import (
    FigureMention,
    Mention,
    OrgMention,
    by_rule,
    mention_from_json,
    source_from_json,
    source_to_json,
)
from pipeline.doc.serialize import document_from_cache, document_to_cache
from tests.conftest import document_of


def _mention(source: tuple[str, ...], cls: type[Mention] = Mention, **more) -> Mention:
    return cls(doc="t", section="s0", lang="kk", start=0, end=5, text="ҚазҰУ", label="ORG",
               source=source, **more)


@pytest.mark.parametrize(("source", "text"), [
    (("spacy:models/kk",), "spacy:models/kk"),
    (("spacy:models/kk", "rules:organisations"), "spacy:models/kk+rules:organisations"),
    (("natasha", "align:agreement"), "natasha+align:agreement"),
    ((), ""),
])
def test_provenance_json_form_is_joined_and_read_back(source, text) -> None:
    assert source_to_json(source) == text
    assert source_from_json(text) == source


@pytest.mark.parametrize("cls, more", [
    (Mention, {}),
    (OrgMention, {"marker": "1", "authors": ("A. Ospanov",)}),
    (FigureMention, {"value": 5.0, "unit": "%", "kind": "percent"}),
])
def test_provenance_round_trips_through_a_mentions_json(cls, more) -> None:
    m = _mention(("spacy:models/kk", "rules:organisations"), cls, **more)
    data = m.to_json()
    assert data["source"] == "spacy:models/kk+rules:organisations"
    assert mention_from_json(data) == m


def test_provenance_round_trips_through_the_cache() -> None:
    doc = document_of(("abstract", "ru", "Казахский национальный университет"))
    m = Mention(doc=doc.id, section="s0", lang="ru", start=0, end=34, text=doc.text[:34],
                label="ORG", source=("natasha", "rules:organisations"))
    doc = replace(doc, mentions=(m,))
    assert document_from_cache(document_to_cache(doc)).mentions == (m,)


def test_provenance_a_string_source_is_refused() -> None:
    with pytest.raises(TypeError, match="tuple of origins"):
        _mention("rules:figures")  # type: ignore[arg-type]  # the mistake under test


@pytest.mark.parametrize(("source", "expected"), [
    (("rules:organisations",), True),
    (("rules:figures:words",), True),
    (("spacy:models/en", "rules:organisations"), False),  # a model found it first
    (("align:projected",), False),
    ((), False),
])
def test_provenance_by_rule_reads_the_first_origin(source, expected) -> None:
    assert by_rule(_mention(source)) is expected
