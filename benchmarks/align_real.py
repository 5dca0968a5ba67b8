"""Cross-language links on the real pages of ``../shared/corpora/real``, by the gold's groups.

Gold ``group`` ids tie the mentions of one thing within a document across its languages; a
gold pair is two required mentions of one group in two languages. Gold mentions are matched
to predicted ones with the rules of ``../shared/eval/score.py`` (loaded from there by path,
so the figures are the shared scorer's), then, per type:

* precision: predicted cross-language pairs (two matched mentions in one record) that are
  gold pairs; recall: gold pairs put in one record;
* found-only recall: recall over the gold pairs whose two mentions were both extracted,
  alignment's own share apart from extraction and section kinds;
* ``all sections``: the same with every section counted as front matter (as if every
  section kind were right), since the shared scorer ignores mentions in body sections.
"""

from __future__ import annotations

import importlib.util
import json
import tempfile
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from benchmarks.align import SHARED
from pipeline.doc.export import write_documents, write_records
from pipeline.doc.records import Document
from pipeline.merge.records import Records

REAL = SHARED / "corpora" / "real"
TYPES = ("ORG", "PROGRAM", "FIG")


def scorer():
    """The shared scorer module, loaded by path."""
    spec = importlib.util.spec_from_file_location("tilmash_shared_score",
                                                  SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold() -> list[dict]:
    """The gold records, one per document."""
    lines = (REAL / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def predictions(docs: list[Document], records: Records, all_sections: bool) -> dict:
    """The scorer's view of a run: (type, doc, lang) -> predicted mentions."""
    if all_sections:
        docs = [replace(d, sections=tuple(replace(s, kind="abstract") for s in d.sections))
                for d in docs]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        write_documents(out, docs)
        write_records(out, records.organisations, records.programs, records.figures)
        return scorer().predicted(out)


def _matched(g: dict, pred: dict, sc) -> dict[int, tuple]:
    """Gold item index -> (record id, group, lang), as the shared scorer assigns them."""
    items = _items(g)
    matched: dict[int, tuple] = {}
    for typ in TYPES:
        for lang in ("en", "kk", "ru"):
            gl = sorted(((e, i) for t, la, e, i in items if t == typ and la == lang),
                        key=lambda x: bool(x[0].get("optional")))
            pl = list(pred.get((typ, g["doc"], lang), []))
            used: set[int] = set()
            for e, i, strict in [(e, i, True) for e, i in gl] + [(e, i, False) for e, i in gl]:
                if i in matched:
                    continue
                for j, (pt, rid, pv, _) in enumerate(pl):
                    if j not in used and _fits(sc, typ, e, pt, pv, strict):
                        used.add(j)
                        matched[i] = (rid, e.get("group"), lang)
                        break
    return matched


def _fits(sc, typ: str, e: dict, pt: str, pv: list, strict: bool) -> bool:
    if typ != "FIG":
        return sc.text_match(sc.norm(e["text"]), pt)
    text = sc.norm(e["text"])
    return sc.value_match(e.get("value"), pv) and (not strict or text in pt or pt in text)


def _items(g: dict) -> list[tuple[str, str, dict, int]]:
    items = [("ORG" if e["type"] == "ORG" else "PROGRAM", e["lang"], e, i)
             for i, e in enumerate(g.get("entities", []))]
    return items + [("FIG", f["lang"], f, 1000 + i) for i, f in enumerate(g.get("figures", []))]


def link_counts(g: dict, matched: dict[int, tuple]) -> Counter:
    """(type, what) counts for one document: gold, found, linked, predicted, correct."""
    counts: Counter = Counter()
    groups = defaultdict(list)
    for t, la, e, i in _items(g):
        if e.get("group") and not e.get("optional"):
            groups[(t, e["group"])].append((i, la))
    for (typ, _), members in groups.items():
        for a in range(len(members)):
            for (ib, lb) in members[a + 1:]:
                ia, la = members[a]
                if la == lb:
                    continue
                both = ia in matched and ib in matched
                _add(counts, typ, "gold")
                _add(counts, typ, "found", both)
                _add(counts, typ, "linked", both and matched[ia][0] == matched[ib][0])
    type_of = {i: t for t, *_, i in _items(g)}
    ms = sorted(matched.items())
    for a, (ia, (ra, ga, la)) in enumerate(ms):
        for _, (rb, gb, lb) in ms[a + 1:]:
            if la != lb and ra is not None and ra == rb:
                _add(counts, type_of[ia], "predicted")
                _add(counts, type_of[ia], "correct", ga is not None and ga == gb)
    return counts


def _add(counts: Counter, typ: str, what: str, n: int | bool = 1) -> None:
    counts[(typ, what)] += int(n)
    counts[("all", what)] += int(n)


def score_real(docs: list[Document], records: Records, all_sections: bool = False) -> Counter:
    """Link counts over every real document."""
    sc, pred = scorer(), predictions(docs, records, all_sections)
    total: Counter = Counter()
    for g in gold():
        total += link_counts(g, _matched(g, pred, sc))
    return total


def analyse_real(config) -> list[Document]:
    """Every real document through the per-document stages."""
    from pipeline.run.document import analyse

    return [analyse(p, config, doc_id=p.stem) for p in sorted((REAL / "docs").glob("*.txt"))]


def real_rows(docs: list[Document], merge, ablations: dict) -> list[str]:
    """Markdown rows: per type, plain and with all sections, for each evidence switch."""
    rows = ["| evidence | sections | type | gold pairs | predicted | precision | recall "
            "| found-only recall |", "|---|---|---|---:|---:|---:|---:|---:|"]
    for name, config in ablations.items():
        records = merge(docs, config)
        for all_sections in (False, True):
            c = score_real(docs, records, all_sections)
            where = "all" if all_sections else "front"
            for typ in ("all", *TYPES):
                if c[(typ, "gold")] or c[(typ, "predicted")]:
                    rows.append(f"| {name} | {where} | {typ} | {_cells(c, typ)} |")
    return rows


def _cells(c: Counter, typ: str) -> str:
    def ratio(a: str, b: str) -> str:
        x, y = c[(typ, a)], c[(typ, b)]
        return f"{x / y:.2f} ({x}/{y})" if y else "–"

    return (f"{c[(typ, 'gold')]} | {c[(typ, 'predicted')]} | {ratio('correct', 'predicted')} "
            f"| {ratio('linked', 'gold')} | {ratio('linked', 'found')}")
