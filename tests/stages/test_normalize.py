"""Normalisation: Markdown residue out, offsets defined on the result."""

import pytest

from pipeline.stages.normalize import normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("**D. Author\\*** , **S. Author**", "D. Author* , S. Author"),
        ("costs \\$ 146.2 billion", "costs $ 146.2 billion"),
        ("E-mail: <u>someone@uni.kz</u>", "E-mail: someone@uni.kz"),
        ("see [the portal](https://egov.kz/a_(b)) now", "see the portal now"),
        ("ORCID: <https://orcid.org/0000-0001>", "ORCID: https://orcid.org/0000-0001"),
        ("inno-\nvation and Kazakh-\nChinese", "innovation and Kazakh-\nChinese"),
        ("қаржы-\nландыру", "қаржыландыру"),
        ("soft\u00adhyphen", "softhyphen"),
        ("line one  \r\nline two", "line one\nline two"),
        ("Қаза\u0301қ", "Қаза\u0301қ"),
        ("a *stressed* word and 2 * 3", "a stressed word and 2 * 3"),
        ("\ufeffBOM first", "BOM first"),
    ],
)
def test_normalize_markdown_residue(raw, expected):
    assert normalize(raw).text == expected


def test_normalize_nfc_composes_letters():
    decomposed = "и\u0306"  # и + combining breve = й
    assert normalize(decomposed).text == "й"


def test_normalize_headings_are_reported_with_offsets():
    result = normalize("intro\n\n## Title of the paper\n\n### Аңдатпа\ntext")
    spans = [result.text[h.start:h.end] for h in result.headings]
    assert spans == ["Title of the paper", "Аңдатпа"]
    assert "#" not in result.text
