"""PDFs the tests make with fpdf2 and DejaVu Sans: columns, heads, hyphenation, bad files."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

import pytest

from pipeline.doc.errors import InputError
from pipeline.stages.ingest.pdf import PdfConfig, extract, pages_of
from pipeline.stages.ingest.pdf.reader import page_starts
from tests.pdfmake import JOURNAL_HEAD, Para, Typesetter, font_path, make_pdf

HEAD = JOURNAL_HEAD
EN = ("Abstract. The study reviews how the Ministry of Science and Higher Education of the "
      "Republic of Kazakhstan funds research grants. Between 2019 and 2023 the grant budget "
      "grew to 45 billion tenge, and the share of young scientists reached 30%. The "
      "Science Fund of Kazakhstan signed 1,200 contracts under the programme Zhas Galym, "
      "and the National Center of State Scientific and Technical Expertise reviewed them.")
KK = ("Аңдатпа. Мақалада Қазақстан Республикасы Ғылым және жоғары білім министрлігінің "
      "ғылыми гранттарды қаржыландыруы қарастырылады. 2019-2023 жылдары гранттық бюджет "
      "45 миллиард теңгеге өсті, ал жас ғалымдардың үлесі 30%-ға жетті. Ғылым қоры "
      "«Жас ғалым» бағдарламасы бойынша 1200 келісімшартқа қол қойды, ал Мемлекеттік "
      "ғылыми-техникалық сараптама ұлттық орталығы оларды қарап шықты.")
RU = ("Аннотация. В статье рассматривается финансирование научных грантов Министерством "
      "науки и высшего образования Республики Казахстан. В 2019-2023 годах грантовый бюджет "
      "вырос до 45 миллиардов тенге, а доля молодых учёных достигла 30%. Фонд науки "
      "подписал 1200 договоров по программе «Жас галым», а Национальный центр "
      "государственной научно-технической экспертизы рассмотрел их.")
FRONT = [
    Para("STATE RESEARCH GRANTS IN KAZAKHSTAN", size=12, bold=True),
    Para("A. Serikbayeva¹, Д. Оспанов²"),
    Para("¹Al-Farabi Kazakh National University, Almaty, Kazakhstan\n"
         "²L.N. Gumilyov Eurasian National University, Astana, Kazakhstan"),
    Para(EN, columns=True), Para("Keywords: research grants, science funding.", columns=True),
    Para("ҚАЗАҚСТАНДАҒЫ МЕМЛЕКЕТТІК ҒЫЛЫМИ ГРАНТТАР", bold=True, columns=True),
    Para(KK, columns=True), Para("Түйін сөздер: ғылыми гранттар, қаржыландыру.", columns=True),
    Para("ГОСУДАРСТВЕННЫЕ НАУЧНЫЕ ГРАНТЫ В КАЗАХСТАНЕ", bold=True, columns=True),
    Para(RU, columns=True), Para("Ключевые слова: научные гранты, финансирование.", columns=True),
]


@pytest.fixture(scope="module", autouse=True)
def _font() -> None:
    if not font_path().exists():
        message = f"{font_path()} is missing (apt-get install fonts-dejavu-core)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)


def _text(path: Path, **limits: object) -> tuple[str, tuple[int, ...]]:
    return page_starts(extract(str(path), PdfConfig(isolate=False, **limits)).text)  # type: ignore[arg-type]


def _paragraphs(paras: list[Para]) -> str:
    return "\n\n".join(p.text for p in paras) + "\n"


def test_pdf_two_column_trilingual_front_matter_reads_column_by_column(tmp_path) -> None:
    path = make_pdf(FRONT, tmp_path / "front.pdf", head=HEAD, height=560.0)
    text, starts = _text(path)
    assert text == _paragraphs(FRONT)
    assert starts == (0,)


def test_pdf_running_heads_and_page_numbers_are_gone_over_pages(tmp_path) -> None:
    body = [Para(f"{n}. " + (RU, KK, EN)[n % 3], columns=True) for n in range(1, 40)]
    path = make_pdf(body, tmp_path / "heads.pdf", head=HEAD)
    text, starts = _text(path)
    assert len(starts) >= 3
    assert "Tilmash Journal" not in text and "ISSN" not in text
    assert text == _paragraphs(body)


def test_pdf_hyphenated_lines_are_joined_in_three_languages(tmp_path) -> None:
    paras = [Para(t, columns=True, size=11) for t in (EN, KK, RU) * 2]
    ts = Typesetter(head=HEAD)
    for p in paras:
        ts.add(p)
    path = ts.save(tmp_path / "hyphens.pdf")
    cut = extract(str(path), PdfConfig(isolate=False))
    assert text_has_breaks(path)  # the typesetter did cut words at line ends
    assert page_starts(cut.text)[0] == _paragraphs(paras)


def text_has_breaks(path: Path) -> bool:
    """True when some printed line of the PDF ends with a hyphen after a letter."""
    from pipeline.stages.ingest.pdf.chars import open_pdf, page_glyphs
    from pipeline.stages.ingest.pdf.lines import group_lines

    pdf = open_pdf(str(path), 10)
    try:
        lines = [ln.text for i in range(len(pdf)) for ln in group_lines(page_glyphs(pdf, i).glyphs)]
    finally:
        pdf.close()
    return any(t.endswith(("-", "\x02")) and t[-2:-1].isalpha() for t in lines)


def test_pdf_front_matter_split_over_a_page_break_stays_one_paragraph(tmp_path) -> None:
    abstract_text = KK + " " + KK
    for fillers in range(4, 12):  # find the filler that puts the page break in the abstract
        paras = [*(Para(f"{n}. " + EN) for n in range(fillers)), Para(abstract_text),
                 Para("Түйін сөздер: ғылыми гранттар.")]
        path = make_pdf(paras, tmp_path / "split.pdf", head=HEAD)
        text, starts = _text(path)
        abstract = text.index(abstract_text)
        end = abstract + len(abstract_text)
        if len(starts) == 2 and abstract < starts[1] < end - 20:
            break
    else:
        pytest.fail("no filler put the page break inside the abstract")
    assert text == _paragraphs(paras)
    assert pages_of(starts, abstract, end) == (1, 2)


def test_pdf_ligatures_and_invisible_characters_in_a_drawn_line(tmp_path) -> None:
    ts = Typesetter(numbers=False)
    ts.add(Para("The ﬁnancial ﬂows were eﬃcient\u200b; қар\u00adжы\u2060лық; финан\u00adсы."))
    text, _ = _text(ts.save(tmp_path / "lig.pdf"))
    assert text == "The financial flows were efficient; қаржылық; финансы.\n"


def _one_page(path: Path, text: str, compress: bool = True) -> Path:
    from fpdf import FPDF

    pdf = FPDF(unit="pt")
    pdf.set_compression(compress)
    pdf.add_font("dv", "", str(font_path()))
    pdf.add_page()
    pdf.set_font("dv", "", 11)
    for i in range(12):
        pdf.text(50, 60 + 14 * i, text)
    pdf.output(str(path))
    return path


def _code(path: Path, **limits: object) -> InputError:
    with pytest.raises(InputError) as e:
        extract(str(path), PdfConfig(isolate=False, **limits))  # type: ignore[arg-type]
    return e.value


def test_pdf_without_a_unicode_map_is_garbled_text(tmp_path) -> None:
    path = _one_page(tmp_path / "a.pdf", "Қазақстан Республикасы Ұлттық ғылым академиясы", False)
    broken = tmp_path / "nomap.pdf"
    broken.write_bytes(path.read_bytes().replace(b"/ToUnicode", b"/Xxunicode"))  # same length
    error = _code(broken)
    assert error.code == "garbled-text" and "share of bad characters 1.000" in error.reason


def test_pdf_with_latin_lookalikes_for_cyrillic_is_garbled_text(tmp_path) -> None:
    error = _code(_one_page(tmp_path / "look.pdf", "Кaзaxcтaн Рecпyбликaсы ғылым aкaдeмиясы"))
    assert error.code == "garbled-text" and "share of bad characters" in error.reason


def test_pdf_scan_without_text_is_no_text_layer(tmp_path) -> None:
    from fpdf import FPDF

    pdf = FPDF(unit="pt")
    pdf.add_page()
    pdf.rect(50, 50, 300, 400, style="F")  # ink, but no text
    pdf.output(str(tmp_path / "scan.pdf"))
    assert _code(tmp_path / "scan.pdf").code == "no-text-layer"


def test_pdf_encrypted_damaged_and_empty_files_have_clear_codes(tmp_path) -> None:
    from fpdf import FPDF

    pdf = FPDF(unit="pt")
    pdf.add_font("dv", "", str(font_path()))
    pdf.set_encryption(owner_password="owner", user_password="user")
    pdf.add_page()
    pdf.set_font("dv", "", 11)
    pdf.text(50, 60, "Құпия мәтін")
    pdf.output(str(tmp_path / "locked.pdf"))
    assert _code(tmp_path / "locked.pdf").code == "encrypted"
    good = _one_page(tmp_path / "good.pdf", "Текст статьи о грантах.").read_bytes()
    (tmp_path / "cut.pdf").write_bytes(good[: len(good) // 3])
    assert _code(tmp_path / "cut.pdf").code == "damaged-pdf"
    (tmp_path / "zero.pdf").write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    assert _code(tmp_path / "zero.pdf").code in ("no-pages", "damaged-pdf")


def test_pdf_limits_bound_pages_characters_and_time(tmp_path) -> None:
    path = make_pdf([Para(RU) for _ in range(40)], tmp_path / "long.pdf")
    assert _code(path, max_pages=2).code == "too-many-pages"
    assert _code(path, max_chars=500).code == "too-large"
    assert _code(path, max_seconds=0.0).code == "timeout"


def test_pdf_bomb_is_stopped_by_the_child_process_limits(tmp_path) -> None:
    """A page whose content stream inflates to 170 MB: the child gives up, the run goes on."""
    from pipeline.stages.ingest.pdf.isolate import read_pdf_text

    stream = zlib.compress(b"0 0 m 1 1 l S\n" * 12_000_000, 9)
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
               b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>",
               b"<</Length %d/Filter/FlateDecode>>stream\n" % len(stream) + stream
               + b"\nendstream"]
    body, offsets = b"%PDF-1.4\n", []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj" % n + obj + b"endobj\n"
    xref = b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    path = tmp_path / "bomb.pdf"
    path.write_bytes(body + xref + b"trailer<</Size 5/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n"
                     % len(body))
    with pytest.raises(InputError) as e:
        read_pdf_text(str(path), PdfConfig(max_memory=150_000_000, max_seconds=20))
    assert e.value.code in ("too-large", "timeout"), e.value.reason
