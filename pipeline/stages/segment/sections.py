"""Segment a document into sections with a kind.

Kinds: title, authors, affiliation, abstract, keywords, body, references,
author-info, table, other. Markers start sections (``pipeline.stages.segment.blocks``); a label
alone on its line belongs to the text after it. An abstract runs over its paragraphs to the next
marker, heading or block in another language. A language whose abstract has no label
takes the first paragraph of prose in that language. The front matter printed before each
abstract (title, authors, affiliation, an unlabelled keyword list) is found by walking back
from the abstract or its keywords line, over page furniture (DOI, codes, e-mails). Each
language's copy is a *group*.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.doc.records import Document, Section
from pipeline.stages.language.identify import identify
from pipeline.stages.segment.blocks import Block, blocks
from pipeline.stages.segment.front import (
    Slot,
    assign_abstracts_before_keywords,
    assign_front_matter,
    assign_unlabelled_abstracts,
    slots_groups,
)
from pipeline.stages.segment.lines import letters_language
from pipeline.stages.segment.shapes import (
    SENTENCE_END,
    author_info_like,
    prose,
    reference_like,
    title_like,
    words,
)

FRONT_KINDS = ("title", "authors", "affiliation")
LANG_MIN_WORDS = 5  # a block shorter than this does not tell its language
LANG_SAMPLE = 400  # characters of a block that decide its provisional language


def segment(doc: Document) -> Document:
    """Split ``doc.text`` into sections; returns the document with ``sections`` set."""
    slots = [Slot(b, lang=_block_lang(b)) for b in blocks(doc.text, doc.headings)]
    _assign_by_markers(slots)
    _demote_empty_references(slots)
    assign_abstracts_before_keywords(slots)
    assign_unlabelled_abstracts(slots)
    assign_front_matter(slots)
    _assign_leftovers(slots)
    return replace(doc, sections=tuple(_merge(doc, slots)))


def _block_lang(b: Block) -> str | None:
    """A block's provisional language: its letters when one alphabet fits them best, else
    the language identifier on its opening (the language stage decides on whole sections)."""
    if b.table or b.furniture or len(words(b.text)) < LANG_MIN_WORDS:
        return None
    sample = b.text if len(b.text) <= LANG_SAMPLE else b.text[:b.text.rfind(" ", 0, LANG_SAMPLE)]
    by_letters = letters_language(sample)
    return by_letters or identify(sample)[0]


def _assign_by_markers(slots: list[Slot]) -> None:
    """Forward pass: markers open sections; unmarked blocks continue the current one."""
    state: str | None = None
    group, with_abstract, lang = -1, set(), None
    for i, slot in enumerate(slots):
        b = slot.block
        if b.table:
            slot.kind = "table"
            continue
        if b.furniture:  # page furniture interrupts nothing; an author block's e-mail is its own
            slot.kind = "author-info" if state == "author-info" else "other"
            continue
        if b.marker == "abstract" and not b.inline and _label_before_label(slots, i):
            slot.kind = "other"  # "Аннотация:" right before "Аңдатпа: ...": a stray label
            continue
        if b.marker is not None:
            state = slot.kind = b.marker
            if b.marker == "abstract":
                if not (group in slots_groups(slots[:i]) and group not in with_abstract
                        and _last_kind(slots[:i]) == "keywords"):
                    group += 1
                with_abstract.add(group)
                slot.group, lang = group, slot.lang or _next_lang(slots, i)
            elif b.marker == "keywords":
                if not (i > 0 and _prev_group(slots, i) == group):
                    group += 1
                slot.group = group
                state = "keywords" if not b.inline else None  # "Keywords" alone: list follows
            continue
        slot.kind = _continue_state(state, slot, lang)
        if slot.kind in ("abstract", "keywords"):
            slot.group = group
        state = _next_state(state, slot)


def _label_before_label(slots: list[Slot], i: int) -> bool:
    nxt = next((s for s in slots[i + 1:] if not s.block.furniture), None)
    return nxt is not None and nxt.block.marker is not None


def _last_kind(slots: list[Slot]) -> str | None:
    return next((s.kind for s in reversed(slots) if s.kind != "other"), None)


def _next_lang(slots: list[Slot], i: int) -> str | None:
    """The language of the first block after a label that tells one."""
    return next((s.lang for s in slots[i + 1:i + 4] if s.lang is not None), None)


def _next_state(state: str | None, slot: Slot) -> str | None:
    if slot.kind is None or slot.kind != state:
        return None if slot.kind != "body" else "body"
    if state == "keywords":
        return None  # the one list after a "Keywords" label
    return state


def _continue_state(state: str | None, slot: Slot, lang: str | None) -> str | None:
    b = slot.block
    if state == "abstract":
        other_lang = slot.lang is not None and lang is not None and slot.lang != lang
        return None if b.heading or other_lang else "abstract"
    if state == "keywords":
        return "keywords" if len(words(b.text)) <= 60 and not prose(b) else None
    if state == "references":
        return "references" if reference_like(b) else None
    if state == "author-info":
        short = len(words(b.text)) <= 40 and not reference_like(b, strict=True)
        return "author-info" if author_info_like(b) or (short and not prose(b)) else None
    if state == "body":
        return "body"
    return None


def _demote_empty_references(slots: list[Slot]) -> None:
    """A 'References' line with no reference after it is a table-of-contents entry."""
    for i, slot in enumerate(slots):
        if slot.kind == "references" and slot.block.marker == "references" \
                and not slot.block.inline:
            nxt = slots[i + 1] if i + 1 < len(slots) else None
            if nxt is None or nxt.kind != "references" or nxt.block.marker == "references":
                slot.kind = None


def _prev_group(slots: list[Slot], i: int) -> int | None:
    """Group of the nearest abstract block before slot ``i``, if no keywords came since."""
    for prev in reversed(slots[:i]):
        if prev.kind == "keywords":
            return None
        if prev.kind == "abstract":
            return prev.group
    return None


def _assign_leftovers(slots: list[Slot]) -> None:
    """Blocks no marker or group claimed: a leading title, prose as body, the rest other."""
    has_title = any(s.kind == "title" for s in slots)
    for i, slot in enumerate(slots):
        if slot.kind is not None:
            continue
        b = slot.block
        nxt = slots[i + 1].block if i + 1 < len(slots) else None
        if not has_title and title_like(b) and nxt is not None and prose(nxt) and \
                all(s.kind in (None, "other") for s in slots[:i]):
            slot.kind, has_title = "title", True
        elif prose(b) or (b.heading and i > 0) or SENTENCE_END.search(b.text[-3:]) \
                or (i > 0 and slots[i - 1].kind == "body"):
            slot.kind = "body"
        else:
            slot.kind = "other"


def _merge(doc: Document, slots: list[Slot]) -> list[Section]:
    """Consecutive blocks of one kind and group become one section; headings start a new one."""
    sections: list[Section] = []
    run: list[Slot] = []
    for slot in slots:
        if run and not _continues(run, slot):
            sections.append(_section(doc, run, len(sections)))
            run = []
        run.append(slot)
    if run:
        sections.append(_section(doc, run, len(sections)))
    return sections


def _continues(run: list[Slot], slot: Slot) -> bool:
    last = run[-1]
    if slot.kind != last.kind or slot.group != last.group:
        return False
    if len(run) == 1 and last.block.marker is not None and not last.block.inline:
        return slot.block.marker is None  # a label alone joins the text it announces
    if slot.kind in ("title", "keywords", "affiliation", "authors"):
        return False
    starts_anew = slot.block.heading or slot.block.marker is not None
    return not (slot.kind in ("body", "references", "author-info") and starts_anew)


def _section(doc: Document, run: list[Slot], index: int) -> Section:
    start, end = run[0].block.start, run[-1].block.end
    return Section(id=f"s{index:03d}", kind=run[0].kind or "other", start=start, end=end,
                   text=doc.text[start:end], group=run[0].group)
