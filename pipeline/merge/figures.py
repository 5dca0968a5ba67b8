"""Figure alignment: one record per figure of a document, in every language and section.

Values are already normalised by the extractor (1.3 billion = 1,3 млрд = 1 300 000 000), so
every mention with the same kind, unit, value (and date or range, when it has them) is one
figure wherever it stands: the year stated three times in English and twice in Russian is
one record. Equal values of different kinds or units stay apart (2022 the year, 2022 a
count). A figure restated with rounding in another language ("1.32" ~ "1,3") joins the
record whose value is within rounding distance, and position in the language parts chooses
between candidates; a record never holds two different values in one language.
"""

from __future__ import annotations

from itertools import combinations

from pipeline.doc.records import Document, Evidence, FigureMention, sort_mentions
from pipeline.merge.config import AlignConfig
from pipeline.merge.parts import Parts, parts

VALUE_TOLERANCE = 0.05  # relative difference allowed for rounding ("1.32" vs "1.3")
WEIGHTS = {"value": 0.7, "position": 0.3}

FigureKey = tuple[str, str, str | None, str | None, str | None, str | None]


def value_agreement(a: float, b: float, tolerance: float = VALUE_TOLERANCE) -> float:
    """1.0 for equal values, falling to 0.0 at ``tolerance`` relative difference."""
    if a == b:
        return 1.0
    scale = max(abs(a), abs(b))
    diff = abs(a - b) / scale
    return max(0.0, 1.0 - diff / tolerance)


def _number(x: float | None) -> str | None:
    return None if x is None else f"{x:.9g}"


def figure_key(m: FigureMention) -> FigureKey:
    """What makes two mentions the same figure: kind, unit, value, date, range ends."""
    return (m.kind, m.unit, _number(m.value), getattr(m, "date", None), _number(m.low),
            _number(m.high))


def figure_groups(doc: Document, config: AlignConfig | None = None
                  ) -> list[tuple[list[FigureMention], list[Evidence]]]:
    """The figures of ``doc`` as groups of mentions, each with the evidence that joined it."""
    config = config or AlignConfig()
    layout = parts(doc)
    mentions = [m for m in sort_mentions(doc.mentions) if isinstance(m, FigureMention)]
    groups: dict[FigureKey | int, list[FigureMention]] = {}
    for i, m in enumerate(mentions):
        groups.setdefault(figure_key(m) if config.uses("value") else i, []).append(m)
    found = [(members, _same_value(members, layout)) for members in groups.values()]
    if config.uses("rounding"):
        found = _join_rounded(found, layout, config)
    return found


def _same_value(members: list[FigureMention], layout: Parts) -> list[Evidence]:
    """Each further mention tied to the first one of the group (English first)."""
    head = next((m for m in members if m.lang == "en"), members[0])
    return [Evidence(head, m, "parallel" if m.lang != head.lang else "same-value", 1.0,
                     {"value": 1.0, "position": layout.agreement(head, m)})
            for m in members if m is not head]


def rounded_score(layout: Parts, a: FigureMention, b: FigureMention, config: AlignConfig
                  ) -> tuple[float, dict[str, float]]:
    """How well two figures of different values agree as one figure restated with rounding."""
    if figure_key(a)[:2] != figure_key(b)[:2] or figure_key(a)[3:] != figure_key(b)[3:]:
        return 0.0, {}
    value = value_agreement(a.value, b.value)
    if value == 0.0:
        return 0.0, {}
    position = layout.agreement(a, b) if config.uses("position") else 1.0
    evidence = {"value": round(value, 4), "position": position}
    return sum(WEIGHTS[k] * v for k, v in evidence.items()), evidence


def _join_rounded(found: list[tuple[list[FigureMention], list[Evidence]]], layout: Parts,
                  config: AlignConfig) -> list[tuple[list[FigureMention], list[Evidence]]]:
    """Join groups of disjoint languages whose values agree within rounding, best first."""
    candidates = []
    for i, j in combinations(range(len(found)), 2):
        score, parts_ = rounded_score(layout, found[i][0][0], found[j][0][0], config)
        if score >= config.figure_threshold:
            candidates.append((-score, i, j, parts_))
    owner = list(range(len(found)))
    langs = [{m.lang for m in members} for members, _ in found]
    for neg, i, j, parts_ in sorted(candidates, key=lambda c: c[:3]):
        ri, rj = owner[i], owner[j]
        if ri == rj or langs[ri] & langs[rj]:
            continue
        a, b = found[i][0][0], found[j][0][0]
        found[ri][1].append(Evidence(a, b, "parallel", round(-neg, 4), parts_))
        found[ri][0].extend(found[rj][0])
        found[ri][1].extend(found[rj][1])
        langs[ri] |= langs[rj]
        owner = [ri if o == rj else o for o in owner]
    return [found[r] for r in sorted(set(owner))]
