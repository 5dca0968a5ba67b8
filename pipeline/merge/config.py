"""What alignment may use: the evidence kinds and the link thresholds, in one typed place.

Every kind can be switched off (``AlignConfig(without=...)``) so a benchmark can say what
each contributes; the defaults are what a run uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Evidence kinds, strongest first. ``registry``: a shared research-organisation id;
# ``same-name``: one name in one language; ``lexicon``, ``translit``, ``acronym``: the parts
# of a name comparison (``pipeline.merge.evidence``); ``value``: one figure value stated in
# several places; ``rounding``: a figure restated with rounding ("1.32" ~ "1,3");
# ``position``: the place in the parallel parts, for figures that differ by rounding.
EVIDENCE = ("registry", "same-name", "lexicon", "translit", "acronym", "value", "rounding",
            "position")

# Tuned on the team's corpora/ papers and seeds 002/003 (benchmarks/gold/*_links.json), not
# on ../shared/corpora/real, which is used only to report: see docs/align.md.
THRESHOLD = 0.7  # a name link within one document
CROSS_DOCUMENT_THRESHOLD = 0.75  # stricter between papers: nothing else ties them
FIGURE_THRESHOLD = 0.6  # a rounded figure restated in another language


@dataclass(frozen=True)
class AlignConfig:
    """Thresholds and the evidence kinds switched off."""

    without: frozenset[str] = field(default_factory=frozenset)
    threshold: float = THRESHOLD
    cross_document_threshold: float = CROSS_DOCUMENT_THRESHOLD
    figure_threshold: float = FIGURE_THRESHOLD

    def __post_init__(self) -> None:
        unknown = set(self.without) - set(EVIDENCE)
        if unknown:
            raise ValueError(f"unknown evidence kinds {sorted(unknown)}; known: {EVIDENCE}")

    def uses(self, kind: str) -> bool:
        """Whether evidence of ``kind`` may be used."""
        return kind not in self.without
