"""HTML pieces of the view: escaping, and a section's text with its mentions marked.

Every piece of document text, name and evidence goes through ``esc``; nothing from
a document is ever put into an attribute unescaped or into a script.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import json
import re
from typing import Any

from pipeline.view.load import mention_id

# Short visible tags: the type of a mention is shown as text, not only by colour.
TAGS = {"ORG": "ORG", "PROGRAM": "PROG", "PER": "PER", "LOC": "LOC", "MONEY": "MONEY",
        "PERCENT": "PCT", "DATE": "DATE", "CARDINAL": "NUM", "QUANTITY": "QTY"}
FIGURE_LABELS = ("MONEY", "PERCENT", "DATE", "CARDINAL", "QUANTITY")


def esc(value: Any) -> str:
    """Escape text for HTML content and double-quoted attributes."""
    return html.escape("" if value is None else str(value), quote=True)


def page_name(doc_id: str) -> str:
    """A safe file name for a document's page, unique per id."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", doc_id)[:80].lstrip(".") or "doc"
    if safe != doc_id:
        safe += "-" + hashlib.sha1(doc_id.encode()).hexdigest()[:8]
    return f"doc-{safe}.html"


def json_block(data: Any, element_id: str) -> str:
    """Data for the page's script as a non-executed JSON block; ``<`` can never close it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    return f'<script type="application/json" id="{esc(element_id)}">{text}</script>'


def type_class(label: str) -> str:
    """The CSS class of a label; unknown labels share one style."""
    return f"t-{label}" if label in TAGS else "t-other"


def _open(m: dict[str, Any], first: bool) -> str:
    label = m.get("label", "")
    attrs = [f'class="m {type_class(label)}{"" if first else " cont"}"',
             f'data-k="{esc(mention_id(m))}"', f'data-tag="{esc(TAGS.get(label, label))}"']
    if first:
        attrs += [f'id="{esc(mention_id(m))}"', 'tabindex="0"', 'aria-describedby="tip"',
                  f'aria-label="{esc(label)}: {esc(m.get("text", ""))}"']
    return f"<mark {' '.join(attrs)}>"


def marked(text: str, base: int, mentions: list[dict[str, Any]]) -> str:
    """``text`` (starting at document offset ``base``) with each mention in a ``<mark>``.

    Nested mentions nest; a mention that crosses another is split into fragments,
    the first of which carries the id and keyboard focus.
    """
    end_all = base + len(text)
    ms = sorted((m for m in mentions if base <= m["start"] < m["end"] <= end_all),
                key=lambda m: (m["start"], -m["end"], m.get("label", "")))
    points = sorted({base, end_all, *(m["start"] for m in ms), *(m["end"] for m in ms)})
    out: list[str] = []
    stack: list[dict[str, Any]] = []
    opened: set[str] = set()
    for a, b in itertools.pairwise(points):
        active = [m for m in ms if m["start"] <= a and m["end"] >= b]
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.append("</mark>" * (len(stack) - keep))
        for m in active[keep:]:
            out.append(_open(m, mention_id(m) not in opened))
            opened.add(mention_id(m))
        out.append(esc(text[a - base:b - base]))
        stack = active
    out.append("</mark>" * len(stack))
    return "".join(out)
