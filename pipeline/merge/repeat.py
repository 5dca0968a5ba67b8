"""A name found once in a document names the same thing wherever else it is written there.

Extractors miss some occurrences of a name they found elsewhere in the same document (the
second "Еуразиялық экономикалық одақ" of an abstract, "KEGOC" found in the Kazakh text but
not in the English one). Every other occurrence of an organisation's or programme's name,
as written (an uppercase title's copy too) and with the rest of its last word (case
endings: одақтың; ЕАЭО-ны), becomes a mention of the same label, source ``align:repeated``,
unless a mention already covers any of it. Only names that name something in particular
repeat: a proper name, an acronym, or two or more words ("Bank" alone does not).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from pipeline.doc.records import Document, Mention, ProgramMention, Section, sort_mentions
from pipeline.doc.spans import Located, Span, overlaps_any, shift, to_mention
from pipeline.merge.lexicon import concepts

SOURCE = "align:repeated"
LABELS = ("ORG", "PROGRAM")
BLOCKING = ("ORG", "PER", "LOC", "PROGRAM", "GPE", "NORP", "FAC")
SKIP_KINDS = frozenset({"references"})
# The rest of the word, then an ending of up to five letters after a hyphen or an apostrophe
# (ЕАЭО-ға, KEGOC's), kept only when written in lowercase.
TAIL = re.compile(r"(\w*)([-‐'’]\w{1,5}(?!\w))?")


def repeat(doc: Document) -> Document:
    """``doc`` with the other occurrences of its organisation and programme names added."""
    templates: dict[str, Mention] = {}
    for m in sort_mentions(doc.mentions):
        if m.label in LABELS and _particular(m):
            templates.setdefault(m.text.casefold(), m)
    taken: list[Located] = [m for m in doc.mentions if m.label in BLOCKING]
    added: list[Mention] = []
    for tpl in sorted(templates.values(), key=lambda m: (-len(m.text), m.start)):
        for section in doc.sections:
            if section.kind in SKIP_KINDS:
                continue
            for span in _occurrences(section, tpl.text):
                if overlaps_any(shift(span, section.start), taken):
                    continue
                added.append(_copy(doc, section, tpl, span))
                taken.append(added[-1])
    if not added:
        return doc
    return replace(doc, mentions=tuple(sort_mentions([*doc.mentions, *added])))


def _particular(m: Mention) -> bool:
    units = concepts(m.text, m.lang).units
    return len(units) >= 2 or any(u.kind == "name" and len(u.id) > 1 for u in units)


def _occurrences(section: Section, name: str) -> list[Span[Any]]:
    """Spans of ``section.text`` where ``name`` is written (case aside, but starting as
    the name starts: a capital stays a capital), with the rest of its last word."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}", re.IGNORECASE)
    found: list[Span[Any]] = []
    for hit in pattern.finditer(section.text):
        if hit.group()[0].isupper() != name[0].isupper():
            continue
        end = _word_end(section.text, hit.end()) if name[-1].isalnum() else hit.end()
        found.append(Span(hit.start(), end, source=(SOURCE,)))
    return found


def _word_end(text: str, end: int) -> int:
    """Where the name's last word ends: the rest of the word, and an ending after a hyphen
    or apostrophe when it is written in lowercase."""
    tail = TAIL.match(text, end)
    assert tail is not None  # every part of TAIL is optional
    word, ending = tail.group(1), tail.group(2) or ""
    return end + len(word) + (len(ending) if ending[1:].islower() else 0)


def _copy(doc: Document, section: Section, tpl: Mention, span: Span[Any]) -> Mention:
    span = replace(span, label=tpl.label, lang=_lang(section, tpl))
    if isinstance(tpl, ProgramMention):
        return to_mention(span, doc, section, ProgramMention, kind=tpl.kind,
                          canonical=tpl.canonical)
    return to_mention(span, doc, section)


def _lang(section: Section, tpl: Mention) -> str:
    """The section's language (KEGOC in a Kazakh sentence is Kazakh text), else the name's."""
    return section.lang if section.lang != "other" else tpl.lang
