"""A name found once is a mention wherever else the document writes it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.merge.repeat import SOURCE, repeat
from tests.merge.test_align_records import build, entity


@pytest.mark.parametrize(("lang", "text", "name", "expected"), [
    ("en", "KEGOC pays dividends. The Board of KEGOC decided; KEGOC's policy holds.",
     "KEGOC", ["KEGOC", "KEGOC's"]),
    ("kk", "Еуразиялық экономикалық одақ кеңейді. Еуразиялық экономикалық одақтың "
           "мүшелері ЕАЭО-ға кірді.", "Еуразиялық экономикалық одақ",
     ["Еуразиялық экономикалық одақтың"]),
    ("kk", "ЕАЭО кеңейді. ЕАЭО-ға кіруге үміткерлер, ЕАЭО-ны кеңейту.", "ЕАЭО",
     ["ЕАЭО-ға", "ЕАЭО-ны"]),
    ("ru", "Евразийский экономический союз расширяется. ЕВРАЗИЙСКИЙ ЭКОНОМИЧЕСКИЙ СОЮЗ "
           "в заголовке.", "Евразийский экономический союз",
     ["ЕВРАЗИЙСКИЙ ЭКОНОМИЧЕСКИЙ СОЮЗ"]),
])
def test_repeat_adds_the_other_occurrences(lang, text, name, expected):
    doc, s = build("r", [("abstract", lang, text)])
    first = entity(doc, s[0], name)
    out = repeat(replace(doc, mentions=(first,)))
    added = [m for m in out.mentions if m.source == (SOURCE,)]
    assert [m.text for m in added] == expected
    assert all(out.text[m.start:m.end] == m.text and m.label == "ORG" for m in added)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "The Bank grew. Every bank lends; the Bank of a town.", "Bank"),
    ("kk", "Банк өсті. Банк несие береді.", "Банк"),
    ("ru", "Банк вырос. Банк кредитует.", "Банк"),
])
def test_repeat_leaves_names_of_nothing_in_particular(lang, text, name):
    doc, s = build("r", [("abstract", lang, text)])
    out = repeat(replace(doc, mentions=(entity(doc, s[0], name),)))
    assert len(out.mentions) == 1


def test_repeat_keeps_a_capital_and_existing_mentions():
    text = "Samruk-Kazyna owns KEGOC. The samruk-kazyna word; Samruk-Kazyna Fund is a fund."
    doc, s = build("r", [("abstract", "en", text)])
    fund = entity(doc, s[0], "Samruk-Kazyna Fund")
    first = entity(doc, s[0], "Samruk-Kazyna")
    out = repeat(replace(doc, mentions=(first, fund)))
    assert sorted(m.text for m in out.mentions) == ["Samruk-Kazyna", "Samruk-Kazyna Fund"]


def test_repeat_crosses_into_another_language_part_when_the_writing_is_the_same():
    doc, s = build("r", [("abstract", "en", "KEGOC paid dividends."),
                         ("abstract", "kk", "KEGOC дивиденд төледі."),
                         ("references", "en", "KEGOC annual report.")])
    out = repeat(replace(doc, mentions=(entity(doc, s[1], "KEGOC"),)))
    assert sorted((m.lang, m.section) for m in out.mentions) == [("en", "s0"), ("kk", "s1")]
