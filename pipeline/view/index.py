"""The index pages: the documents table, and one page per kind of record."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from pipeline.view.load import RunView, mention_id
from pipeline.view.pages import COLUMNS, INDEX_SCRIPTS, head, unique_mentions
from pipeline.view.render import FIGURE_LABELS, esc, page_name

# A page of records holds at most this many rows and (about) this many mention links, so
# that it opens fast however large the run (measured in docs/view.md).
MAX_ROWS, MAX_LINKS = 500, 2500
TOP = 15  # records of each kind shown on the index
RECORD_PAGES = (("organisations", "Organisations"), ("programs", "Programmes"),
                ("figures", "Figures"))


def _th(name: str, kind: str = "text") -> str:
    return (f'<th scope="col" aria-sort="none"><button type="button" data-sort="{kind}">'
            f"{esc(name)}</button></th>")


def _td(value: Any, sort: Any = None, num: bool = False) -> str:
    key = value if sort is None else sort
    cls = ' class="num"' if num else ""
    return f'<td data-v="{esc(key)}"{cls}>{esc(value)}</td>'


def _nav(current: str) -> str:
    links = [("index.html", "Documents")] + [(f"{k}.html", n) for k, n in RECORD_PAGES]
    here = ' aria-current="page"'
    items = "".join(f'<li><a href="{href}"{here if href == current else ""}>{esc(name)}</a></li>'
                    for href, name in links)
    return f'<nav aria-label="pages"><ul class="tabs">{items}</ul></nav>'


def _page(title: str, current: str, body: str, site: str = "") -> str:
    return (head(title, INDEX_SCRIPTS) + f'<body data-page="index" data-site="{esc(site)}"><header>'
            f"<h1>{esc(title)}</h1>{_nav(current)}</header><main>{body}</main></body></html>\n")


def _doc_row(run: RunView, doc_id: str, errors: dict[str, int]) -> str:
    doc = run.docs[doc_id]
    kinds: dict[str, set[str]] = defaultdict(set)
    mentions = unique_mentions(doc)
    for m in mentions:
        if m.get("record"):
            kinds[m["record_kind"]].add(m["record"])
    langs = doc.info.get("languages", [])
    link = f'<a href="{esc(page_name(doc_id))}">{esc(doc_id)}</a>'
    cells = [f'<td data-v="{esc(doc_id)}">{link}</td>',
             _td(", ".join(langs)), _td(len(langs), num=True),
             *(_td(len(kinds[k]), num=True) for k, _ in RECORD_PAGES),
             _td(len(mentions), num=True), _td(errors.get(doc_id, 0), num=True)]
    return f"<tr>{''.join(cells)}</tr>"


def index_page(run: RunView, site: str) -> str:
    """index.html: every document with its languages and counts, and the run's errors."""
    errors: dict[str, int] = defaultdict(int)
    for e in run.errors:
        if e.get("doc"):
            errors[e["doc"]] += 1
    head_row = "".join([_th("document"), _th("languages"), _th("how many", "num"),
                        *(_th(n, "num") for _, n in RECORD_PAGES), _th("mentions", "num"),
                        _th("errors", "num")])
    rows = "".join(_doc_row(run, d, errors) for d in sorted(run.docs))
    counts = ", ".join(f'<a href="{k}.html">{len(run.records.get(k, []))} {esc(n.lower())}</a>'
                       for k, n in RECORD_PAGES)
    err_rows = "".join(f"<tr>{_td(e.get('input'))}{_td(e.get('code'))}{_td(e.get('stage'))}"
                       f"{_td(e.get('reason'))}</tr>" for e in run.errors)
    body = (f'<p class="meta">{len(run.docs)} documents; {counts}. Sort a table by clicking '
            'its column headings. <button type="button" id="export">Export corrections.jsonl'
            '</button> <span id="stored"></span></p>'
            f'<table class="sortable" id="docs"><caption>Documents</caption><thead><tr>{head_row}'
            f"</tr></thead><tbody>{rows}</tbody></table>"
            f"{_top(run, 'organisations', 'Organisations')}{_top(run, 'programs', 'Programmes')}"
            f'<h2>Errors ({len(run.errors)})</h2>'
            + (f'<table class="sortable"><thead><tr>{_th("input")}{_th("code")}{_th("stage")}'
               f'{_th("reason")}</tr></thead><tbody>{err_rows}</tbody></table>'
               if run.errors else "<p>No input failed.</p>"))
    return _page("Tilmash view: documents", "index.html", body, site)


def _mention_links(record: dict[str, Any]) -> str:
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in record.get("mentions", []):
        by_doc[m["doc"]].append(m)
    parts = []
    for doc_id, ms in sorted(by_doc.items()):
        links = " ".join(f'<a href="{esc(page_name(doc_id))}#{esc(mention_id(m))}" '
                         f'title="{esc(m.get("text"))}">{esc(m.get("lang"))}</a>' for m in ms)
        parts.append(f"<li>{esc(doc_id)}: {links}</li>")
    return f'<ul class="refs">{"".join(parts)}</ul>'


def _names(record: dict[str, Any]) -> str:
    names = record.get("names", {})
    return "".join(_td(names.get(lang, "")) for lang, _ in COLUMNS)


def _ror_id(r: dict[str, Any]) -> str:
    """A record's ROR id: ``ror`` is the registry record {"id", "name", ...} (or an id)."""
    ror = r.get("ror") or ""
    return str(ror.get("id", "")) if isinstance(ror, dict) else str(ror)


def _record_row(kind: str, r: dict[str, Any]) -> str:
    n = len(r.get("mentions", []))
    if kind == "figures":
        texts = sorted({m.get("text", "") for m in r.get("mentions", [])})
        cells = (_td(r.get("value"), num=True) + _td(r.get("unit")) + _td(r.get("kind"))
                 + _td(" | ".join(texts[:6])))
    else:
        cells = _names(r) + (_td(r.get("kind", "")) if kind == "programs" else
                             _td(_ror_id(r)))
    return (f'<tr id="{esc(r["id"])}">{_td(r["id"])}{cells}{_td(n, num=True)}'
            f'<td>{_mention_links(r)}</td></tr>')


def _ordered(kind: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Figures by where they are first written; other records most mentioned first."""
    if kind == "figures":
        def first(r: dict[str, Any]) -> tuple:
            m = min(r.get("mentions", []) or [{}], key=lambda m: (m.get("doc", ""),
                                                                   m.get("start", 0)))
            return (m.get("doc", ""), m.get("start", 0), r["id"])
        return sorted(items, key=first)
    return sorted(items, key=lambda r: (-len(r.get("mentions", [])), r["id"]))


def _chunks(items: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Records split into pages of at most MAX_ROWS rows and about MAX_LINKS mention links."""
    chunks: list[list[dict[str, Any]]] = [[]]
    links = 0
    for r in items:
        n = len(r.get("mentions", []))
        if chunks[-1] and (len(chunks[-1]) >= MAX_ROWS or links + n > MAX_LINKS):
            chunks.append([])
            links = 0
        chunks[-1].append(r)
        links += n
    return chunks


def _paged(kind: str, items: list[dict[str, Any]]) -> tuple[list[str], list[list]]:
    """The file names of a kind's record pages and the records on each."""
    chunks = _chunks(items)
    return [f"{kind}.html"] + [f"{kind}-{i}.html" for i in range(2, len(chunks) + 1)], chunks


def _top(run: RunView, kind: str, title: str) -> str:
    """The most mentioned records of a kind, each linked to its row on the record pages."""
    items = _ordered(kind, run.records.get(kind, []))
    names, chunks = _paged(kind, items)
    where = {r["id"]: name for name, chunk in zip(names, chunks, strict=True) for r in chunk}
    rows = []
    for r in items[:TOP]:
        docs = len({m["doc"] for m in r.get("mentions", [])})
        n = len(r.get("mentions", []))
        extra = r.get("kind", "") if kind == "programs" else _ror_id(r)
        rows.append(f"<tr>{_names(r)}{_td(extra)}{_td(docs, num=True)}"
                    f'<td data-v="{n}" class="num"><a href="{esc(where[r["id"]])}#{esc(r["id"])}">'
                    f"{n}</a></td></tr>")
    cols = "".join(_th(f"name ({lang})") for lang, _ in COLUMNS)
    cols += _th("kind" if kind == "programs" else "ROR id") + _th("documents", "num")
    cols += _th("mentions", "num")
    return (f'<table class="sortable"><caption>{esc(title)}: the {min(TOP, len(items))} most '
            f'mentioned of {len(items)} (<a href="{kind}.html">all</a>)</caption><thead><tr>'
            f"{cols}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _pager(names: list[str], current: int) -> str:
    if len(names) < 2:
        return ""
    here = ' aria-current="page"'
    items = "".join(f'<li><a href="{n}"{here if i == current else ""}>{i + 1}</a></li>'
                    for i, n in enumerate(names))
    return f'<nav aria-label="pages of records"><ul class="tabs pager">{items}</ul></nav>'


def record_pages(run: RunView, kind: str, title: str) -> list[tuple[str, str]]:
    """(file name, HTML) of the pages of one kind of record: organisations.html, -2, ..."""
    if kind == "figures":
        cols = [_th("value", "num"), _th("unit"), _th("kind"), _th("as written")]
    else:
        cols = [_th(f"name ({lang})") for lang, _ in COLUMNS]
        cols.append(_th("kind" if kind == "programs" else "ROR id"))
    head_row = _th("id") + "".join(cols) + _th("mentions", "num") + '<th scope="col">where</th>'
    items = _ordered(kind, run.records.get(kind, []))
    names, chunks = _paged(kind, items)
    note = ("" if kind != "figures" else
            f" Mentions labelled {', '.join(FIGURE_LABELS)} with a parsed value.")
    pages = []
    for i, chunk in enumerate(chunks):
        rows = "".join(_record_row(kind, r) for r in chunk)
        where = (f" This is page {i + 1} of {len(chunks)}; a table sorts within its page."
                 if len(chunks) > 1 else "")
        body = (f'<p class="meta">{len(items)} records.{esc(note)}{esc(where)}</p>'
                f"{_pager(names, i)}"
                f'<table class="sortable"><caption>{esc(title)}</caption><thead><tr>'
                f"{head_row}</tr></thead><tbody>{rows}</tbody></table>{_pager(names, i)}")
        pages.append((names[i], _page(f"Tilmash view: {title.lower()}", f"{kind}.html", body)))
    return pages
