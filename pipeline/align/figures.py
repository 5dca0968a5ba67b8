"""Figure alignment: the same number stated in English, Russian and Kazakh.

Values are already normalised by the extractor (1.3 billion = 1,3 млрд =
1 300 000 000), so a pair agrees when kind, unit and date agree and the values (both
ends of a range) are within rounding distance; position in the parallel sections breaks
ties between equal values.
"""

from __future__ import annotations

from functools import partial

from pipeline.align.matching import Link, match_parallel, relative_position
from pipeline.records import Document, FigureMention, Mention

THRESHOLD = 0.6
VALUE_TOLERANCE = 0.05  # relative difference allowed for rounding ("1.32" vs "1.3")
WEIGHTS = {"value": 0.7, "position": 0.3}


def value_agreement(a: float, b: float, tolerance: float = VALUE_TOLERANCE) -> float:
    """1.0 for equal values, falling to 0.0 at ``tolerance`` relative difference."""
    if a == b:
        return 1.0
    scale = max(abs(a), abs(b))
    diff = abs(a - b) / scale
    return max(0.0, 1.0 - diff / tolerance)


def figure_pair_score(doc: Document, a: Mention, b: Mention) -> tuple[float, dict[str, float]]:
    """Score two figure mentions of different languages; 0 when kind, unit or date differ."""
    if not (isinstance(a, FigureMention) and isinstance(b, FigureMention)):
        return 0.0, {}
    if (a.kind, a.unit, a.date, a.high is None) != (b.kind, b.unit, b.date, b.high is None):
        return 0.0, {}
    value = value_agreement(a.value, b.value)
    if a.high is not None and b.high is not None:
        value = min(value, value_agreement(a.high, b.high))
    if value == 0.0:
        return 0.0, {}
    position = 1.0 - abs(relative_position(doc, a) - relative_position(doc, b))
    evidence = {"value": round(value, 4), "position": round(position, 4)}
    return sum(WEIGHTS[k] * v for k, v in evidence.items()), evidence


def align_figures(doc: Document) -> list[Link]:
    """Links between the figures of a document's parallel abstracts, titles and keywords."""
    figures = [m for m in doc.mentions if isinstance(m, FigureMention)]
    return match_parallel(doc, figures, partial(figure_pair_score, doc), THRESHOLD)
