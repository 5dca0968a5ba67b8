"""Merge: mentions that denote the same thing become one record.

Within a document every mention of one figure (``pipeline.merge.figures``) or one entity
(``pipeline.merge.entities``), in every language and section, is one record; across
documents, the same registry id, the same name in one language, or a strong name match
joins records. Evidence is applied strongest first, and two registry ids never meet in one
record. Ids hash the record's own members, so adding an unrelated document never changes
an existing id.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from pipeline.doc.records import (
    Document,
    Entity,
    Evidence,
    Figure,
    FigureMention,
    Mention,
    ProgramMention,
    sort_mentions,
)
from pipeline.lang import head_rank
from pipeline.merge.config import AlignConfig
from pipeline.merge.entities import (
    document_links,
    name_key,
    registry_id,
    registry_links,
    same_name_links,
    switches,
)
from pipeline.merge.evidence import link_score
from pipeline.merge.figures import figure_groups
from pipeline.registry.group import registry_of

STRENGTH = {"registry": 0, "same-name": 1}  # applied first; then by score


class UnionFind:
    """Disjoint sets over integer ids; a set's registry ids never mix with other ones."""

    def __init__(self, n: int, tags: Sequence[str | None] = ()) -> None:
        self.parent = list(range(n))
        self.tags = [{t} if t else set() for t in tags] or [set() for _ in range(n)]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        """Join the sets of ``i`` and ``j`` unless their registry ids differ."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        if self.tags[ri] and self.tags[rj] and self.tags[ri] != self.tags[rj]:
            return False
        keep, drop = min(ri, rj), max(ri, rj)
        self.parent[drop] = keep
        self.tags[keep] |= self.tags[drop]
        return True

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            found.setdefault(self.find(i), []).append(i)
        return sorted(found.values(), key=min)


def mention_key(m: Mention) -> tuple[str, str, str, int, int]:
    return (m.doc, m.section, m.label, m.start, m.end)


def stable_id(prefix: str, keys: Iterable[str]) -> str:
    """An id from the smallest member key: unchanged when unrelated records are added."""
    return f"{prefix}-{hashlib.sha1(min(keys).encode()).hexdigest()[:12]}"


def _apply(uf: UnionFind, index: dict, evidence: Iterable[Evidence]) -> list[Evidence]:
    """Union along the evidence, strongest first; returns the evidence that was used."""
    used = []
    for e in sorted(evidence, key=lambda e: (STRENGTH.get(e.rule, 2), -e.score)):
        ia, ib = index.get(mention_key(e.a)), index.get(mention_key(e.b))
        if ia is not None and ib is not None and uf.union(ia, ib):
            used.append(e)
    return used


def preferred_names(mentions: Sequence[Mention], name=lambda m: m.text) -> dict[str, str]:
    """Per language, the most frequent surface form, written in mixed case where one is
    (not the uppercase title's НУРЛЫ ЖОЛ); ties: longest, then alphabetical."""
    names = {}
    for lang in sorted({m.lang for m in mentions}):
        counts = Counter(name(m) for m in mentions if m.lang == lang)
        names[lang] = min(counts, key=lambda t: (t.isupper() and len(t) > 5, -counts[t],
                                                 -len(t), t))
    return names


def merge_figures(docs: Sequence[Document], config: AlignConfig | None = None
                  ) -> list[Figure]:
    """One Figure per figure per document, with all its mentions in every language."""
    figures = [_figure(tuple(sort_mentions(members)), evidence)
               for doc in docs for members, evidence in figure_groups(doc, config)]
    return sorted(figures, key=lambda f: f.id)


def _figure(members: tuple[FigureMention, ...], evidence: list[Evidence]) -> Figure:
    head = min(members, key=lambda m: head_rank(m.lang))  # the first of the best language
    member_keys = (f"{m.doc}|{m.lang}|{m.start}|{m.kind}|{m.unit}|{m.value}" for m in members)
    return Figure(id=stable_id("fig", member_keys), value=head.value, unit=head.unit,
                  kind=head.kind, mentions=members, evidence=tuple(evidence), date=head.date,
                  low=head.low, high=head.high)


def entity_mentions(doc: Document, label: str) -> list[Mention]:
    """The document's mentions of ``label`` that can become entities, in stable order."""
    return [m for m in sort_mentions(doc.mentions) if m.label == label
            and not isinstance(m, FigureMention)]


def merge_entities(docs: Sequence[Document], label: str, prefix: str,
                   config: AlignConfig | None = None) -> list[Entity]:
    """One Entity per real-world organisation (or programme) across all documents."""
    config = config or AlignConfig()
    mentions: list[Mention] = []
    links: list[Evidence] = []
    for doc in docs:
        own = entity_mentions(doc, label)
        mentions += own
        links += document_links(doc, own, config)
    return merge_mentions(mentions, links, label, prefix, config)


class MergeError(Exception):
    """Merging failed on the mentions of ``docs``; a run leaves such documents out."""

    def __init__(self, docs: set[str], cause: Exception) -> None:
        super().__init__(f"{type(cause).__name__}: {cause}")
        self.docs = docs


def merge_mentions(mentions: Sequence[Mention], links: Sequence[Evidence], label: str,
                   prefix: str, config: AlignConfig | None = None) -> list[Entity]:
    """Entities from every document's mentions and the links found within each document
    (``document_links``): what the cross-document merge needs, without the documents."""
    config = config or AlignConfig()
    tags = [registry_id(m) if config.uses("registry") else None for m in mentions]
    uf, index = UnionFind(len(mentions), tags), {mention_key(m): i for i, m in enumerate(mentions)}
    evidence = registry_links(mentions) if config.uses("registry") else []
    evidence += same_name_links(mentions) if config.uses("same-name") else []
    evidence += links
    used = _apply(uf, index, evidence)
    groups = [[mentions[i] for i in g] for g in uf.groups()]
    used += _apply(uf, index, _cross_document(groups, config))
    entities = []
    for group in uf.groups():
        members = tuple(mentions[i] for i in group)
        try:
            entities.append(_entity(members, used, label, prefix, config))
        except Exception as e:
            raise MergeError({m.doc for m in members}, e) from e
    return sorted(entities, key=lambda e: e.id)


def _cross_document(groups: list[list[Mention]], config: AlignConfig) -> list[Evidence]:
    """Links between groups (from any documents) whose names match strongly."""
    heads = [_representatives(g) for g in groups]
    off, found = switches(config), []
    for i, j in combinations(range(len(groups)), 2):
        try:
            best = max(((link_score(a, b, off), a, b) for a in heads[i] for b in heads[j]),
                       key=lambda x: x[0][0], default=None)
        except Exception as e:  # the documents of the two groups, not the whole run
            raise MergeError({m.doc for m in heads[i] + heads[j]}, e) from e
        if best is not None and best[0][0] >= config.cross_document_threshold:
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
            prefix: str, config: AlignConfig) -> Entity:
    keys = {mention_key(m) for m in members}
    own = tuple(e for e in evidence if mention_key(e.a) in keys and e.rule != "same-name")
    is_program = all(isinstance(m, ProgramMention) for m in members)
    names = preferred_names(members, (lambda m: m.canonical) if is_program else
                            (lambda m: m.text))
    kinds = Counter(m.kind for m in members if isinstance(m, ProgramMention))
    kind = min(kinds, key=lambda k: (-kinds[k], k)) if kinds else None
    registry = sorted({r for m in members if (r := registry_id(m))}) \
        if config.uses("registry") else []
    return Entity(id=stable_id(prefix, [_anchor(members, registry)]), label=label,
                  names=names, mentions=members, evidence=own, kind=kind,
                  ror=registry_of(members) if registry else None)


def _anchor(members: Sequence[Mention], registry: list[str]) -> str:
    """The key an entity's id hashes: its registry id, else its fullest name (the longest;
    a short form another paper adds does not move it), ties alphabetical."""
    if registry:
        return f"registry|{registry[0]}"
    return min((f"{m.lang}|{name_key(m)}" for m in members), key=lambda k: (-len(k), k))


@dataclass(frozen=True)
class Records:
    """The merged datasets of a run."""

    organisations: list[Entity]
    programs: list[Entity]
    figures: list[Figure]


def merge_all(docs: Sequence[Document], config: AlignConfig | None = None) -> Records:
    """Align and merge every document's mentions into the three exported datasets."""
    config = config or AlignConfig()
    return Records(organisations=merge_entities(docs, "ORG", "org", config),
                   programs=merge_entities(docs, "PROGRAM", "prog", config),
                   figures=merge_figures(docs, config))
