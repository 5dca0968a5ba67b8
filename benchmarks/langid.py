"""Language identification accuracy on UD sentences and on the seed papers' sections.

    python -m benchmarks.langid            # the table reported in docs/langid.md
    python -m benchmarks.langid --tune     # grid-search the weights on the dev half

UD test files (../shared/datasets/ud_langid) are split by sentence number: even
numbers are the development half the weights were tuned on, odd numbers the
held-out half reported here. Only sentences of five or more words count. For
kk, ru and en a sentence is right when it gets its language; for the
confusable languages (ky, tt, uk, be, bg) when it comes out as ``other``.
The seed check compares every section of the five seed papers with the
expected languages in ``benchmarks/gold/seed_languages.json``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import time
from dataclasses import replace
from pathlib import Path

from pipeline.ner.datasets import UD_LANGID, sliced, ud_texts
from pipeline.stages.language.identify import WEIGHTS, Weights, identify

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TILMASH_SHARED", REPO.parent / "shared"))
TREEBANKS = tuple(UD_LANGID)  # kk, ru, en, then the look-alikes ky, tt, uk, bg, be
MIN_WORDS = 5
GOLD = REPO / "benchmarks" / "gold" / "seed_languages.json"


def ud_sentences(lang: str, half: str, min_words: int = MIN_WORDS) -> list[str]:
    """The ``# text =`` sentences of a UD test file: half "dev" (even), "test" (odd) or "all"."""
    halves = {"dev": (2, (0,)), "test": (2, (1,)), "all": (1, (0,))}
    every, keep = halves[half]
    return [t for t in sliced(ud_texts(lang), every, keep) if len(t.split()) >= min_words]


def expected(lang: str) -> str:
    return lang if lang in ("kk", "ru", "en") else "other"


def ud_accuracy(half: str, weights: Weights = WEIGHTS) -> dict[str, tuple[int, int]]:
    """Per language: (right, total) on one half of the UD sentences."""
    result = {}
    for lang in TREEBANKS:
        texts = ud_sentences(lang, half)
        right = sum(identify(t, weights)[0] == expected(lang) for t in texts)
        result[lang] = (right, len(texts))
    return result


def seed_accuracy() -> list[tuple[str, str, str, str, str]]:
    """Every section of the seeds: (doc, section, kind, expected, found)."""
    from pipeline.run.document import analyse_sections

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    rows = []
    for doc_id, spec in sorted(gold.items()):
        (path,) = (SHARED / "corpora" / "seeds").glob(f"{doc_id}_*.txt")
        doc = analyse_sections(path, doc_id=doc_id)
        for s in doc.sections:
            want = spec["groups"].get(str(s.group), spec["default"])
            for prefix, lang in spec.get("starts_with", {}).items():
                if s.text.startswith(prefix):
                    want = lang
            rows.append((doc_id, s.id, s.kind, want, s.lang))
    return rows


def tune() -> Weights:
    """Grid search on the dev half: the weights with the best mean per-language accuracy."""
    best, best_score = WEIGHTS, -1.0
    grid = itertools.product((1.0, 2.0, 3.0), (0.5, 1.0, 2.0), (4.0, 8.0, 16.0),
                             (0.25, 0.5, 1.0, 1.5))
    for word, telling, foreign, detector in grid:
        w = replace(WEIGHTS, word=word, telling=telling, foreign=foreign, detector=detector)
        acc = ud_accuracy("dev", w)
        score = sum(r / n for r, n in acc.values()) / len(acc)
        if score > best_score:
            best, best_score = w, score
            print(f"{score:.4f} {w}")
    return best


def calibrate(weights: Weights = WEIGHTS) -> Weights:
    """The softmax temperature with the lowest log loss on the dev half (Cyrillic candidates)."""
    from pipeline.stages.language.identify import scores

    best, best_loss = weights, float("inf")
    for temperature in (0.05, 0.1, 0.15, 0.2, 0.25, 0.35, 0.5, 0.75, 1.0):
        w = replace(weights, temperature=temperature)
        losses = []
        for lang in TREEBANKS:
            if lang == "en":
                continue
            for text in ud_sentences(lang, "dev"):
                confidences = scores(text, w)[2]
                losses.append(-math.log(max(confidences.get(lang, 0.0), 1e-9)))
        loss = sum(losses) / len(losses)
        print(f"temperature {temperature}: log loss {loss:.4f}")
        if loss < best_loss:
            best, best_loss = w, loss
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tune", action="store_true", help="grid-search weights on the dev half")
    parser.add_argument("--no-seeds", action="store_true", help="skip the seed papers")
    args = parser.parse_args()
    if args.tune:
        print(calibrate(tune()))
        return
    print("| language | expected | dev half | held-out half (reported) |\n|---|---|---:|---:|")
    started, count = time.perf_counter(), 0
    dev = ud_accuracy("dev")
    test = ud_accuracy("test")
    for lang in TREEBANKS:
        (dr, dn), (tr, tn) = dev[lang], test[lang]
        count += dn + tn
        print(f"| {lang} | {expected(lang)} | {dr / dn:.2%} ({dr}/{dn}) "
              f"| {tr / tn:.2%} ({tr}/{tn}) |")
    elapsed = time.perf_counter() - started
    print(f"\n{count} sentences in {elapsed:.1f} s ({count / elapsed:.0f} sentences/s)")
    if args.no_seeds:
        return
    rows = seed_accuracy()
    wrong = [r for r in rows if r[3] != r[4]]
    print(f"\nseed sections: {len(rows) - len(wrong)}/{len(rows)} right")
    for doc_id, sid, kind, want, found in wrong:
        print(f"  {doc_id} {sid} {kind}: expected {want}, found {found}")


if __name__ == "__main__":
    main()
