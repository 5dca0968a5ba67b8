"""One-to-one matching of mentions across the parallel sections of a document.

Used for figures and for entities alike: a scorer rates a pair of mentions in
two languages, and the best pairs above a threshold are taken greedily, each
mention at most once per other language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations

from pipeline.records import Document, Mention

Scorer = Callable[[Mention, Mention], tuple[float, dict[str, float]]]


@dataclass(frozen=True)
class Link:
    """Two mentions judged to say the same thing, with the score and its evidence."""

    a: Mention
    b: Mention
    score: float
    evidence: dict[str, float]


def parallel_sections(doc: Document) -> dict[str, dict[str, str]]:
    """Section ids by kind, then language, of the abstract set (the parallel texts)."""
    by_kind: dict[str, dict[str, str]] = {}
    for lang, kinds in doc.abstract_set.items():
        for kind, section_id in kinds.items():
            by_kind.setdefault(kind, {})[lang] = section_id
    return by_kind


def match_parallel(doc: Document, mentions: Sequence[Mention], score: Scorer,
                   threshold: float) -> list[Link]:
    """Best one-to-one links between mentions of parallel sections in different languages."""
    links: list[Link] = []
    for sections in parallel_sections(doc).values():
        groups = {lang: [m for m in mentions if m.section == sid] for lang, sid in sections.items()}
        for la, lb in combinations(sorted(groups), 2):
            links.extend(_best_pairs(groups[la], groups[lb], score, threshold))
    return links


def _best_pairs(left: Sequence[Mention], right: Sequence[Mention], score: Scorer,
                threshold: float) -> list[Link]:
    candidates = []
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            s, evidence = score(a, b)
            if s >= threshold:
                candidates.append((-s, i, j, evidence))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    used_left: set[int] = set()
    used_right: set[int] = set()
    links = []
    for neg, i, j, evidence in candidates:
        if i in used_left or j in used_right:
            continue
        used_left.add(i)
        used_right.add(j)
        links.append(Link(left[i], right[j], round(-neg, 4), evidence))
    return links


def relative_position(doc: Document, m: Mention) -> float:
    """Where a mention sits in its section, from 0 (start) to 1 (end)."""
    s = doc.section(m.section)
    return (m.start - s.start) / max(1, s.end - s.start)
