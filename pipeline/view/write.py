"""``write_view(out)``: the static site in ``out/view/``, replaced as a whole."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from importlib import resources
from pathlib import Path

from pipeline.view.index import RECORD_PAGES, index_page, record_pages
from pipeline.view.load import load_run
from pipeline.view.pages import document_page
from pipeline.view.render import page_name

ASSETS = ("view.css", "common.js", "index.js", "view.js", "panel.js", "events.js")


def site_id(out: Path) -> str:
    """Keys the browser's stored corrections to this output folder."""
    return hashlib.sha256(str(out.resolve()).encode()).hexdigest()[:12]


def write_view(out: Path) -> Path:
    """Write index.html, the record pages and a page per document to ``out/view``."""
    run = load_run(out)
    target = out / "view"
    tmp = Path(tempfile.mkdtemp(dir=out, prefix=".view."))
    try:
        static = resources.files("pipeline.view").joinpath("static")
        for name in ASSETS:
            (tmp / name).write_text(static.joinpath(name).read_text("utf-8"), encoding="utf-8")
        site = site_id(out)
        (tmp / "index.html").write_text(index_page(run, site), encoding="utf-8")
        for kind, title in RECORD_PAGES:
            for name, html in record_pages(run, kind, title):
                (tmp / name).write_text(html, encoding="utf-8")
        for doc in run.docs.values():
            (tmp / page_name(doc.id)).write_text(document_page(doc, site), encoding="utf-8")
        os.chmod(tmp, 0o755)
        _swap(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def _swap(new: Path, target: Path) -> None:
    # A reader sees the old site or the new one: move the old aside, rename, then delete.
    old = None
    if target.exists():
        old = target.with_name(f".view.old.{os.getpid()}")
        target.rename(old)
    new.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
