"""A name and the same name cut short (within a document), and names of different kinds."""

from __future__ import annotations

import pytest

from pipeline.merge.evidence import text_score
from pipeline.merge.kinds import kinds_clash
from pipeline.merge.nested import NESTED_SCORE, nested_score


@pytest.mark.parametrize(("short", "ls", "full", "lf"), [
    ("National Bank", "en", "National Bank of the Republic of Kazakhstan", "en"),
    ("Ұлттық Банк", "kk", "Қазақстан Республикасының Ұлттық Банкі", "kk"),
    ("Национальный банк", "ru", "Национальный банк Республики Казахстан", "ru"),
    ("Ұлттық Банк", "kk", "National Bank of Kazakhstan", "en"),
    ("Tengizchevroil", "en", "Joint Stock Company Tengizchevroil", "en"),
    ("Теңізшевройл", "kk", "«Теңізшевройл» акционерлік компаниясы", "kk"),
    ("Тенгизшевройл", "ru", "Акционерное общество «Тенгизшевройл»", "ru"),
    ("Baiterek", "en", "Baiterek National Managing Holding", "en"),
    ("Бәйтерек", "kk", "«Бәйтерек» ұлттық басқарушы холдингі", "kk"),
    ("Байтерек", "ru", "Национальный управляющий холдинг «Байтерек»", "ru"),
])
def test_nested_score_a_name_cut_short(short, ls, full, lf):
    assert nested_score(short, ls, full, lf) == NESTED_SCORE
    assert nested_score(full, lf, short, ls) == NESTED_SCORE


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    ("National Bank", "en", "Monetary Policy Committee of the National Bank", "en"),
    ("Ұлттық Банк", "kk", "Ұлттық Банктің Ақша-кредит саясаты жөніндегі комитеті", "kk"),
    ("Национальный банк", "ru", "Комитет по денежно-кредитной политике Национального банка",
     "ru"),
    ("Kazakh National University", "en", "Kazakh National Agrarian University", "en"),
    ("Қазақ ұлттық университеті", "kk", "Қазақ ұлттық аграрлық университеті", "kk"),
    ("Bank", "en", "Halyk Bank", "en"),
    ("National University", "en", "Eurasian National University", "en"),
    ("Национальный университет", "ru", "Евразийский национальный университет", "ru"),
    ("Tengizchevroil", "en", "Tengizchevroil Exploration Services", "en"),
])
def test_nested_score_different_bodies_are_not_nested(a, la, b, lb):
    assert nested_score(a, la, b, lb) == 0.0


@pytest.mark.parametrize(("a", "la", "b", "lb", "clash"), [
    ("Science Committee of the Ministry of Education", "en", "Ministry of Education", "en",
     True),
    ("Білім министрлігінің Ғылым комитеті", "kk", "Білім министрлігі", "kk", True),
    ("Комитет науки Министерства образования", "ru", "Министерство образования", "ru", True),
    ("Harbin Institute of Technology", "en", "Харбинский технологический университет", "ru",
     False),
    ("National Bank", "en", "Ұлттық Банк", "kk", False),
    ("KazMunayGas", "en", "National Company KazMunayGas", "en", False),
])
def test_kinds_clash_keeps_different_kinds_of_body_apart(a, la, b, lb, clash):
    from pipeline.merge.lexicon import concepts

    assert kinds_clash(concepts(a, la).concepts, concepts(b, lb).concepts) is clash
    if clash:
        assert text_score(a, la, b, lb)[0] == 0.0
