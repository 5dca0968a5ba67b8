"""Merging by registry id: mentions with one ROR id are one record, in any language and
paper; a link between mentions with two different ids is dropped (the registry knows
better than name similarity)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from pipeline.records import Evidence, Mention


def ror_id(m: Mention) -> str | None:
    """The registry id of a mention, if it has one."""
    ror = getattr(m, "ror", None)
    return ror["id"] if ror else None


def with_registry(mentions: Sequence[Mention], evidence: list[Evidence]) -> list[Evidence]:
    """``evidence`` without links between different ids, plus a "registry" link from each
    identified mention to the first mention with its id."""
    kept = [e for e in evidence
            if not (ror_id(e.a) and ror_id(e.b) and ror_id(e.a) != ror_id(e.b))]
    first: dict[str, Mention] = {}
    for m in mentions:
        rid = ror_id(m)
        if rid is None:
            continue
        if rid in first:
            kept.append(Evidence(first[rid], m, "registry", 1.0))
        else:
            first[rid] = m
    return kept


def registry_of(members: Sequence[Mention]) -> dict[str, Any] | None:
    """The ``ror`` of a record: its members' most frequent id, with the best match of it."""
    ids = Counter(r for m in members if (r := ror_id(m)))
    if not ids:
        return None
    best_id = min(ids, key=lambda r: (-ids[r], r))
    best = max((m.ror for m in members if ror_id(m) == best_id),  # type: ignore[attr-defined]
               key=lambda r: (r["score"], r["matched"]))
    return dict(best)
