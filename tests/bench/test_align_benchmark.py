"""The align benchmark's real-page scorer agrees with the shared scorer, and its counts."""

from __future__ import annotations

from collections import Counter

import pytest

from benchmarks.align_real import link_counts
from tests.conftest import _shared_path


def _gold(groups: list[tuple[str, str, str]]) -> dict:
    return {"doc": "x", "entities": [{"type": "ORG", "lang": lang, "text": t, "group": g}
                                     for lang, t, g in groups], "figures": []}


def test_link_counts_pairs_every_occurrence_of_a_group_across_languages():
    gold = _gold([("en", "KMG", "g1"), ("en", "KMG", "g1"), ("kk", "ҚМГ", "g1"),
                  ("en", "Halyk Bank", "g2")])
    matched = {0: ("org-a", "g1", "en"), 1: ("org-b", "g1", "en"), 2: ("org-a", "g1", "kk"),
               3: ("org-a", "g2", "en")}
    c = link_counts(gold, matched)
    assert (c[("ORG", "gold")], c[("ORG", "found")], c[("ORG", "linked")]) == (2, 2, 1)
    # predicted cross-language pairs: (0, 2) right, (2, 3) wrong
    assert (c[("ORG", "predicted")], c[("ORG", "correct")]) == (2, 1)


def test_link_counts_a_missing_mention_is_not_found():
    gold = _gold([("en", "KMG", "g1"), ("kk", "ҚМГ", "g1")])
    c = link_counts(gold, {0: ("org-a", "g1", "en")})
    assert c == Counter({("ORG", "gold"): 1, ("all", "gold"): 1})


@pytest.mark.slow
def test_real_page_link_totals_equal_the_shared_scorer(tmp_path):
    real = _shared_path("corpora", "real")
    from benchmarks.align_real import analyse_real, predictions, score_real, scorer
    from pipeline.doc.export import write_documents, write_records
    from pipeline.merge.records import merge_all
    from pipeline.run.document import RunConfig
    from pipeline.stages.extract.document import ExtractConfig

    docs = analyse_real(RunConfig(extract=ExtractConfig(entities=False)))
    records = merge_all(docs)
    write_documents(tmp_path, docs)
    write_records(tmp_path, records.organisations, records.programs, records.figures)
    shared = scorer().score(tmp_path, real / "gold.jsonl")["links"]
    ours = score_real(docs, records)
    assert ours[("all", "gold")] == shared["gold_pairs"]
    assert round(ours[("all", "linked")] / ours[("all", "gold")], 3) == shared["r"]
    if ours[("all", "predicted")]:
        assert round(ours[("all", "correct")] / ours[("all", "predicted")], 3) == shared["p"]
    assert predictions(docs, records, True)  # every section counted: still predictions
