"""A company's acronym in two languages, and an acronym of two parts spelled by its name."""

from __future__ import annotations

import pytest

from pipeline.merge.acronym_parts import ACRONYM_PARTS_SCORE, acronym_parts_score
from pipeline.merge.evidence import THRESHOLD, text_score


@pytest.mark.parametrize(("a", "la", "b", "lb", "score"), [
    ("TMG ZB", "en", "ТМГ ЖБ", "kk", ACRONYM_PARTS_SCORE),
    ("ТМГ ЖБ", "kk", "ТМГ ЖБ", "kk", 0.0),  # one language: same-name decides
    ("TMG ZB", "en", "ТМГ Ж", "kk", 0.0),
    ("TMG ZB", "en", "ҚМГ ЖБ", "kk", 0.0),  # first parts differ
    ("TMG", "en", "ТМГ", "kk", 0.0),  # one part: transliteration decides
])
def test_two_part_acronyms_of_one_company_in_two_languages(a, la, b, lb, score) -> None:
    assert acronym_parts_score(a, la, b, lb) == score


def test_a_two_part_acronym_is_spelled_by_its_full_name() -> None:
    assert text_score("ТМГ ЖБ", "kk", "ТауМұнайГаз Жаңа Барлау", "kk")[0] >= THRESHOLD
    assert text_score("ТМГ ЖБ", "kk", "ТауМұнайГаз Барлау", "kk")[0] < THRESHOLD


def test_an_uppercase_title_of_two_words_is_no_acronym_of_its_transliteration() -> None:
    assert text_score("NURLY ZHOL", "en", "НУРЛЫ ЖОЛ", "ru")[1]["acronym"] == 0.0
