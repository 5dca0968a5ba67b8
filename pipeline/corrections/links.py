"""Apply a linguist's ``link`` and ``unlink`` corrections to the merged records.

``link`` puts the records of two mentions together (evidence rule ``linguist``);
``unlink`` takes the target mention out of its record into a record of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from pipeline.corrections.apply import Report
from pipeline.corrections.read import LINK_ACTIONS, Correction
from pipeline.doc.records import Entity, Evidence, Figure, FigureMention, Mention, ProgramMention
from pipeline.merge.entities import name_key, registry_id
from pipeline.merge.records import Records, mention_key, preferred_names, stable_id


class _Record(Protocol):
    """What a link correction reads of a merged record (an Entity or a Figure)."""

    @property
    def id(self) -> str: ...
    @property
    def mentions(self) -> Sequence[Mention]: ...
    @property
    def evidence(self) -> Sequence[Evidence]: ...


R = TypeVar("R", bound=_Record)
Rebuild = Callable[[R, Sequence[Mention], Sequence[Evidence]], R]


def _entity_id(e: Entity, members: Sequence[Mention]) -> Entity:
    is_program = all(isinstance(m, ProgramMention) for m in members)
    names = preferred_names(members, (lambda m: m.canonical) if is_program else
                            (lambda m: m.text))
    prefix = e.id.split("-", 1)[0]
    # The same anchor as pipeline.merge.records: the registry id, else the fullest name.
    registry = sorted({r for m in members if (r := registry_id(m))})
    anchor = (f"registry|{registry[0]}" if registry else
              min((f"{m.lang}|{name_key(m)}" for m in members), key=lambda k: (-len(k), k)))
    return replace(e, id=stable_id(prefix, [anchor]), names=names)


def _figure_id(f: Figure, members: Sequence[FigureMention]) -> Figure:
    keys = (f"{m.doc}|{m.lang}|{m.start}|{m.kind}|{m.unit}|{m.value}" for m in members)
    return replace(f, id=stable_id("fig", keys))


def _own(members: Sequence[Mention], evidence: Sequence[Evidence]) -> tuple[Evidence, ...]:
    keys = {mention_key(m) for m in members}
    return tuple(e for e in evidence if mention_key(e.a) in keys and mention_key(e.b) in keys)


def _rebuild_entity(record: Entity, members: Sequence[Mention], evidence: Sequence[Evidence]
                    ) -> Entity:
    out = replace(record, mentions=tuple(members), evidence=_own(members, evidence))
    return _entity_id(out, members)


def _rebuild_figure(record: Figure, members: Sequence[Mention], evidence: Sequence[Evidence]
                    ) -> Figure:
    figures = tuple(_figure_mention(m) for m in members)
    return _figure_id(replace(record, mentions=figures, evidence=_own(members, evidence)), figures)


def _figure_mention(m: Mention) -> FigureMention:
    if not isinstance(m, FigureMention):  # a figure's records hold figure mentions only
        raise TypeError(f"{m.doc}: the {m.label} mention at {m.start} is not a figure's")
    return m


def _find(records: list[R], doc: str, start: int, end: int, label: str) -> tuple[int, Mention]:
    for i, r in enumerate(records):
        for m in r.mentions:
            if (m.doc, m.start, m.end, m.label) == (doc, start, end, label):
                return i, m
    raise LookupError(f"{doc}: no {label} mention at {start}-{end} in the records")


def _one(records: list[R], c: Correction, rebuild: Rebuild[R]) -> list[R]:
    t = c.target
    i, a = _find(records, c.doc, c.start, c.end, c.label)
    j, b = _find(records, c.doc, int(t["start"]), int(t["end"]), str(t["label"]))
    out = [r for k, r in enumerate(records) if k not in (i, j)]
    if c.action == "link":
        if i == j:
            return records
        members = [*records[i].mentions, *records[j].mentions]
        evidence = [*records[i].evidence, *records[j].evidence,
                    Evidence(a, b, "linguist", 1.0, {})]
        return [*out, rebuild(records[i], members, evidence)]
    if i != j:
        return records  # already apart
    rest = [m for m in records[i].mentions if m is not b]
    return [*out, rebuild(records[i], rest, records[i].evidence), rebuild(records[i], [b], [])]


def _apply(records: list[R], corrections: Sequence[Correction], report: Report,
           rebuild: Rebuild[R]) -> list[R]:
    for c in corrections:
        try:
            records = _one(records, c, rebuild)
        except (LookupError, KeyError, ValueError) as e:
            report.skipped += 1
            report.warnings.append(f"{c.action} not applied: {e}")
        else:
            report.applied += 1
    return sorted(records, key=lambda r: r.id)


def apply_links(records: Records, corrections: Sequence[Correction],
                usable: Callable[[Correction], bool]) -> tuple[Records, Report]:
    """Records with the usable link corrections applied, and what happened."""
    report = Report()
    links = [c for c in corrections if c.action in LINK_ACTIONS and usable(c)]
    kinds = {"organisations": "ORG", "programs": "PROGRAM"}
    out = {}
    for name, label in kinds.items():
        mine = [c for c in links if c.label == label]
        out[name] = _apply(list(getattr(records, name)), mine, report, _rebuild_entity)
    figures = [c for c in links if c.label not in kinds.values()]
    out["figures"] = _apply(list(records.figures), figures, report, _rebuild_figure)
    return Records(**out), report
