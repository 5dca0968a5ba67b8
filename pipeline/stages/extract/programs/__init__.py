"""Programmes: state programmes, strategies, initiatives, plans, laws, concepts and projects.

``find_programs(doc, section, entities)`` combines three sources for one section:
the NER models' PROGRAM spans (``entities``), cue-word rules over per-language data
(``pipeline/lang/<code>/programs.py``), and names already established by a cue word
elsewhere in the same document and language (so a bare «Бір белдеу, бір жол» in the
keywords is found once the abstract has called it a бастама).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from pipeline.doc.records import Document, Mention, ProgramMention, Section
from pipeline.doc.spans import Located, Span, longest, overlaps, overlaps_any, span_of, to_mention
from pipeline.lang import LANGUAGES, data
from pipeline.stages.extract.organisations.names import mostly_capitals
from pipeline.stages.extract.programs.lexicon import Lexicon, find_cues, find_quotes, lexicon
from pipeline.stages.extract.programs.listed import acronyms, find_listed
from pipeline.stages.extract.programs.names import canonical, key
from pipeline.stages.extract.programs.rules import Candidate, find_candidates

__all__ = ["KINDS", "SOURCE", "find_in_text", "find_programs"]

SOURCE = "rules:programs"
KINDS = ("programme", "strategy", "initiative", "plan", "law", "concept", "project")
# Citation titles are not programmes, nor are author names and addresses.
SKIP_KINDS = ("references", "author-info", "table", "authors", "affiliation")
DEFAULT_KIND = "programme"


@dataclass(frozen=True)
class Found:
    """A candidate with its provenance and, when propagated, the established name."""

    cand: Candidate
    source: tuple[str, ...]
    score: float | None = None
    name: str | None = None

    @property
    def start(self) -> int:
        return self.cand.start

    @property
    def end(self) -> int:
        return self.cand.end


def find_programs(doc: Document, section: Section, entities: list[Mention] | tuple = ()
                  ) -> list[ProgramMention]:
    """Programme mentions of ``section`` (document offsets), from rules and NER PROGRAM spans."""
    if section.lang not in LANGUAGES or section.kind in SKIP_KINDS:
        return []
    lex = lexicon(section.lang)
    ner = [m for m in entities if m.label == "PROGRAM" and m.section == section.id]
    capitals = mostly_capitals(section.text)
    found = [(f, lex) for f in find_in_text(section.text, lex, [span_of(m, section) for m in ner],
                                            _established(_peers(doc, section), section.lang),
                                            capitals)]
    found = _other_scripts(doc, section, found, capitals)
    if capitals:  # an uppercase title: only quoted and listed names are sure
        found = [(f, x) for f, x in found if f.cand.quoted or f.cand.rule == "listed"]
    return [_mention(doc, section, f, x) for f, x in found]


def _other_scripts(doc: Document, section: Section, found: list[tuple[Found, Lexicon]],
                   capitals: bool) -> list[tuple[Found, Lexicon]]:
    """Names printed in another language's letters ("One Belt / One Road" among Russian
    keywords) found with that language's rules (``OWN_STRING`` of its organisation data)."""
    text = section.text
    for lang in LANGUAGES:
        if lang == section.lang:
            continue
        lex = lexicon(lang)
        for f in find_in_text(text, lex, (), _established(_peers(doc, section), lang), capitals):
            span = text[f.cand.start:f.cand.end]
            if not _own(lang, span):
                continue
            clash = [(g, x) for g, x in found if g.cand.start < f.cand.end
                     and f.cand.start < g.cand.end]
            if all(not _own(x.lang, text[g.cand.start:g.cand.end]) for g, x in clash):
                found = [p for p in found if p not in clash] + [(f, lex)]
    return sorted(found, key=lambda p: (p[0].cand.start, -p[0].cand.end))


def _own(lang: str, span: str) -> bool:
    return bool(re.fullmatch(data(lang, "organisations").OWN_STRING, span))


def find_in_text(text: str, lex: Lexicon, ner: Sequence[Span[Any]] = (),
                 established: dict[str, tuple[str, str]] | None = None,
                 capitals: bool = False) -> list[Found]:
    """Programmes of one text: rule candidates, merged with NER spans, listed names
    (``pipeline.stages.extract.programs.listed``), plus names known from elsewhere in the
    document."""
    found = [Found(c, (SOURCE,)) for c in find_candidates(text, lex) if _valid(text, c, lex)]
    found = _with_ner(text, found, ner, lex)

    if established:
        found += _known(text, lex, established, found)
    # after the document's own names, which win a tie (its spelling is the canonical one)
    found += [Found(c, (SOURCE,), None, name) for c, name in find_listed(text, lex, capitals)]
    return _resolve(found)


def _valid(text: str, cand: Candidate, lex: Lexicon) -> bool:
    """A name must have a word that is not a stop word and not only the cue itself."""
    name = text[cand.name_start:cand.name_end]
    words = [w for w in re.findall(r"\w+", name) if w.casefold() not in lex.stop_words]
    if cand.rule == "self-named":
        return True
    if cand.cue is not None and cand.cue.start >= cand.name_start \
            and cand.cue.end <= cand.name_end:
        cue_words = set(re.findall(r"\w+", text[cand.cue.start:cand.cue.end]))
        words = [w for w in words if w not in cue_words]
    return bool(words)


def _with_ner(text: str, found: list[Found], ner: Sequence[Span[Any]], lex: Lexicon
              ) -> list[Found]:
    """Mark rule candidates confirmed by NER; add NER spans no rule found."""
    out = list(found)
    for span in ner:
        hits = [i for i, f in enumerate(out) if overlaps(f, span)]
        for i in hits:
            f = out[i]
            if not _confirmed(f):  # the mention covers both; the rule keeps naming it
                cand = replace(f.cand, start=min(span.start, f.start), end=max(span.end, f.end))
                out[i] = replace(f, cand=cand, source=(*span.source, SOURCE), score=span.score)
        if not hits:
            new = _ner_candidate(text, span.start, span.end, lex)
            if new is not None:
                out.append(Found(new, span.source, span.score))
    return out


def _confirmed(f: Found) -> bool:
    """Whether a model and a rule both found ``f``."""
    return len(f.source) > 1


def _ner_candidate(text: str, start: int, end: int, lex: Lexicon) -> Candidate | None:
    """A NER span with its quotes and a cue word inside it (for the kind)."""
    for q in find_quotes(text, lex):
        if q.start <= start < q.end or q.start < end <= q.end:
            start, end = min(start, q.start), max(end, q.end)
    inner = [c for c in find_cues(text[start:end], lex)]
    cue = inner[-1] if inner else None
    kind = cue.kind if cue else DEFAULT_KIND
    if cue is not None:
        cue = replace(cue, start=cue.start + start, end=cue.end + start)
    cand = Candidate(start, end, start, end, kind, cue, False, "ner")
    return cand if _valid(text, cand, lex) else None


def _known(text: str, lex: Lexicon, established: dict[str, tuple[str, str]],
           found: list[Found]) -> list[Found]:
    """Quoted names and multi-word names already established elsewhere in the document."""
    taken: list[Located] = list(found)
    extra = []
    for q in find_quotes(text, lex):
        hit = established.get(key(text[q.inner_start:q.inner_end], lex))
        if hit and not overlaps_any(q, taken):
            cand = Candidate(q.start, q.end, q.inner_start, q.inner_end, hit[1], None, True,
                             "known")
            extra.append(Found(cand, (SOURCE,), None, hit[0]))
            taken.append(q)
    for name, kind in sorted(set(established.values())):
        if len(name.split()) < 2 and not (name.isupper() and len(name) >= 2):
            continue  # one word is a name only when it is an acronym (BRI, ГПИИР)
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not overlaps_any(Span(m.start(), m.end()), taken):
                cand = Candidate(m.start(), m.end(), m.start(), m.end(), kind, None, False,
                                 "known")
                extra.append(Found(cand, (SOURCE,), None, name))
                taken.append(cand)
    return extra


def _resolve(found: list[Found]) -> list[Found]:
    """Keep the longest of overlapping candidates; NER-confirmed ones win ties."""
    return longest(found, prefer=lambda f: not _confirmed(f))


def _peers(doc: Document, section: Section) -> tuple[Section, ...]:
    """Sections of the document in ``section``'s language where names get established."""
    peers = tuple(s for s in doc.sections if s.lang == section.lang
                  and s.kind not in SKIP_KINDS)
    return peers or (section,)


@lru_cache(maxsize=32)
def _established(sections: tuple[Section, ...], lang: str
                 ) -> dict[str, tuple[str, str]]:
    """Grouping key -> (canonical name, kind) of names a cue word introduced in ``sections``."""
    lex = lexicon(lang)
    known: dict[str, tuple[str, str]] = {}
    for section in sections:
        found = find_in_text(section.text, lex)
        for f in found:
            c = f.cand
            name = f.name or canonical(section.text, c.name_start, c.name_end, c.cue, lex)
            known.setdefault(key(name, lex), (name, c.kind))
        for acronym, c in acronyms(section.text, [f.cand for f in found]):
            known.setdefault(key(acronym, lex), (acronym, c.kind))
    known.pop("", None)
    return known


def _mention(doc: Document, section: Section, f: Found, lex: Lexicon) -> ProgramMention:
    c = f.cand
    name = f.name or canonical(section.text, c.name_start, c.name_end, c.cue, lex)
    if c.rule == "law-title":  # "об образовании" is the law «Об образовании»
        name = name[:1].upper() + name[1:]
    span: Span[Any] = Span(c.start, c.end, "PROGRAM", f.source, f.score, lex.lang)
    return to_mention(span, doc, section, ProgramMention, kind=c.kind, canonical=name)
