"""Value-exact figure scores on the real pages of ``../shared/corpora/real`` (gold with values).

Each page runs through ingest, segment, language and extract (NER off: figures and
programmes only), read by path, never copied. A gold figure is found when a predicted
figure of its language and document states its value and unit (and, for a date, its ISO
date); a range prediction stands for its two ends, as in ``../shared/eval/score.py``.
Matching is one to one, first among predictions whose text overlaps the gold text, then
among the rest. "value only" is the same without the unit and date (what score.py checks).
Two views: "front" counts predictions in front-matter sections only, as score.py does;
"all sections" counts every prediction, as if every section were front matter (the
section kinds are being fixed apart from the figures).
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.doc.records import FigureMention
from pipeline.run.document import RunConfig, analyse
from pipeline.stages.extract.document import ExtractConfig

SHARED = Path(os.environ.get("TILMASH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
REAL = SHARED / "corpora" / "real"
FRONT = {"title", "authors", "affiliation", "abstract", "keywords", "author-info"}
CONFIG = RunConfig(extract=ExtractConfig(entities=False, organisations=False))


@dataclass
class Counts:
    """True positives, predictions and gold items of one language and view."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def predictions(root: Path = REAL) -> dict[str, list[tuple[FigureMention, str]]]:
    """Per document, its figure mentions with the kind of their section."""
    out = {}
    for path in sorted((root / "docs").glob("*.txt")):
        doc = analyse(path, CONFIG)
        kinds = {s.id: s.kind for s in doc.sections}
        out[doc.id] = [(m, kinds[m.section]) for m in doc.mentions
                       if isinstance(m, FigureMention)]
    return out


def _points(m: FigureMention) -> list[tuple[float, str, str | None]]:
    if m.low is not None and m.high is not None and m.low != m.high:
        return [(m.low, m.unit, None), (m.high, m.unit, None)]
    return [(m.value, m.unit, m.date)]


def _same(gold: dict, point: tuple[float, str, str | None], exact: bool) -> bool:
    value, unit, date = point
    if not math.isclose(float(gold["value"]), value, rel_tol=1e-9, abs_tol=1e-9):
        return False
    if not exact or gold.get("optional") or gold.get("unit") == "unknown":
        return True
    if gold.get("date"):
        return unit == "date" and date == gold["date"]
    return unit == gold.get("unit") and date is None


def _norm(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .,;:()[]-–—")


def score_doc(gold: dict, found: list[tuple[FigureMention, str]], lang: str, exact: bool,
              front: bool) -> Counts:
    """One document's counts in one language."""
    items = sorted((g for g in gold.get("figures", []) if g["lang"] == lang),
                   key=lambda g: bool(g.get("optional")))
    points = [(_norm(m.text), p) for m, kind in found if m.lang == lang
              and (kind in FRONT or not front) for p in _points(m)]
    used: set[int] = set()
    done: set[int] = set()
    tp = optional_hits = 0
    for strict in (True, False):
        for i, g in enumerate(items):
            text = _norm(g["text"])
            for j, (ptext, point) in enumerate(points):
                if i in done or j in used or not _same(g, point, exact):
                    continue
                if strict and not (text in ptext or ptext in text):
                    continue
                done.add(i)
                used.add(j)
                optional_hits += bool(g.get("optional"))
                tp += not g.get("optional")
    return Counts(tp, len(points) - optional_hits,
                  sum(1 for g in items if not g.get("optional")))


def score(root: Path = REAL) -> dict[tuple[str, str, str], Counts]:
    """(view, measure, lang) -> counts over every gold document."""
    found = predictions(root)
    golds = [json.loads(line) for line in (root / "gold.jsonl").read_text("utf-8").splitlines()
             if line.strip()]
    totals: dict[tuple[str, str, str], Counts] = {}
    for gold in golds:
        for view, front in (("front", True), ("all sections", False)):
            for measure, exact in (("value and unit", True), ("value only", False)):
                for lang in ("en", "kk", "ru"):
                    c = score_doc(gold, found.get(gold["doc"], []), lang, exact, front)
                    t = totals.setdefault((view, measure, lang), Counts())
                    t.tp, t.pred, t.gold = t.tp + c.tp, t.pred + c.pred, t.gold + c.gold
    return totals


def table(totals: dict[tuple[str, str, str], Counts]) -> str:
    """Markdown table of the real-page scores."""
    lines = ["| sections counted | match | lang | gold | predicted | P | R | F1 |",
             "|---|---|---|---:|---:|---:|---:|---:|"]
    for (view, measure, lang), c in totals.items():
        p, r, f = c.prf()
        lines.append(f"| {view} | {measure} | {lang} | {c.gold} | {c.pred} | {p:.3f} | "
                     f"{r:.3f} | {f:.3f} |")
    return "\n".join(lines)
