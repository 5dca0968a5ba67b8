"""``tilmash run``: the main job."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.doc.errors import TilmashError

if TYPE_CHECKING:
    from pipeline.run.document import RunConfig
    from pipeline.stages.extract.document import ExtractConfig

DEFAULT_INPUT = "corpora"
DEFAULT_OUTPUT = "outputs"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "run",
        help="process papers and write the JSON datasets",
        description=(
            "Run the Tilmash flow: read every .txt, .md and .pdf file under INPUT (folders are "
            "searched recursively), find sections and their languages, extract entities, figures "
            "and programmes per language, align the parallel abstracts and merge one record per "
            "organisation, programme and figure. Writes organisations.json, programs.json, "
            "figures.json, documents.json, by_language/<lang>.jsonl, errors.json and "
            "manifest.json to --out. Finished documents are cached in OUT/.cache, so a "
            "rerun resumes."
        ),
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT", default=[DEFAULT_INPUT],
                   help=f"files or folders to process (default: {DEFAULT_INPUT}/)")
    p.add_argument("--out", "-o", default=DEFAULT_OUTPUT, metavar="DIR",
                   help=f"output folder (default: {DEFAULT_OUTPUT}/)")
    _add_extract_options(p)
    _add_runner_options(p)
    p.set_defaults(func=run)


def _add_extract_options(p: argparse.ArgumentParser) -> None:
    """What is extracted, with which NER backends and registry."""
    p.add_argument("--no-entities", action="store_true", help="skip named-entity recognition")
    p.add_argument("--no-ner-gate", action="store_true",
                   help="keep every NER span, not only those other evidence supports "
                        "(see docs/organisations.md)")
    p.add_argument("--no-figures", action="store_true", help="skip figure extraction")
    p.add_argument("--no-programs", action="store_true", help="skip programme extraction")
    p.add_argument("--ner", action="append", default=[], metavar="LANG=BACKEND",
                   help="NER backend for a language (repeatable): spacy (default, "
                        "models/<lang>), spacy:<folder>, spacy-package:<name>, natasha (ru), "
                        "stanza:<folder>, none")
    p.add_argument("--registry", default=None, metavar="PATH",
                   help="organisation registry index to match against (default: the ROR "
                        "index shipped with Tilmash; build one with `tilmash registry build`)")
    p.add_argument("--no-registry", action="store_true",
                   help="do not match organisations against the registry (no ROR ids)")


def _add_runner_options(p: argparse.ArgumentParser) -> None:
    """Where and how documents are processed, and the corrections applied."""
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="show a progress bar (default: on for 5 or more documents)")
    p.add_argument("--runner", choices=("process", "serial", "dask"), default="process",
                   help="where documents are processed: a process pool on this machine "
                        "(default), one at a time in this process, or Dask (prefect-dask)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="worker processes (default: one per core)")
    p.add_argument("--dask-address", default=None, metavar="ADDRESS",
                   help="scheduler of an existing Dask cluster, e.g. tcp://10.0.0.5:8786 "
                        "(implies --runner dask; default: a local cluster of --workers)")
    p.add_argument("--batch-size", type=int, default=None, metavar="N",
                   help="documents per task (default: about four batches per worker, <= 8)")
    p.add_argument("--corrections", metavar="FILE",
                   help="apply a linguist's corrections.jsonl (exported by `tilmash view`)")


def run(args: argparse.Namespace) -> int:
    """Build the configuration, check it, run the flow, print a summary."""
    from pipeline.run.document import RunConfig

    config = RunConfig()
    try:
        config = replace(config, extract=_checked_extract(config.extract, args))
    except TilmashError as e:
        print(f"tilmash: {e}", file=sys.stderr)
        return 2
    corrections = _corrections(args.corrections) if args.corrections else []
    if corrections is None:
        return 2
    return _run_flow(args, config, corrections)


def _checked_extract(extract: ExtractConfig, args: argparse.Namespace) -> ExtractConfig:
    """The extract stage's configuration from ``args``, its registry and models checked
    before any text is read (a TilmashError says what is wrong)."""
    from pipeline.ner.registry import check, with_backends
    from pipeline.registry.index import get_index
    from pipeline.stages.extract.organisations.affiliations import RegistryOptions

    extract = replace(extract, entities=not args.no_entities,
                      ner_gate=not args.no_ner_gate,
                      figures=not args.no_figures, programs=not args.no_programs)
    registry = RegistryOptions(enabled=not args.no_registry,
                               index=str(Path(args.registry).resolve()) if args.registry else "")
    extract = replace(extract, registry=registry)
    if registry.enabled and args.registry:
        get_index(registry.index)  # a bad index fails here, before any text is read
    if args.ner:
        extract = replace(extract, ner=with_backends(extract.ner, _pairs(args.ner)))
    if extract.entities:
        check(extract.ner)  # a missing model fails here, before any text is read
    return extract


def _run_flow(args: argparse.Namespace, config: RunConfig, corrections: list) -> int:
    """Run the flow into ``--out`` and print its summary; the command's exit status."""
    from pipeline.run.flow import run_flow
    from pipeline.run.outputs import OutputBusy, check_writable, locked
    from pipeline.run.prefect_server import api_server, sigterm_as_exit
    from pipeline.run.worker import CACHE_DIR

    out = Path(args.out)
    runner = "dask" if args.dask_address else args.runner
    try:
        check_writable(out, CACHE_DIR)  # before any work: one line and status 2
        with sigterm_as_exit(), locked(out), api_server():
            counts = run_flow(args.inputs, args.out, config, progress=args.progress,
                              runner=runner, workers=args.workers,
                              dask_address=args.dask_address, batch_size=args.batch_size,
                              corrections=corrections)
    except OutputBusy as e:
        print(f"tilmash: {e}", file=sys.stderr)
        return 3
    except (TilmashError, OSError) as e:
        print(f"tilmash: {_one_line(e, out)}", file=sys.stderr)
        return 2
    if "write_error" in counts:
        print(f"tilmash: {counts['write_error']}; the previous outputs in {out}/ are unchanged",
              file=sys.stderr)
        return 2
    print(_summary(counts, out))
    return 0 if counts["documents"] > 0 else 1


def _corrections(path: str) -> list | None:
    """The corrections in ``path``, warnings printed; None when the file cannot be read."""
    from pipeline.corrections import read_corrections

    try:
        found, warnings = read_corrections(Path(path))
    except OSError as e:
        print(f"tilmash: cannot read --corrections {path}: {e.strerror or e}", file=sys.stderr)
        return None
    for w in warnings + ([] if found else [f"{path} holds no usable correction"]):
        print(f"tilmash: warning: {w}", file=sys.stderr)
    return found


def _pairs(items: list[str]) -> dict[str, str]:
    pairs = {}
    for item in items:
        lang, sep, backend = item.partition("=")
        if not sep or not lang or not backend:
            raise TilmashError(f"--ner expects LANG=BACKEND (e.g. ru=natasha), got {item!r}")
        pairs[lang.strip()] = backend.strip()
    return pairs


def _summary(counts: dict, out: Path) -> str:
    from pipeline.run.assemble import REFUSED

    line = (f"tilmash: {counts['documents']} of {counts['inputs']} inputs processed "
            f"({counts['resumed']} resumed), {counts['errors']} errors, "
            f"{counts['sections']} sections, {counts['mentions']} mentions -> {out}/")
    if "corrections_applied" in counts:
        line += (f"\ntilmash: {counts['corrections_applied']} corrections applied, "
                 f"{counts['corrections_skipped']} skipped")
    if not counts["documents"]:
        line += (f"\ntilmash: nothing to write: the outputs in {out}/ are left as they were; "
                 f"see {out / REFUSED / 'errors.json'} for what could not be processed")
    elif counts["errors"]:
        line += f"\ntilmash: see {out / 'errors.json'} for what could not be processed"
    return line


def _one_line(error: BaseException, out: Path) -> str:
    if isinstance(error, OSError):
        where = error.filename or out
        return (f"cannot write {where}: {error.strerror or error}; the previous outputs in "
                f"{out}/ are unchanged")
    return str(error)

