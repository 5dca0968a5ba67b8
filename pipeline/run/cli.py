"""The ``tilmash`` command line.

Each subcommand lives next to the code it drives and exposes
``add_parser(subparsers)``; the parser sets ``func`` to a callable taking the
parsed arguments and returning an exit status.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Modules that contribute subcommands, in the order --help lists them.
COMMAND_MODULES = (
    "pipeline.run.commands.run",
    "pipeline.run.commands.ner",
    "pipeline.run.commands.registry",
    "pipeline.run.commands.view",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tilmash",
        description=(
            "Find the English, Kazakh and Russian abstracts of academic papers, extract "
            "organisations, programmes and figures in each language, align them and "
            "export JSON datasets."
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:  # a module that fails to import is an error, not silence
        importlib.import_module(name).add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``tilmash`` and ``python -m pipeline``."""
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
