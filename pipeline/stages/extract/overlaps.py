"""Where an organisation's name and a programme's name meet, each keeps its own words.

- An organisation inside a law's title, or after a programme name's first word, is part
  of that title ("Joint Stock Company" of the "Joint Stock Company Act"): it goes.
- An organisation running into a programme ("... Agency On Public Procurement") ends
  where the programme begins; one that starts inside a programme goes.
- A programme that starts with an organisation's name ("Halyk Bank programme") starts
  after it, and is no programme when nothing but its cue word is left (a model calling
  "Қазақстан Халық Банкі" a programme).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.doc.records import Document, Mention, ProgramMention
from pipeline.doc.spans import overlaps, within
from pipeline.stages.extract.organisations.names import find_in_text
from pipeline.stages.extract.programs.lexicon import find_cues, lexicon

GAP = re.compile(r"(?:['’]s)?[\s,:;\-–—]*")  # between an organisation and what follows it


def apart(doc: Document, mentions: list[Mention], programs: list[ProgramMention]
          ) -> tuple[list[Mention], list[ProgramMention]]:
    """``mentions`` and ``programs`` of one section with their overlaps settled."""
    orgs = [m for m in mentions if m.label == "ORG"]
    kept_programs: list[ProgramMention] = []
    for p in programs:
        inner = [o for o in orgs if o.start == p.start and o.end < p.end and p.kind != "law"]
        exact = any(within(p, o) for o in orgs)
        kept = _after(doc, p, max(o.end for o in inner)) if inner else p
        if kept is not None and not exact:
            kept_programs.append(kept)
    out = []
    for m in mentions:
        settled = _settled(doc, m, kept_programs) if m.label == "ORG" else m
        if settled is not None:
            out.append(settled)
    return out, kept_programs


def _settled(doc: Document, org: Mention, programs: list[ProgramMention]) -> Mention | None:
    for p in programs:
        if not overlaps(org, p):
            continue
        inside = within(org, p)
        if inside and (p.kind == "law" or p.start < org.start):
            return None
        if p.start <= org.start and not inside:
            return None
        if org.start < p.start:  # the name runs into the title: it ends before it
            return _cut(doc, org, p.start)
    return org


def _cut(doc: Document, org: Mention, end: int) -> Mention | None:
    """``org`` cut to the longest organisation name before ``end``."""
    text = doc.text[org.start:end]
    spans = find_in_text(text, org.lang) if org.lang in ("en", "kk", "ru") else []
    if not spans:
        return None
    best = max(spans, key=lambda s: s.end - s.start)
    return replace(org, start=org.start + best.start, end=org.start + best.end,
                   text=text[best.start:best.end])


def _after(doc: Document, p: ProgramMention, pos: int) -> ProgramMention | None:
    """``p`` starting after an organisation ending at ``pos``; None when only a cue is left."""
    gap = GAP.match(doc.text, pos)
    assert gap is not None  # GAP matches the empty string
    start = gap.end()
    rest = doc.text[start:p.end]
    cues = find_cues(rest, lexicon(p.lang))
    words = re.findall(r"\w+", rest)
    cue_words = {w for c in cues for w in re.findall(r"\w+", rest[c.start:c.end])}
    if start >= p.end or not [w for w in words if w not in cue_words]:
        return None
    canonical = p.canonical
    head = doc.text[p.start:pos]
    if canonical.startswith(head):
        canonical = GAP.sub("", canonical[len(head):], count=1) or canonical
    return replace(p, start=start, text=rest, canonical=canonical)
