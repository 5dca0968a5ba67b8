"""The whole flow through Prefect: good papers beside bad inputs, outputs and their schemas.

One real run (module fixture) over two seed papers, one paper of ours and every kind of bad
input; the tests then read what it wrote.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.doc.jsonio import validate
from pipeline.run.cli import main
from pipeline.run.document import RunConfig
from pipeline.run.flow import tilmash_flow
from pipeline.stages.ingest.read import IngestConfig, read_document
from tests.conftest import REPO, seed_path

# Entities are left to tests/test_ner_*.py: this run checks the plumbing, figures and programmes.
CONFIG = replace(RunConfig(), extract=replace(RunConfig().extract, entities=False))
OUTPUTS = ("documents", "errors", "manifest", "organisations", "programs", "figures")
BAD_INPUTS = {  # file name -> (bytes, expected errors.json code)
    "empty.txt": (b"", "empty"),
    "blank.md": (b"  \n\n\t\n", "empty"),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    "latin1.txt": ("Résumé of the Société générale".encode("latin-1"), "encoding"),
}


@pytest.fixture(scope="module")
def run(tmp_path_factory, seeds_dir, prefect_server) -> dict:
    """Run the flow once; return its counts, input and output folders."""
    inputs = tmp_path_factory.mktemp("inputs")
    for prefix in ("002", "003"):
        shutil.copy(seed_path(seeds_dir, prefix), inputs / f"{prefix}.txt")
    ours = sorted((REPO / "corpora").glob("*.md"))[:1]
    for path in ours:
        shutil.copy(path, inputs / path.name)
    for name, (content, _) in BAD_INPUTS.items():
        (inputs / name).write_bytes(content)
    empty_dir = tmp_path_factory.mktemp("no-documents")
    out = tmp_path_factory.mktemp("out")
    args = [str(inputs), str(inputs / "missing.txt"), str(empty_dir)]
    counts = tilmash_flow(args, str(out), CONFIG, progress=False)
    return {"counts": counts, "inputs": inputs, "out": out, "args": args,
            "good": 2 + len(ours)}


def _load(out: Path, name: str) -> dict:
    return json.loads((out / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.seeds
def test_good_documents_are_processed_beside_bad_ones(run) -> None:
    docs = _load(run["out"], "documents")["documents"]
    assert len(docs) == run["good"] == run["counts"]["documents"]
    assert {"002", "003"} <= {d["id"] for d in docs}


@pytest.mark.seeds
def test_every_bad_input_has_its_error_entry(run) -> None:
    errors = _load(run["out"], "errors")["errors"]
    by_input = {Path(e["input"]).name: e for e in errors}
    for name, (_, code) in BAD_INPUTS.items():
        assert by_input[name]["code"] == code, by_input.get(name)
        assert by_input[name]["reason"]
    assert by_input["missing.txt"]["code"] == "missing"
    assert any(e["code"] == "no-documents" for e in errors)
    assert len(errors) == run["counts"]["errors"] == len(BAD_INPUTS) + 2


@pytest.mark.seeds
@pytest.mark.parametrize("name", OUTPUTS)
def test_every_output_validates_against_its_schema(run, name: str) -> None:
    validate(name, _load(run["out"], name))


@pytest.mark.seeds
def test_by_language_rows_validate_and_offsets_round_trip(run) -> None:
    texts = {p.stem: read_document(p, IngestConfig(), p.stem).text
             for p in run["inputs"].iterdir() if p.stem in ("002", "003")}
    seen = set()
    for path in sorted((run["out"] / "by_language").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            validate("section_row", row)
            assert row["lang"] == path.stem
            if row["doc"] not in texts:
                continue
            text = texts[row["doc"]]
            assert text[row["start"]:row["end"]] == row["text"]
            for m in row["entities"] + row["figures"] + row["programs"]:
                assert text[m["start"]:m["end"]] == m["text"], m
            seen.add(row["lang"])
    assert seen == {"en", "kk", "ru"}


@pytest.mark.seeds
def test_manifest_counts_versions_and_timings(run) -> None:
    manifest = _load(run["out"], "manifest")
    assert manifest["counts"]["documents"] == run["good"]
    assert {"python", "prefect", "spacy"} <= set(manifest["versions"])
    assert manifest["timings"]["total"] > 0


@pytest.mark.seeds
def test_rerun_resumes_finished_documents(run) -> None:
    counts = tilmash_flow(run["args"], str(run["out"]), CONFIG, progress=False)
    assert counts["resumed"] == counts["documents"] == run["good"]
    assert not list(run["out"].glob("*.tmp")) and not list(run["out"].glob(".*.tmp"))


def test_cli_exits_non_zero_when_nothing_could_be_processed(tmp_path, capsys, prefect_server
                                                            ) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    status = main(["run", str(tmp_path), "--out", str(tmp_path / "out"), "--no-entities"])
    assert status != 0
    assert "0 of 1 inputs processed" in capsys.readouterr().out
    assert not (tmp_path / "out" / "errors.json").exists()  # no set replaced by an empty one
    assert _load(tmp_path / "out" / ".refused", "errors")["errors"][0]["code"] == "empty"


def test_cli_help_lists_the_commands(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    assert "run" in capsys.readouterr().out
