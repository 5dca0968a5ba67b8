"""The one span type: overlap, longest-first, shift, and the adapter to mentions."""

from __future__ import annotations

import pytest

from pipeline.doc.records import FigureMention, Mention, OrgMention
from pipeline.doc.spans import (
    Span,
    longest,
    overlaps,
    overlaps_any,
    shift,
    span_of,
    to_mention,
    within,
)
from tests.conftest import document_of


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((0, 5), (5, 9), False),  # touching ends share no character
    ((0, 5), (4, 9), True),
    ((2, 3), (0, 9), True),
    ((0, 9), (2, 3), True),
    ((3, 3), (0, 9), True),  # an empty span inside another
    ((9, 12), (0, 9), False),
])
def test_spans_overlap_when_they_share_a_character(a, b, expected) -> None:
    assert overlaps(Span(*a), Span(*b)) is expected
    assert overlaps(Span(*b), Span(*a)) is expected


def test_spans_overlaps_any_and_within_work_on_anything_with_offsets() -> None:
    doc = document_of(("abstract", "en", "Nazarbayev University hosted it."))
    m = Mention(doc=doc.id, section="s0", lang="en", start=0, end=21,
                text="Nazarbayev University", label="ORG", source=("test",))
    assert overlaps_any(Span(11, 15), [Span(30, 31), m])
    assert not overlaps_any(Span(21, 30), [m])
    assert within(Span(11, 21), m) and not within(m, Span(11, 21))


def test_spans_longest_keeps_the_longest_then_the_earliest_and_sorts_by_position() -> None:
    spans = [Span(0, 4, "a"), Span(2, 10, "b"), Span(10, 14, "c"), Span(12, 16, "d"),
             Span(20, 22, "e")]
    assert [s.label for s in longest(spans)] == ["b", "c", "e"]
    assert longest([]) == []


def test_spans_longest_breaks_ties_by_prefer_then_position() -> None:
    a, b = Span(0, 5, "rule"), Span(0, 5, "both", ("spacy:kk", "rules:programs"))
    assert longest([a, b]) == [a]  # same length and start: the first given
    assert longest([a, b], prefer=lambda s: len(s.source) < 2) == [b]


def test_spans_shift_moves_both_ends_and_keeps_the_rest() -> None:
    s = Span(3, 7, "ORG", ("rules:organisations",), 0.5, "kk", {"x": 1})
    moved = shift(s, 10)
    assert (moved.start, moved.end) == (13, 17)
    assert (moved.label, moved.source, moved.score, moved.lang, moved.payload) == \
        (s.label, s.source, s.score, s.lang, s.payload)
    assert shift(moved, -10) == s


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Funds came from the Asian Development Bank.", "Asian Development Bank"),
    ("kk", "Қаржыны Азия даму банкі берді.", "Азия даму банкі"),
    ("ru", "Средства выделил Азиатский банк развития.", "Азиатский банк развития"),
])
def test_spans_adapter_gives_document_offsets_and_round_trips(lang, text, name) -> None:
    doc = document_of(("title", "en", "A title"), ("abstract", lang, text))
    section = doc.sections[1]
    at = text.index(name)
    span = Span(at, at + len(name), "ORG", ("rules:organisations",), 0.75)
    m = to_mention(span, doc, section)
    assert type(m) is Mention
    assert (m.doc, m.section, m.lang, m.label, m.source, m.score) == \
        (doc.id, section.id, lang, "ORG", ("rules:organisations",), 0.75)
    assert m.start == section.start + at and doc.text[m.start:m.end] == m.text == name
    assert span_of(m, section) == span


def test_spans_adapter_builds_the_class_asked_for_with_its_fields() -> None:
    doc = document_of(("abstract", "ru", "Рост составил 5%."))
    section = doc.sections[0]
    m = to_mention(Span(14, 16, "PERCENT", ("rules:figures",)), doc, section, FigureMention,
                   value=5.0, unit="%", kind="percent")
    assert isinstance(m, FigureMention) and (m.text, m.value, m.unit) == ("5%", 5.0, "%")
    org = to_mention(Span(0, 4, "ORG", lang="en"), doc, section, OrgMention, marker="1")
    assert (org.lang, org.marker) == ("en", "1")  # a span's own language wins


def test_spans_heading_spans_round_trip_through_the_cache() -> None:
    from dataclasses import replace

    from pipeline.doc.serialize import document_from_cache, document_to_cache
    from pipeline.stages.normalize import normalize

    n = normalize("# Аңдатпа\n\nМәтін.\n\n## Abstract\n\nText.")
    assert [n.text[h.start:h.end] for h in n.headings] == ["Аңдатпа", "Abstract"]
    doc = replace(document_of(("abstract", "kk", n.text)), text=n.text, headings=n.headings)
    assert document_from_cache(document_to_cache(doc)).headings == n.headings
