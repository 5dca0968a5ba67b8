"""corrections.jsonl, as the view exports it: one record per change a linguist made.

A record is close to a Prodigy span: ``doc``, ``lang``, ``start``, ``end``, ``text``,
``label``, ``action`` and the document's ``sha256``; ``from`` holds what a ``relabel`` or
``fix`` changed, ``target`` the other mention of a ``link`` / ``unlink``, ``context`` the
sentence around the span (for training).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ACTIONS = ("accept", "reject", "relabel", "fix", "add", "link", "unlink")
REQUIRED = ("doc", "lang", "start", "end", "text", "label", "action", "sha256")
LINK_ACTIONS = ("link", "unlink")


@dataclass(frozen=True)
class Correction:
    """One change a linguist made to one document's mentions or links."""

    doc: str
    lang: str
    start: int
    end: int
    text: str
    label: str
    action: str
    sha256: str
    section: str | None = None
    before: dict[str, Any] = field(default_factory=dict)  # "from": the old label or bounds
    target: dict[str, Any] = field(default_factory=dict)
    context: dict[str, Any] = field(default_factory=dict)

    @property
    def old_key(self) -> tuple[int, int, str]:
        """(start, end, label) of the mention the correction names, before it changed."""
        b = self.before
        return (int(b.get("start", self.start)), int(b.get("end", self.end)),
                str(b.get("label", self.label)))


def from_json(data: dict[str, Any]) -> Correction:
    """A Correction from one exported record; ValueError says what is wrong with it."""
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    if data["action"] not in ACTIONS:
        raise ValueError(f"unknown action {data['action']!r} (known: {', '.join(ACTIONS)})")
    start, end = int(data["start"]), int(data["end"])
    if not 0 <= start < end:
        raise ValueError(f"bad offsets {start}-{end}")
    if data["action"] in LINK_ACTIONS and not isinstance(data.get("target"), dict):
        raise ValueError(f"{data['action']} needs a target mention")
    return Correction(
        doc=str(data["doc"]), lang=str(data["lang"]), start=start, end=end,
        text=str(data["text"]), label=str(data["label"]), action=data["action"],
        sha256=str(data["sha256"]), section=data.get("section"),
        before=dict(data.get("from") or {}), target=dict(data.get("target") or {}),
        context=dict(data.get("context") or {}))


def read_corrections(path: Path) -> tuple[list[Correction], list[str]]:
    """The corrections in ``path`` in file order, and a warning for each unusable line."""
    found, warnings = [], []
    with path.open(encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                if not isinstance(data, dict):
                    raise ValueError("not a JSON object")
                found.append(from_json(data))
            except (ValueError, TypeError) as e:
                warnings.append(f"{path}:{n}: correction skipped: {e}")
    return found, warnings


def by_document(corrections: list[Correction]) -> dict[str, list[Correction]]:
    """Corrections grouped by document id, each group in file order."""
    groups: dict[str, list[Correction]] = {}
    for c in corrections:
        groups.setdefault(c.doc, []).append(c)
    return groups
