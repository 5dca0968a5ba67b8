"""Named alignment expectations on the trilingual abstracts of seeds 002 and 003.

These run the whole per-document pipeline with the default models, then merge.
"""

from __future__ import annotations

import pytest

from pipeline.merge.records import merge_all
from pipeline.run.document import RunConfig, analyse
from tests.conftest import seed_path

pytestmark = [pytest.mark.seeds, pytest.mark.models]


@pytest.fixture(scope="module")
def records(seeds_dir):
    docs = [analyse(seed_path(seeds_dir, p), RunConfig(), doc_id=p) for p in ("002", "003")]
    return docs, merge_all(docs)


def _abstract_langs(docs, record) -> set[str]:
    abstracts = {(d.id, e["abstract"]) for d in docs for e in d.abstract_set.values()}
    return {m.lang for m in record.mentions if (m.doc, m.section) in abstracts}


def test_al_farabi_university_of_002_is_one_record_in_three_languages(records) -> None:
    _docs, merged = records
    hits = [o for o in merged.organisations
            if any("Farabi" in m.text or "Фараби" in m.text for m in o.mentions
                   if m.doc == "002")]
    assert len(hits) == 1, [o.names for o in hits]
    assert set(hits[0].names) == {"en", "kk", "ru"}, hits[0].names
    assert hits[0].evidence, "a linked record keeps the evidence for its links"


def test_1992_of_003_is_one_figure_with_en_kk_ru_mentions(records) -> None:
    docs, merged = records
    hits = [f for f in merged.figures if f.value == 1992 and
            any(m.doc == "003" for m in f.mentions) and _abstract_langs(docs, f)]
    assert len(hits) == 1, [(f.id, [(m.lang, m.text) for m in f.mentions]) for f in hits]
    assert _abstract_langs(docs, hits[0]) == {"en", "kk", "ru"}


def test_belt_and_road_of_003_is_one_programme_in_three_languages(records) -> None:
    _docs, merged = records
    words = ("belt and road", "бір белдеу", "один пояс")
    hits = [p for p in merged.programs
            if any(w in m.text.casefold() for m in p.mentions for w in words)]
    langs = {m.lang for p in hits for m in p.mentions}
    assert langs == {"en", "kk", "ru"}, f"programme found only in {sorted(langs)}"
    assert len(hits) == 1, [p.names for p in hits]
    assert hits[0].kind == "initiative"


def test_exported_records_keep_offsets_that_round_trip(records) -> None:
    docs, merged = records
    text = {d.id: d.text for d in docs}
    for record in [*merged.organisations, *merged.programs, *merged.figures]:
        for m in record.mentions:
            assert text[m.doc][m.start:m.end] == m.text


def test_digital_kazakhstan_is_one_programme_in_three_languages(records) -> None:
    _docs, merged = records
    words = ("digital kazakhstan", "цифрлық қазақстан", "цифровой казахстан")
    hits = [p for p in merged.programs
            if any(w in m.text.casefold() for m in p.mentions for w in words)]
    langs = {m.lang for p in hits for m in p.mentions}
    assert langs == {"en", "kk", "ru"}, f"programme found only in {sorted(langs)}"
    assert len(hits) == 1, [p.names for p in hits]
    assert set(hits[0].names) == langs
