"""A name word with no letter to compare by (``___``, ``ь``, ``ъ``) is no unit of a name.

It once emptied a unit's keys and crashed the merge with ``max() arg is an empty sequence``.
"""

from __future__ import annotations

import pytest

from pipeline.doc.records import Document, Mention, Section
from pipeline.merge.evidence import link_score, text_score
from pipeline.merge.lexicon import concepts
from pipeline.merge.records import merge_all

NAMES = [  # (lang, a name holding a letterless word, the same name without it)
    ("en", "Kazakh ___ University", "Kazakh University"),
    ("en", "Altyn ъ Institute", "Altyn Institute"),
    ("ru", "Казахский ь университет", "Казахский университет"),
    ("ru", "Институт ___ Алтын", "Институт Алтын"),
    ("kk", "Қазақ ъ университеті", "Қазақ университеті"),
    ("kk", "Алтын __-__ институты", "Алтын институты"),
]


@pytest.mark.parametrize(("lang", "odd", "plain"), NAMES)
def test_letterless_word_adds_no_unit(lang: str, odd: str, plain: str) -> None:
    assert concepts(odd, lang).units == concepts(plain, lang).units


@pytest.mark.parametrize(("lang", "odd", "plain"), NAMES)
def test_letterless_names_score_against_any_name(lang: str, odd: str, plain: str) -> None:
    for other_lang, _, other in NAMES:
        score, parts = text_score(odd, lang, other, other_lang)
        assert 0.0 <= score <= 1.0 and parts["label"] == 1.0
    assert text_score(odd, lang, odd, lang)[0] == text_score(plain, lang, plain, lang)[0]
    assert text_score("ъ ь ___", lang, odd, lang) == (0.0, text_score("ъ", lang, odd, lang)[1])


def _doc(doc_id: str, names: list[tuple[str, str]]) -> Document:
    text, sections, mentions = "", [], []
    for i, (lang, name) in enumerate(names):
        start = len(text)
        text += name + "\n"
        sid = f"s{i}"
        sections.append(Section(sid, "affiliation", start, start + len(name), name, lang, 1.0))
        mentions.append(Mention(doc=doc_id, section=sid, lang=lang, start=start,
                                end=start + len(name), text=name, label="ORG", source=("test",)))
    return Document(doc_id, f"{doc_id}.txt", "0" * 64, text, sections=tuple(sections),
                    mentions=tuple(mentions))


def test_merge_of_letterless_names_across_documents_does_not_crash() -> None:
    one = _doc("a", [(lang, odd) for lang, odd, _ in NAMES])
    two = _doc("b", [(lang, plain) for lang, _, plain in NAMES])
    records = merge_all([one, two])
    assert sum(len(e.mentions) for e in records.organisations) == 2 * len(NAMES)
    a, b = one.mentions[0], two.mentions[0]
    assert link_score(a, b)[0] == link_score(b, a)[0] > 0
