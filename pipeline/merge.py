"""Merge: mentions that denote the same thing become one record.

Within a document, links come from aligning the parallel abstracts
(``pipeline.align``); across documents, the same name in one language, or a
strong cross-language match, joins records. Ids hash the record's own members,
so adding an unrelated document never changes an existing id.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from pipeline.align.evidence import THRESHOLD, link_score
from pipeline.align.figures import align_figures
from pipeline.align.matching import Link, match_parallel
from pipeline.records import (
    Document,
    Entity,
    Evidence,
    Figure,
    FigureMention,
    Mention,
    ProgramMention,
    sort_mentions,
)

QUOTES = "\"'«»“”„‟‘’`"
CROSS_DOCUMENT_THRESHOLD = 0.75  # stricter than within a paper: no abstracts to anchor on


class UnionFind:
    """Disjoint sets over integer ids."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            found.setdefault(self.find(i), []).append(i)
        return list(found.values())


def mention_key(m: Mention) -> tuple[str, str, str, int, int]:
    return (m.doc, m.section, m.label, m.start, m.end)


def stable_id(prefix: str, keys: Iterable[str]) -> str:
    """An id from the smallest member key: unchanged when unrelated records are added."""
    return f"{prefix}-{hashlib.sha1(min(keys).encode()).hexdigest()[:12]}"


def clusters(mentions: Sequence[Mention], links: Iterable[tuple[Mention, Mention]]
             ) -> list[list[int]]:
    """Groups of mention indices connected by links."""
    index = {mention_key(m): i for i, m in enumerate(mentions)}
    uf = UnionFind(len(mentions))
    for a, b in links:
        ia, ib = index.get(mention_key(a)), index.get(mention_key(b))
        if ia is not None and ib is not None:
            uf.union(ia, ib)
    return sorted(uf.groups(), key=lambda g: min(g))


def preferred_names(mentions: Sequence[Mention], name=lambda m: m.text) -> dict[str, str]:
    """Per language, the most frequent surface form, written in mixed case where one is
    (not the uppercase title's НУРЛЫ ЖОЛ); ties: longest, then alphabetical."""
    names = {}
    for lang in sorted({m.lang for m in mentions}):
        counts = Counter(name(m) for m in mentions if m.lang == lang)
        names[lang] = min(counts, key=lambda t: (t.isupper() and len(t) > 5, -counts[t],
                                                 -len(t), t))
    return names


def merge_figures(docs: Sequence[Document]) -> list[Figure]:
    """One Figure per number per document, with its aligned mentions in every language."""
    figures: list[Figure] = []
    for doc in docs:
        mentions = [m for m in sort_mentions(doc.mentions) if isinstance(m, FigureMention)]
        links = align_figures(doc)
        for group in clusters(mentions, ((ln.a, ln.b) for ln in links)):
            members = tuple(mentions[i] for i in group)
            figures.append(_figure(members, links))
    return sorted(figures, key=lambda f: f.id)


def _figure(members: tuple[FigureMention, ...], links: list[Link]) -> Figure:
    head = next((m for m in members if m.lang == "en"), members[0])
    keys = {mention_key(m) for m in members}
    evidence = tuple(
        Evidence(ln.a, ln.b, "parallel", ln.score, ln.evidence)
        for ln in links if mention_key(ln.a) in keys
    )
    member_keys = (f"{m.doc}|{m.lang}|{m.start}|{m.kind}|{m.unit}|{m.value}" for m in members)
    return Figure(id=stable_id("fig", member_keys), value=head.value, unit=head.unit,
                  kind=head.kind, mentions=members, evidence=evidence)


def entity_mentions(doc: Document, label: str) -> list[Mention]:
    """The document's mentions of ``label`` that can become entities, in stable order."""
    return [m for m in sort_mentions(doc.mentions) if m.label == label
            and not isinstance(m, FigureMention)]


def parallel_evidence(doc: Document, own: Sequence[Mention]) -> list[Evidence]:
    """Links between ``own`` mentions of one document found by aligning its abstracts."""
    return [Evidence(ln.a, ln.b, "parallel", ln.score, ln.evidence)
            for ln in match_parallel(doc, list(own), link_score, THRESHOLD)]


def merge_entities(docs: Sequence[Document], label: str, prefix: str) -> list[Entity]:
    """One Entity per real-world organisation (or programme) across all documents."""
    mentions: list[Mention] = []
    evidence: list[Evidence] = []
    for doc in docs:
        own = entity_mentions(doc, label)
        mentions += own
        evidence += parallel_evidence(doc, own)
    return merge_mentions(mentions, evidence, label, prefix)


class MergeError(Exception):
    """Merging failed on the mentions of ``docs``; the run leaves those documents out."""

    def __init__(self, docs: set[str], cause: Exception) -> None:
        super().__init__(f"{type(cause).__name__}: {cause}")
        self.docs = docs


def merge_mentions(mentions: Sequence[Mention], evidence: Sequence[Evidence], label: str,
                   prefix: str) -> list[Entity]:
    """Entities from every document's mentions and within-document links (``parallel``)."""
    evidence = list(evidence)
    evidence += _same_name(mentions)
    groups = clusters(mentions, ((e.a, e.b) for e in evidence))
    evidence += _cross_document(mentions, groups)
    groups = clusters(mentions, ((e.a, e.b) for e in evidence))
    entities = []
    for group in groups:
        members = tuple(mentions[i] for i in group)
        try:
            entities.append(_entity(members, evidence, label, prefix))
        except Exception as e:
            raise MergeError({m.doc for m in members}, e) from e
    return sorted(entities, key=lambda e: e.id)


def name_key(m: Mention) -> str:
    """The name a mention gives, without case, quotes or case endings (programmes)."""
    text = m.canonical if isinstance(m, ProgramMention) else m.text
    return " ".join(text.casefold().strip(QUOTES + " .,;:").split())


def _same_name(mentions: Sequence[Mention]) -> list[Evidence]:
    """Mentions with the same name in the same language are the same thing."""
    first: dict[tuple[str, str], Mention] = {}
    found = []
    for m in mentions:
        key = (m.lang, name_key(m))
        if key in first:
            found.append(Evidence(first[key], m, "same-name", 1.0))
        else:
            first[key] = m
    return found


def _cross_document(mentions: Sequence[Mention], groups: list[list[int]]) -> list[Evidence]:
    """Join groups (from any documents) whose names match strongly: acronyms, translations."""
    heads = [_representatives([mentions[i] for i in g]) for g in groups]
    found = []
    for i, j in combinations(range(len(groups)), 2):
        try:
            best = max(((link_score(a, b), a, b) for a in heads[i] for b in heads[j]),
                       key=lambda x: x[0][0], default=None)
        except Exception as e:  # blame the documents of the two groups, not the whole run
            raise MergeError({m.doc for m in heads[i] + heads[j]}, e) from e
        if best is not None and best[0][0] >= CROSS_DOCUMENT_THRESHOLD:
            (score, parts), a, b = best
            found.append(Evidence(a, b, "cross-document", round(score, 4), parts))
    return found


def _representatives(group: list[Mention]) -> list[Mention]:
    """One mention per language: the one carrying the most frequent name."""
    out = []
    for lang in sorted({m.lang for m in group}):
        same = [m for m in group if m.lang == lang]
        counts = Counter(name_key(m) for m in same)
        best = min(counts, key=lambda k: (-counts[k], -len(k), k))
        out.append(next(m for m in same if name_key(m) == best))
    return out


def _entity(members: tuple[Mention, ...], evidence: list[Evidence], label: str,
            prefix: str) -> Entity:
    keys = {mention_key(m) for m in members}
    own = tuple(e for e in evidence if mention_key(e.a) in keys and e.rule != "same-name")
    is_program = all(isinstance(m, ProgramMention) for m in members)
    names = preferred_names(members, (lambda m: m.canonical) if is_program else
                            (lambda m: m.text))
    kinds = Counter(m.kind for m in members if isinstance(m, ProgramMention))
    kind = min(kinds, key=lambda k: (-kinds[k], k)) if kinds else None
    return Entity(id=stable_id(prefix, (f"{m.lang}|{name_key(m)}" for m in members)),
                  label=label, names=names, mentions=members, evidence=own, kind=kind)


@dataclass(frozen=True)
class Records:
    """The merged datasets of a run."""

    organisations: list[Entity]
    programs: list[Entity]
    figures: list[Figure]


def merge_all(docs: Sequence[Document]) -> Records:
    """Align and merge every document's mentions into the three exported datasets."""
    return Records(organisations=merge_entities(docs, "ORG", "org"),
                   programs=merge_entities(docs, "PROGRAM", "prog"),
                   figures=merge_figures(docs))
