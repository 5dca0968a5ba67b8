"""PDF text rules on hand-written lines: hyphenation, cleaning, pages, quality, margins."""

from __future__ import annotations

import pytest

from pipeline.doc.errors import InputError
from pipeline.stages.ingest.pdf.chars import Glyph
from pipeline.stages.ingest.pdf.lines import group_lines
from pipeline.stages.ingest.pdf.margins import strip_margins
from pipeline.stages.ingest.pdf.quality import Quality, check, fold_lookalikes, lookalikes
from pipeline.stages.ingest.pdf.reader import page_starts
from pipeline.stages.ingest.pdf.text import PAGE_MARK, clean, join_lines


@pytest.mark.parametrize(("left", "right", "keep", "joined"), [
    ("the renewable en-", "ergy auctions", set(), "the renewable energy auctions"),
    ("жаңартылатын энер-", "гия аукциондары", set(), "жаңартылатын энергия аукциондары"),
    ("возобновляемой энер-", "гетики", set(), "возобновляемой энергетики"),
    ("Kazakh-", "German University", set(), "Kazakh-German University"),
    ("ВОЗОБНОВЛЯЕМОЙ ЭНЕР-", "ГЕТИКЕ", set(), "ВОЗОБНОВЛЯЕМОЙ ЭНЕРГЕТИКЕ"),
    ("научно-", "исследовательский", {"научно-исследовательский"},
     "научно-исследовательский"),
    ("ғылыми-", "зерттеу жұмысы", {"ғылыми-зерттеу"}, "ғылыми-зерттеу жұмысы"),
    ("fifteen-", "year contracts", {"fifteen-year"}, "fifteen-year contracts"),
    ("the bank\u00ad", "ing sector", set(), "the banking sector"),
    ("pages 15-", "29", set(), "pages 15- 29"),
    ("the auctions", "of 2018", set(), "the auctions of 2018"),
])
def test_pdf_join_lines_mends_hyphenated_words(left, right, keep, joined) -> None:
    assert join_lines(left, right, False, keep)[0] == joined


def test_pdf_join_lines_reports_where_the_right_line_begins() -> None:
    text, at = join_lines("energy auc-", "tions", False, set())
    assert (text, text[at:]) == ("energy auctions", "tions")
    text, at = join_lines("Satbayev University", "²Kazakh-German", True, set())
    assert text == "Satbayev University\n²Kazakh-German" and text[at:] == "²Kazakh-German"


@pytest.mark.parametrize(("raw", "clean_text"), [
    ("ﬁnancial ﬂows", "financial flows"),
    ("eﬃcient oﬄine", "efficient offline"),
    ("zero\u200bwidth\u200d and\ufeff joiner\u2060s", "zerowidth and joiners"),
    ("қар\u00adжы", "қаржы"),
    ("финан\u00adсирование", "финансирование"),
    ("ends with a break\u00ad", "ends with a break\u00ad"),  # a hyphenation point, for join_lines
])
def test_pdf_clean_folds_ligatures_and_drops_invisible_characters(raw, clean_text) -> None:
    assert clean(raw) == clean_text


def test_pdf_page_starts_are_offsets_into_the_text_without_marks() -> None:
    text, starts = page_starts(f"{PAGE_MARK}Бірінші бет. {PAGE_MARK}Екінші{PAGE_MARK}")
    assert text == "Бірінші бет. Екінші"
    assert starts == (0, 13, 19)


def _line(text: str, top: float, x: float = 50.0, size: float = 10.0) -> list[Glyph]:
    glyphs = []
    for ch in text:
        if ch != " ":
            glyphs.append(Glyph(ch, x, top, x + 0.5 * size, top + size, size, top + 0.8 * size))
        x += 0.5 * size
    return glyphs


def test_pdf_superscript_marks_stay_apart_from_names() -> None:
    glyphs = _line("Aigerim Bekova", 100.0)
    x = glyphs[-1].x1
    glyphs.append(Glyph("1", x, 95.0, x + 3.0, 101.0, 6.0, 104.0))  # small and raised
    glyphs += _line(", Иван Петров", 100.0, x=x + 3.0)
    (line,) = group_lines(glyphs)
    assert line.text == "Aigerim Bekova¹, Иван Петров"


def test_pdf_running_heads_feet_and_page_numbers_are_removed() -> None:
    pages = []
    for number in (1, 2, 3):
        glyphs = (_line(f"Tilmash Journal No. 2 (2026), p. {number + 10}", 20.0)
                  + _line(f"Мәтін бетінің жолы {number}.", 300.0)
                  + _line(str(number), 820.0))
        pages.append((group_lines(glyphs), 842.0))
    kept = strip_margins(pages)
    assert [[ln.text for ln in lines] for lines in kept] == [
        ["Мәтін бетінің жолы 1."], ["Мәтін бетінің жолы 2."], ["Мәтін бетінің жолы 3."]]


def test_pdf_one_page_keeps_a_head_that_cannot_recur_but_drops_its_number() -> None:
    glyphs = _line("Вестник КазНУ", 20.0) + _line("Текст статьи.", 300.0) + _line("- 7 -", 820.0)
    (kept,) = strip_margins([(group_lines(glyphs), 842.0)])
    assert [ln.text for ln in kept] == ["Вестник КазНУ", "Текст статьи."]


@pytest.mark.parametrize(("text", "bad"), [
    ("Казахстан и Россия", 0),
    ("Кaзaxcтaн", 5),  # Latin a, a, x, c, a inside a Cyrillic word
    ("Қaзaқстaн Республикaсы", 4),
    ("IT-компания COVID", 0),  # a real mixed compound, split at the hyphen
    ("Kazakhstan", 0),
])
def test_pdf_latin_lookalikes_inside_cyrillic_words_are_counted(text, bad) -> None:
    assert lookalikes(text) == bad


@pytest.mark.parametrize(("text", "folded"), [
    ("ғылыми жəне техникалық", "ғылыми және техникалық"),  # Latin ə for Kazakh ә
    ("Рecпублика Казахстан", "Республика Казахстан"),  # Latin e, c
    ("Kazakhstan and Қазақстан", "Kazakhstan and Қазақстан"),
    ("IT-компания", "IT-компания"),
    ("Almaty Алматы", "Almaty Алматы"),
])
def test_pdf_lookalikes_in_cyrillic_words_are_folded(text, folded) -> None:
    assert fold_lookalikes(text) == folded


def test_pdf_quality_check_names_the_share_of_bad_characters() -> None:
    check("ok.pdf", Quality(pages=1, chars=1000, bad=10))
    with pytest.raises(InputError) as e:
        check("bad.pdf", Quality(pages=1, chars=1000, bad=300))
    assert e.value.code == "garbled-text" and "0.300" in e.value.reason
    with pytest.raises(InputError) as e:
        check("scan.pdf", Quality(pages=3, chars=0, bad=0))
    assert e.value.code == "no-text-layer"
