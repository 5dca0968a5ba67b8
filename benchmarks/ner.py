"""Full NER evaluations of the project's models (and Natasha for Russian), as markdown.

    python -m benchmarks.ner                   # every language whose model exists
    python -m benchmarks.ner --lang ru --limit 500

Runs (test splits, never used in training; see pipeline/ner/train.py):
  kk  KazNERD test
  ru  NEREL test, FactRuEval-2016 test (+ Natasha on both, PER/LOC/ORG, if importable)
  en  UNER English-EWT test, CoNLL-2003 test (an extra report; CoNLL is not in training)
Scores: exact character-span match with the unified label (pipeline/ner/evaluate.py).
"""

from __future__ import annotations

import argparse
import importlib.util
from collections.abc import Callable
from pathlib import Path

from pipeline.doc.records import Document, Section
from pipeline.doc.spans import Span, to_mention
from pipeline.ner.evaluate import Report, Tagger, evaluate, spacy_tagger, summary, table
from pipeline.ner.labels import UNIFIED
from pipeline.stages.extract.organisations.names import find_organisations
from pipeline.stages.extract.organisations.overlay import states_as_places, with_organisations

REPO = Path(__file__).resolve().parents[1]
RUNS = {"kk": (("kaznerd", "test"),),
        "ru": (("nerel", "test"), ("factrueval", "test")),
        "en": (("uner_ewt", "test"), ("conll2003", "test"))}
NATASHA_LABELS = ("ORG", "PER", "LOC")


def natasha_tagger() -> Tagger | None:
    """Natasha's news NER as a Tagger, or None if natasha is not installed."""
    if importlib.util.find_spec("natasha") is None:
        return None
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())

    def tag(texts: list[str]) -> list[list[tuple[int, int, str]]]:
        return [[(s.start, s.stop, s.type) for s in markup.spans] for markup in tagger.map(texts)]

    return tag


def compare(reports: dict[str, Report], labels: tuple[str, ...]) -> str:
    """A markdown table of F1 per label, one column per tagger."""
    names = list(reports)
    rows = [f"| label | {' | '.join(names)} |", "|---|" + "---:|" * len(names)]
    for label in labels:
        cells = [_f1(r, label) for r in reports.values()]
        rows.append(f"| {label} | {' | '.join(cells)} |")
    return "\n".join(rows)


def _f1(report: Report, label: str) -> str:
    counts = report.overall if label == "overall" else report.labels.get(label)
    return f"{100 * counts.f1:.1f}" if counts is not None else "-"


def with_rules(tagger: Tagger, lang: str) -> Tagger:
    """``tagger`` with the head-anchored organisation names laid over its spans, as the
    extract stage lays them (without its gate)."""
    def tag(texts: list[str]) -> list[list[tuple[int, int, str]]]:
        return [laid_over(spans, text, lang)
                for text, spans in zip(texts, tagger(texts), strict=True)]

    return tag


def laid_over(spans: list[tuple[int, int, str]], text: str, lang: str
              ) -> list[tuple[int, int, str]]:
    """A model's (start, end, label) ``spans`` of ``text`` after the production overlay:
    states as places, then the head-anchored names laid over them."""
    section = Section(id="s0", kind="abstract", start=0, end=len(text), text=text, lang=lang)
    doc = Document(id="text", path="", sha256="", text=text, sections=(section,))
    entities = [to_mention(Span(s, e, label, ("model",)), doc, section) for s, e, label in spans]
    found = with_organisations(states_as_places(entities),
                               find_organisations(doc, section, entities))
    return [(m.start, m.end, m.label) for m in found]


def run_language(lang: str, limit: int | None, natasha: Callable[[], Tagger | None]) -> None:
    """Print the reports of one language."""
    model = REPO / "models" / lang
    if not (model / "config.cfg").is_file():
        print(f"## {lang}: no model at {model} (run `tilmash train {lang}`)\n")
        return
    tagger = spacy_tagger(model)
    for data, split in RUNS[lang]:
        report = evaluate(tagger, data, split, limit)
        print(f"## {lang}: models/{lang} on {summary(report)}\n\n{table(report)}\n")
        ruled = evaluate(with_rules(tagger, lang), data, split, limit)
        print(f"### {data} {split}: with organisation names "
              "(pipeline/stages/extract/organisations/names.py)\n")
        print(compare({f"models/{lang}": report, "+ names": ruled}, ("ORG", "overall")) + "\n")
        other = natasha() if lang == "ru" else None
        if other is None:
            continue
        rivals = {f"models/{lang}": evaluate(tagger, data, split, limit, NATASHA_LABELS),
                  "natasha": evaluate(other, data, split, limit, NATASHA_LABELS)}
        speed = ", ".join(f"{k} {r.words_per_second:,.0f} words/s" for k, r in rivals.items())
        print(f"### {data} {split}: models/{lang} vs Natasha (F1, PER/LOC/ORG only; {speed})\n")
        print(compare(rivals, (*NATASHA_LABELS, "overall")) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=sorted(RUNS), action="append",
                        help="language to evaluate (repeatable; default: all)")
    parser.add_argument("--limit", type=int, help="score only the first N texts of each split")
    args = parser.parse_args(argv)
    cached: list[Tagger | None] = []

    def natasha() -> Tagger | None:
        if not cached:
            cached.append(natasha_tagger())
        return cached[0]

    for lang in args.lang or sorted(RUNS):
        run_language(lang, args.limit, natasha)
    print(f"Labels: {', '.join(UNIFIED)}; only labels a dataset annotates are scored.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
