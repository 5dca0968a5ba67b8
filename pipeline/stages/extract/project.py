"""Names that one abstract states and a parallel abstract's extractors missed or mislabelled.

The title, abstract and keywords of a paper say the same thing in each language, so the
languages can correct each other (scores: ``text_score``, at least ``PROJECT_THRESHOLD``,
stricter than the link threshold):

* **agreement**: a model's ORG/PER/LOC mention whose counterparts in both other languages
  carry another label takes theirs (Samruk-Kazyna tagged PER by the English model, ORG in
  Kazakh and Russian; «Цифрового Казахстана» tagged ORG, a programme in English and Kazakh);
  source ``<model>+align:agreement``;
* **projection**: a quoted name, or a transliterated run of capitalised words, that names
  an organisation or programme found in another language becomes a mention of that label
  (source ``align:projected``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.doc.records import (
    LANGS,
    Document,
    Mention,
    ProgramMention,
    Section,
    by_rule,
    sort_mentions,
)
from pipeline.doc.spans import Located, Span, overlaps, overlaps_any, to_mention, within
from pipeline.merge.evidence import text_score
from pipeline.merge.repeat import repeat
from pipeline.stages.extract.programs.lexicon import find_quotes, lexicon

SOURCE = "align:projected"
AGREEMENT = "align:agreement"
MODEL_LABELS = ("ORG", "PER", "LOC")  # labels a model gives that the other languages may overrule
QUOTES = "\"'«»“”„‟‘’`"
PROJECT_THRESHOLD = 0.75  # as strict as a link between papers (merge.CROSS_DOCUMENT_THRESHOLD)
PARALLEL_KINDS = ("title", "abstract", "keywords")  # the abstract set's entries
NAME_RUN = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’]*(?:[-‐‑−][\w'’]+)*"
                      r"(?:[ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’]*(?:[-‐‑−][\w'’]+)*)*")
BLOCKING = ("ORG", "PER", "LOC", "PROGRAM")  # a span one of these already covers is taken


def project(doc: Document) -> Document:
    """``doc`` with labels agreed across the parallel sections, and ORG and PROGRAM mentions
    carried into parallel sections that miss them, then repeated wherever else the
    document writes them (``pipeline.merge.repeat``)."""
    doc = agree(doc)
    added: list[Mention] = []
    for group in _parallel_groups(doc):
        found = [m for m in doc.mentions if m.section in group.values()]
        for lang, section_id in group.items():
            section = doc.section(section_id)
            others = [m for m in found if m.lang != lang and m.label in ("ORG", "PROGRAM")]
            here = [m for m in [*found, *added] if m.section == section_id
                    and m.label in BLOCKING]
            added += _projected(doc, section, others, here)
    if not added:
        return repeat(doc)
    inside = {id(m) for m in doc.mentions for a in added if _within(m, a)}
    kept = [m for m in doc.mentions if id(m) not in inside]
    return repeat(agree(replace(doc, mentions=tuple(sort_mentions([*kept, *added])))))


def _within(m: Mention, name: Mention) -> bool:
    """A model's mention of a part of a projected name (the LOC Қытай of «Қытай арманы»);
    one that covers the whole quoted name already named it and stays."""
    return m.section == name.section and m.label in MODEL_LABELS \
        and not by_rule(m) and within(m, name) \
        and len(_bare(m.text)) < len(_bare(name.text))


def agree(doc: Document) -> Document:
    """``doc`` with model labels overruled where both other languages agree on another."""
    changed: dict[int, Mention] = {}
    for group in _parallel_groups(doc):
        if len(group) < 3:
            continue
        found = [m for m in doc.mentions if m.section in group.values()
                 and m.label in (*MODEL_LABELS, "PROGRAM")]
        for m in found:
            if m.label not in MODEL_LABELS or by_rule(m):
                continue
            votes = [_best(m, [o for o in found if o.lang == lang])
                     for lang in group if lang != m.lang]
            cast = [v for v in votes if v is not None]
            labels = {v.label for v in cast}
            if len(cast) == len(votes) and len(labels) == 1 and labels != {m.label}:
                changed[id(m)] = _relabelled(m, cast[0])
    if not changed:
        return doc
    return replace(doc, mentions=tuple(sort_mentions(
        [changed.get(id(m), m) for m in doc.mentions])))


def _best(m: Mention, candidates: list[Mention]) -> Mention | None:
    """The candidate naming what ``m`` names, if one scores at least the threshold."""
    scored = [(text_score(_bare(m.text), m.lang, _name(c), c.lang)[0], c) for c in candidates]
    score, best = max(scored, key=lambda p: p[0], default=(0.0, None))
    return best if score >= PROJECT_THRESHOLD else None


def _relabelled(m: Mention, like: Mention) -> Mention:
    """``m`` with ``like``'s label (a plain mention, or a programme like ``like``)."""
    plain = Mention(doc=m.doc, section=m.section, lang=m.lang, start=m.start, end=m.end,
                    text=m.text, label=like.label, source=(*m.source, AGREEMENT),
                    score=m.score)
    if isinstance(like, ProgramMention):
        return ProgramMention(**vars(plain), kind=like.kind, canonical=_bare(m.text))
    return plain


def _bare(text: str) -> str:
    return text.strip(QUOTES + " ")


def _parallel_groups(doc: Document) -> list[dict[str, str]]:
    """{lang: section id} for the title, abstract and keywords of the abstract set."""
    groups = []
    for kind in PARALLEL_KINDS:
        group = {lang: entry[kind] for lang, entry in doc.abstract_set.items()
                 if lang in LANGS and entry.get(kind)}
        if len(group) > 1:
            groups.append(group)
    return groups


def _projected(doc: Document, section: Section, others: list[Mention],
               here: list[Mention]) -> list[Mention]:
    """Candidates of ``section`` that name one of ``others``; a candidate is free unless a
    mention already there overlaps it without lying inside it as a model's guess."""
    out: list[Mention] = []
    taken: list[Located] = list(here)
    for cand in _candidates(section):
        s, e = section.start + cand.start, section.start + cand.end
        inner, quoted = cand.payload or ("", False)
        stand_in = _span(section, s, e)
        if overlaps_any(stand_in, taken) and not (quoted and all(
                _within(m, stand_in) for m in here if overlaps(m, stand_in))):
            continue
        scored = [(text_score(inner, section.lang, _name(o), o.lang)[0], o) for o in others
                  if quoted or o.label == "ORG"]
        score, best = max(scored, key=lambda p: p[0], default=(0.0, None))
        if best is None or score < PROJECT_THRESHOLD:
            continue
        span = replace(cand, label=best.label, source=(SOURCE,), score=round(score, 4))
        out.append(to_mention(span, doc, section, ProgramMention, kind=best.kind,
                              canonical=inner) if isinstance(best, ProgramMention)
                   else to_mention(span, doc, section))
        taken.append(stand_in)
    return out


def _candidates(section: Section) -> list[Span[tuple[str, bool]]]:
    """Spans of ``section.text`` carrying (name, quoted?): quoted stretches, then
    capitalised runs."""
    text = section.text
    quotes = find_quotes(text, lexicon(section.lang))
    found = [Span(q.start, q.end, payload=(text[q.inner_start:q.inner_end], True))
             for q in quotes]
    found += [Span(m.start(), m.end(), payload=(m.group(), False))
              for m in NAME_RUN.finditer(text)
              if not any(q.start <= m.start() < q.end for q in quotes)
              and not m.group().isupper()]  # acronyms (IT, ҚХР) match too easily
    return found


def _span(section: Section, start: int, end: int) -> Mention:
    """A stand-in mention for a candidate span (for ``_within``)."""
    return Mention(doc="", section=section.id, lang=section.lang, start=start, end=end,
                   text=section.text[start - section.start:end - section.start], label="",
                   source=())


def _name(m: Mention) -> str:
    return m.canonical if isinstance(m, ProgramMention) and m.canonical else m.text
