"""The document pages: the front matter in columns (en | kk | ru), other sections below."""

from __future__ import annotations

from typing import Any

from pipeline.view.load import DocView, mention_id
from pipeline.view.render import TAGS, esc, json_block, marked, type_class

DOC_SCRIPTS = ("common.js", "view.js", "panel.js", "events.js")
INDEX_SCRIPTS = ("common.js", "index.js")
COLUMNS = (("en", "English"), ("kk", "Қазақша"), ("ru", "Русский"))
FRONT_KINDS = ("title", "authors", "affiliation", "abstract", "keywords")
KIND_NAMES = {"title": "Title", "authors": "Authors", "affiliation": "Affiliations",
              "abstract": "Abstract", "keywords": "Keywords"}
# No inline scripts or handlers, nothing from outside the folder, no plugins, no forms.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "base-uri 'none'; form-action 'none'; object-src 'none'")


def head(title: str, scripts: tuple[str, ...]) -> str:
    """The common head of every page: CSP, styles, the page's scripts (files, never inline)."""
    tags = "".join(f'<script src="{esc(s)}" defer></script>' for s in scripts)
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f'<meta name="referrer" content="no-referrer">'
            f"<title>{esc(title)}</title>"
            f'<link rel="stylesheet" href="view.css">'
            f"{tags}</head>\n")


def legend() -> str:
    """The types, each shown with its tag and style."""
    items = "".join(f'<li><mark class="m {type_class(label)}" data-tag="{esc(tag)}">'
                    f"{esc(label.lower())}</mark></li>" for label, tag in TAGS.items())
    return f'<ul class="legend" aria-label="mention types">{items}</ul>'


def unique_mentions(doc: DocView) -> list[dict[str, Any]]:
    """One mention per (offsets, label); the first source found is kept."""
    seen: dict[str, dict[str, Any]] = {}
    for m in doc.mentions:
        seen.setdefault(mention_id(m), m)
    return list(seen.values())


def _section_html(s: dict[str, Any], text: str | None, mentions: list[dict[str, Any]],
                  heading: str) -> str:
    body = (f'<div class="txt" data-start="{int(s["start"])}">{marked(text, s["start"], mentions)}'
            "</div>" if text is not None
            else '<p class="none">The text of this section is not in the outputs.</p>')
    return (f'<div class="sec" data-section="{esc(s["id"])}" data-kind="{esc(s["kind"])}" '
            f'data-lang="{esc(s["lang"])}">{heading}{body}</div>')


def _columns(doc: DocView, by_section: dict[str, list], front: list[dict[str, Any]]) -> str:
    cols = []
    for lang, name in COLUMNS:
        mine = sorted((s for s in front if s["lang"] == lang),
                      key=lambda s: (FRONT_KINDS.index(s["kind"]), s["start"]))
        parts = [_section_html(s, doc.texts.get(s["id"]), by_section.get(s["id"], []),
                               f'<h3>{esc(KIND_NAMES[s["kind"]])}</h3>') for s in mine]
        if not parts:
            parts = ['<p class="none">No front matter found in this language.</p>']
        cols.append(f'<section class="col" lang="{lang}" data-lang="{lang}" '
                    f'aria-labelledby="h-{lang}"><h2 id="h-{lang}">{esc(name)} '
                    f'<span class="code">({lang})</span></h2>{"".join(parts)}</section>')
    return f'<div class="cols">{"".join(cols)}</div>'


def _others(doc: DocView, by_section: dict[str, list], others: list[dict[str, Any]]) -> str:
    items = []
    for s in others:
        text = doc.texts.get(s["id"])
        summary = (f'<summary>{esc(s["kind"])} · {esc(s["lang"])} · {esc(s["id"])} · '
                   f'{len(by_section.get(s["id"], []))} mentions</summary>')
        items.append(f"<details>{summary}"
                     f"{_section_html(s, text, by_section.get(s['id'], []), '')}</details>")
    return (f'<section class="others" aria-labelledby="h-others"><h2 id="h-others">Other '
            f'sections ({len(others)})</h2>{"".join(items)}</section>')


def page_data(doc: DocView, mentions: list[dict[str, Any]], site: str) -> dict[str, Any]:
    """What the page's script needs: mentions by anchor, partners, evidence, sentences."""
    records: dict[str, list[str]] = {}
    for m in mentions:
        if m.get("record"):
            records.setdefault(m["record"], []).append(mention_id(m))
    partners = {k: [o for o in ks if o != k] for ks in records.values() for k in ks}
    sections = {s["id"]: {"lang": s["lang"], "kind": s["kind"], "start": s["start"],
                          "end": s["end"],
                          "sentences": [[x["start"], x["end"]] for x in s.get("sentences", [])]}
                for s in doc.info.get("sections", [])}
    return {"doc": doc.id, "sha256": doc.info.get("sha256", ""), "site": site,
            "mentions": {mention_id(m): m for m in mentions}, "partners": partners,
            "links": doc.links, "sections": sections, "labels": list(TAGS)}


def document_page(doc: DocView, site: str) -> str:
    """The whole HTML of a document's page."""
    mentions = unique_mentions(doc)
    by_section: dict[str, list[dict[str, Any]]] = {}
    for m in mentions:
        by_section.setdefault(m["section"], []).append(m)
    sections = doc.info.get("sections", [])
    front = [s for s in sections if s["kind"] in FRONT_KINDS and s["lang"] in dict(COLUMNS)]
    others = [s for s in sections if s not in front]
    info = doc.info
    meta = (f'<p class="meta">{esc(info.get("path", ""))} · languages: '
            f'{esc(", ".join(info.get("languages", [])) or "none")} · {len(mentions)} mentions · '
            f'sha256 <code>{esc(info.get("sha256", "")[:16])}…</code></p>')
    return (head(f"{doc.id} · Tilmash view", DOC_SCRIPTS)
            + '<body data-page="doc"><a class="skip" href="#main">Skip to the text</a>'
            f'<header><nav><a href="index.html">All documents</a></nav>'
            f"<h1>{esc(doc.id)}</h1>{meta}{legend()}</header>"
            f'<div class="layout"><main id="main">{_columns(doc, by_section, front)}'
            f"{_others(doc, by_section, others)}</main>"
            '<aside id="panel" aria-live="polite" aria-label="selected mention and corrections">'
            '<p class="hint">Hover or focus a mention to see where it came from; click it or '
            "press Enter to select it and correct it. Select text to add a missed mention."
            "</p></aside></div>"
            '<div id="tip" role="tooltip" hidden></div>'
            f"{json_block(page_data(doc, mentions, site), 'data')}</body></html>\n")
