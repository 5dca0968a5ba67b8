"""The output set: replaced as one, kept when nothing was processed, locked, checked first;
strict JSON; one document's failure stays that document's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.doc.jsonio import _umask, dumps, file_mode, write_atomic
from pipeline.run import outputs
from pipeline.run.cli import main
from pipeline.run.document import RunConfig
from pipeline.run.flow import run_flow
from pipeline.run.outputs import JOURNAL, OutputBusy, Staging, locked, recover, verify
from pipeline.run.worker import CACHE_DIR, process_one
from tests.conftest import REPO

CONFIG = replace(RunConfig(), extract=replace(RunConfig().extract, entities=False))
SET = ("documents.json", "errors.json", "figures.json", "organisations.json", "programs.json",
       "manifest.json", "by_language/en.jsonl", "by_language/kk.jsonl", "by_language/ru.jsonl")
PAPERS = sorted((REPO / "corpora").glob("*.*"))[:2]


def _snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in SET}


def _run(inputs: list[Path], out: Path, **kw) -> dict:
    return run_flow([str(p) for p in inputs], str(out), CONFIG, progress=False,
                    runner="serial", **kw)


@pytest.fixture(scope="module")
def done(tmp_path_factory, prefect_server) -> Path:
    """An output folder holding one good set."""
    out = tmp_path_factory.mktemp("out")
    counts = _run(PAPERS, out)
    assert counts["documents"] == len(PAPERS)
    return out


def test_a_set_names_the_hash_of_every_file_and_verifies(done: Path) -> None:
    manifest = json.loads((done / "manifest.json").read_text())
    assert sorted(manifest["files"]) == sorted(n for n in SET if n != "manifest.json")
    assert verify(done) == []
    assert not list(done.glob(".staging-*")) and not (done / JOURNAL).exists()


def test_a_switch_cut_short_is_seen_and_finished_by_the_next_lock(done: Path, tmp_path: Path,
                                                                   monkeypatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in SET:
        (out / name).parent.mkdir(exist_ok=True)
        (out / name).write_bytes((done / name).read_bytes())
    new = Staging(out)
    data = [n for n in SET if n != "manifest.json"]
    for name in data:
        new.write(name, ['{"new": true}\n'])
    real, moved = os.replace, []

    def dying_replace(src, dst):  # the machine stops after the second file is in place
        if len(moved) == 2:
            raise SystemExit("killed")
        moved.append(dst)
        real(src, dst)

    monkeypatch.setattr(os, "replace", dying_replace)
    with pytest.raises(SystemExit):
        new.commit('{"files": {}}\n')
    monkeypatch.setattr(os, "replace", real)
    assert "unfinished" in verify(out)[0]
    with locked(out):
        pass  # the next run's lock completes the switch first
    assert not (out / JOURNAL).exists() and recover(out) is False
    assert all((out / n).read_text() == '{"new": true}\n' for n in data)
    assert (out / "manifest.json").read_text() == '{"files": {}}\n'


def test_a_run_that_processes_nothing_keeps_the_previous_set(done: Path, tmp_path: Path,
                                                             capsys) -> None:
    before = _snapshot(done)
    (tmp_path / "empty.txt").write_bytes(b"")
    status = main(["run", str(tmp_path / "empty.txt"), "--out", str(done), "--no-entities",
                   "--runner", "serial"])
    assert status == 1
    assert "left as they were" in capsys.readouterr().out
    assert _snapshot(done) == before
    refused = json.loads((done / ".refused" / "errors.json").read_text())
    assert refused["errors"][0]["code"] == "empty"


def test_a_second_run_into_a_locked_folder_says_so_and_stops(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; "
         "from pipeline.run.outputs import locked\nwith locked(Path(sys.argv[1])):\n"
         " print('locked', flush=True); time.sleep(60)", str(out)],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(OutputBusy, match="being written by another run"), locked(out):
            pass
        status = main(["run", str(PAPERS[0]), "--out", str(out), "--no-entities"])
        assert status == 3
        err = capsys.readouterr().err.strip()
        assert "being written by another run" in err and "\n" not in err
    finally:
        holder.kill()
        holder.wait()
    with locked(out):  # the lock went with the process
        pass


def test_an_output_folder_that_cannot_be_written_fails_first_in_one_line(tmp_path: Path,
                                                                        capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    status = main(["run", str(PAPERS[0]), "--out", str(blocker / "out"), "--no-entities"])
    err = capsys.readouterr().err.strip()
    assert status == 2 and err.startswith("tilmash: cannot write to") and "\n" not in err


def test_a_full_disk_while_writing_keeps_the_set_and_says_so(done: Path, monkeypatch, capsys
                                                             ) -> None:
    before = _snapshot(done)

    def full(self, name, pieces):
        raise OSError(28, "No space left on device", str(self.dir / name))

    monkeypatch.setattr(Staging, "write", full)
    status = main(["run", *map(str, PAPERS), "--out", str(done), "--no-entities",
                   "--runner", "serial"])
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert status == 2 and "No space left on device" in err and "unchanged" in err
    assert _snapshot(done) == before and not list(done.glob(".staging-*"))


def test_stale_temporary_files_and_cache_entries_are_cleaned(done: Path, tmp_path: Path,
                                                             prefect_server) -> None:
    out = tmp_path / "out"
    _run(PAPERS, out)
    stale = [out / ".documents.json.x1.tmp", out / CACHE_DIR / ".y.json.z.tmp",
             out / ".staging-dead" / "documents.json"]
    for p in stale:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("{")
    counts = _run(PAPERS[:1], out)
    assert counts["resumed"] == 1
    assert not any(p.exists() for p in stale) and not (out / ".staging-dead").exists()
    assert len(list((out / CACHE_DIR).glob("*.json"))) == 1  # the dropped paper's entry went


def test_output_files_follow_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o002)
    _umask.cache_clear()
    try:
        write_atomic(tmp_path / "a.json", "{}\n")
        staged = Staging(tmp_path)
        staged.write("b.json", ["{}\n"])
        assert file_mode() == 0o664
        assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o664
        assert (staged.dir / "b.json").stat().st_mode & 0o777 == 0o664
    finally:
        os.umask(old)
        _umask.cache_clear()


def test_json_is_strict() -> None:
    for bad in (float("inf"), float("-inf"), float("nan")):
        with pytest.raises(ValueError):
            dumps({"value": bad})


@pytest.mark.parametrize("text", [
    "The programme spent {n} tenge in 2020.",
    "Бағдарламаға 2020 жылы {n} теңге бөлінді.",
    "На программу в 2020 году выделено {n} тенге.",
])
def test_a_number_too_large_for_a_float_is_no_figure_and_no_error(tmp_path: Path, text: str
                                                                   ) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("Abstract\n\n" + text.format(n="9" * 309) + "\n")
    outcome = process_one(path, "huge", tmp_path / "cache", CONFIG)
    assert outcome.error is None
    values = [json.loads(t)["value"] for _, t in outcome.figures]
    assert values == [2020]


def test_a_non_finite_value_is_an_export_error_naming_where(tmp_path: Path) -> None:
    from pipeline.doc.export import ExportError, document_parts
    from pipeline.doc.records import Document, Figure, FigureMention, Section

    text = "Abstract. It cost 5 tenge."
    doc = Document("d", "d.txt", "0" * 64, text, sections=(Section("s0", "abstract", 0,
                   len(text), text, "en", 1.0),))
    m = FigureMention(doc="d", section="s0", lang="en", start=18, end=26, text="5 tenge",
                      label="MONEY", source=("test",), value=float("inf"), unit="KZT",
                      kind="money")
    with pytest.raises(ExportError) as err:
        document_parts(doc, [Figure("fig-1", float("inf"), "KZT", "money", (m,))])
    assert err.value.code == "non-finite" and "figure fig-1.value is inf" in err.value.reason


def test_a_failure_merging_one_document_leaves_the_others(tmp_path: Path, monkeypatch) -> None:
    import pipeline.merge.records as merge

    real = merge.figure_groups
    monkeypatch.setattr(merge, "figure_groups", lambda doc, config=None: (
        (_ for _ in ()).throw(RuntimeError("boom")) if doc.id == "bad" else real(doc, config)))
    bad = process_one(PAPERS[0], "bad", tmp_path, CONFIG)
    good = process_one(PAPERS[0], "good", tmp_path, CONFIG)
    assert (bad.error.code, bad.error.stage) == ("internal", "merge")
    assert "boom" in bad.error.reason and good.error is None


def test_a_cross_document_merge_failure_drops_only_the_documents_involved(
        tmp_path: Path, monkeypatch) -> None:
    import pipeline.merge.records as merge
    from pipeline.run.assemble import merge_isolated

    outcomes = [process_one(p, p.stem, tmp_path, CONFIG) for p in PAPERS]
    victim = outcomes[0].doc_id
    real = merge.link_score

    def flaky(a, b, *args):
        if victim in (a.doc, b.doc) and a.doc != b.doc:
            raise ValueError("bad name")
        return real(a, b, *args)

    monkeypatch.setattr(merge, "link_score", flaky)
    good, entities, errors = merge_isolated(outcomes)
    assert outcomes[1] in good and outcomes[0] not in good
    assert errors and all(e.stage == "merge" for e in errors)
    assert victim in {e.doc for e in errors}
    assert entities["organisations"] is not None


def test_outputs_module_holds_no_lock_after_use(tmp_path: Path) -> None:
    with locked(tmp_path):
        assert os.path.realpath(tmp_path) in outputs._held
    assert os.path.realpath(tmp_path) not in outputs._held


def test_compiled_validators_check_whole_files_and_items_in_any_order() -> None:
    from pipeline.doc.jsonio import SchemaError, validate, validator

    validator.cache_clear()
    validate("documents", {"schema_version": "1.0", "documents": []})
    with pytest.raises(SchemaError, match="documents"):
        validate("documents", {"id": ""}, "documents")
    with pytest.raises(SchemaError):
        validate("documents", {"schema_version": "1.0"})
