"""Front matter around each abstract: unlabelled abstracts and the walk back from them.

Works on the segmenter's slots (``Slot``: a block with its kind, group and language while
segmentation is under way). A language with prose but no labelled abstract takes its first
prose paragraph; the paragraphs before a keywords line with no abstract label are its
abstract; walking back from each group's first block over page furniture finds its title,
authors, affiliations and an unlabelled keyword list.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.stages.segment.blocks import Block
from pipeline.stages.segment.shapes import (
    MARKED_LINE,
    SENTENCE_END,
    affiliation_like,
    keywords_like,
    names_like,
    prose,
    reference_like,
    title_like,
    words,
)

WALK_BACK_LIMIT = 10  # front-matter blocks looked at before an abstract
UNLABELLED_MAX_WORDS = 500  # an abstract with no label is not longer than this
SHORT_ABSTRACT_WORDS = 8  # a sentence this long before a keywords line is its abstract


@dataclass
class Slot:
    """A block with its kind, group and language while segmentation is under way."""

    block: Block
    kind: str | None = None
    group: int | None = None
    lang: str | None = None  # None: too short to tell


def slots_groups(slots: list[Slot]) -> set[int]:
    """The groups already opened among ``slots``."""
    return {s.group for s in slots if s.group is not None}


def assign_unlabelled_abstracts(slots: list[Slot]) -> None:
    """A language with prose but no labelled abstract: its first prose paragraph is the
    abstract (the block after its title and authors), continued over the paragraphs that
    follow in the same language."""
    labelled = {s.lang for s in slots if s.kind == "abstract"}
    group = max((s.group for s in slots if s.group is not None), default=-1)
    for i, slot in enumerate(slots):
        lang = slot.lang
        if lang is None or lang in labelled or slot.kind is not None or not prose(slot.block):
            continue
        if _keywords_before(slots, i, lang):
            continue  # an unlabelled abstract before keywords is found from the keywords
        group += 1
        labelled.add(lang)
        for follower in _paragraphs_from(slots, i, lang):
            follower.kind, follower.group = "abstract", group


def _group_lang(slots: list[Slot], group: int | None) -> str | None:
    langs = [s.lang for s in slots if s.group == group and s.lang is not None]
    return max(set(langs), key=langs.count) if langs else None


def _keywords_before(slots: list[Slot], i: int, lang: str) -> bool:
    nxt = next((s for s in slots[i + 1:] if s.kind != "other"), None)
    return nxt is not None and nxt.kind == "keywords" and nxt.block.marker is not None


def _paragraphs_from(slots: list[Slot], i: int, lang: str) -> list[Slot]:
    run = [slots[i]]
    count = len(words(slots[i].block.text))
    for slot in slots[i + 1:]:
        count += len(words(slot.block.text))
        if count > UNLABELLED_MAX_WORDS:
            break
        if slot.kind == "other" and slot.block.furniture:
            continue
        if slot.kind is not None or slot.block.heading or slot.lang not in (lang, None):
            break
        if slot.lang is None and not SENTENCE_END.search(slot.block.text):
            break  # a short line that is not a sentence: a heading, a name, a caption
        run.append(slot)
    return run


def assign_abstracts_before_keywords(slots: list[Slot]) -> None:
    """A keywords line whose group has no abstract: the paragraphs before it are one."""
    for group in sorted(slots_groups(slots)):
        members = [i for i, s in enumerate(slots) if s.group == group]
        if slots[members[0]].kind == "keywords" and not any(slots[i].kind == "abstract"
                                                            for i in members):
            _unmarked_abstract(slots, members[0], group)


def assign_front_matter(slots: list[Slot]) -> None:
    """Walk back from each group's first block to find its title, authors and affiliation."""
    for group in sorted(slots_groups(slots)):
        first = next(i for i, s in enumerate(slots) if s.group == group)
        _walk_back(slots, first, group)


def _unmarked_abstract(slots: list[Slot], keywords: int, group: int) -> None:
    """The paragraphs before a keywords line with no abstract label: its abstract."""
    i = keywords
    lang = slots[keywords].lang or _group_lang(slots, group)
    while i > 0 and _abstract_before_keywords(slots[i - 1], lang):
        i -= 1
        slots[i].kind, slots[i].group = "abstract", group


def _abstract_before_keywords(slot: Slot, lang: str | None) -> bool:
    b = slot.block
    if slot.kind not in (None, "body") or b.furniture:
        return False
    if prose(b):
        return True
    return len(words(b.text)) >= SHORT_ABSTRACT_WORDS and bool(SENTENCE_END.search(b.text)) \
        and slot.lang is not None and slot.lang == lang and not affiliation_like(b)


def _walk_back(slots: list[Slot], first: int, group: int) -> None:
    candidates: list[int] = []
    i = first - 1
    while i >= 0 and len(candidates) < WALK_BACK_LIMIT:
        slot = slots[i]
        i -= 1
        if slot.block.furniture:
            continue
        if slot.kind == "references" and not candidates and not reference_like(slot.block,
                                                                                  strict=True):
            candidates.append(i + 1)  # a title printed right after a reference list
            break
        if slot.kind is not None or prose(slot.block):
            break
        candidates.append(i + 1)
    title_taken = False
    for i in candidates:  # nearest first
        b = slots[i].block
        kind = _front_kind(b, title_taken)
        title_taken = title_taken or kind == "title"
        slots[i].kind, slots[i].group = kind, group


def _front_kind(b: Block, title_taken: bool) -> str:
    if keywords_like(b):  # mostly lowercase items: "grain, colleges, small firms, ..."
        return "keywords"
    if affiliation_like(b):
        return "affiliation"
    if not title_taken and (b.heading or (title_like(b) and not names_like(b))):
        return "title"
    if names_like(b):
        return "authors"
    # What is left between a title and its abstract is an address ("1PhD student, KazNU,
    # Almaty.") when it has a comma or a footnote mark.
    return "affiliation" if "," in b.text or MARKED_LINE.match(b.text) else "other"
