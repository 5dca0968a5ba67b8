"""What linguists confirmed, as gold spans: ``tilmash evaluate --gold-from-corrections``.

Replaying a document's corrections in order gives its judged spans: confirmed, added,
relabelled and re-bounded spans are gold; rejected spans, and the old form of a relabelled
or re-bounded one, are known errors. A run is scored only on what was judged: a predicted
span that matches gold is a true positive, one that is a known error or overlaps a gold
span without matching it is a false positive, a gold span not predicted is a false
negative. Predictions nowhere near a correction are counted apart, as unjudged.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.corrections.read import LINK_ACTIONS, Correction
from pipeline.ner.evaluate import Counts, Report

Key = tuple[int, int, str]  # start, end, label


@dataclass
class Judged:
    """The judged spans of one document, with the sha256 they were judged on."""

    sha256: str
    gold: dict[Key, Correction] = field(default_factory=dict)
    wrong: set[Key] = field(default_factory=set)


def judged(corrections: Sequence[Correction]) -> dict[str, Judged]:
    """Per document, the spans its corrections confirm and those they reject."""
    out: dict[str, Judged] = {}
    for c in corrections:
        if c.action in LINK_ACTIONS:
            continue
        j = out.setdefault(c.doc, Judged(c.sha256))
        new = (c.start, c.end, c.label)
        if c.action in ("reject", "relabel", "fix"):
            j.gold.pop(c.old_key, None)
            j.wrong.add(c.old_key)
        if c.action != "reject":
            j.gold[new] = c
            j.wrong.discard(new)
    return out


def _predicted(out: Path, langs: Sequence[str]) -> dict[str, set[Key]]:
    found: dict[str, set[Key]] = defaultdict(set)
    for lang in langs:
        path = out / "by_language" / f"{lang}.jsonl"
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for m in (*row.get("entities", ()), *row.get("figures", ()), *row.get("programs", ())):
                found[row["doc"]].add((m["start"], m["end"], m["label"]))
    return found


def _overlaps(a: Key, b: Key) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_run(out: Path, corrections: Sequence[Correction], langs: Sequence[str]
              ) -> tuple[Report, dict[str, int]]:
    """P/R/F1 per label of the run in ``out`` on the judged spans, and what was left out."""
    mine = [c for c in corrections if c.lang in langs]
    shas = {d["id"]: d["sha256"] for d in json.loads(
        (out / "documents.json").read_text(encoding="utf-8")).get("documents", [])}
    predicted = _predicted(out, langs)
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    extra = {"documents": 0, "changed": 0, "missing": 0, "unjudged": 0}
    for doc, j in sorted(judged(mine).items()):
        if doc not in shas:
            extra["missing"] += 1
            continue
        if shas[doc] != j.sha256:
            extra["changed"] += 1
            continue
        extra["documents"] += 1
        for p in predicted.get(doc, set()):
            if p in j.gold:
                table[p[2]][0] += 1
            elif p in j.wrong or any(_overlaps(p, g) for g in j.gold):
                table[p[2]][1] += 1
            else:
                extra["unjudged"] += 1
        for g in j.gold:
            if g not in predicted.get(doc, set()):
                table[g[2]][2] += 1
    labels = {label: Counts(*table[label]) for label in sorted(table)}
    report = Report(f"corrections ({', '.join(langs)})", "-", extra["documents"], 0, 0.0, labels)
    return report, extra
