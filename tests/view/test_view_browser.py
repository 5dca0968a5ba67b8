"""The view in a real browser: headless Chromium from Debian, driven by Playwright.

Outside CI these tests skip when Chromium or Playwright is missing; in CI (CI=true)
they fail instead, because .ci/run installs both.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from pipeline.run.cli import main
from pipeline.view.render import page_name

pytestmark = [pytest.mark.browser, pytest.mark.slow]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# A paper written for this test, whose text carries markup that must stay text.
HOSTILE_PAPER = """Script Injection In Research Funding Reports

Abstract. The Ministry of Science funded 120 projects. <script>alert(1)</script>
<img src=x onerror="alert(2)"> <a href="javascript:alert(3)">link</a> were printed as text.

Keywords: funding, grants, science

Ғылымды қаржыландыру туралы есептер

Аңдатпа. Ғылым министрлігі 2023 жылы 120 жобаны қаржыландырды. <script>alert(4)</script>

Түйін сөздер: қаржыландыру, гранттар

Отчёты о финансировании науки

Аннотация. Министерство науки профинансировало 120 проектов в 2023 году.

Ключевые слова: финансирование, гранты
"""


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium (Debian's /usr/bin/chromium or $TILMASH_CHROMIUM)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed (pip install -e '.[dev]')")
    executable = os.environ.get("TILMASH_CHROMIUM") or shutil.which("chromium")
    if not executable:
        _unavailable("no Chromium found (apt-get install chromium, or set TILMASH_CHROMIUM)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=FLAGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def seeds_run(seeds_dir: Path, prefect_server, tmp_path_factory) -> Path:
    """The seeds and the hostile paper through `tilmash run`, then `tilmash view`."""
    root = tmp_path_factory.mktemp("view-run")
    extra = root / "inputs"
    extra.mkdir()
    (extra / "hostile-paper.txt").write_text(HOSTILE_PAPER, encoding="utf-8")
    out = root / "out"
    assert main(["run", str(seeds_dir), str(extra), "--out", str(out)]) == 0
    assert main(["view", str(out)]) == 0
    return out


@pytest.fixture()
def page(browser):
    context = browser.new_context(accept_downloads=True)
    pg = context.new_page()
    pg.problems = []
    pg.on("console", lambda m: pg.problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield pg
    context.close()


def _open(pg, out: Path, doc_id: str) -> dict:
    pg.goto((out / "view" / page_name(doc_id)).resolve().as_uri())
    pg.wait_for_selector("#panel h2")  # written by the page's script: it ran under the CSP
    return json.loads(pg.text_content("#data"))


def _seed_ids(out: Path) -> list[str]:
    docs = json.loads((out / "documents.json").read_text())["documents"]
    return [d["id"] for d in docs if d["id"][:3].isdigit()]


def test_view_seed_pages_render_three_columns(seeds_run: Path, page) -> None:
    ids = _seed_ids(seeds_run)
    assert len(ids) == 5
    for doc_id in ids:
        data = _open(page, seeds_run, doc_id)
        langs = page.eval_on_selector_all(".cols > .col", "cs => cs.map(c => c.dataset.lang)")
        assert langs == ["en", "kk", "ru"], doc_id
        for lang in langs:  # each column holds its sections, or says it found none
            col = page.locator(f".col[data-lang='{lang}']")
            assert col.locator(".sec .txt").count() + col.locator(".none").count() >= 1
        assert page.locator(".cols .sec .txt").count() >= 1, doc_id
        marks = page.locator("mark.m[tabindex='0']").count()
        assert marks == len(data["mentions"]), doc_id  # every mention is marked, and focusable
        assert page.problems == [], (doc_id, page.problems)
    page.goto((seeds_run / "view" / "index.html").resolve().as_uri())
    rows = page.locator("#docs tbody tr")
    assert rows.count() == 6
    page.click("#docs th:nth-child(7) button")  # sort by mentions
    counts = [int(x) for x in page.eval_on_selector_all(
        "#docs tbody tr td:nth-child(7)", "cs => cs.map(c => c.textContent)")]
    assert counts == sorted(counts)


def _linked(data: dict) -> tuple[str, list[str]]:
    for k, partners in sorted(data["partners"].items()):
        lang = data["mentions"][k]["lang"]
        others = [p for p in partners if data["mentions"][p]["lang"] != lang]
        if others and data["sections"][data["mentions"][k]["section"]]["kind"] in (
                "title", "authors", "affiliation", "abstract", "keywords"):
            return k, others
    raise AssertionError("no mention linked across languages in the front matter")


def test_view_hover_and_focus_highlight_partners(seeds_run: Path, page) -> None:
    doc_id = next(d for d in _seed_ids(seeds_run)
                  if any(_linked_or_none(_data_of(seeds_run, d))))
    data = _open(page, seeds_run, doc_id)
    k, partners = _linked(data)
    page.hover(f"mark#{k}")
    for p in partners:
        assert "partner" in page.get_attribute(f"mark[data-k='{p}']", "class")
    assert page.is_visible("#tip") and "aligned with" in page.text_content("#tip")
    page.mouse.move(0, 0)
    assert page.locator("mark.partner").count() == 0
    page.focus(f"mark#{k}")  # the keyboard gets the same
    assert page.is_visible("#tip")
    assert page.locator("mark.partner").count() >= len(partners)


def _data_of(out: Path, doc_id: str) -> dict:
    html = (out / "view" / page_name(doc_id)).read_text()
    start = html.index('id="data">') + len('id="data">')
    return json.loads(html[start:html.index("</script>", start)])


def _linked_or_none(data: dict) -> list:
    try:
        return [_linked(data)]
    except AssertionError:
        return []


def test_view_script_in_a_document_stays_text(seeds_run: Path, page) -> None:
    _open(page, seeds_run, "hostile-paper")
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    body = page.inner_text("main")
    assert "<script>alert(1)</script>" in body and "<script>alert(4)</script>" in body
    assert 'onerror="alert(2)"' in body
    scripts = page.eval_on_selector_all("script", "s => s.map(x => x.src || x.type)")
    assert all(s.startswith("file://") or s == "application/json" for s in scripts), scripts
    assert page.locator("img").count() == 0 and page.locator("main a").count() == 0
    page.wait_for_timeout(200)
    assert page.problems == []  # no dialog opened, no error


def test_view_rejection_is_exported_and_dropped_on_rerun(seeds_run: Path, page, tmp_path: Path,
                                                        seeds_dir: Path) -> None:
    doc_id = _seed_ids(seeds_run)[0]
    data = _open(page, seeds_run, doc_id)
    k, m = next((k, m) for k, m in sorted(data["mentions"].items()) if m["label"] == "ORG")
    page.eval_on_selector(f"mark#{k}", "m => m.closest('details')?.setAttribute('open', '')")
    page.click(f"mark#{k}")
    page.click("#panel button[data-act='reject']")
    assert "s-rejected" in page.get_attribute(f"mark#{k}", "class")
    with page.expect_download() as info:
        page.click("#panel button[data-act='export']")
    path = tmp_path / "corrections.jsonl"
    info.value.save_as(path)
    (record,) = [json.loads(line) for line in path.read_text().splitlines()]
    assert {key: record[key] for key in ("doc", "lang", "start", "end", "text", "label",
                                         "action", "sha256")} == {
        "doc": doc_id, "lang": m["lang"], "start": m["start"], "end": m["end"],
        "text": m["text"], "label": "ORG", "action": "reject", "sha256": data["sha256"]}
    (row,) = [r for r in map(json.loads, (seeds_run / "by_language" / f"{m['lang']}.jsonl")
                             .read_text().splitlines()) if (r["doc"], r["section"]) ==
              (doc_id, m["section"])]
    ctx = record["context"]  # the sentence around the span, at its own offsets
    assert row["text"][ctx["start"] - row["start"]:ctx["end"] - row["start"]] == ctx["text"]
    assert ctx["start"] <= m["start"] < m["end"] <= ctx["end"]
    again = seeds_run / "again"
    for _ in range(2):  # the second rerun resumes from the cache: still rejected
        assert main(["run", str(seeds_dir), "--out", str(again), "--corrections", str(path)]) == 0
        rows = [json.loads(x) for x in (again / "by_language" / f"{m['lang']}.jsonl")
                .read_text().splitlines()]
        found = {(e["start"], e["end"], e["label"]) for r in rows if r["doc"] == doc_id
                 for e in r["entities"]}
        assert (m["start"], m["end"], "ORG") not in found and found
        manifest = json.loads((again / "manifest.json").read_text())
        assert manifest["counts"]["corrections_applied"] == 1
    assert manifest["counts"]["resumed"] == 5
