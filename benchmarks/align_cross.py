"""Across papers: one organisation or programme named in several papers is one record.

On the team's papers and seeds (``benchmarks/gold/*_links.json``), two gold records of
different papers are the same thing when they have the same label and, in some language,
the same surface (case aside: "Belt and Road" and "Belt and Road Initiative" share
"Бір белдеу, бір жол"). A cross-paper gold pair is their English mentions; it is linked when
the run puts both in one record. A predicted cross-paper pair is two matched abstract
mentions of different papers in one record; it is right when their gold records are one
thing. Id stability: a record of a paper merged alone keeps its id when every paper is
merged together (its mentions all in the record of that id).
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from benchmarks.align import GoldMention, _label, _match, locate
from pipeline.doc.records import Document
from pipeline.merge.records import Records, mention_key, merge_all


def _thing(records: list[dict], g: GoldMention) -> frozenset[tuple[str, str, str]]:
    """The gold record's surfaces: two records sharing one are one thing."""
    return frozenset((g.label, lang, text.casefold())
                     for lang, text in records[g.record]["mentions"].items() if text)


def cross_counts(papers: list[tuple[Document, list[dict]]], merged: Records) -> Counter:
    """gold / found / linked / predicted / correct counts of cross-paper pairs (ORG, PROGRAM)."""
    record_of = {mention_key(m): r.id for r in [*merged.organisations, *merged.programs]
                 for m in r.mentions}
    found: list[tuple[str, frozenset, set[str]]] = []  # (doc, thing, record ids)
    matched = []  # (doc, mention record id, thing)
    for doc, records in papers:
        gold = [g for g in locate(doc, records) if g.label in ("ORG", "PROGRAM")]
        mentions = [m for m in doc.mentions if _label(m) in ("ORG", "PROGRAM")]
        for g in gold:
            if g.lang == "en":
                hits = {record_of.get(mention_key(m)) for m in mentions if _match(m, [g])}
                found.append((doc.id, _thing(records, g), hits - {None}))
        for m in mentions:
            g = _match(m, gold)
            if g is not None and mention_key(m) in record_of:
                matched.append((doc.id, record_of[mention_key(m)], _thing(records, g)))
    c: Counter = Counter()
    for (da, ta, ra), (db, tb, rb) in combinations(found, 2):
        if da != db and ta & tb:
            c["gold"] += 1
            c["found"] += bool(ra and rb)
            c["linked"] += bool(ra & rb)
    for (da, ra, ta), (db, rb, tb) in combinations(matched, 2):
        if da != db and ra == rb:
            c["predicted"] += 1
            c["correct"] += bool(ta & tb)
    return c


def stable_ids(docs: list[Document], config=None) -> tuple[int, int]:
    """(records of single papers whose id survives merging all papers, such records)."""
    together = {r.id: {mention_key(m) for m in r.mentions}
                for r in _all(merge_all(docs, config))}
    kept = total = 0
    for doc in docs:
        for r in _all(merge_all([doc], config)):
            total += 1
            kept += {mention_key(m) for m in r.mentions} <= together.get(r.id, set())
    return kept, total


def _all(records: Records) -> list:
    return [*records.organisations, *records.programs, *records.figures]


def cross_rows(papers: list[tuple[Document, list[dict]]], ablations: dict) -> list[str]:
    """Markdown rows for the cross-paper check, per evidence switch."""
    rows = ["| evidence | cross-paper gold pairs | predicted | precision | recall "
            "| found-only recall | ids kept |", "|---|---:|---:|---:|---:|---:|---:|"]
    docs = [d for d, _ in papers]
    for name, config in ablations.items():
        c = cross_counts(papers, merge_all(docs, config))
        kept, total = stable_ids(docs, config)
        rows.append(f"| {name} | {c['gold']} | {c['predicted']} "
                    f"| {_ratio(c, 'correct', 'predicted')} | {_ratio(c, 'linked', 'gold')} "
                    f"| {_ratio(c, 'linked', 'found')} | {kept}/{total} |")
    return rows


def _ratio(c: Counter, a: str, b: str) -> str:
    return f"{c[a] / c[b]:.2f} ({c[a]}/{c[b]})" if c[b] else "–"
