"""Precision and recall of cross-language links between the parallel abstracts.

    python -m benchmarks.align                      # the default configuration
    python -m benchmarks.align --without organisations   # ablation: no head-anchored names
    python -m benchmarks.align --without entities        # ablation: no NER at all
    python -m benchmarks.align --without project         # ablation: no names carried over
    python -m benchmarks.align --no-real --no-ablations   # the team's papers only, quickly

For each paper in ``corpora/`` (gold: ``benchmarks/gold/corpora_links.json``) and the seeds
002 and 003 (gold: ``benchmarks/gold/seed_links.json``), the gold file lists every
organisation, programme and figure stated in the abstracts with its surface text in each
language. A gold *pair* is two of one record's mentions in different languages. A predicted
pair is two mentions in different languages' abstracts that the run put in one record.

* recall: gold pairs whose two mentions were both found and put in one record;
* precision: predicted pairs (organisations, programmes, figures) that are gold pairs;
* linking recall: like recall, counted only over gold pairs whose two mentions were found,
  so it measures the alignment apart from the extraction.

Then, with and without each evidence kind (``pipeline.merge.config.EVIDENCE``): the same
pairs over all the team's papers; the cross-paper check (``benchmarks.align_cross``); and
the real pages of ``../shared/corpora/real`` (``benchmarks.align_real``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path

from pipeline.doc.records import Document, FigureMention, Mention
from pipeline.merge.config import EVIDENCE, AlignConfig
from pipeline.merge.records import mention_key, merge_all
from pipeline.run.document import RunConfig, analyse

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TILMASH_SHARED", REPO.parent / "shared"))
GOLD = REPO / "benchmarks" / "gold"
LABELS = ("ORG", "PROGRAM", "FIGURE")


@dataclass(frozen=True)
class GoldMention:
    record: int
    label: str
    lang: str
    spans: tuple[tuple[int, int], ...]  # every place the surface stands in the abstract


def gold_sets() -> list[tuple[Path, list[dict], bool]]:
    """(paper path, gold records, held out) for our corpora and the two trilingual seeds.
    A paper marked ``held_out`` was written and annotated after the rules were last
    changed, and nothing was tuned on it since."""
    found = []
    for name, folder in (("corpora_links.json", REPO / "corpora"),
                         ("seed_links.json", SHARED / "corpora" / "seeds")):
        path = GOLD / name
        if not path.exists():
            continue
        for stem, entry in sorted(json.loads(path.read_text(encoding="utf-8")).items()):
            records = entry["records"] if isinstance(entry, dict) else entry
            held_out = isinstance(entry, dict) and entry.get("held_out", False)
            (paper,) = [p for p in folder.iterdir() if p.stem == stem or
                        p.stem.startswith(f"{stem}_")]
            found.append((paper, records, held_out))
    return found


def locate(doc: Document, records: list[dict]) -> list[GoldMention]:
    """Gold surface strings as spans inside the abstract of their language (each place)."""
    spans = []
    for i, record in enumerate(records):
        for lang, surface in record["mentions"].items():
            entry = doc.abstract_set.get(lang)
            if not surface or entry is None:
                continue
            section = doc.section(entry["abstract"])
            ats = [m.start() for m in re.finditer(re.escape(surface), section.text)]
            if not ats:
                raise ValueError(f"{doc.id}: gold {surface!r} not in the {lang} abstract")
            places = tuple((section.start + at, section.start + at + len(surface)) for at in ats)
            spans.append(GoldMention(i, record["label"], lang, places))
    return spans


def _label(m: Mention) -> str:
    return "FIGURE" if isinstance(m, FigureMention) else m.label


def _match(m: Mention, gold: list[GoldMention]) -> GoldMention | None:
    hits = [(abs(s - m.start), g) for g in gold if g.lang == m.lang and g.label == _label(m)
            for s, e in g.spans if s < m.end and m.start < e]
    return min(hits, key=lambda h: h[0], default=(0, None))[1]


def score_document(doc: Document, records: list[dict], config: AlignConfig | None = None
                   ) -> Counter:
    """Counts of gold, found, linked and predicted pairs for one paper."""
    gold = locate(doc, records)
    abstracts = {e["abstract"] for e in doc.abstract_set.values()}
    merged = merge_all([doc], config)
    record_of: dict[tuple, int] = {}
    for i, rec in enumerate([*merged.organisations, *merged.programs, *merged.figures]):
        for m in rec.mentions:
            record_of[mention_key(m)] = i
    mentions = [m for m in doc.mentions if m.section in abstracts and _label(m) in LABELS]
    found = {g: [m for m in mentions if _match(m, [g]) is not None] for g in gold}
    counts: Counter = Counter()  # keys (label, what); label "all" sums them
    for a, b in combinations(gold, 2):
        if a.record != b.record or a.lang == b.lang:
            continue
        _count(counts, a.label, "gold")
        if found[a] and found[b]:
            _count(counts, a.label, "found")
            linked = {record_of.get(mention_key(m)) for m in found[a]} & \
                     {record_of.get(mention_key(m)) for m in found[b]}
            _count(counts, a.label, "linked", bool(linked - {None}))
    for a, b in combinations(mentions, 2):
        rec_a, rec_b = record_of.get(mention_key(a)), record_of.get(mention_key(b))
        if a.lang == b.lang or rec_a is None or rec_a != rec_b:
            continue
        _count(counts, _label(a), "predicted")
        ga, gb = _match(a, gold), _match(b, gold)
        _count(counts, _label(a), "correct",
               ga is not None and gb is not None and ga.record == gb.record)
    return counts


def _count(counts: Counter, label: str, what: str, n: int = 1) -> None:
    counts[(label, what)] += n
    counts[("all", what)] += n


def ablations() -> dict[str, AlignConfig]:
    """The default configuration, then one without each evidence kind."""
    return {"all evidence": AlignConfig(),
            **{f"without {k}": AlignConfig(without=frozenset({k})) for k in EVIDENCE}}


def main(argv: list[str] | None = None) -> None:
    """Print the link scores per paper, then per label, ablations, across papers, real pages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--without",
                        choices=("entities", "organisations", "programs", "project"),
                        action="append", default=[], help="switch an extractor off")
    parser.add_argument("--no-real", action="store_true", help="skip ../shared/corpora/real")
    parser.add_argument("--no-ablations", action="store_true",
                        help="only the default alignment evidence")
    parser.add_argument("--sweep", action="store_true",
                        help="name-link thresholds 0.55-0.9 on the team's papers (tuning data)")
    args = parser.parse_args(argv)
    extract = replace(RunConfig().extract, **{name: False for name in args.without})
    config = RunConfig(extract=extract)
    switches = {"all evidence": AlignConfig()} if args.no_ablations else ablations()
    if args.sweep:
        switches = {f"threshold {t / 100:.2f}": AlignConfig(threshold=t / 100)
                    for t in range(55, 95, 5)}
    papers = [(analyse(path, config, doc_id=path.stem.split("_")[0]), records, held_out)
              for path, records, held_out in gold_sets()]
    print("| paper | gold pairs | predicted | precision | recall | linking recall |")
    print("|---|---:|---:|---:|---:|---:|")
    total: Counter = Counter()
    held: Counter = Counter()
    for doc, records, held_out in papers:
        c = score_document(doc, records)
        total += c
        held += c if held_out else Counter()
        print(_row(f"{doc.id} (held out)" if held_out else doc.id, c))
    print(_row("**all**", total))
    for label in LABELS:
        print(_row(f"all {label}", total, label))
    if held:
        print(_row("**held out only**", held))
        for label in LABELS:
            print(_row(f"held out {label}", held, label))
    _print_more(papers, switches, config, args.no_real)


def _print_more(papers: list, switches: dict[str, AlignConfig], config: RunConfig,
                no_real: bool) -> None:
    from benchmarks.align_cross import cross_rows

    if len(switches) > 1:
        print("\n| evidence | gold pairs | predicted | precision | recall | linking recall |")
        print("|---|---:|---:|---:|---:|---:|")
        for name, align in switches.items():
            c = sum((score_document(d, r, align) for d, r, _ in papers), Counter())
            for label in ("all", *LABELS):
                print(_row(f"{name}: {label}", c, label))
    print("\nAcross papers (the team's papers and seeds):\n")
    print("\n".join(cross_rows([(d, r) for d, r, _ in papers], switches)))
    real = SHARED / "corpora" / "real"
    if no_real or not real.exists():
        return
    from benchmarks.align_real import analyse_real, real_rows

    print(f"\nReal pages ({real}):\n")
    print("\n".join(real_rows(analyse_real(config), merge_all, switches)))


def _row(name: str, c: Counter, label: str = "all") -> str:
    def ratio(a: str, b: str) -> str:
        x, y = c[(label, a)], c[(label, b)]
        return f"{x / y:.2f} ({x}/{y})" if y else "–"

    return (f"| {name} | {c[(label, 'gold')]} | {c[(label, 'predicted')]} "
            f"| {ratio('correct', 'predicted')} | {ratio('linked', 'gold')} "
            f"| {ratio('linked', 'found')} |")


if __name__ == "__main__":
    main()
