"""The view's HTML without a browser: escaping, marks, CSP, files, contrast."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.doc.records import Mention
from pipeline.run.cli import main
from pipeline.view import write_view
from pipeline.view.pages import CSP
from pipeline.view.render import marked, page_name
from tests.conftest import REPO
from tests.view_docs import trilingual, write_outputs

HOSTILE = ('<script>alert(1)</script> <img src=x onerror="alert(2)"> '
           '<a href="javascript:alert(3)">x</a> </script><!-- "quoted" & \'single\'')


@pytest.fixture()
def hostile_site(tmp_path: Path) -> Path:
    doc = trilingual("evil<doc>", body=HOSTILE)
    body = doc.sections[-1]
    name = Mention(doc=doc.id, section=body.id, lang="en", start=body.start,
                   end=body.start + len("<script>alert(1)</script>"),
                   text="<script>alert(1)</script>", label="ORG", source=("test:<b>",))
    doc = replace(doc, mentions=(*doc.mentions, name))
    write_outputs(tmp_path, [doc])
    write_view(tmp_path)
    return tmp_path / "view"


def _pages(site: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in site.glob("*.html")}


def test_view_writes_index_record_pages_and_one_page_per_document(hostile_site: Path) -> None:
    names = set(_pages(hostile_site))
    assert {"index.html", "organisations.html", "programs.html", "figures.html"} <= names
    assert page_name("evil<doc>") in names
    assert re.fullmatch(r"doc-evil_doc_-[0-9a-f]{8}\.html", page_name("evil<doc>"))


def test_view_escapes_document_text_names_and_ids(hostile_site: Path) -> None:
    for name, html in _pages(hostile_site).items():
        without_data = re.sub(r'<script type="application/json" id="data">.*?</script>', "",
                              html, flags=re.S)
        assert "<script>alert" not in without_data, name
        assert "<img" not in without_data and "<a href=\"javascript" not in without_data, name
        for tag in re.findall(r"<[a-z][^>]*>", without_data):
            assert not re.search(r"\son[a-z]+\s*=", tag), (name, tag)  # no inline handlers
        assert "<b>" not in without_data, name
    page = _pages(hostile_site)[page_name("evil<doc>")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "evil&lt;doc&gt;" in page


def test_view_data_block_cannot_be_closed_by_document_text(hostile_site: Path) -> None:
    page = _pages(hostile_site)[page_name("evil<doc>")]
    block = re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S)
    assert block is not None and "<" not in block.group(1)
    data = json.loads(block.group(1))
    assert any(m["text"] == "<script>alert(1)</script>" for m in data["mentions"].values())


def test_view_pages_load_nothing_from_outside_and_no_inline_script(hostile_site: Path) -> None:
    for name, html in _pages(hostile_site).items():
        assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in html
        assert not re.search(r'(src|href)="(https?:)?//', html), name
        for tag in re.findall(r"<script[^>]*>", html):
            assert 'src="' in tag or 'type="application/json"' in tag, (name, tag)
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP


@pytest.mark.parametrize("text,spans,expected", [
    ("Ministry of Science", [(0, 19, "ORG")], ["Ministry of Science"]),
    # nested: a place inside an organisation
    ("Алматы университеті", [(0, 19, "ORG"), (0, 6, "LOC")], ["Алматы университеті", "Алматы"]),
    # crossing spans: the second is split, its first fragment keeps the id
    ("Министерство науки РК", [(0, 18, "ORG"), (14, 21, "LOC")],
     ["Министерство науки", "науки", " РК"]),
])
def test_view_marked_nests_and_splits(text: str, spans: list, expected: list[str]) -> None:
    ms = [{"start": a, "end": b, "label": lab, "text": text[a:b]} for a, b, lab in spans]
    html = marked(text, 0, ms)
    assert re.sub(r"<[^>]+>", "", html) == text
    assert html.count("<mark") == html.count("</mark>") == len(expected)
    assert html.count('tabindex="0"') == len(spans)
    ids = re.findall(r'id="(m-[^"]+)"', html)
    assert len(ids) == len(set(ids)) == len(spans)


def test_view_command_needs_a_run(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["view", str(tmp_path)]) == 2
    assert "tilmash run" in capsys.readouterr().err
    write_outputs(tmp_path, [trilingual()])
    assert main(["view", str(tmp_path)]) == 0
    assert (tmp_path / "view" / "index.html").is_file()
    assert not list(tmp_path.glob(".view*"))  # the temporary folder was renamed into place


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_view_colours_pass_contrast() -> None:
    css = (REPO / "pipeline/view/static/view.css").read_text()
    ink = re.search(r"--ink: (#[0-9a-f]{6})", css).group(1)
    backgrounds = re.findall(r"background: (#[0-9a-f]{6})", css)
    tags = re.findall(r"--tag: (#[0-9a-f]{6})", css)
    assert len(backgrounds) >= 8 and len(tags) >= 6
    for bg in backgrounds:
        assert _contrast(ink, bg) >= 7, bg  # mention text on its highlight (WCAG AAA)
    for tag in tags:
        assert _contrast("#ffffff", tag) >= 4.5, tag  # the white type tag (WCAG AA)
    assert _contrast("#4a4a4a", "#ffffff") >= 7  # muted text


def test_view_record_pages_are_split_and_hold_every_record(tmp_path: Path) -> None:
    from pipeline.view.index import MAX_LINKS, MAX_ROWS, record_pages
    from pipeline.view.load import RunView

    def figure(i: int, n: int) -> dict:
        return {"id": f"fig-{i:05d}", "value": float(i), "unit": "count", "kind": "count",
                "mentions": [{"doc": f"d{i % 7}", "lang": "en", "start": j, "end": j + 1,
                              "text": str(i), "label": "CARDINAL"} for j in range(n)]}

    items = [figure(i, 1 + i % 9) for i in range(3 * MAX_ROWS)]
    run = RunView(tmp_path, {}, {"figures": items}, [], {})
    pages = record_pages(run, "figures", "Figures")
    assert pages[0][0] == "figures.html" and pages[1][0] == "figures-2.html"
    seen = [i for _, html in pages for i in re.findall(r'<tr id="(fig-\d+)"', html)]
    assert sorted(seen) == sorted(r["id"] for r in items)  # each record on exactly one page
    for _, html in pages:
        assert len(re.findall(r'<tr id=', html)) <= MAX_ROWS
        assert html.count('class="refs"') and html.count("#m-") <= MAX_LINKS
        assert 'aria-label="pages of records"' in html
