"""The registry record of a merged organisation (the merge itself ties mentions with one
ROR id and keeps different ids apart: ``pipeline.merge.records``, ``pipeline.merge.entities``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from pipeline.doc.records import Mention


def ror_of(m: Mention) -> dict[str, Any] | None:
    """The ``ror`` record of a mention, if it has one."""
    ror = getattr(m, "ror", None)
    return ror if isinstance(ror, dict) and ror.get("id") else None


def registry_of(members: Sequence[Mention]) -> dict[str, Any] | None:
    """The ``ror`` of a record: its members' most frequent id, with the best match of it."""
    ids = Counter(r["id"] for m in members if (r := ror_of(m)))
    if not ids:
        return None
    best_id = min(ids, key=lambda r: (-ids[r], r))
    best = max((r for m in members if (r := ror_of(m)) and r["id"] == best_id),
               key=lambda r: (r["score"], r["matched"]))
    return dict(best)
