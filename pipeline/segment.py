"""Segment a document into sections with a kind.

Kinds: title, authors, affiliation, abstract, keywords, body, references,
author-info, table, other. Markers start sections (``pipeline.layout``); the
front matter printed before each abstract (title, authors, affiliation) is
found by walking back from the abstract or from its keywords line, which is
how the journals lay out each language's copy. Each such copy is a *group*.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from pipeline.lang import LANGUAGES, data
from pipeline.layout import Block, blocks
from pipeline.records import Document, Section

FRONT_KINDS = ("title", "authors", "affiliation")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|e-?mail|orcid", re.I)
_YEAR_IN_PARENS = re.compile(r"\((?:19|20)\d\d[a-z]?\)|//|\bpp?\.\s*\d|\b[PС]\.\s*\d")
_REFERENCE_START = re.compile(r"^\s*(?:-|\^|\[\d+\]|\d+[.)]?\s)")
_INITIAL = re.compile(r"(?:^|[\s,])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.(?:\s|$|[A-ZА-ЯЁ])")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?…](?:[»”\")\]]*)(?:\s|$)")


@dataclass
class _Slot:
    """A block with its kind and group while segmentation is under way."""

    block: Block
    kind: str | None = None
    group: int | None = None


def segment(doc: Document) -> Document:
    """Split ``doc.text`` into sections; returns the document with ``sections`` set."""
    slots = [_Slot(b) for b in blocks(doc.text, doc.headings)]
    _assign_by_markers(slots)
    _demote_empty_references(slots)
    _assign_front_matter(slots)
    _assign_leftovers(slots)
    return replace(doc, sections=tuple(_merge(doc, slots)))


def _assign_by_markers(slots: list[_Slot]) -> None:
    """Forward pass: markers open sections; unmarked blocks continue the current one."""
    state, group = None, -1
    for slot in slots:
        b = slot.block
        if b.table:
            slot.kind = "table"
            continue
        if b.marker is not None:
            state = slot.kind = b.marker
            if b.marker == "abstract":
                group += 1
                slot.group = group
            elif b.marker == "keywords":
                if not (slot is not slots[0] and _prev_group(slots, slot) == group):
                    group += 1
                slot.group = group
                state = None
            continue
        slot.kind = _continue_state(state, b)
        if slot.kind is None or slot.kind != state:
            state = None if slot.kind != "body" else "body"
        if slot.kind == "abstract":
            slot.group = group


def _demote_empty_references(slots: list[_Slot]) -> None:
    """A 'References' line with no reference after it is a table-of-contents entry."""
    for i, slot in enumerate(slots):
        if slot.kind == "references" and slot.block.marker == "references" \
                and not slot.block.inline:
            nxt = slots[i + 1] if i + 1 < len(slots) else None
            if nxt is None or nxt.kind != "references" or nxt.block.marker == "references":
                slot.kind = None


def _prev_group(slots: list[_Slot], slot: _Slot) -> int | None:
    """Group of the nearest abstract block before ``slot``, if no keywords came since."""
    i = slots.index(slot)
    for prev in reversed(slots[:i]):
        if prev.kind == "keywords":
            return None
        if prev.kind == "abstract":
            return prev.group
    return None


def _continue_state(state: str | None, b: Block) -> str | None:
    if state == "abstract":
        return None if b.heading or _title_like(b) else "abstract"
    if state == "references":
        return "references" if _reference_like(b) else None
    if state == "author-info":
        return "author-info" if _author_info_like(b) else None
    if state == "body":
        return "body"
    return None


def _assign_front_matter(slots: list[_Slot]) -> None:
    """Walk back from each group's first block to find its title, authors and affiliation."""
    groups = sorted({s.group for s in slots if s.group is not None})
    for group in groups:
        members = [i for i, s in enumerate(slots) if s.group == group]
        first = members[0]
        if slots[first].kind == "keywords":  # no "Abstract" marker: prose before keywords
            first = _unmarked_abstract(slots, first, group)
        _walk_back(slots, first, group)


def _unmarked_abstract(slots: list[_Slot], keywords: int, group: int) -> int:
    i = keywords
    while i > 0 and _prose(slots[i - 1].block) and slots[i - 1].kind in (None, "body"):
        i -= 1
        slots[i].kind, slots[i].group = "abstract", group
    return i


def _walk_back(slots: list[_Slot], first: int, group: int) -> None:
    candidates: list[int] = []
    i = first - 1
    while i >= 0 and len(candidates) < 8:
        slot = slots[i]
        if slot.kind == "references" and not candidates and not _reference_like(slot.block,
                                                                                   strict=True):
            candidates.append(i)  # a title printed right after a reference list
            break
        if slot.kind is not None or _prose(slot.block):
            break
        candidates.append(i)
        i -= 1
    title_taken = False
    for i in candidates:  # nearest first
        b = slots[i].block
        kind = _front_kind(b, title_taken)
        title_taken = title_taken or kind == "title"
        slots[i].kind, slots[i].group = kind, group


def _front_kind(b: Block, title_taken: bool) -> str:
    if _affiliation_like(b):
        return "affiliation"
    if not title_taken and (b.heading or not _names_like(b)):
        return "title"
    if _names_like(b):
        return "authors"
    return "other"


def _assign_leftovers(slots: list[_Slot]) -> None:
    """Blocks no marker or group claimed: a leading title, prose as body, the rest other."""
    has_title = any(s.kind == "title" for s in slots)
    for i, slot in enumerate(slots):
        if slot.kind is not None:
            continue
        b = slot.block
        nxt = slots[i + 1].block if i + 1 < len(slots) else None
        if not has_title and _title_like(b) and nxt is not None and _prose(nxt) and \
                all(s.kind in (None, "other") for s in slots[:i]):
            slot.kind, has_title = "title", True
        elif _prose(b) or (b.heading and i > 0) or _SENTENCE_END.search(b.text[-3:]) \
                or (i > 0 and slots[i - 1].kind == "body"):
            slot.kind = "body"
        else:
            slot.kind = "other"


def _merge(doc: Document, slots: list[_Slot]) -> list[Section]:
    """Consecutive blocks of one kind and group become one section; headings start a new one."""
    sections: list[Section] = []
    run: list[_Slot] = []
    for slot in slots:
        if run and not _continues(run, slot):
            sections.append(_section(doc, run, len(sections)))
            run = []
        run.append(slot)
    if run:
        sections.append(_section(doc, run, len(sections)))
    return sections


def _continues(run: list[_Slot], slot: _Slot) -> bool:
    last = run[-1]
    if slot.kind != last.kind or slot.group != last.group:
        return False
    if slot.kind in ("title", "keywords", "affiliation", "authors"):
        return False
    starts_anew = slot.block.heading or slot.block.marker is not None
    return not (slot.kind in ("body", "references", "author-info") and starts_anew)


def _section(doc: Document, run: list[_Slot], index: int) -> Section:
    start, end = run[0].block.start, run[-1].block.end
    return Section(id=f"s{index:03d}", kind=run[0].kind or "other", start=start, end=end,
                   text=doc.text[start:end], group=run[0].group)


# --- block shapes -------------------------------------------------------------------------

def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _prose(b: Block) -> bool:
    """A paragraph of running text rather than a heading, name list or table cell."""
    return not b.heading and not b.table and len(_words(b.text)) >= 25 \
        and bool(_SENTENCE_END.search(b.text))


def _title_like(b: Block) -> bool:
    words = _words(b.text)
    return (b.heading or 2 <= len(words) <= 40) and b.text.count("\n") <= 3 \
        and not _EMAIL.search(b.text) and not b.text.rstrip().endswith((".", ";", ","))


def _names_like(b: Block) -> bool:
    """'D. Zhekenov*, S. Jakubayeva' or 'Azhar Serikkaliyeva'."""
    words = _words(b.text)
    if not words or len(words) > 14 or b.text.isupper():
        return False
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised == len(words) and (
        bool(_INITIAL.search(b.text)) or "," in b.text or len(words) <= 4)


@cache
def _affiliation_cues() -> re.Pattern[str]:
    """A cue word at the start of a word, with at most a short ending (университетінің,
    not центральный)."""
    words = {w for lang in LANGUAGES for w in data(lang, "markers").AFFILIATION_CUES}
    return re.compile(r"(?i:(?<!\w)(?:" + "|".join(map(re.escape, sorted(words)))
                      + r")\w{0,4}(?!\w))")


def _affiliation_like(b: Block) -> bool:
    """An address: an e-mail, or a cue word in a short block that has a comma (a title
    about "university graduates" has none)."""
    return len(_words(b.text)) <= 60 and (bool(_EMAIL.search(b.text)) or (
        "," in b.text and bool(_affiliation_cues().search(b.text))))


def _reference_like(b: Block, strict: bool = False) -> bool:
    if _YEAR_IN_PARENS.search(b.text) or _REFERENCE_START.match(b.text):
        return True
    return not strict and not _prose(b) and len(b.text) < 200 and not b.heading


def _author_info_like(b: Block) -> bool:
    return bool(_EMAIL.search(b.text)) or " - " in b.text[:80] or \
        (bool(_affiliation_cues().search(b.text)) and len(b.text) < 400)
