"""The worker: one document's share of a run, its cache entry, and the entry's reuse."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.doc.export import document_parts
from pipeline.run import worker
from pipeline.run.document import RunConfig, analyse
from pipeline.run.worker import (
    CACHE_FORMAT,
    cache_file,
    code_fingerprint,
    process_one,
    prune_cache,
    read_document_cache,
    read_parts,
)

# No NER models: the rules alone (organisations, programmes, figures) keep these tests quick.
CONFIG = replace(RunConfig(), extract=replace(RunConfig().extract, entities=False))
PAPER = """Science funding in Kazakhstan

Abstract. In 2021 the Ministry of Science and Higher Education allocated 5 billion tenge \
to the state programme "Digital Kazakhstan". The share of grants grew by 12%.

Keywords: science funding, grants, Kazakhstan

Қазақстандағы ғылымды қаржыландыру

Аңдатпа. 2021 жылы Ғылым және жоғары білім министрлігі «Цифрлық Қазақстан» мемлекеттік \
бағдарламасына 5 миллиард теңге бөлді. Гранттар үлесі 12%-ға өсті.

Түйін сөздер: ғылымды қаржыландыру, гранттар, Қазақстан

Финансирование науки в Казахстане

Аннотация. В 2021 году Министерство науки и высшего образования выделило 5 млрд тенге \
на государственную программу «Цифровой Казахстан». Доля грантов выросла на 12%.

Ключевые слова: финансирование науки, гранты, Казахстан
"""


@pytest.fixture
def paper(tmp_path: Path) -> Path:
    path = tmp_path / "paper.txt"
    path.write_text(PAPER, encoding="utf-8")
    return path


def test_worker_processes_a_document_and_writes_its_cache_entry(paper: Path, tmp_path: Path
                                                                ) -> None:
    cache = tmp_path / "cache"
    outcome = process_one(paper, "paper", cache, CONFIG)
    assert outcome.error is None and not outcome.resumed
    assert outcome.cache == str(cache_file(cache, "paper"))
    entry = json.loads(Path(outcome.cache).read_text(encoding="utf-8"))
    assert entry["sha256"] == hashlib.sha256(paper.read_bytes()).hexdigest()
    assert (entry["format"], entry["id"], entry["config"], entry["code"]) == (
        CACHE_FORMAT, "paper", CONFIG.fingerprint(), code_fingerprint())
    doc = analyse(paper, CONFIG, "paper")
    assert outcome.counts["sections"] == len(doc.sections)
    assert outcome.counts["mentions"] == len(doc.mentions)
    assert {"en", "kk", "ru"} <= {s.lang for s in doc.sections}
    values = {json.loads(text)["value"] for _, text in outcome.figures}
    assert {2021, 5e9, 12} <= values  # the figures merged within the document
    programmes = {m.lang for m in outcome.mentions["PROGRAM"]}
    assert programmes == {"en", "kk", "ru"}, outcome.mentions["PROGRAM"]


def test_worker_reuses_its_cache_entry_without_analysing_again(paper: Path, tmp_path: Path,
                                                               monkeypatch) -> None:
    cache = tmp_path / "cache"
    fresh = process_one(paper, "paper", cache, CONFIG)

    def no_analysis(*args, **kwargs):
        raise AssertionError("a cached document was analysed again")

    monkeypatch.setattr(worker, "analyse", no_analysis)
    again = process_one(paper, "paper", cache, CONFIG)
    assert again.resumed and again.error is None and again.cache == fresh.cache
    assert (again.mentions, again.evidence, again.figures, again.counts) == (
        fresh.mentions, fresh.evidence, fresh.figures, fresh.counts)


@pytest.mark.parametrize("change", ["bytes", "config", "damaged"])
def test_worker_redoes_a_document_whose_entry_does_not_match(paper: Path, tmp_path: Path,
                                                             change: str) -> None:
    cache = tmp_path / "cache"
    config = CONFIG
    first = process_one(paper, "paper", cache, config)
    if change == "bytes":
        paper.write_text(PAPER.replace("12%", "14%"), encoding="utf-8")
    elif change == "config":
        config = replace(CONFIG, extract=replace(CONFIG.extract, project=False))
    else:
        Path(first.cache).write_text('{"format": 2, "sha256": ', encoding="utf-8")
    again = process_one(paper, "paper", cache, config)
    assert not again.resumed and again.error is None
    if change == "bytes":
        assert 14 in {json.loads(text)["value"] for _, text in again.figures}


def test_worker_cache_round_trip_gives_the_fresh_document(paper: Path, tmp_path: Path) -> None:
    outcome = process_one(paper, "paper", tmp_path / "cache", CONFIG)
    fresh = analyse(paper, CONFIG, "paper")
    cached = read_document_cache(outcome.cache)
    assert cached == fresh
    parts = read_parts(outcome.cache)
    expected = document_parts(fresh, [])
    assert (parts.entry, parts.rows) == (expected.entry, expected.rows)
    assert parts.figures == outcome.figures


def test_worker_unreadable_input_is_that_documents_ingest_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\x00\x01\x02 binary \x00" * 50)
    outcome = process_one(path, "broken", tmp_path / "cache", CONFIG)
    assert outcome.error is not None and outcome.error.stage == "ingest"
    assert outcome.cache is None and not (tmp_path / "cache").exists()


@pytest.mark.parametrize(("doc_id", "hashed"), [
    ("002_paper", False), ("мақала-1", False), ("a/b", True), (".hidden", True), ("x" * 300, True),
])
def test_worker_cache_file_is_the_id_when_that_is_a_safe_name(tmp_path: Path, doc_id: str,
                                                               hashed: bool) -> None:
    entry = cache_file(tmp_path, doc_id)
    assert entry.parent == tmp_path and entry.suffix == ".json"
    assert (entry.name != f"{doc_id}.json") is hashed


def test_worker_prune_cache_removes_entries_of_documents_no_longer_inputs(tmp_path: Path
                                                                          ) -> None:
    keep, stale = tmp_path / "a.json", tmp_path / "b.json"
    keep.write_text("{}")
    stale.write_text("{}")
    assert prune_cache(tmp_path, {str(keep)}) == 1
    assert keep.exists() and not stale.exists()
