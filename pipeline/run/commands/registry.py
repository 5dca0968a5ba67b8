"""``tilmash registry``: build the registry index, or say what an index holds."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "registry", help="build or inspect the organisation registry (ROR) index",
        description="The offline index of research organisations (ROR) that organisation "
                    "mentions are matched against.")
    sub = p.add_subparsers(dest="registry_command", metavar="ACTION", required=True)
    b = sub.add_parser("build", help="build an index from ROR records",
                       description="Build the index from a ROR records file (.jsonl or "
                                   ".jsonl.gz, schema v1 or v2) or from a full ROR data dump "
                                   "(the zip of one JSON file that ROR publishes).")
    b.add_argument("--ror", required=True, metavar="PATH", help="ROR records or data dump zip")
    b.add_argument("--out", default=None, metavar="PATH",
                   help="where to write the index (default: the one shipped in the package)")
    b.add_argument("--countries", default=None, metavar="CODES",
                   help="keep only these countries (comma-separated ISO codes, e.g. KZ,CN,RU)")
    b.set_defaults(func=build)
    i = sub.add_parser("info", help="print an index's provenance and counts")
    i.add_argument("--index", default=None, metavar="PATH", help="default: the shipped one")
    i.set_defaults(func=info)


def build(args: argparse.Namespace) -> int:
    """Read the ROR file, write the index, print what it holds."""
    from pipeline.registry.build import build_index, write_index
    from pipeline.registry.index import default_path

    source = Path(args.ror)
    if not source.exists():
        print(f"tilmash: {source} does not exist", file=sys.stderr)
        return 2
    countries = {c.strip().upper() for c in args.countries.split(",")} if args.countries else None
    try:
        index = build_index(source, countries)
    except (OSError, ValueError, KeyError) as e:
        print(f"tilmash: cannot read ROR records from {source}: {e}", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else default_path()
    write_index(index, out)
    print(f"tilmash: {index['provenance']['records_kept']} organisations -> {out} "
          f"({out.stat().st_size / 1e6:.1f} MB)")
    return 0


def info(args: argparse.Namespace) -> int:
    """Print the provenance of an index."""
    from pipeline.registry.index import RegistryError, get_index

    try:
        index = get_index(args.index)
    except RegistryError as e:
        print(f"tilmash: {e}", file=sys.stderr)
        return 2
    print(json.dumps(index.provenance, ensure_ascii=False, indent=1))
    return 0
